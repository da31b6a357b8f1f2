// A camera whose site-file entry cannot be used is listed, with its reason, in the tree and on its
// tile; the rest of the site works.
#include <catch2/catch.hpp>

#include "core/site/SiteFile.h"
#include "ui/console/CameraTreeModel.h"
#include "ui/wall/TileView.h"

using namespace pantau;

TEST_CASE("A camera whose entry cannot be used is listed in the tree and on its tile with the reason",
          "[ui][console][site]")
{
    const QByteArray file = R"({"format":"pantau-site","version":1,"cameras":[
        {"id":"good","name":"Alun-alun","area":["Lumajang","Senduro"],"mainStream":"rtsp://127.0.0.1:8554/a"},
        {"id":"bad","name":"Pasar Senduro","area":["Lumajang","Senduro"],"mainStream":"rtsp://127.0.0.1:99999/b"}
    ]})";
    QString error;
    const auto site = SiteFile::parse(file, &error);
    REQUIRE(site);
    CameraTreeModel model;
    model.setCameras(site->cameras);
    const QModelIndex bad = model.indexOfCamera("bad");
    REQUIRE(bad.isValid());
    CHECK(bad.data(Qt::DisplayRole).toString() == "Pasar Senduro (invalid)");
    const QString tip = bad.data(Qt::ToolTipRole).toString();
    CHECK(tip.contains("cannot be used"));
    CHECK(tip.contains(site->camera("bad")->invalidReason));
    CHECK(tip.contains("stream address"));
    CHECK(model.indexOfCamera("good").data(Qt::DisplayRole).toString() == "Alun-alun");

    TileView tile(WallContext{}, "wall");
    tile.setCamera(*site->camera("bad"));
    CHECK(tile.unavailableText().contains(site->camera("bad")->invalidReason));
    CHECK_FALSE(tile.activePipeline()); // never played
}
