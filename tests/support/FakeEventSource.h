#pragma once
// An EventSource for the timeline's tests, the bench and the screenshot: a list of events the
// test sets, answered by overlap as the event store would, and a count of the questions. GUI thread.
#include "core/events/EventSource.h"

namespace pantau::test {

class FakeEventSource : public events::EventSource
{
    Q_OBJECT
public:
    using EventSource::EventSource;

    QVector<events::Event> all;
    mutable int questions = 0;

    QVector<events::Event> events(const QStringList &cameraIds, qint64 fromUtcMs,
                                  qint64 toUtcMs) const override
    {
        ++questions;
        QVector<events::Event> out;
        for (const events::Event &e : all)
            if (cameraIds.contains(e.cameraId) && e.startUtcMs < toUtcMs &&
                (e.isActive() || e.endUtcMs > fromUtcMs))
                out.append(e);
        return out;
    }

    void add(const events::Event &e)
    {
        all.append(e);
        Q_EMIT eventsChanged({e.cameraId});
    }
};

} // namespace pantau::test
