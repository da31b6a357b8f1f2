#include "core/media/StreamStatus.h"

#include <QCoreApplication>

namespace pantau {

QString StreamStatus::text() const
{
    const QString retry = retryInSeconds > 0 ? tr("retrying in %1 s").arg(retryInSeconds) : QString();
    auto withRetry = [&](const QString &head) {
        return retry.isEmpty() ? head : head + QStringLiteral(" — ") + retry;
    };
    switch (state) {
    case StreamState::Invalid:
        return tr("No stream");
    case StreamState::Connecting:
        return tr("Connecting…");
    case StreamState::Playing:
        return tr("Live");
    case StreamState::Reconnecting:
        return retry.isEmpty() ? tr("Reconnecting…") : withRetry(tr("Disconnected"));
    case StreamState::AuthFailed:
        return withRetry(tr("Authentication failed (check the username and password)"));
    case StreamState::Offline:
        return withRetry(tr("Disconnected"));
    case StreamState::Error:
        return withRetry(tr("Error: %1").arg(reason));
    }
    return {};
}

} // namespace pantau
