#pragma once
// The dashboard's short state words for a thumbnail ("Offline", "Authentication failed"...).
// Stateless; GUI thread only. Its colours are in ui/common/Palette.
#include "core/health/CameraHealth.h"

#include <QCoreApplication>

namespace pantau::dashboard {

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
