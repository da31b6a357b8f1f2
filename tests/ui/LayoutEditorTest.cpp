// The layout editor a supervisor uses: presets, merge, split, resize, and the saved result.
#include <catch2/catch.hpp>

#include "ui/dialogs/LayoutEditorDialog.h"
#include "ui/dialogs/LayoutGridEditor.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

using namespace pantau;

namespace {
template <typename T> T *child(QWidget *w, const char *name)
{
    T *c = w->findChild<T *>(QString::fromLatin1(name));
    REQUIRE(c);
    return c;
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
    preset->setCurrentIndex(preset->findData("1+12"));
    child<QPushButton>(&dlg, "applyPreset")->click();
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
