// An operator's change on the wall is a working copy of the layout: the saved layout (and the site
// file) change only when it is saved; revert and Ctrl+Z give the previous cameras back.
#include <catch2/catch.hpp>

#include "CatchQt.h"
#include "Wait.h"
#include "WallFixture.h"
#include "core/site/SiteFile.h"
#include "ui/common/DragPayload.h"
#include "ui/wall/WallWindow.h"
#include "ui/wall/WorkingCopyBar.h"

#include <QDropEvent>
#include <QGuiApplication>
#include <QMimeData>
#include <QPushButton>
#include <QTest>

using namespace pantau;
using namespace pantau::test;

namespace {
void drop(TileView *target, const DragPayload &payload)
{
    // QApplication only routes drops that a real drag started; deliver to the widget as Qt would.
    std::unique_ptr<QMimeData> mime(payload.toMimeData());
    QDropEvent ev(QPointF(10, 10), Qt::CopyAction | Qt::MoveAction, mime.get(), Qt::LeftButton,
                  Qt::NoModifier);
    static_cast<QObject *>(target)->event(&ev);
}

QStringList shownCameras(WallView *view)
{
    QStringList ids;
    for (TileView *t : view->tiles())
        ids << t->cameraId();
    return ids;
}

QStringList savedCameras(const Site &site, const QString &layoutId)
{
    QStringList ids;
    for (const TileSlot &t : site.layout(layoutId)->tiles)
        ids << t.cameraId;
    return ids;
}

QStringList onDisk(const WallFixture &fx, const QString &layoutId)
{
    const SiteLoadResult loaded = SiteFile::load(fx.store->path());
    REQUIRE(loaded.site);
    return savedCameras(*loaded.site, layoutId);
}

bool barShown(WallWindow &window)
{
    return window.workingCopyBar()->isVisible();
}

struct Wall
{
    WallFixture fx;
    std::unique_ptr<WallWindow> window;
    WallView *view = nullptr;

    Wall()
    {
        fx.addLayout("2x2", {"cam0", "cam1", "cam2"}, "simpang"); // tile 4 empty
        fx.addLayout("1+5", {"cam3"}, "pasar");
        fx.store->setScreenLayout(QGuiApplication::primaryScreen()->name(), "simpang");
        REQUIRE(fx.store->flushPendingSave());
        fx.store->setSaveDelayMs(60000); // only a flush writes within the test
        window = std::make_unique<WallWindow>(fx.context(), QGuiApplication::primaryScreen());
        window->resize(800, 450);
        window->show();
        view = window->view();
    }
};
} // namespace

TEST_CASE("A camera dropped on a tile changes the window's working copy, not the saved layout",
          "[ui][wall][layout]")
{
    Wall w;
    CHECK_FALSE(barShown(*w.window));
    drop(w.view->tiles()[3], DragPayload::cameras({"cam3"}));
    CHECK(shownCameras(w.view) == QStringList{"cam0", "cam1", "cam2", "cam3"});
    CHECK(savedCameras(w.fx.store->site(), "simpang") == QStringList{"cam0", "cam1", "cam2", ""});
    CHECK_FALSE(w.fx.store->hasPendingSave());
    CHECK(barShown(*w.window));
    CHECK(w.window->windowTitle().contains("changed, not saved"));
    // The tile shows the dropped camera's own picture.
    CHECK(waitUntil(
        [&] { return closeTo(centreOf(w.view->tiles()[3]->grab().toImage()), cameraColour("cam3")); },
        kPlayingBoundMs));

    // Saved: into the layout and on disk before the call returns.
    w.window->workingCopyBar()->findChild<QPushButton *>("saveWorkingCopy")->click();
    CHECK(savedCameras(w.fx.store->site(), "simpang") == QStringList{"cam0", "cam1", "cam2", "cam3"});
    CHECK(onDisk(w.fx, "simpang") == QStringList{"cam0", "cam1", "cam2", "cam3"});
    CHECK_FALSE(barShown(*w.window));
    CHECK_FALSE(w.window->windowTitle().contains("changed"));
}

TEST_CASE("Swapping tiles and Delete change the working copy only", "[ui][wall][layout]")
{
    Wall w;
    drop(w.view->tiles()[1], DragPayload::tile(w.view->uid(), 0, "cam0"));
    CHECK(shownCameras(w.view) == QStringList{"cam1", "cam0", "cam2", ""});
    w.view->selectTile(2);
    w.view->setFocus();
    QKeyEvent del(QEvent::KeyPress, Qt::Key_Delete, Qt::NoModifier);
    QCoreApplication::sendEvent(w.view, &del);
    CHECK(shownCameras(w.view) == QStringList{"cam1", "cam0", "", ""});
    CHECK(savedCameras(w.fx.store->site(), "simpang") == QStringList{"cam0", "cam1", "cam2", ""});
    REQUIRE(w.fx.store->flushPendingSave()); // what a quit writes: the saved layout, unchanged
    CHECK(onDisk(w.fx, "simpang") == QStringList{"cam0", "cam1", "cam2", ""});
}

TEST_CASE("Revert shows the saved layout again, and Ctrl+Z brings the change back", "[ui][wall][layout]")
{
    Wall w;
    drop(w.view->tiles()[3], DragPayload::cameras({"cam3"}));
    drop(w.view->tiles()[1], DragPayload::tile(w.view->uid(), 0, "cam0"));
    REQUIRE(shownCameras(w.view) == QStringList{"cam1", "cam0", "cam2", "cam3"});
    w.window->workingCopyBar()->findChild<QPushButton *>("revertWorkingCopy")->click();
    CHECK(shownCameras(w.view) == QStringList{"cam0", "cam1", "cam2", ""});
    CHECK_FALSE(barShown(*w.window));
    w.window->undoAction()->trigger();
    CHECK(shownCameras(w.view) == QStringList{"cam1", "cam0", "cam2", "cam3"});
    CHECK(barShown(*w.window));
}

TEST_CASE("Ctrl+Z on the wall gives a tile its previous camera, Ctrl+Shift+Z redoes", "[ui][wall][layout]")
{
    Wall w;
    w.window->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(w.window.get()));
    drop(w.view->tiles()[1], DragPayload::cameras({"cam3"}));
    drop(w.view->tiles()[2], DragPayload::cameras({"cam1"}));
    REQUIRE(shownCameras(w.view) == QStringList{"cam0", "cam3", "cam1", ""});
    CHECK(w.window->undoAction()->text() == "Undo: camera on tile 3");
    QTest::keyClick(w.view, Qt::Key_Z, Qt::ControlModifier);
    CHECK(shownCameras(w.view) == QStringList{"cam0", "cam3", "cam2", ""});
    QTest::keyClick(w.view, Qt::Key_Z, Qt::ControlModifier);
    CHECK(shownCameras(w.view) == QStringList{"cam0", "cam1", "cam2", ""});
    CHECK_FALSE(barShown(*w.window)); // back to what is saved
    CHECK(waitUntil(
        [&] { return closeTo(centreOf(w.view->tiles()[1]->grab().toImage()), cameraColour("cam1")); },
        kPlayingBoundMs));
    QTest::keyClick(w.view, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(shownCameras(w.view) == QStringList{"cam0", "cam3", "cam2", ""});
    CHECK(savedCameras(w.fx.store->site(), "simpang") == QStringList{"cam0", "cam1", "cam2", ""});
}

TEST_CASE("An unsaved working copy stays with its window across a layout switch", "[ui][wall][layout]")
{
    Wall w;
    const QString screen = QGuiApplication::primaryScreen()->name();
    drop(w.view->tiles()[3], DragPayload::cameras({"cam3"}));
    w.fx.store->setScreenLayout(screen, "pasar"); // Ctrl+2, or the console's list
    REQUIRE(w.view->layoutId() == "pasar");
    CHECK_FALSE(barShown(*w.window));                 // pasar is as saved
    CHECK_FALSE(w.window->undoAction()->isEnabled()); // Ctrl+Z acts on the shown layout only
    w.fx.store->setScreenLayout(screen, "simpang");
    REQUIRE(w.view->layoutId() == "simpang");
    CHECK(shownCameras(w.view) == QStringList{"cam0", "cam1", "cam2", "cam3"});
    CHECK(barShown(*w.window));
    CHECK(savedCameras(w.fx.store->site(), "simpang") == QStringList{"cam0", "cam1", "cam2", ""});
    w.window->undoAction()->trigger();
    CHECK(shownCameras(w.view) == QStringList{"cam0", "cam1", "cam2", ""});
}

TEST_CASE("A layout saved elsewhere reaches a window's working copy, which keeps its own tiles",
          "[ui][wall][layout]")
{
    Wall w;
    WallWindow other(w.fx.context(), QGuiApplication::primaryScreen()); // a second window, same layout
    other.resize(400, 225);
    other.show();
    drop(w.view->tiles()[0], DragPayload::cameras({"cam3"}));       // this window: tile 1
    drop(other.view()->tiles()[3], DragPayload::cameras({"cam0"})); // the other: tile 4, then saved
    REQUIRE(other.saveWorkingCopy());
    CHECK(shownCameras(w.view) == QStringList{"cam3", "cam1", "cam2", "cam0"});
    CHECK(barShown(*w.window));
    CHECK(onDisk(w.fx, "simpang") == QStringList{"cam0", "cam1", "cam2", "cam0"});
    // The supervisor gives the layout another grid: the working copy cannot follow and is replaced.
    Layout regridded = layouts::filledWith(*layouts::preset("3x3"), {"cam2"});
    regridded.id = "simpang";
    regridded.name = "Simpang";
    w.fx.store->upsertLayout(regridded);
    CHECK(w.view->tiles().size() == 9);
    CHECK(w.view->tiles()[0]->cameraId() == "cam2");
    CHECK_FALSE(barShown(*w.window));
    CHECK_FALSE(w.window->undoAction()->isEnabled());
}
