#include "ui/events/EventTexts.h"

namespace pantau {

using events::EventKind;
using events::EventPriority;

QString EventTexts::kindName(EventKind kind)
{
    switch (kind) {
    case EventKind::Motion:
        return tr("Motion detected");
    case EventKind::TamperCovered:
        return tr("Camera covered");
    case EventKind::TamperDefocused:
        return tr("Camera out of focus");
    case EventKind::TamperMoved:
        return tr("Camera moved");
    case EventKind::CameraOffline:
        return tr("Camera offline");
    case EventKind::RecordingStopped:
        return tr("Recording stopped");
    case EventKind::Invalid:
        break;
    }
    return tr("Unknown event");
}

QString EventTexts::priorityName(EventPriority priority)
{
    switch (priority) {
    case EventPriority::High:
        return tr("High");
    case EventPriority::Medium:
        return tr("Medium");
    case EventPriority::Low:
        return tr("Low");
    case EventPriority::Invalid:
        break;
    }
    return QString();
}

} // namespace pantau
