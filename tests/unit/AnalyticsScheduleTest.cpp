// analytics::AnalyticsSchedule: daily windows of local time, crossing midnight, as text.
#include "core/analytics/AnalyticsSchedule.h"

#include <catch2/catch.hpp>

using pantau::analytics::AnalyticsSchedule;

TEST_CASE("A schedule without windows is always armed")
{
    const AnalyticsSchedule schedule;
    CHECK(schedule.isAlways());
    CHECK(schedule.isActive(QTime(3, 0)));
    CHECK(schedule.isActive(QTime(15, 0)));
}

TEST_CASE("A 22:00-05:00 schedule is armed across midnight and not by day")
{
    AnalyticsSchedule schedule;
    schedule.addWindow(QTime(22, 0), QTime(5, 0));
    CHECK(schedule.isActive(QTime(22, 0)));
    CHECK(schedule.isActive(QTime(23, 59)));
    CHECK(schedule.isActive(QTime(0, 0)));
    CHECK(schedule.isActive(QTime(4, 59)));
    CHECK_FALSE(schedule.isActive(QTime(5, 0)));
    CHECK_FALSE(schedule.isActive(QTime(12, 0)));
    CHECK_FALSE(schedule.isActive(QTime(21, 59)));
}

TEST_CASE("A schedule's text reads back into the same windows")
{
    AnalyticsSchedule schedule;
    REQUIRE(schedule.parse(QStringLiteral("22:00-05:00, 12:30-13:00")));
    CHECK(schedule.windows().size() == 2);
    CHECK(schedule.toText() == QStringLiteral("22:00-05:00,12:30-13:00"));
    CHECK(schedule.isActive(QTime(12, 45)));
    AnalyticsSchedule again;
    REQUIRE(again.parse(schedule.toText()));
    CHECK(again == schedule);
}

TEST_CASE("A schedule refuses text it does not understand and keeps its windows")
{
    AnalyticsSchedule schedule;
    schedule.addWindow(QTime(22, 0), QTime(5, 0));
    CHECK_FALSE(schedule.parse(QStringLiteral("tonight")));
    CHECK_FALSE(schedule.parse(QStringLiteral("25:00-05:00")));
    CHECK(schedule.toText() == QStringLiteral("22:00-05:00"));
}
