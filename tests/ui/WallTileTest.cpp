// The wall as the operator sees it: tiles painted offscreen, checked by colour.
#include <catch2/catch.hpp>

#include "Wait.h"
#include "WallFixture.h"
#include "ui/common/DragPayload.h"
#include "ui/wall/WallWindow.h"

#include <QDropEvent>
#include <QGuiApplication>
#include <QMimeData>

using namespace pantau;
using namespace pantau::test;

namespace {
// Every tile shows the camera its layout puts there: the tile says so, and its picture has that
// camera's colour.
bool allTilesShowTheirLayoutsCamera(const WallFixture &fx, WallView *view)
{
    for (TileView *t : view->tiles()) {
        const QString placed = fx.layoutCamera(view->layoutId(), t->tileIndex());
        if (placed.isEmpty() || t->cameraId() != placed)
            return false;
        if (!closeTo(centreOf(t->grab().toImage()), cameraColour(placed)))
            return false;
    }
    return true;
}
} // namespace

TEST_CASE("A 2x2 wall paints every camera's own picture in its tile", "[ui][wall]")
{
    WallFixture fx;
    const QStringList cams{"cam0", "cam1", "cam2", "cam3"};
    fx.addLayout("2x2", cams, "grid");
    for (int i = 0; i < cams.size(); ++i)
        REQUIRE(fx.layoutCamera("grid", i) == cams[i]); // the layout reads in tile order
    WallWindow window(fx.context(), QGuiApplication::primaryScreen());
    window.resize(960, 540);
    window.show();
    WallView *view = window.view();
    REQUIRE(view->layoutId() == "grid");
    REQUIRE(view->tiles().size() == 4);
    const bool shown = waitUntil([&] { return allTilesShowTheirLayoutsCamera(fx, view); }, kPlayingBoundMs);
    for (TileView *t : view->tiles()) {
        const QString placed = fx.layoutCamera("grid", t->tileIndex());
        INFO("tile " << t->tileIndex() << ": layout " << placed.toStdString() << ", tile says "
                     << t->cameraId().toStdString() << ", centre "
                     << centreOf(t->grab().toImage()).name().toStdString());
        CHECK(t->cameraId() == placed);
        CHECK(closeTo(centreOf(t->grab().toImage()), cameraColour(placed)));
        CHECK(closeTo(centreOf(t->grab().toImage()), cameraColour(t->cameraId())));
    }
    REQUIRE(shown);
    for (TileView *t : view->tiles()) {
        CHECK(t->activePipeline()->status().state == StreamState::Playing);
        CHECK(t->blackFramesPainted() == 0);
    }
    // The name bar is translucent over the picture: the camera's colour, darkened. A keyframe
    // that lost packets on a loaded machine can leave part of one picture undecoded until the
    // next keyframe heals it, so wait (bounded) for every tile.
    auto barShowsPicture = [&fx](TileView *t, bool report) {
        const QImage grab = t->grab().toImage();
        const QColor under = grab.pixelColor(grab.width() / 2, grab.height() - 4); // the bar's at the bottom
        const QColor own = cameraColour(fx.layoutCamera("grid", t->tileIndex()));
        const double keep = 1.0 - 140 / 255.0;
        const bool ok = std::abs(under.red() - own.red() * keep) < 25 &&
                        std::abs(under.green() - own.green() * keep) < 25 &&
                        std::abs(under.blue() - own.blue() * keep) < 25;
        if (report) {
            INFO(t->cameraId().toStdString()
                 << " bar pixel " << under.name().toStdString() << " camera " << own.name().toStdString());
            CHECK(ok);
        }
        return ok;
    };
    waitUntil(
        [&] {
            for (TileView *t : view->tiles())
                if (!barShowsPicture(t, false))
                    return false;
            return true;
        },
        kStateBoundMs);
    for (TileView *t : view->tiles())
        barShowsPicture(t, true);
    CHECK(fx.pool->pipelineCount() == 4);
}

TEST_CASE("Tiles showing the same camera share one decode, hidden tiles decode nothing", "[ui][wall]")
{
    WallFixture fx;
    StreamSettings s;
    s.lingerMs = 100;
    fx.pool->setSettings(s);
    fx.addLayout("2x2", {"cam0", "cam0", "cam0", "cam1"}, "same");
    WallWindow window(fx.context(), QGuiApplication::primaryScreen());
    window.resize(640, 360);
    window.show();
    WallView *view = window.view();
    CHECK(fx.pool->pipelineCount() == 2);
    CHECK(view->tiles()[0]->activePipeline() == view->tiles()[1]->activePipeline());

    // Full screen on tile 3 (cam1): the other tiles are hidden, cam0 is no longer decoded.
    view->setFullScreenTile(3);
    CHECK(waitUntil([&] { return fx.pool->pipelineCount() == 1; }, 5000));
    CHECK(fx.pool->find("cam0", StreamKind::Main) == nullptr);
    view->setFullScreenTile(-1);
    CHECK(fx.pool->pipelineCount() == 2);

    window.hide(); // nobody sees the wall: nothing is decoded
    CHECK(waitUntil([&] { return fx.pool->pipelineCount() == 0; }, 5000));
}

TEST_CASE("Dropping a camera on a tile shows it there, dropping a tile on another swaps them", "[ui][wall]")
{
    WallFixture fx;
    fx.addLayout("2x2", {"cam0", "cam1"}, "drop");
    WallWindow window(fx.context(), QGuiApplication::primaryScreen());
    window.resize(640, 360);
    window.show();
    WallView *view = window.view();

    auto drop = [](TileView *target, QMimeData *mime) {
        // QApplication only routes drops that a real drag started; deliver to the widget as Qt would.
        QDropEvent ev(QPointF(10, 10), Qt::CopyAction | Qt::MoveAction, mime, Qt::LeftButton, Qt::NoModifier);
        static_cast<QObject *>(target)->event(&ev);
    };
    std::unique_ptr<QMimeData> cam(DragPayload::cameras({"cam3"}).toMimeData());
    drop(view->tiles()[2], cam.get());
    // The window's working copy shows it; the saved layout changes only when saved (issue 20).
    CHECK(view->currentLayout().tiles[2].cameraId == "cam3");
    CHECK(fx.store->site().layout("drop")->tiles[2].cameraId.isEmpty());
    CHECK(view->tiles()[2]->cameraId() == "cam3");

    std::unique_ptr<QMimeData> tile(DragPayload::tile(view->uid(), 0, "cam0").toMimeData());
    drop(view->tiles()[1], tile.get());
    const Layout &shown = view->currentLayout();
    CHECK(shown.tiles[0].cameraId == "cam1");
    CHECK(shown.tiles[1].cameraId == "cam0");
    CHECK(view->tiles()[0]->cameraId() == "cam1");
    CHECK(view->tiles()[1]->cameraId() == "cam0");
    REQUIRE(window.saveWorkingCopy());
    const Layout *l = fx.store->site().layout("drop");
    CHECK(l->tiles[0].cameraId == "cam1");
    CHECK(l->tiles[1].cameraId == "cam0");
    CHECK(l->tiles[2].cameraId == "cam3");
}
