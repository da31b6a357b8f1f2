// The layout editor keeps cameras across merge, split, resize and presets: nothing is dropped
// while the new shape has room, and what has none is listed.
#include <catch2/catch.hpp>

#include "CatchQt.h"
#include "core/layout/LayoutCameraKeeper.h"

using namespace pantau;

namespace {
QStringList camerasOf(const Layout &l)
{
    QStringList ids;
    for (const TileSlot &t : l.tiles)
        ids << t.cameraId;
    return ids;
}
} // namespace

TEST_CASE("Merging cells that hold cameras keeps the first and moves the others to free tiles",
          "[unit][layout]")
{
    // 3x3, cameras a b / d e in the top-left 2x2, the rest empty.
    Layout l = layouts::grid(3, 3);
    l.tiles[0].cameraId = "a";
    l.tiles[1].cameraId = "b";
    l.tiles[3].cameraId = "d";
    l.tiles[4].cameraId = "e";
    const LayoutCameraKeeper keeper(l);
    const LayoutCameraKeeper::Result r = keeper.merge(l, QRect(0, 0, 2, 2));
    REQUIRE(r.layout.isValid());
    REQUIRE(r.layout.tiles.size() == 6);
    CHECK(r.layout.tiles[0].cells == QRect(0, 0, 2, 2));
    // Reading order after the merge: big, (0,2), (1,2), (2,0), (2,1), (2,2).
    CHECK(camerasOf(r.layout) == QStringList{"a", "b", "d", "e", "", ""});
    CHECK(r.moved == QStringList{"b", "d", "e"});
    CHECK(r.leftOut.isEmpty());
}

TEST_CASE("A merge with no free tile left lists the cameras it leaves out", "[unit][layout]")
{
    Layout l = layouts::filledWith(layouts::grid(2, 2), {"a", "b", "c", "d"});
    const LayoutCameraKeeper keeper(l);
    const LayoutCameraKeeper::Result r = keeper.merge(l, QRect(0, 0, 2, 1));
    CHECK(camerasOf(r.layout) == QStringList{"a", "c", "d"});
    CHECK(r.leftOut == QStringList{"b"});
}

TEST_CASE("A camera left out comes back when a later shape has room", "[unit][layout]")
{
    Layout l = layouts::filledWith(layouts::grid(2, 2), {"a", "b", "c", "d"});
    const LayoutCameraKeeper keeper(l);
    const Layout merged = keeper.merge(l, QRect(0, 0, 2, 1)).layout; // b left out
    const LayoutCameraKeeper::Result split = keeper.split(merged, 0);
    CHECK(camerasOf(split.layout) == QStringList{"a", "b", "c", "d"});
    CHECK(split.leftOut.isEmpty());
    CHECK(keeper.leftOut(split.layout).isEmpty());
}

TEST_CASE("A smaller preset or grid lists what does not fit, a larger one brings it back", "[unit][layout]")
{
    Layout l = layouts::filledWith(*layouts::preset("3x3"), {"a", "b", "c", "d", "e", "f", "g", "h", "i"});
    const LayoutCameraKeeper keeper(l);
    const LayoutCameraKeeper::Result one = *keeper.preset(l, "1x1");
    CHECK(camerasOf(one.layout) == QStringList{"a"});
    CHECK(one.leftOut == QStringList{"b", "c", "d", "e", "f", "g", "h", "i"});
    const LayoutCameraKeeper::Result back = *keeper.preset(one.layout, "3x3");
    CHECK(camerasOf(back.layout) == QStringList{"a", "b", "c", "d", "e", "f", "g", "h", "i"});
    const LayoutCameraKeeper::Result smaller = keeper.resize(l, 2, 3);
    CHECK(smaller.layout.cameraIds().size() == 6);
    CHECK(smaller.leftOut == QStringList{"g", "h", "i"});
    CHECK_FALSE(keeper.preset(l, "7x7"));
}

TEST_CASE("presetIdOf names the preset a layout's grid is, or none", "[unit][layout]")
{
    CHECK(layouts::presetIdOf(layouts::grid(3, 3)) == "3x3");
    CHECK(layouts::presetIdOf(layouts::filledWith(*layouts::preset("1+7"), {"a"})) == "1+7");
    CHECK(layouts::presetIdOf(layouts::grid(3, 4)).isEmpty());
    CHECK(layouts::presetIdOf(layouts::merged(layouts::grid(3, 3), QRect(1, 1, 2, 2))).isEmpty());
}
