// What a drag carries (DragPayload): its MIME encoding read back, and what a drop accepts.
#include <catch2/catch.hpp>

#include "ui/common/DragPayload.h"

#include <QMimeData>

#include <memory>

using namespace pantau;

TEST_CASE("Drag payload: cameras from the console tree round-trip through MIME data", "[unit][drag]")
{
    const DragPayload sent = DragPayload::cameras({"cam-1", "cam-2", "cam-3"});
    const std::unique_ptr<QMimeData> mime(sent.toMimeData());
    CHECK(mime->hasFormat(DragPayload::kCameraMime));
    CHECK_FALSE(mime->hasFormat(DragPayload::kTileMime));
    CHECK(DragPayload::canDecode(mime.get()));
    const std::optional<DragPayload> got = DragPayload::fromMimeData(mime.get());
    REQUIRE(got);
    CHECK(*got == sent);
    CHECK_FALSE(got->fromTile);
    CHECK(got->firstCameraId() == "cam-1");
}

TEST_CASE("Drag payload: a tile round-trips with its wall, index and camera", "[unit][drag]")
{
    const DragPayload sent = DragPayload::tile("7f3a20", 5, "cam-9");
    const std::unique_ptr<QMimeData> mime(sent.toMimeData());
    // A tile also offers its camera, for targets that take cameras only.
    CHECK(mime->hasFormat(DragPayload::kTileMime));
    CHECK(mime->hasFormat(DragPayload::kCameraMime));
    const std::optional<DragPayload> got = DragPayload::fromMimeData(mime.get());
    REQUIRE(got);
    CHECK(*got == sent);
    CHECK(got->fromTile);
    CHECK(got->fromWallUid == "7f3a20");
    CHECK(got->fromTileIndex == 5);
    CHECK(got->firstCameraId() == "cam-9");
}

TEST_CASE("Drag payload: data of another kind, or a tile entry that does not parse, is no payload",
          "[unit][drag]")
{
    QMimeData text;
    text.setText("cam-1");
    CHECK_FALSE(DragPayload::canDecode(&text));
    CHECK_FALSE(DragPayload::fromMimeData(&text));
    CHECK_FALSE(DragPayload::fromMimeData(nullptr));

    QMimeData brokenTile;
    brokenTile.setData(DragPayload::kTileMime, "7f3a20\n5");
    brokenTile.setData(DragPayload::kCameraMime, "cam-9");
    CHECK(DragPayload::canDecode(&brokenTile)); // a drop target lights up, as before
    CHECK_FALSE(DragPayload::fromMimeData(&brokenTile));
}
