// ZoneGeometry: the zone editor's pure geometry (where the picture sits, canvas <-> normalised
// points, which point or edge the pointer is on, inserting and removing points).
#include "ui/analytics/ZoneGeometry.h"

#include <catch2/catch.hpp>

using pantau::ZoneGeometry;

namespace {
const QRectF kPicture(0, 0, 320, 180); // a 320x180 picture shown at its own size
const QPolygonF kSquare({QPointF(0.25, 0.25), QPointF(0.75, 0.25), QPointF(0.75, 0.75), QPointF(0.25, 0.75)});
} // namespace

TEST_CASE("The picture fills the canvas with its aspect kept, centred")
{
    const QRectF wide = ZoneGeometry::pictureRect(QSize(320, 180), QRectF(0, 0, 800, 300));
    CHECK(wide == QRectF(133.3333333333, 0, 533.3333333333, 300));
    const QRectF tall = ZoneGeometry::pictureRect(QSize(320, 180), QRectF(0, 0, 320, 400));
    CHECK(tall == QRectF(0, 110, 320, 180));
    CHECK(ZoneGeometry::pictureRect(QSize(), QRectF(0, 0, 160, 90)) == QRectF(0, 0, 160, 90)); // 16:9
}

TEST_CASE("Canvas points become normalised picture points and back, clamped onto the picture")
{
    const QRectF picture(100, 50, 200, 100);
    CHECK(ZoneGeometry::normalise(QPointF(150, 75), picture) == QPointF(0.25, 0.25));
    CHECK(ZoneGeometry::toCanvas(QPointF(0.25, 0.25), picture) == QPointF(150, 75));
    CHECK(ZoneGeometry::normalise(QPointF(10, 500), picture) == QPointF(0, 1)); // dragged off: on the edge
}

TEST_CASE("The vertex under the pointer is found within the grab radius, the nearest one")
{
    const QList<QPolygonF> polygons{kSquare};
    const ZoneGeometry::Hit hit = ZoneGeometry::vertexAt(polygons, QPointF(243, 47), kPicture, 8);
    REQUIRE(hit.isValid());
    CHECK(hit.polygon == 0);
    CHECK(hit.index == 1); // (0.75, 0.25) is at (240, 45)
    CHECK_FALSE(ZoneGeometry::vertexAt(polygons, QPointF(260, 45), kPicture, 8).isValid());
}

TEST_CASE("The edge under the pointer is found, the closing edge too")
{
    const QList<QPolygonF> polygons{kSquare};
    const ZoneGeometry::Hit top = ZoneGeometry::edgeAt(polygons, QPointF(160, 47), kPicture, 4);
    REQUIRE(top.isValid());
    CHECK(top.index == 0);
    const ZoneGeometry::Hit closing = ZoneGeometry::edgeAt(polygons, QPointF(81, 90), kPicture, 4);
    REQUIRE(closing.isValid());
    CHECK(closing.index == 3); // from the last point back to the first
    CHECK_FALSE(ZoneGeometry::edgeAt(polygons, QPointF(160, 90), kPicture, 4).isValid());
}

TEST_CASE("The polygon drawn last that contains a point is the one hit")
{
    const QPolygonF inner({QPointF(0.4, 0.4), QPointF(0.6, 0.4), QPointF(0.5, 0.6)});
    const QList<QPolygonF> polygons{kSquare, inner};
    CHECK(ZoneGeometry::polygonAt(polygons, QPointF(0.5, 0.45)) == 1);
    CHECK(ZoneGeometry::polygonAt(polygons, QPointF(0.3, 0.3)) == 0);
    CHECK(ZoneGeometry::polygonAt(polygons, QPointF(0.9, 0.9)) == -1);
}

TEST_CASE("A point put on an edge goes between that edge's two points")
{
    const QPolygonF out = ZoneGeometry::insertPoint(kSquare, 0, QPointF(0.5, 0.25));
    REQUIRE(out.size() == 5);
    CHECK(out[1] == QPointF(0.5, 0.25));
    CHECK(out[2] == kSquare[1]);
    const QPolygonF closing = ZoneGeometry::insertPoint(kSquare, 3, QPointF(0.25, 0.5));
    CHECK(closing.last() == QPointF(0.25, 0.5));
}

TEST_CASE("Removing a point leaves the rest, and a polygon under 3 points goes whole")
{
    const QPolygonF three = ZoneGeometry::removePoint(kSquare, 2);
    REQUIRE(three.size() == 3);
    CHECK_FALSE(three.contains(kSquare[2]));
    CHECK(ZoneGeometry::removePoint(three, 0).isEmpty());
    CHECK(ZoneGeometry::removePoint(kSquare, 7) == kSquare); // no such point: unchanged
}

TEST_CASE("A drawn outline is closed without repeated points and needs 3 distinct ones")
{
    const QPolygonF drawn({QPointF(0.1, 0.1), QPointF(0.1, 0.1), QPointF(0.5, 0.1), QPointF(0.5, 0.5),
                           QPointF(0.5, 0.5), QPointF(0.1, 0.1)});
    const QPolygonF closed = ZoneGeometry::closed(drawn);
    CHECK(closed == QPolygonF({QPointF(0.1, 0.1), QPointF(0.5, 0.1), QPointF(0.5, 0.5)}));
    CHECK(
        ZoneGeometry::closed(QPolygonF({QPointF(0.1, 0.1), QPointF(0.5, 0.1), QPointF(0.5, 0.1)})).isEmpty());
}
