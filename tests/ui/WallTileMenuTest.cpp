// Right-click on a tile offers the layout menu, as the gaps between tiles do.
#include <catch2/catch.hpp>

#include "WallFixture.h"
#include "ui/wall/WallWindow.h"

#include <QGuiApplication>
#include <QMenu>

using namespace pantau;
using namespace pantau::test;

namespace {
QMenu *subMenu(QMenu *menu, const QString &title)
{
    for (QAction *a : menu->actions())
        if (a->menu() && a->text() == title)
            return a->menu();
    return nullptr;
}
} // namespace

TEST_CASE("Right-click on a tile offers the layout menu, and choosing a layout switches this screen",
          "[ui][wall][layout]")
{
    WallFixture fx;
    fx.addLayout("2x2", {"cam0", "cam1"}, "four");
    fx.addLayout("1+5", {"cam2"}, "focus");
    QScreen *screen = QGuiApplication::primaryScreen();
    fx.store->setScreenLayout(screen->name(), "four");
    WallWindow window(fx.context(), screen);
    window.resize(640, 360);
    window.show();
    for (TileView *tile : {window.view()->tiles()[0], window.view()->tiles()[3]}) { // a camera, an empty one
        QMenu menu;
        tile->fillContextMenu(&menu);
        QMenu *layouts = subMenu(&menu, "Layout");
        REQUIRE(layouts);
        QStringList names;
        for (QAction *a : layouts->actions())
            names << a->text();
        CHECK(names == QStringList{"four", "focus"});
        CHECK(layouts->actions()[0]->isChecked());
    }
    QMenu menu;
    window.view()->tiles()[1]->fillContextMenu(&menu);
    subMenu(&menu, "Layout")->actions()[1]->trigger();
    CHECK(fx.store->site().layoutIdForScreen(screen->name()) == "focus");
    CHECK(window.view()->layoutId() == "focus");
}
