#include "core/events/AlarmPolicy.h"

#include <algorithm>

namespace pantau::events {

EventPriority AlarmPolicy::defaultPriority(EventKind kind)
{
    switch (kind) {
    case EventKind::TamperCovered:
    case EventKind::TamperDefocused:
    case EventKind::TamperMoved:
    case EventKind::CameraOffline:
        return EventPriority::High;
    case EventKind::Motion:
        return EventPriority::Medium;
    case EventKind::RecordingStopped:
        return EventPriority::Low;
    case EventKind::Invalid:
        break;
    }
    return EventPriority::Invalid;
}

EventPriority AlarmPolicy::priorityOf(EventKind kind) const
{
    const EventPriority set = m_config.priorities.value(kind, EventPriority::Invalid);
    return set != EventPriority::Invalid ? set : defaultPriority(kind);
}

AlarmTone AlarmPolicy::toneFor(EventPriority priority)
{
    switch (priority) {
    case EventPriority::High:
        return AlarmTone::High;
    case EventPriority::Medium:
        return AlarmTone::Medium;
    default:
        return AlarmTone::None;
    }
}

AlarmTone AlarmPolicy::toneForNewEvent(const Event &event, qint64 nowUtcMs, qint64 mutedUntilUtcMs) const
{
    if (isMuted(nowUtcMs, mutedUntilUtcMs) || event.isAcknowledged())
        return AlarmTone::None;
    return toneFor(priorityOf(event.kind));
}

bool AlarmPolicy::repeats(const Event &event) const
{
    return !event.isAcknowledged() && priorityOf(event.kind) == EventPriority::High;
}

bool AlarmPolicy::shouldRepeat(const QVector<Event> &unacknowledged, qint64 nowUtcMs, qint64 mutedUntilUtcMs,
                               qint64 lastHighToneUtcMs) const
{
    if (isMuted(nowUtcMs, mutedUntilUtcMs) || nowUtcMs - lastHighToneUtcMs < m_config.repeatIntervalMs)
        return false;
    return std::any_of(unacknowledged.begin(), unacknowledged.end(),
                       [this](const Event &e) { return repeats(e); });
}

bool AlarmPolicy::flashes(const Event &event) const
{
    const EventPriority p = priorityOf(event.kind);
    return event.isActive() && !event.isAcknowledged() &&
           (p == EventPriority::High || p == EventPriority::Medium);
}

QStringList AlarmPolicy::flashingCameras(const QVector<Event> &events) const
{
    QStringList out;
    for (const Event &e : events)
        if (flashes(e) && !out.contains(e.cameraId))
            out << e.cameraId;
    out.sort();
    return out;
}

qint64 AlarmPolicy::muteUntil(qint64 nowUtcMs, int minutes)
{
    return nowUtcMs + qint64(std::clamp(minutes, 1, 60)) * 60'000;
}

} // namespace pantau::events
