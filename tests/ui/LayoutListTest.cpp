// The console's layout list follows the layout on the chosen screen, so Edit… and Delete act on the
// layout the wall shows.
#include <catch2/catch.hpp>

#include "ConsoleFixture.h"
#include "ui/dialogs/LayoutEditorDialog.h"

#include <QListWidget>
#include <QMessageBox>

using namespace pantau;
using namespace pantau::test;

TEST_CASE("After Ctrl+2 on the wall the layout list selects the layout on the wall, for Edit and Delete",
          "[ui][console][layout]")
{
    WallFixture fx;
    fx.addLayout("2x2", {"cam0"}, "first");
    fx.addLayout("1+5", {"cam1"}, "second");
    Console console(fx);
    console.walls.open(false);
    WallWindow *wall = console.walls.windows().first();
    fx.store->setScreenLayout(wall->screenName(), "first");
    QListWidget *list = console.window.layoutList();
    REQUIRE(list->currentItem());
    CHECK(list->currentItem()->data(Qt::UserRole).toString() == "first");

    wall->switchToLayoutNumber(2); // what Ctrl+2 does
    REQUIRE(wall->view()->layoutId() == "second");
    REQUIRE(list->currentItem());
    CHECK(list->currentItem()->data(Qt::UserRole).toString() == "second");
    CHECK(list->currentItem()->font().bold());

    // Edit… opens the layout on the wall.
    QString editedName;
    onNextModal<LayoutEditorDialog>([&](LayoutEditorDialog *dlg) {
        editedName = dlg->result().name;
        dlg->reject();
    });
    QPushButton *edit = buttonWithText(&console.window, "Edit…");
    REQUIRE(edit);
    edit->click();
    CHECK(editedName == "second");

    // Delete asks about, and deletes, the layout on the wall.
    QString question;
    onNextModal<QMessageBox>([&](QMessageBox *box) {
        question = box->text();
        box->button(QMessageBox::Yes)->click();
    });
    QPushButton *remove = buttonWithText(&console.window, "Delete");
    REQUIRE(remove);
    remove->click();
    CHECK(question.contains("second"));
    CHECK_FALSE(fx.store->site().layout("second"));
    CHECK(fx.store->site().layout("first"));
}
