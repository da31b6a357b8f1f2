// Switching layouts and streams must never show a black tile or reconnect a camera that stays.
#include <catch2/catch.hpp>

#include "Wait.h"
#include "WallFixture.h"
#include "ui/wall/WallWindow.h"

#include <QGuiApplication>

using namespace pantau;
using namespace pantau::test;

TEST_CASE("Switching layout keeps cameras that stay on the wall live: no reconnect, no black tile",
          "[ui][wall]")
{
    WallFixture fx;
    fx.addLayout("2x2", {"cam0", "cam1", "cam2", "cam3"}, "four");
    fx.addLayout("1+5", {"cam3", "cam2", "cam1", "cam0"}, "focus");
    QScreen *screen = QGuiApplication::primaryScreen();
    fx.store->setScreenLayout(screen->name(), "four");
    WallWindow window(fx.context(), screen);
    window.resize(960, 540);
    window.show();
    WallView *view = window.view();
    REQUIRE(waitUntil(
        [&] {
            for (TileView *t : view->tiles())
                if (!t->activePipeline() || t->activePipeline()->status().state != StreamState::Playing)
                    return false;
            return true;
        },
        kPlayingBoundMs));

    int created = 0;
    QObject::connect(fx.pool.get(), &StreamPool::pipelineCreated, [&] { ++created; });
    QList<StreamState> statesSeen;
    for (TileView *t : view->tiles())
        QObject::connect(t->activePipeline(), &StreamPipeline::statusChanged,
                         [&](const StreamStatus &s) { statesSeen << s.state; });

    window.switchToLayoutNumber(2); // what Ctrl+2 does
    REQUIRE(view->layoutId() == "focus");
    REQUIRE(view->tiles().size() == 6);
    // The very first paint of the new layout already shows, on each tile, the camera the layout
    // puts there (and the tile says it is that camera).
    int camerasShown = 0;
    for (TileView *t : view->tiles()) {
        const QString placed = fx.layoutCamera("focus", t->tileIndex());
        INFO("tile " << t->tileIndex() << ": layout " << placed.toStdString() << ", tile says "
                     << t->cameraId().toStdString());
        CHECK(t->cameraId() == placed);
        if (placed.isEmpty())
            continue;
        ++camerasShown;
        const QImage img = t->grab().toImage();
        CHECK(closeTo(centreOf(img), cameraColour(placed)));
    }
    CHECK(camerasShown == 4);
    CHECK(created == 0);
    CHECK(statesSeen.isEmpty());
    for (TileView *t : view->tiles())
        CHECK(t->blackFramesPainted() == 0);
    CHECK(fx.store->site().layoutIdForScreen(screen->name()) == "focus");
}

TEST_CASE("Small tiles play the sub stream, full screen plays the main stream, with no black frame between",
          "[ui][wall][streams]")
{
    WallFixture fx(/*subStreams=*/true);
    fx.addLayout("2x2", {"cam0", "cam1", "cam2", "cam3"}, "four");
    WallWindow window(fx.context(), QGuiApplication::primaryScreen());
    fx.settings->setSubStreamMaxHeightPx(300);
    window.resize(800, 450); // tiles about 225 px high: sub stream
    window.show();
    TileView *tile = window.view()->tiles()[1];
    REQUIRE(
        waitUntil([&] { return tile->activePipeline() && !tile->activePipeline()->latestFrame().isNull(); },
                  kPlayingBoundMs));
    CHECK(tile->activeKind() == StreamKind::Sub);
    CHECK(closeTo(centreOf(tile->grab().toImage()), distinctColours()[1].darker(250)));

    window.view()->setFullScreenTile(1); // 450 px high: main stream wanted
    // Until the main stream has a picture the tile keeps painting the sub stream; never black.
    bool sawBlack = false;
    REQUIRE(waitUntil(
        [&] {
            const QColor c = centreOf(tile->grab().toImage());
            if (c.value() < 20)
                sawBlack = true;
            return tile->activeKind() == StreamKind::Main;
        },
        kPlayingBoundMs));
    CHECK_FALSE(sawBlack);
    CHECK(tile->blackFramesPainted() == 0);
    CHECK(closeTo(centreOf(tile->grab().toImage()), distinctColours()[1]));

    window.view()->setFullScreenTile(-1);
    CHECK(waitUntil([&] { return tile->activeKind() == StreamKind::Sub; }, kPlayingBoundMs));
}
