#pragma once
// What the events panel asks the event store for: kinds, cameras (an area is the cameras in it),
// a time window, only the unacknowledged ("belum ditanggapi"). A value type: any thread.
#include "core/events/Event.h"

#include <QStringList>
#include <QVector>

#include <limits>

namespace pantau::events {

struct EventFilter
{
    QVector<EventKind> kinds; // empty: every kind
    // Only these cameras when restrictCameras (an empty list then matches nothing: an area with
    // no camera has no event); every camera otherwise.
    QStringList cameraIds;
    bool restrictCameras = false;
    // Events overlapping [fromUtcMs, toUtcMs); an active event overlaps everything after its start.
    qint64 fromUtcMs = 0;
    qint64 toUtcMs = std::numeric_limits<qint64>::max();
    bool unacknowledgedOnly = false;
    int limit = 500; // newest first, at most this many
    friend bool operator==(const EventFilter &, const EventFilter &) = default;
};

} // namespace pantau::events
