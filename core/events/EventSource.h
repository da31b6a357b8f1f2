#pragma once
// The shared event interface: what the playback timeline asks to draw its markers, and what the
// events panel lists. The event store (core/events) implements it; the timeline and the panel
// only read through it. Called on the GUI thread.
#include "core/events/Event.h"

#include <QObject>
#include <QStringList>
#include <QVector>

namespace pantau::events {

class EventSource : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // The events of these cameras that overlap [fromUtcMs, toUtcMs), oldest first. An active
    // event (endUtcMs == 0) overlaps everything after its start.
    virtual QVector<Event> events(const QStringList &cameraIds, qint64 fromUtcMs, qint64 toUtcMs) const = 0;

Q_SIGNALS:
    // Events of these cameras were added, ended or acknowledged.
    void eventsChanged(const QStringList &cameraIds);
};

} // namespace pantau::events
