#include "ui/common/Palette.h"

namespace pantau {

QColor Palette::live()
{
    return QColor(60, 200, 90);
}

QColor Palette::attention()
{
    return QColor(240, 180, 40);
}

QColor Palette::failure()
{
    return QColor(230, 70, 60);
}

QColor Palette::unknown()
{
    return QColor(130, 136, 146);
}

QColor Palette::forStreamState(StreamState state)
{
    switch (state) {
    case StreamState::Playing:
        return live();
    case StreamState::Connecting:
    case StreamState::Reconnecting:
        return attention();
    case StreamState::AuthFailed:
    case StreamState::Offline:
    case StreamState::Error:
        return failure();
    case StreamState::Invalid:
        break;
    }
    return unknown();
}

QColor Palette::forHealthBucket(HealthBucket bucket)
{
    switch (bucket) {
    case HealthBucket::Online:
        return live();
    case HealthBucket::Offline:
        return failure();
    case HealthBucket::Trouble:
        return attention();
    case HealthBucket::Checking:
    case HealthBucket::Invalid:
        break;
    }
    return unknown();
}

QColor Palette::dashboardBackground()
{
    return QColor(20, 23, 28);
}

QColor Palette::dashboardPanel()
{
    return QColor(30, 34, 41);
}

QString Palette::css(const QColor &colour)
{
    return colour.name(QColor::HexRgb);
}

QColor Palette::forEventKind(events::EventKind kind)
{
    using events::EventKind;
    switch (kind) {
    case EventKind::Motion:
        return QColor(70, 150, 240);
    case EventKind::TamperCovered:
    case EventKind::TamperDefocused:
    case EventKind::TamperMoved:
        return QColor(200, 90, 220);
    case EventKind::CameraOffline:
        return failure();
    case EventKind::RecordingStopped:
        return attention();
    case EventKind::Invalid:
        break;
    }
    return unknown();
}

} // namespace pantau
