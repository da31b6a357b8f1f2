// Which stream a wall tile paints, and the lease steps to get there (TileStreamChoice).
#include <catch2/catch.hpp>

#include "ui/wall/TileStreamChoice.h"

using namespace pantau;
using Step = TileStreamChoice::Step;

TEST_CASE("Tile stream choice: a tile up to the threshold paints the sub stream", "[unit][wall]")
{
    CHECK(TileStreamChoice::wantedKind(180, 400) == StreamKind::Sub);
    CHECK(TileStreamChoice::wantedKind(400, 400) == StreamKind::Sub);
}

TEST_CASE("Tile stream choice: a taller tile (full screen) paints the main stream", "[unit][wall]")
{
    CHECK(TileStreamChoice::wantedKind(401, 400) == StreamKind::Main);
    CHECK(TileStreamChoice::wantedKind(1080, 400) == StreamKind::Main);
    CHECK(TileStreamChoice::wantedKind(1, 0) == StreamKind::Main); // threshold 0: always main
}

TEST_CASE("Tile stream choice: a tile painting nothing leases the wanted stream", "[unit][wall]")
{
    CHECK(TileStreamChoice::nextStep(StreamKind::Sub, StreamKind::Invalid, StreamKind::Invalid, true) ==
          Step::Lease);
    CHECK(TileStreamChoice::nextStep(StreamKind::Main, StreamKind::Invalid, StreamKind::Invalid, false) ==
          Step::Lease);
}

TEST_CASE(
    "Tile stream choice: a tile that grows keeps painting the sub stream while the main one is prepared",
    "[unit][wall]")
{
    CHECK(TileStreamChoice::nextStep(StreamKind::Main, StreamKind::Sub, StreamKind::Invalid, true) ==
          Step::Prepare);
    // Already being prepared: nothing more until its first frame.
    CHECK(TileStreamChoice::nextStep(StreamKind::Main, StreamKind::Sub, StreamKind::Main, true) ==
          Step::Keep);
}

TEST_CASE("Tile stream choice: a tile that shrinks back before the switch drops the prepared stream",
          "[unit][wall]")
{
    CHECK(TileStreamChoice::nextStep(StreamKind::Sub, StreamKind::Sub, StreamKind::Main, true) ==
          Step::DropPrepared);
}

TEST_CASE("Tile stream choice: a tile that changes its mind mid-switch prepares the other stream",
          "[unit][wall]")
{
    // A full-screen tile painting main goes back to the grid: sub is prepared; it goes full
    // screen again before sub had a frame: sub is dropped, main stays painted.
    CHECK(TileStreamChoice::nextStep(StreamKind::Sub, StreamKind::Main, StreamKind::Invalid, true) ==
          Step::Prepare);
    CHECK(TileStreamChoice::nextStep(StreamKind::Main, StreamKind::Main, StreamKind::Sub, true) ==
          Step::DropPrepared);
}

TEST_CASE("Tile stream choice: a camera without a sub stream never switches", "[unit][wall]")
{
    CHECK(TileStreamChoice::nextStep(StreamKind::Main, StreamKind::Sub, StreamKind::Invalid, false) ==
          Step::Keep);
    CHECK(TileStreamChoice::nextStep(StreamKind::Sub, StreamKind::Main, StreamKind::Invalid, false) ==
          Step::Keep);
}

TEST_CASE("Tile stream choice: a tile painting the wanted stream changes nothing", "[unit][wall]")
{
    CHECK(TileStreamChoice::nextStep(StreamKind::Sub, StreamKind::Sub, StreamKind::Invalid, true) ==
          Step::Keep);
    CHECK(TileStreamChoice::nextStep(StreamKind::Main, StreamKind::Main, StreamKind::Invalid, true) ==
          Step::Keep);
}
