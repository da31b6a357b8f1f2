// EventRetention: which events the store removes, by days.
#include "CatchQt.h"

#include "core/events/EventRetention.h"

using namespace pantau::events;

namespace {
constexpr qint64 kDay = EventRetention::kDayMs;
constexpr qint64 kNow = 1'789'999'980'000LL;

Event ended(qint64 startUtcMs, qint64 endUtcMs)
{
    Event e;
    e.cameraId = QStringLiteral("cam-1");
    e.kind = EventKind::Motion;
    e.startUtcMs = startUtcMs;
    e.endUtcMs = endUtcMs;
    return e;
}
} // namespace

TEST_CASE("Retention removes an event that ended more than the kept days ago")
{
    CHECK(EventRetention::isExpired(ended(kNow - 31 * kDay, kNow - 30 * kDay - 1), kNow, 30));
    CHECK_FALSE(EventRetention::isExpired(ended(kNow - 31 * kDay, kNow - 30 * kDay), kNow, 30));
    CHECK_FALSE(EventRetention::isExpired(ended(kNow - 31 * kDay, kNow - kDay), kNow, 30));
}

TEST_CASE("Retention never removes an event that still lasts")
{
    CHECK_FALSE(EventRetention::isExpired(ended(kNow - 365 * kDay, 0), kNow, 30));
}

TEST_CASE("Retention of no days keeps every event")
{
    CHECK_FALSE(EventRetention::cutoffUtcMs(kNow, 0));
    CHECK_FALSE(EventRetention::cutoffUtcMs(kNow, -5));
    CHECK_FALSE(EventRetention::isExpired(ended(0, 1), kNow, 0));
    CHECK(EventRetention::cutoffUtcMs(kNow, 1) == kNow - kDay);
}

TEST_CASE("Retention does not care whether an event was acknowledged")
{
    Event e = ended(kNow - 10 * kDay, kNow - 9 * kDay);
    e.acknowledgedUtcMs = kNow - 9 * kDay;
    CHECK(EventRetention::isExpired(e, kNow, 7));
    e.acknowledgedUtcMs = 0;
    CHECK(EventRetention::isExpired(e, kNow, 7));
}
