// Which clock each tile of a wall window follows (core/playback/TileClocks): live, the window's
// shared clock or its own, one rule per case.
#include "core/playback/TileClocks.h"

#include <catch2/catch.hpp>

using pantau::playback::TileClocks;
using Clock = TileClocks::Clock;

TEST_CASE("TileClocks: every tile is live at first", "[unit][playback]")
{
    TileClocks c;
    CHECK(c.clockFor(0) == Clock::Live);
    CHECK(c.clockFor(3) == Clock::Live);
    CHECK(c.ownTiles().isEmpty());
    CHECK(c.timelineTile(0) == -1);
}

TEST_CASE("TileClocks: a live tile played back starts a minute ago and the others stay live",
          "[unit][playback]")
{
    TileClocks c;
    CHECK(c.startOwn(1, true, 10'000'000, 0) == 10'000'000 - TileClocks::kOwnReplayMs);
    CHECK(c.clockFor(1) == Clock::Own);
    CHECK(c.clockFor(0) == Clock::Live);
    CHECK(c.clockFor(2) == Clock::Live);
    CHECK(c.ownTiles() == QList<int>{1});
}

TEST_CASE("TileClocks: a tile leaving synchronised playback starts at the shared position",
          "[unit][playback]")
{
    TileClocks c;
    CHECK(c.setSharedPlayback(true).isEmpty());
    CHECK(c.clockFor(2) == Clock::Shared);
    CHECK(c.startOwn(2, true, 10'000'000, 5'000'000) == 5'000'000);
    CHECK(c.clockFor(2) == Clock::Own);
    CHECK(c.clockFor(0) == Clock::Shared);
}

TEST_CASE(
    "TileClocks: an empty tile, a tile outside the layout or one already on its own clock does not start",
    "[unit][playback]")
{
    TileClocks c;
    CHECK(c.startOwn(0, false, 1000, 0) == -1);
    CHECK(c.startOwn(-1, true, 1000, 0) == -1);
    REQUIRE(c.startOwn(1, true, 100'000, 0) >= 0);
    CHECK(c.startOwn(1, true, 200'000, 0) == -1);
    CHECK(c.ownTiles() == QList<int>{1});
}

TEST_CASE("TileClocks: LIVE on a tile with its own clock gives it back to the window", "[unit][playback]")
{
    TileClocks c;
    c.startOwn(0, true, 100'000, 0);
    CHECK(c.endOwn(0));
    CHECK(c.clockFor(0) == Clock::Live);
    CHECK_FALSE(c.endOwn(0));
    c.setSharedPlayback(true);
    c.startOwn(3, true, 100'000, 50'000);
    CHECK(c.endOwn(3));
    CHECK(c.clockFor(3) == Clock::Shared); // back to what the window shows
}

TEST_CASE("TileClocks: the whole window entering playback ends every own clock", "[unit][playback]")
{
    TileClocks c;
    c.startOwn(0, true, 100'000, 0);
    c.startOwn(2, true, 100'000, 0);
    CHECK(c.setSharedPlayback(true) == QList<int>{0, 2});
    CHECK(c.clockFor(0) == Clock::Shared);
    CHECK(c.clockFor(2) == Clock::Shared);
}

TEST_CASE("TileClocks: own clocks stay while the window is already in playback or goes live",
          "[unit][playback]")
{
    TileClocks c;
    c.setSharedPlayback(true);
    c.startOwn(1, true, 100'000, 50'000);
    CHECK(c.setSharedPlayback(true).isEmpty()); // a seek of the shared clock, not an entry
    CHECK(c.setSharedPlayback(false).isEmpty());
    CHECK(c.clockFor(1) == Clock::Own);
    CHECK(c.clockFor(0) == Clock::Live);
}

TEST_CASE("TileClocks: rebuilt tiles end every own clock", "[unit][playback]")
{
    TileClocks c;
    c.startOwn(0, true, 100'000, 0);
    c.startOwn(5, true, 100'000, 0);
    CHECK(c.clear() == QList<int>{0, 5});
    CHECK(c.ownTiles().isEmpty());
}

TEST_CASE("TileClocks: the timeline drives the selected tile's own clock, else the shared one",
          "[unit][playback]")
{
    TileClocks c;
    c.startOwn(2, true, 100'000, 0);
    CHECK(c.timelineTile(2) == 2);
    CHECK(c.timelineTile(1) == -1);
    CHECK(c.timelineTile(-1) == -1);
}

TEST_CASE("TileClocks: the shared clock plays the shown camera and the tiles that follow it",
          "[unit][playback]")
{
    TileClocks c;
    const QStringList tiles{"a", "b", "", "a", "c"};
    CHECK(c.sharedCameraIds(tiles, {}) == QStringList{"a", "b", "c"});
    CHECK(c.sharedCameraIds(tiles, "x") == QStringList{"x", "a", "b", "c"});
    c.startOwn(1, true, 100'000, 0);
    CHECK(c.sharedCameraIds(tiles, {}) == QStringList{"a", "c"});
    c.startOwn(0, true, 100'000, 0); // "a" still shows on tile 3, on the shared clock
    CHECK(c.sharedCameraIds(tiles, {}) == QStringList{"a", "c"});
}
