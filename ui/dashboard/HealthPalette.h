#pragma once
// The dashboard's colours and short state words, shared by its widgets. GUI thread only.
#include "core/health/CameraHealth.h"

#include <QColor>
#include <QCoreApplication>

namespace pantau::dashboard {

inline QColor bucketColour(HealthBucket bucket)
{
    switch (bucket) {
    case HealthBucket::Online:
        return QColor(60, 200, 90);
    case HealthBucket::Offline:
        return QColor(230, 70, 60);
    case HealthBucket::Trouble:
        return QColor(245, 160, 40);
    case HealthBucket::Checking:
    case HealthBucket::Invalid:
        break;
    }
    return QColor(130, 136, 146);
}

inline QColor backgroundColour()
{
    return QColor(20, 23, 28);
}
inline QColor panelColour()
{
    return QColor(30, 34, 41);
}

struct StateWords
{
    Q_DECLARE_TR_FUNCTIONS(DashboardStateWords)
public:
    // A word or two for a thumbnail: "Offline", "Authentication failed"...
    static QString shortText(HealthBucket bucket, StreamState state)
    {
        switch (state) {
        case StreamState::Playing:
            return tr("Live");
        case StreamState::Offline:
            return tr("Offline");
        case StreamState::Reconnecting:
            return tr("Reconnecting…");
        case StreamState::AuthFailed:
            return tr("Authentication failed");
        case StreamState::Error:
            return tr("Stream error");
        case StreamState::Connecting:
        case StreamState::Invalid:
            break;
        }
        return bucket == HealthBucket::Offline ? tr("Offline") : tr("Checking…");
    }
};

} // namespace pantau::dashboard
