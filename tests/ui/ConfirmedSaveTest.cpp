// A change the operator confirmed is on disk before the dialog's call returns; rapid edits keep
// the save debounce.
#include <catch2/catch.hpp>

#include "ConsoleFixture.h"
#include "core/site/SiteFile.h"
#include "ui/console/CameraTreeModel.h"
#include "ui/dialogs/CameraEditDialog.h"
#include "ui/dialogs/LayoutEditorDialog.h"

#include <QDialogButtonBox>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QTreeView>

using namespace pantau;
using namespace pantau::test;

TEST_CASE("A layout saved in the editor, or deleted, is on disk when the dialog has closed",
          "[ui][console][site]")
{
    WallFixture fx;
    fx.addLayout("2x2", {"cam0"}, "first");
    fx.addLayout("1+5", {"cam1"}, "second");
    fx.store->setSaveDelayMs(60000); // the debounce alone would not write it within the test
    Console console(fx);
    console.window.layoutList()->setCurrentRow(0);

    onNextModal<LayoutEditorDialog>([](LayoutEditorDialog *dlg) {
        auto *name = dlg->findChild<QLineEdit *>("name");
        name->setText("Simpang Pasirian");
        dlg->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click(); // Simpan
    });
    QPushButton *edit = buttonWithText(&console.window, "Edit…");
    REQUIRE(edit);
    edit->click(); // returns when the dialog has closed; no event loop turn after that
    const SiteLoadResult onDisk = SiteFile::load(fx.store->path());
    REQUIRE(onDisk.site);
    REQUIRE(onDisk.site->layout("first"));
    CHECK(onDisk.site->layout("first")->name == "Simpang Pasirian");
    CHECK_FALSE(fx.store->hasPendingSave());

    console.window.layoutList()->setCurrentRow(1);
    onNextModal<QMessageBox>([](QMessageBox *box) { box->button(QMessageBox::Yes)->click(); });
    QPushButton *remove = buttonWithText(&console.window, "Delete");
    REQUIRE(remove);
    remove->click();
    const SiteLoadResult afterDelete = SiteFile::load(fx.store->path());
    REQUIRE(afterDelete.site);
    CHECK_FALSE(afterDelete.site->layout("second"));
    CHECK(afterDelete.site->layout("first"));
}

TEST_CASE("Rapid wall edits still wait for the debounce, and a flush writes them at once", "[ui][site]")
{
    WallFixture fx;
    fx.store->setSaveDelayMs(60000);
    fx.addLayout("2x2", {"cam0"}, "first");
    CHECK(fx.store->hasPendingSave());
    CHECK_FALSE(QFile::exists(fx.store->path()));
    REQUIRE(fx.store->flushPendingSave());
    CHECK_FALSE(fx.store->hasPendingSave());
    const SiteLoadResult onDisk = SiteFile::load(fx.store->path());
    REQUIRE(onDisk.site);
    CHECK(onDisk.site->layout("first"));
}

TEST_CASE("A camera saved in the camera dialog is on disk when the dialog has closed", "[ui][console][site]")
{
    WallFixture fx;
    fx.store->setSaveDelayMs(60000);
    Console console(fx);
    auto *tree = console.window.findChild<QTreeView *>();
    REQUIRE(tree);
    const QModelIndex row =
        console.window.filterModel()->mapFromSource(console.window.cameraModel()->indexOfCamera("cam1"));
    REQUIRE(row.isValid());
    tree->setCurrentIndex(row);
    QAction *edit = nullptr;
    for (QAction *a : tree->actions())
        if (a->text() == "&Edit camera…")
            edit = a;
    REQUIRE(edit);

    onNextModal<CameraEditDialog>([](CameraEditDialog *dlg) {
        dlg->nameEdit()->setText("Simpang Senduro");
        dlg->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click(); // Simpan
    });
    edit->trigger(); // returns when the dialog has closed
    CHECK(fx.store->site().camera("cam1")->name == "Simpang Senduro");
    const SiteLoadResult onDisk = SiteFile::load(fx.store->path());
    REQUIRE(onDisk.site);
    REQUIRE(onDisk.site->camera("cam1"));
    CHECK(onDisk.site->camera("cam1")->name == "Simpang Senduro");
}
