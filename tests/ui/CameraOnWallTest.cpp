// A named camera on screen now: search text and Enter (or a double-click in the tree) shows it full
// screen on the chosen wall window at once, main stream, without editing the layout; Escape returns.
#include <catch2/catch.hpp>

#include "ConsoleFixture.h"
#include "ui/console/CameraTreeModel.h"

#include <QLineEdit>
#include <QTreeView>

using namespace pantau;
using namespace pantau::test;

TEST_CASE("Search and Enter: the camera full screen on the wall at once, the full layout untouched, and "
          "Escape returns",
          "[ui][console][wall]")
{
    WallFixture fx(/*subStreams=*/true);
    // Every tile in use, none of them showing the camera the operator wants.
    Layout full = layouts::filledWith(*layouts::preset("2x2"), {"cam0", "cam1", "cam2"});
    full = layouts::withCamera(full, 3, "cam0");
    full.id = "full";
    full.name = "Simpang";
    fx.store->upsertLayout(full);

    Console console(fx);
    console.window.show();
    console.walls.open(false);
    REQUIRE(console.walls.windows().size() == 1);
    REQUIRE(fx.store->saveNow()); // the layout and the screen's assignment, as the supervisor left them
    const QByteArray savedBefore = fileBytes(fx.store->path());
    REQUIRE_FALSE(savedBefore.isEmpty());
    WallWindow *wall = console.walls.windows().first();
    wall->resize(960, 540);
    WallView *view = wall->view();
    REQUIRE(view->layoutId() == "full");
    REQUIRE(waitUntil([&] { return view->tiles().first()->activePipeline(); }, kReactionBoundMs));

    console.window.searchBox()->setText("kamera 4"); // cam3's name is "Kamera 4"
    pressKey(console.window.searchBox(), Qt::Key_Return);

    CHECK(view->shownCameraId() == "cam3");
    TileView *tile = view->cameraTile();
    REQUIRE(tile);
    CHECK(tile->isVisible());
    CHECK(tile->cameraId() == "cam3");
    CHECK(tile->camera()->name == "Kamera 4"); // what its name bar says
    CHECK(tile->geometry() == view->rect());
    CHECK(tile->activeKind() == StreamKind::Main);
    for (TileView *t : view->tiles())
        CHECK_FALSE(t->isVisible()); // hidden: their streams are released
    // The picture is cam3's (yellow), from the main stream (its sub stream is darker).
    REQUIRE(
        waitUntil([&] { return tile->activePipeline() && !tile->activePipeline()->latestFrame().isNull(); },
                  kPlayingBoundMs));
    CHECK(closeTo(centreOf(tile->grab().toImage()), distinctColours()[3]));
    // The layout was not edited: not in memory, not pending, not on disk.
    CHECK(*fx.store->site().layout("full") == full);
    CHECK_FALSE(fx.store->hasPendingSave());
    CHECK(fileBytes(fx.store->path()) == savedBefore);

    pressKey(console.window.searchBox(), Qt::Key_Escape);
    CHECK(view->shownCameraId().isEmpty());
    CHECK_FALSE(tile->isVisible());
    for (TileView *t : view->tiles())
        CHECK(t->isVisible());
    CHECK(view->tiles()[1]->cameraId() == "cam1");
    CHECK(fileBytes(fx.store->path()) == savedBefore);
}

TEST_CASE("A double-click in the tree shows the camera full screen, and Escape on the wall returns",
          "[ui][console][wall]")
{
    WallFixture fx;
    fx.addLayout("2x2", {"cam0", "cam1"}, "two");
    Console console(fx);
    console.walls.open(false);
    WallView *view = console.walls.windows().first()->view();
    const QModelIndex source = console.window.cameraModel()->indexOfCamera("cam2");
    const QModelIndex shown = console.window.filterModel()->mapFromSource(source);
    REQUIRE(shown.isValid());
    auto *tree = console.window.findChild<QTreeView *>();
    REQUIRE(tree);
    Q_EMIT tree->doubleClicked(shown); // what a double-click on the row emits
    CHECK(view->shownCameraId() == "cam2");
    CHECK(fx.store->site().layout("two")->tiles[2].cameraId.isEmpty()); // not put in the layout

    pressKey(view->cameraTile(), Qt::Key_Escape); // reaches the view, as on the wall
    CHECK(view->shownCameraId().isEmpty());
    CHECK(view->tiles()[0]->isVisible());
}
