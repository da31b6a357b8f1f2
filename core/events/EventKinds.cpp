#include "core/events/EventKinds.h"

namespace pantau::events {

QString eventKindKey(EventKind kind)
{
    switch (kind) {
    case EventKind::Motion:
        return QStringLiteral("motion");
    case EventKind::TamperCovered:
        return QStringLiteral("tamper-covered");
    case EventKind::TamperDefocused:
        return QStringLiteral("tamper-defocused");
    case EventKind::TamperMoved:
        return QStringLiteral("tamper-moved");
    case EventKind::CameraOffline:
        return QStringLiteral("camera-offline");
    case EventKind::RecordingStopped:
        return QStringLiteral("recording-stopped");
    case EventKind::Invalid:
        break;
    }
    return QString();
}

EventKind eventKindFromKey(const QString &key)
{
    for (EventKind kind : allEventKinds())
        if (eventKindKey(kind) == key)
            return kind;
    return EventKind::Invalid;
}

QVector<EventKind> allEventKinds()
{
    return {EventKind::Motion,      EventKind::TamperCovered, EventKind::TamperDefocused,
            EventKind::TamperMoved, EventKind::CameraOffline, EventKind::RecordingStopped};
}

} // namespace pantau::events
