// The dashboard chart's axes: the count scaled to the site, hours that do not crowd.
#include <catch2/catch.hpp>

#include "ui/dashboard/ChartAxes.h"

#include <QDateTime>

using namespace pantau::chart;

TEST_CASE("The chart's count axis is scaled to the site, not to a thousand", "[dashboard][chart]")
{
    CHECK(countAxis(9, 9).max == 10);
    CHECK(countAxis(9, 9).step == 2);
    CHECK(countAxis(18, 12).max == 20);
    CHECK(countAxis(18, 12).step == 5);
    CHECK(countAxis(1000, 991).max == 1000);
    CHECK(countAxis(1000, 991).step == 200);
    CHECK(countAxis(1009, 850).max == 1500); // 3 steps of 500 hold 1,009 in round numbers
    CHECK(countAxis(0, 0).max == 1);
    CHECK(countAxis(3, 7).max >= 7); // more online than the site now has (cameras removed since)
}

TEST_CASE("The chart's hour ticks are whole local hours that do not crowd", "[dashboard][chart]")
{
    const QDateTime start(QDate(2026, 12, 3), QTime(13, 37));
    const qint64 startMs = start.toMSecsSinceEpoch();
    const qint64 endMs = startMs + 24 * 3600000LL;

    // 1,800 px for 24 h: 75 px an hour, 90 px apart at least -> every 2 hours.
    const QVector<qint64> wide = hourTicks(startMs, endMs, 1800, 90);
    REQUIRE(wide.size() == 12);
    CHECK(QDateTime::fromMSecsSinceEpoch(wide.first()).time() == QTime(14, 0));
    for (const qint64 t : wide) {
        const QTime time = QDateTime::fromMSecsSinceEpoch(t).time();
        CHECK(time.minute() == 0);
        CHECK(time.hour() % 2 == 0);
    }
    // A narrow chart: every 6 hours, midnight among them.
    const QVector<qint64> narrow = hourTicks(startMs, endMs, 400, 90);
    CHECK(narrow.size() == 4);
    bool midnight = false;
    for (const qint64 t : narrow)
        midnight |= QDateTime::fromMSecsSinceEpoch(t).time() == QTime(0, 0);
    CHECK(midnight);
    CHECK(hourTicks(endMs, startMs, 400, 90).isEmpty());
}
