#pragma once
// Where a wall PC finds footage: this PC's archive (an index on disk) or a recorder of the site
// over HTTP (core/recording/RecorderClient). Playback, the timeline and evidence export ask through
// this interface only, so they work the same for both. Answers come through the callbacks on the
// owner thread, never after the source is destroyed; failures carry a translated message.
// Threads: owner thread (the GUI thread) only.
#include "core/playback/ArchiveSegment.h"
#include "core/recording/RecorderClient.h"
#include "core/recording/SegmentIndex.h"

#include <QHash>
#include <QObject>
#include <QStringList>
#include <QVector>

#include <functional>

namespace pantau::playback {

using recording::RecorderError;
using recording::TimeRange;

class ArchiveSource : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // For messages and evidence manifests: "PC ini" or the recorder's name or address.
    virtual QString displayName() const = 0;

    // Recorded ranges of these cameras overlapping [fromUtcMs, toUtcMs), merged, oldest first.
    virtual void
    ranges(const QStringList &cameraIds, qint64 fromUtcMs, qint64 toUtcMs,
           std::function<void(const QHash<QString, QVector<TimeRange>> &ranges, const RecorderError &error)>
               done) = 0;

    // The segments of one camera overlapping [fromUtcMs, toUtcMs), oldest first.
    virtual void segments(
        const QString &cameraId, qint64 fromUtcMs, qint64 toUtcMs,
        std::function<void(const QVector<ArchiveSegment> &segments, const RecorderError &error)> done) = 0;

    // Evidence lock of [fromUtcMs, toUtcMs) against retention; `count`: segments changed.
    virtual void lock(const QString &cameraId, qint64 fromUtcMs, qint64 toUtcMs, bool locked,
                      std::function<void(int count, const RecorderError &error)> done) = 0;

Q_SIGNALS:
    // The source now reads another recorder (or the same with another password): what it listed
    // before may be wrong, ask again.
    void changed();
};

} // namespace pantau::playback
