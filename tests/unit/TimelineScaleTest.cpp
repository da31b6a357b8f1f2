// The timeline's scale (TimelineScale): the window, wheel zoom around a point between 10 s and
// 30 days, pan, x <-> time, and the ticks and labels in Indonesian and English.
#include <catch2/catch.hpp>

#include "ui/playback/TimelineScale.h"

#include <QDateTime>

using pantau::playback::TimelineScale;

namespace {
const QTimeZone kWib("Asia/Jakarta"); // UTC+7, no daylight saving
const QLocale kIndonesian(QLocale::Indonesian, QLocale::Indonesia);
const QLocale kEnglish(QLocale::English, QLocale::UnitedKingdom);
constexpr qint64 kMinute = 60'000;
constexpr qint64 kHour = 3'600'000;
constexpr qint64 kDay = 24 * kHour;

// Local (WIB) wall time -> UTC ms.
qint64 wib(int y, int mo, int d, int h, int mi = 0, int s = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), kWib).toMSecsSinceEpoch();
}
} // namespace

TEST_CASE("TimelineScale: x and time convert both ways across the width", "[unit][timeline]")
{
    const TimelineScale scale(wib(2026, 12, 3, 0), 4 * kHour, 800);
    CHECK(scale.toUtcMs() == wib(2026, 12, 3, 4));
    CHECK(scale.xForTime(wib(2026, 12, 3, 2)) == Approx(400));
    CHECK(scale.timeAtX(200) == wib(2026, 12, 3, 1));
    CHECK(scale.timeAtX(scale.xForTime(wib(2026, 12, 3, 3, 17, 5))) == wib(2026, 12, 3, 3, 17, 5));
    CHECK(scale.xForTime(scale.toUtcMs()) == Approx(800));
}

TEST_CASE("TimelineScale: the wheel zooms in around the pointer, which keeps its moment", "[unit][timeline]")
{
    TimelineScale scale(wib(2026, 12, 3, 0), 4 * kHour, 800);
    const qint64 under = scale.timeAtX(600);
    scale.zoomAt(600, 1);
    CHECK(scale.spanMs() == qint64(4 * kHour / 1.25));
    CHECK(std::abs(scale.timeAtX(600) - under) <= 1);
    scale.zoomAt(600, -2); // and out again, past where it started
    CHECK(scale.spanMs() == qint64(4 * kHour * 1.25));
    CHECK(std::abs(scale.timeAtX(600) - under) <= 1);
}

TEST_CASE("TimelineScale: zoom stops at 10 seconds and at 30 days across the width", "[unit][timeline]")
{
    TimelineScale scale(wib(2026, 12, 3, 0), kHour, 1000);
    scale.zoomAt(500, 100);
    CHECK(scale.spanMs() == TimelineScale::kMinSpanMs);
    CHECK(scale.spanMs() == 10'000);
    scale.zoomAt(500, -200);
    CHECK(scale.spanMs() == TimelineScale::kMaxSpanMs);
    CHECK(scale.spanMs() == 30 * kDay);
    scale.setWindow(0, 5);
    CHECK(scale.spanMs() == 10'000);
}

TEST_CASE("TimelineScale: a pan moves what is shown with the pointer", "[unit][timeline]")
{
    TimelineScale scale(wib(2026, 12, 3, 0), 4 * kHour, 800);
    const qint64 at100 = scale.timeAtX(100);
    scale.pan(100); // drag right: earlier footage comes into view
    CHECK(scale.timeAtX(200) == at100);
    CHECK(scale.fromUtcMs() == wib(2026, 12, 2, 23, 30));
    CHECK(scale.spanMs() == 4 * kHour);
    scale.setWidthPx(1600); // a wider timeline shows the same time with more pixels
    CHECK(scale.spanMs() == 4 * kHour);
    CHECK(scale.msPerPx() == Approx(4.0 * kHour / 1600));
}

TEST_CASE("TimelineScale: the tick step grows with the zoom and keeps labels apart", "[unit][timeline]")
{
    CHECK(TimelineScale(0, 10'000, 1000).tickStepMs(80) == 1000);
    CHECK(TimelineScale(0, kHour, 1000).tickStepMs(80) == 5 * kMinute);
    CHECK(TimelineScale(0, 24 * kHour, 1000).tickStepMs(80) == 2 * kHour);
    CHECK(TimelineScale(0, 7 * kDay, 1000).tickStepMs(80) == kDay);
    CHECK(TimelineScale(0, 7 * kDay, 2000).tickStepMs(80) == 12 * kHour);
    CHECK(TimelineScale(0, 30 * kDay, 1000).tickStepMs(80) == 7 * kDay);
    for (qint64 span : {10'000LL, kHour, 24 * kHour, 7 * kDay}) {
        const TimelineScale scale(0, span, 1000);
        CHECK(scale.tickStepMs(80) / scale.msPerPx() >= 80);
    }
}

TEST_CASE("TimelineScale: hours and days labelled in Indonesian", "[unit][timeline][i18n]")
{
    // Wed 2 Dec 2026 22:00 WIB to Thu 3 Dec 04:00: hour ticks, midnight is the day "Kam 3 Des".
    const TimelineScale scale(wib(2026, 12, 2, 22), 6 * kHour, 600);
    const QVector<TimelineScale::Tick> ticks = scale.ticks(kIndonesian, kWib, 80);
    REQUIRE(ticks.size() == 6);
    CHECK(ticks[0].label == "22:00");
    CHECK(ticks[0].xPx == Approx(0));
    CHECK_FALSE(ticks[0].major);
    CHECK(ticks[2].label == "Kam 3 Des");
    CHECK(ticks[2].major);
    CHECK(ticks[2].utcMs == wib(2026, 12, 3, 0));
    CHECK(ticks[4].label == "02:00");
    CHECK(TimelineScale::dayLabel(wib(2026, 12, 7, 10), kIndonesian, kWib) == "Sen 7 Des");
}

TEST_CASE("TimelineScale: hours and days labelled in English", "[unit][timeline][i18n]")
{
    const TimelineScale scale(wib(2026, 12, 2, 22), 6 * kHour, 600);
    const QVector<TimelineScale::Tick> ticks = scale.ticks(kEnglish, kWib, 80);
    REQUIRE(ticks.size() == 6);
    CHECK(ticks[2].label == "Thu 3 Dec");
    CHECK(ticks[4].label == "02:00");
    CHECK(TimelineScale::dayLabel(wib(2026, 12, 7, 10), kEnglish, kWib) == "Mon 7 Dec");
}

TEST_CASE("TimelineScale: ticks sit on round local times, with seconds when zoomed in", "[unit][timeline]")
{
    // 20 s across 1000 px from 02:14:07.300 WIB: a tick every 2 s on even seconds.
    const TimelineScale scale(wib(2026, 12, 3, 2, 14, 7) + 300, 20'000, 1000);
    const QVector<TimelineScale::Tick> ticks = scale.ticks(kIndonesian, kWib, 80);
    REQUIRE(ticks.size() == 10);
    CHECK(ticks[0].label == "02:14:08");
    CHECK(ticks[1].label == "02:14:10");
    // Days across a week: every tick is a local midnight, labelled with its day.
    const TimelineScale week(wib(2026, 11, 30, 5), 7 * kDay, 1400);
    for (const TimelineScale::Tick &t : week.ticks(kIndonesian, kWib, 120)) {
        CHECK(t.major);
        CHECK(QDateTime::fromMSecsSinceEpoch(t.utcMs, kWib).time() == QTime(0, 0));
    }
    CHECK(week.ticks(kIndonesian, kWib, 120).first().label == "Sel 1 Des");
}
