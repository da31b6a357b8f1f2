// The layout editor a supervisor uses: presets, merge, split, resize, and the saved result.
#include <catch2/catch.hpp>

#include "CatchQt.h"
#include "ConsoleFixture.h"

#include "ui/dialogs/LayoutEditorDialog.h"
#include "ui/dialogs/LayoutGridEditor.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>

using namespace pantau;
using namespace pantau::test;

namespace {
template <typename T> T *child(QWidget *w, const char *name)
{
    T *c = w->findChild<T *>(QString::fromLatin1(name));
    REQUIRE(c);
    return c;
}

// The supervisor picks an entry of the preset list (QComboBox emits activated for a user's choice).
void choose(QComboBox *box, const QString &presetId)
{
    const int index = box->findData(presetId);
    REQUIRE(index >= 0);
    box->setCurrentIndex(index);
    Q_EMIT box->activated(index);
}

QStringList camerasOf(const Layout &l)
{
    QStringList ids;
    for (const TileSlot &t : l.tiles)
        ids << t.cameraId;
    return ids;
}

void saveScreenshot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("PANTAU_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        w->grab().save(QDir(dir).filePath(name));
}
} // namespace

TEST_CASE("The layout editor merges a selection into a spanning tile and splits it again", "[ui][layout]")
{
    Layout initial = layouts::withCamera(*layouts::preset("3x3"), 0, "cam-a");
    initial.id = "layout-7";
    initial.name = "Simpang";
    LayoutEditorDialog dlg(initial);
    dlg.resize(560, 520);
    dlg.show();
    auto *grid = dlg.findChild<LayoutGridEditor *>();
    REQUIRE(grid);
    QPushButton *merge = child<QPushButton>(&dlg, "merge");
    QPushButton *split = child<QPushButton>(&dlg, "split");

    grid->setSelection(QRect(0, 0, 2, 2));
    CHECK(merge->isEnabled());
    CHECK_FALSE(split->isEnabled());
    merge->click();
    Layout l = dlg.result();
    CHECK(l.isValid());
    CHECK(l.id == "layout-7");
    CHECK(l.tiles.size() == 6);
    CHECK(l.tiles[0].cells == QRect(0, 0, 2, 2));
    CHECK(l.tiles[0].cameraId == "cam-a");
    saveScreenshot(&dlg, "layout-editor.png");

    grid->setSelection(QRect(0, 0, 2, 2));
    CHECK(split->isEnabled());
    split->click();
    CHECK(dlg.result().tiles.size() == 9);

    child<QSpinBox>(&dlg, "columns")->setValue(5);
    CHECK(dlg.result().columns == 5);
    CHECK(dlg.result().tiles.size() == 15);
    CHECK(dlg.result().isValid());
}

TEST_CASE("Starting from a preset keeps the cameras in reading order, an empty name cannot be saved",
          "[ui][layout]")
{
    Layout initial = layouts::filledWith(*layouts::preset("2x2"), {"a", "b", "c", "d"});
    initial.name = "Pasar";
    LayoutEditorDialog dlg(initial);
    auto *preset = child<QComboBox>(&dlg, "preset");
    choose(preset, "1+12"); // applies when chosen
    const Layout l = dlg.result();
    CHECK(l.tiles.size() == 13);
    CHECK(l.cameraIds() == QStringList{"a", "b", "c", "d"});

    auto *ok = dlg.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    child<QLineEdit>(&dlg, "name")->setText("   ");
    CHECK_FALSE(ok->isEnabled());
    child<QLineEdit>(&dlg, "name")->setText("Pasar Senduro");
    CHECK(ok->isEnabled());
    CHECK(dlg.result().name == "Pasar Senduro");
}

TEST_CASE("Merging cells that hold cameras keeps them: the first stays, the others move to free tiles",
          "[ui][layout]")
{
    Layout initial = layouts::grid(3, 3);
    initial.name = "Simpang";
    for (int i : {0, 1, 3, 4})
        initial.tiles[i].cameraId = QStringLiteral("cam%1").arg(i);
    LayoutEditorDialog dlg(initial);
    dlg.setCameraNames({{"cam0", "Simpang Empat"}, {"cam1", "Pasar Baru"}});
    auto *grid = dlg.findChild<LayoutGridEditor *>();
    grid->setSelection(QRect(0, 0, 2, 2));
    child<QPushButton>(&dlg, "merge")->click(); // room for all: no question
    const Layout l = dlg.result();
    REQUIRE(l.tiles.size() == 6);
    CHECK(l.tiles[0].cells == QRect(0, 0, 2, 2));
    CHECK(camerasOf(l) == QStringList{"cam0", "cam1", "cam3", "cam4", "", ""});
    CHECK(child<QLabel>(&dlg, "leftOut")->isHidden());
}

TEST_CASE("A merge that would leave cameras without a tile asks, and No leaves the layout as it was",
          "[ui][layout]")
{
    Layout initial = layouts::filledWith(layouts::grid(2, 2), {"cam0", "cam1", "cam2", "cam3"});
    initial.name = "Pasar";
    LayoutEditorDialog dlg(initial);
    dlg.setCameraNames({{"cam1", "Pasar Baru"}});
    dlg.show();
    auto *grid = dlg.findChild<LayoutGridEditor *>();
    QString asked;
    grid->setSelection(QRect(0, 0, 2, 1));
    onNextModal<QMessageBox>([&](QMessageBox *box) {
        asked = box->text();
        box->button(QMessageBox::No)->click();
    });
    child<QPushButton>(&dlg, "merge")->click();
    CHECK(asked.contains("Pasar Baru"));
    CHECK(dlg.result().tiles.size() == 4);
    CHECK(camerasOf(dlg.result()) == QStringList{"cam0", "cam1", "cam2", "cam3"});

    grid->setSelection(QRect(0, 0, 2, 1));
    onNextModal<QMessageBox>([](QMessageBox *box) { box->button(QMessageBox::Yes)->click(); });
    child<QPushButton>(&dlg, "merge")->click();
    CHECK(camerasOf(dlg.result()) == QStringList{"cam0", "cam2", "cam3"});
    CHECK(child<QLabel>(&dlg, "leftOut")->isVisible());
    CHECK(child<QLabel>(&dlg, "leftOut")->text().contains("Pasar Baru"));
}

TEST_CASE("Start from shows the grid being edited, not 1x1, and follows a change", "[ui][layout]")
{
    Layout four = layouts::grid(4, 4);
    four.name = "Empat";
    LayoutEditorDialog dlg(four);
    auto *preset = child<QComboBox>(&dlg, "preset");
    CHECK(preset->currentData().toString() == "4x4");
    CHECK(preset->currentText() == QStringLiteral("4×4"));
    child<QSpinBox>(&dlg, "columns")->setValue(5);
    CHECK(preset->currentData().toString().isEmpty());
    CHECK(preset->currentText() == QStringLiteral("This layout (4 × 5)"));
    CHECK(dlg.result().tiles.size() == 20); // following the grid applied nothing

    Layout custom = layouts::merged(layouts::grid(3, 3), QRect(1, 1, 2, 2));
    custom.name = "Khusus";
    LayoutEditorDialog other(custom);
    CHECK(child<QComboBox>(&other, "preset")->currentText() == QStringLiteral("This layout (3 × 3)"));
}

TEST_CASE("A preset applies when chosen, and cameras it has no room for come back with a larger one",
          "[ui][layout]")
{
    Layout initial = layouts::filledWith(*layouts::preset("2x2"), {"a", "b", "c", "d"});
    initial.name = "Pasar";
    LayoutEditorDialog dlg(initial);
    CHECK_FALSE(dlg.findChild<QPushButton *>("applyPreset")); // nothing else to press
    auto *preset = child<QComboBox>(&dlg, "preset");
    choose(preset, "1x1");
    CHECK(camerasOf(dlg.result()) == QStringList{"a"});
    CHECK(child<QLabel>(&dlg, "leftOut")->text().contains("b, c, d"));
    choose(preset, "3x3");
    CHECK(camerasOf(dlg.result()) == QStringList{"a", "b", "c", "d", "", "", "", "", ""});
    CHECK(child<QLabel>(&dlg, "leftOut")->isHidden());
}

TEST_CASE("Saving a layout that left cameras without a tile asks first", "[ui][layout]")
{
    Layout initial = layouts::filledWith(*layouts::preset("2x2"), {"a", "b", "c", "d"});
    initial.name = "Pasar";
    LayoutEditorDialog dlg(initial);
    bool accepted = false;
    QObject::connect(&dlg, &QDialog::accepted, [&] { accepted = true; });
    choose(child<QComboBox>(&dlg, "preset"), "1x1");
    QString asked;
    onNextModal<QMessageBox>([&](QMessageBox *box) {
        asked = box->text();
        box->button(QMessageBox::No)->click();
    });
    QPushButton *save = dlg.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    save->click();
    CHECK(asked.contains("b, c, d"));
    CHECK_FALSE(accepted);
    onNextModal<QMessageBox>([](QMessageBox *box) { box->button(QMessageBox::Yes)->click(); });
    save->click();
    CHECK(accepted);
    CHECK(camerasOf(dlg.result()) == QStringList{"a"});
}
