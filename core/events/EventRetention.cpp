#include "core/events/EventRetention.h"

namespace pantau::events {

std::optional<qint64> EventRetention::cutoffUtcMs(qint64 nowUtcMs, int keepDays)
{
    if (keepDays < 1)
        return std::nullopt;
    return nowUtcMs - qint64(keepDays) * kDayMs;
}

bool EventRetention::isExpired(const Event &event, qint64 nowUtcMs, int keepDays)
{
    const std::optional<qint64> cutoff = cutoffUtcMs(nowUtcMs, keepDays);
    return cutoff && !event.isActive() && event.endUtcMs < *cutoff;
}

} // namespace pantau::events
