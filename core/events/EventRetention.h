#pragma once
// How long the event store keeps events: a pure rule (any thread), the store acts on it.
//
// An event is kept for keepDays days after it ended. An event that still lasts (endUtcMs == 0) is
// never removed, however old its start: a camera offline for a month keeps its event. keepDays
// below 1 keeps everything. Acknowledged or not makes no difference: an unacknowledged event past
// its days is history, not an alarm.
#include "core/events/Event.h"

#include <optional>

namespace pantau::events {

class EventRetention
{
public:
    static constexpr int kDefaultKeepDays = 30;
    static constexpr qint64 kDayMs = 86'400'000;

    // Events that ended before this are removed; nullopt: keep everything.
    static std::optional<qint64> cutoffUtcMs(qint64 nowUtcMs, int keepDays);
    static bool isExpired(const Event &event, qint64 nowUtcMs, int keepDays);
};

} // namespace pantau::events
