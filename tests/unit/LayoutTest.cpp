#include <catch2/catch.hpp>

#include "core/layout/Layout.h"
#include "core/site/SiteJson.h"

using namespace pantau;

TEST_CASE("Every preset is a valid layout of the expected shape", "[unit][layout]")
{
    struct Expect
    {
        const char *id;
        int rows, columns, tiles;
    };
    for (const Expect e : {Expect{"1x1", 1, 1, 1},
                           {"2x2", 2, 2, 4},
                           {"3x3", 3, 3, 9},
                           {"4x4", 4, 4, 16},
                           {"5x5", 5, 5, 25},
                           {"6x6", 6, 6, 36},
                           {"8x8", 8, 8, 64},
                           {"1+5", 3, 3, 6},
                           {"1+7", 4, 4, 8},
                           {"1+12", 4, 4, 13}}) {
        INFO(e.id);
        const auto l = layouts::preset(e.id);
        REQUIRE(l);
        CHECK(l->isValid());
        CHECK(l->rows == e.rows);
        CHECK(l->columns == e.columns);
        CHECK(l->tiles.size() == e.tiles);
    }
    CHECK_FALSE(layouts::preset("7x9"));
    CHECK(layouts::presetIds().size() == 10);
}

TEST_CASE("1+12 has its big tile in the centre and tiles in reading order", "[unit][layout]")
{
    const Layout l = *layouts::preset("1+12");
    const int big = l.tileAt(1, 1);
    REQUIRE(big >= 0);
    CHECK(l.tiles[big].cells == QRect(1, 1, 2, 2));
    CHECK(l.tileAt(2, 2) == big);
    CHECK(l.tiles.first().cells == QRect(0, 0, 1, 1));
    CHECK(l.tiles.last().cells == QRect(3, 3, 1, 1));
}

TEST_CASE("Merging cells makes a spanning tile, splitting gives 1x1 tiles back", "[unit][layout]")
{
    Layout l = layouts::withCamera(layouts::grid(3, 4), 5, "cam-a"); // tile 5 = row 1, column 1
    l = layouts::merged(l, QRect(1, 1, 2, 2));
    REQUIRE(l.isValid());
    CHECK(l.tiles.size() == 12 - 4 + 1);
    const int span = l.tileAt(2, 2);
    CHECK(l.tiles[span].cells == QRect(1, 1, 2, 2));
    CHECK(l.tiles[span].cameraId == "cam-a");

    // Merging across a span splits the part that sticks out first; still valid.
    Layout across = layouts::merged(l, QRect(2, 0, 2, 2));
    CHECK(across.isValid());

    Layout back = layouts::split(l, span);
    CHECK(back.isValid());
    CHECK(back.tiles.size() == 12);
    CHECK(back.tiles[back.tileAt(1, 1)].cameraId == "cam-a");
}

TEST_CASE("Swapping exchanges what two tiles show and nothing else", "[unit][layout]")
{
    Layout l = layouts::grid(2, 2);
    l = layouts::withCamera(l, 0, "a");
    l = layouts::withCamera(l, 3, "d");
    const Layout s = layouts::withSwappedTiles(l, 0, 3);
    CHECK(s.tiles[0].cameraId == "d");
    CHECK(s.tiles[3].cameraId == "a");
    CHECK(s.sameGeometry(l));
    CHECK(layouts::withSwappedTiles(l, 0, 9) == l); // out of range: unchanged
}

TEST_CASE("Resizing keeps tiles that fit and fills new cells", "[unit][layout]")
{
    Layout l = layouts::merged(layouts::grid(4, 4), QRect(2, 2, 2, 2));
    l = layouts::withCamera(l, 0, "a");
    const Layout smaller = layouts::resized(l, 3, 3);
    CHECK(smaller.isValid());
    CHECK(smaller.tiles[smaller.tileAt(2, 2)].cells == QRect(2, 2, 1, 1)); // clipped span
    CHECK(smaller.tiles[0].cameraId == "a");
    const Layout bigger = layouts::resized(l, 5, 6);
    CHECK(bigger.isValid());
    CHECK(bigger.tiles.size() == 30 - 3);
}

TEST_CASE("isValid catches overlaps, holes and out-of-grid tiles", "[unit][layout]")
{
    Layout l = layouts::grid(2, 2);
    QString why;
    l.tiles[0].cells = QRect(0, 0, 2, 1); // overlaps tile 1
    CHECK_FALSE(l.isValid(&why));
    CHECK_FALSE(why.isEmpty());
    l = layouts::grid(2, 2);
    l.tiles.removeLast();
    CHECK_FALSE(l.isValid());
    l = layouts::grid(2, 2);
    l.tiles[3].cells = QRect(1, 1, 2, 1);
    CHECK_FALSE(l.isValid());
}

TEST_CASE("filledWith puts cameras into empty tiles in order, skipping ones already shown", "[unit][layout]")
{
    Layout l = layouts::withCamera(layouts::grid(2, 2), 1, "b");
    l = layouts::filledWith(l, {"a", "b", "c", "d", "e"});
    CHECK(l.cameraIds() == QStringList{"a", "b", "c", "d"});
}

TEST_CASE("A layout round-trips through its JSON form", "[unit][layout]")
{
    Layout l = layouts::merged(layouts::grid(4, 5), QRect(0, 0, 3, 2));
    l = layouts::withCamera(l, 0, "cam-1");
    l.id = "layout-x";
    l.name = "Simpang & pasar";
    QString error;
    const auto back = json::layoutFromJson(json::toJson(l), &error);
    REQUIRE(back);
    CHECK(*back == l);

    QJsonObject broken = json::toJson(l);
    broken["rows"] = "four";
    CHECK_FALSE(json::layoutFromJson(broken, &error));
    CHECK(error.contains("rows"));
}
