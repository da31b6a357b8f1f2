// Run under QT_QPA_PLATFORM=offscreen:configfile=two-screens.json (see tests/CMakeLists.txt).
#include <catch2/catch.hpp>

#include "Wait.h"
#include "WallFixture.h"
#include "core/site/SiteFile.h"
#include "ui/wall/WallManager.h"

#include <QGuiApplication>
#include <QScreen>

using namespace pantau;
using namespace pantau::test;

TEST_CASE("One wall window per screen, each with the layout saved for it", "[ui][multiscreen]")
{
    REQUIRE(QGuiApplication::screens().size() == 2);
    WallFixture fx;
    fx.addLayout("2x2", {"cam0", "cam1", "cam2", "cam3"}, "grid");
    fx.addLayout("1+5", {"cam3", "cam2"}, "focus");
    fx.store->setScreenLayout("DP-1", "focus");
    fx.store->setScreenLayout("DP-2", "grid");
    REQUIRE(fx.store->saveNow());

    // A fresh start from the saved file, as `pantau --wall` does.
    const SiteLoadResult loaded = SiteFile::load(fx.store->path());
    REQUIRE(loaded.site);
    SiteStore store(fx.store->path(), *loaded.site);
    WallContext context = fx.context();
    context.store = &store;
    WallManager walls(context);
    walls.open(true);
    REQUIRE(walls.windows().size() == 2);
    WallWindow *left = walls.windowForScreen("DP-1");
    WallWindow *right = walls.windowForScreen("DP-2");
    REQUIRE(left);
    REQUIRE(right);
    CHECK(left->view()->layoutId() == "focus");
    CHECK(right->view()->layoutId() == "grid");
    CHECK(left->view()->tiles().size() == 6);
    CHECK(right->view()->tiles().size() == 4);
    CHECK(left->isFullScreen());
    CHECK(QGuiApplication::screens()[1]->geometry().contains(right->geometry().center()));

    // A supervisor switches the right-hand screen; only that window changes.
    store.setScreenLayout("DP-2", "focus");
    CHECK(right->view()->layoutId() == "focus");
    CHECK(left->view()->layoutId() == "focus");
    store.setScreenLayout("DP-1", "grid");
    CHECK(left->view()->layoutId() == "grid");
    CHECK(right->view()->layoutId() == "focus");
}

TEST_CASE("A screen with no saved layout gets the next layout along, and it is saved", "[ui][multiscreen]")
{
    WallFixture fx;
    fx.addLayout("2x2", {"cam0"}, "a");
    fx.addLayout("3x3", {"cam1"}, "b");
    WallManager walls(fx.context());
    walls.open(false);
    REQUIRE(walls.windows().size() == 2);
    CHECK(fx.store->site().layoutIdForScreen("DP-1") == "a");
    CHECK(fx.store->site().layoutIdForScreen("DP-2") == "b");
    walls.closeAll();
    CHECK(walls.windows().isEmpty());
}

TEST_CASE("Unplugging a screen closes its wall window, plugging it back restores its layout",
          "[ui][multiscreen]")
{
    WallFixture fx;
    fx.addLayout("2x2", {"cam0", "cam1"}, "grid");
    fx.addLayout("1+5", {"cam2"}, "focus");
    fx.store->setScreenLayout("DP-1", "grid");
    fx.store->setScreenLayout("DP-2", "focus");
    WallManager walls(fx.context());
    walls.open(true);
    REQUIRE(walls.windows().size() == 2);
    QScreen *second = QGuiApplication::screens()[1];

    // What the platform announces when a monitor is unplugged and plugged in again.
    Q_EMIT qGuiApp->screenRemoved(second);
    CHECK(walls.windows().size() == 1);
    CHECK(walls.windowForScreen("DP-2") == nullptr);
    CHECK(fx.store->site().layoutIdForScreen("DP-2") == "focus"); // remembered for its return
    QCoreApplication::processEvents();                            // the closed window is deleted

    Q_EMIT qGuiApp->screenAdded(second);
    REQUIRE(walls.windows().size() == 2);
    REQUIRE(walls.windowForScreen("DP-2"));
    CHECK(walls.windowForScreen("DP-2")->view()->layoutId() == "focus");
}
