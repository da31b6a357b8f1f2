// The shared playback clock (core/playback/PlaybackClock): position from monotonic time, speed,
// pause and seek, driven with explicit times.
#include "core/playback/PlaybackClock.h"

#include <catch2/catch.hpp>

using pantau::playback::PlaybackClock;

TEST_CASE("PlaybackClock runs at 1x from the seek point", "[unit][playback]")
{
    PlaybackClock c;
    c.seek(1'000'000, 500);
    CHECK(c.positionAt(500) == 1'000'000);
    CHECK(c.positionAt(1500) == 1'001'000);
}

TEST_CASE("PlaybackClock at 8x moves eight times as fast from where it was", "[unit][playback]")
{
    PlaybackClock c;
    c.seek(0, 0);
    REQUIRE(c.setSpeed(8, 1000)); // 1000 ms in at 1x
    CHECK(c.positionAt(1000) == 1000);
    CHECK(c.positionAt(2000) == 9000);
}

TEST_CASE("PlaybackClock backwards runs the position down", "[unit][playback]")
{
    PlaybackClock c;
    c.seek(10'000, 0);
    REQUIRE(c.setSpeed(-4, 0));
    CHECK(c.positionAt(1000) == 6000);
}

TEST_CASE("PlaybackClock refuses speeds other than 1 2 4 8 16 either way", "[unit][playback]")
{
    PlaybackClock c;
    c.seek(0, 0);
    for (int bad : {0, 3, 5, 32, -3, -32})
        CHECK_FALSE(c.setSpeed(bad, 0));
    CHECK(c.speed() == 1);
    for (int good : {1, 2, 4, 8, 16, -1, -2, -4, -8, -16})
        CHECK(c.setSpeed(good, 0));
}

TEST_CASE("PlaybackClock paused holds the position and resumes from it", "[unit][playback]")
{
    PlaybackClock c;
    c.seek(0, 0);
    c.setPaused(true, 2000);
    CHECK(c.isPaused());
    CHECK(c.positionAt(9000) == 2000);
    c.setPaused(false, 9000);
    CHECK(c.positionAt(10'000) == 3000);
}

TEST_CASE("PlaybackClock seek while paused stays paused at the new time", "[unit][playback]")
{
    PlaybackClock c;
    c.setPaused(true, 0);
    c.seek(5000, 100);
    CHECK(c.positionAt(10'000) == 5000);
}
