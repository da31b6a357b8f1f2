// The zone editor (issue 18): polygons drawn with the mouse and keys on the camera's picture, saved
// into the site and handed to the AnalyticsService; Cancel gives the service its settings back;
// the sensitivity slider acts at once; the tile's menu opens it; and what the editor saves makes a
// square moving inside the zone an event, end to end through AnalyticsService::processPicture.
#include "ConsoleFixture.h"
#include "SyntheticScene.h"
#include "Wait.h"
#include "WallFixture.h"
#include "core/analytics/AnalyticsService.h"
#include "core/analytics/StoredAnalyticsSettings.h"
#include "core/site/SiteFile.h"
#include "core/site/SiteStore.h"
#include "ui/analytics/ZoneCanvas.h"
#include "ui/analytics/ZoneEditorDialog.h"
#include "ui/console/CameraTreeModel.h"
#include "ui/wall/WallWindow.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMenu>
#include <QMouseEvent>
#include <QPushButton>
#include <QRadioButton>
#include <QSlider>
#include <QTemporaryDir>
#include <QTreeView>

using namespace pantau;
using namespace pantau::test;
using analytics::AnalyticsService;
using analytics::CameraAnalyticsSettings;
using analytics::StoredAnalyticsSettings;

namespace {
const QString kCamera = QStringLiteral("cam-gerbang");

QImage toQImage(const cv::Mat &grey)
{
    return QImage(grey.data, grey.cols, grey.rows, int(grey.step), QImage::Format_Grayscale8).copy();
}

struct EditorFixture
{
    QTemporaryDir dir;
    std::unique_ptr<SiteStore> store;
    AnalyticsService service;
    CameraAnalyticsSettings before;

    EditorFixture()
    {
        Site site;
        Camera c;
        c.id = kCamera;
        c.name = QStringLiteral("Gerbang Pemda");
        c.mainStreamUrl = QUrl(QStringLiteral("rtsp://127.0.0.1:1/none"));
        site.cameras.push_back(c);
        store = std::make_unique<SiteStore>(dir.filePath(QStringLiteral("site.json")), site);
        before = StoredAnalyticsSettings::effective(c); // as app/ sets it: motion off
        service.setCamera(kCamera, before);
        service.processPicture(kCamera, toQImage(syntheticScene()), 1'000'000);
    }
};

struct OpenEditor
{
    ZoneEditorDialog dialog;
    explicit OpenEditor(EditorFixture &fx) : dialog(kCamera, fx.store.get(), &fx.service)
    {
        dialog.resize(1000, 560);
        dialog.show();
        REQUIRE(waitUntil([this] { return dialog.canvas()->isVisible() && dialog.canvas()->width() > 300; },
                          kReactionBoundMs));
    }
    ZoneCanvas *canvas() const { return dialog.canvas(); }
};

void mouse(QWidget *target, QEvent::Type type, QPointF pos, Qt::MouseButton button = Qt::LeftButton)
{
    const Qt::MouseButtons held =
        type == QEvent::MouseButtonRelease ? Qt::NoButton : Qt::MouseButtons(button);
    QMouseEvent e(type, pos, target->mapToGlobal(pos), type == QEvent::MouseMove ? Qt::NoButton : button,
                  held, Qt::NoModifier);
    QApplication::sendEvent(target, &e);
}

void click(ZoneCanvas *canvas, QPointF normalised, Qt::MouseButton button = Qt::LeftButton)
{
    const QPointF pos = canvas->canvasPoint(normalised);
    mouse(canvas, QEvent::MouseButtonPress, pos, button);
    mouse(canvas, QEvent::MouseButtonRelease, pos, button);
}

void key(QWidget *target, int k)
{
    QKeyEvent press(QEvent::KeyPress, k, Qt::NoModifier);
    QApplication::sendEvent(target, &press);
    QKeyEvent release(QEvent::KeyRelease, k, Qt::NoModifier);
    QApplication::sendEvent(target, &release);
}

// A rectangle drawn by four clicks and closed with Enter.
void drawRect(ZoneCanvas *canvas, QRectF r)
{
    for (QPointF p : {r.topLeft(), r.topRight(), r.bottomRight(), r.bottomLeft()})
        click(canvas, p);
    key(canvas, Qt::Key_Return);
}

bool near(QPointF a, QPointF b)
{
    return std::abs(a.x() - b.x()) < 0.01 && std::abs(a.y() - b.y()) < 0.01;
}
} // namespace

TEST_CASE("A polygon drawn by clicks is saved in the site file and given to the service", "[ui][zones]")
{
    EditorFixture fx;
    OpenEditor editor(fx);
    CHECK_FALSE(editor.canvas()->picture().isNull()); // the service's latest picture
    drawRect(editor.canvas(), QRectF(0.2, 0.2, 0.4, 0.5));
    REQUIRE(editor.canvas()->shapes().size() == 1);
    CHECK(editor.canvas()->draft().isEmpty());
    editor.dialog.buttons()->button(QDialogButtonBox::Save)->click();
    CHECK(editor.dialog.result() == QDialog::Accepted);

    const StoredAnalyticsSettings::Read stored =
        StoredAnalyticsSettings::read(*fx.store->findCamera(kCamera));
    CHECK(stored.error.isEmpty());
    REQUIRE(stored.settings.motion.zones.size() == 1);
    const QPolygonF zone = stored.settings.motion.zones[0];
    REQUIRE(zone.size() == 4);
    CHECK(near(zone[0], QPointF(0.2, 0.2)));
    CHECK(near(zone[2], QPointF(0.6, 0.7)));
    CHECK(stored.settings.motionEnabled);
    CHECK_FALSE(fx.store->hasPendingSave()); // on disk already, not after the debounce
    const SiteLoadResult onDisk = SiteFile::load(fx.store->path());
    REQUIRE(onDisk.site);
    CHECK(StoredAnalyticsSettings::read(onDisk.site->cameras[0]).settings == stored.settings);

    const CameraAnalyticsSettings running = fx.service.settings(kCamera);
    CHECK(running.motionEnabled);
    CHECK(running.motion.zones == stored.settings.motion.zones);
}

TEST_CASE("Cancel gives the service back the settings it had and leaves the site alone", "[ui][zones]")
{
    EditorFixture fx;
    OpenEditor editor(fx);
    drawRect(editor.canvas(), QRectF(0.1, 0.1, 0.3, 0.3));
    editor.dialog.sensitivitySlider()->setValue(90);
    CHECK(fx.service.settings(kCamera).motion.zones.size() == 1);
    editor.dialog.buttons()->button(QDialogButtonBox::Cancel)->click();
    CHECK(editor.dialog.result() == QDialog::Rejected);
    CHECK(fx.service.settings(kCamera) == fx.before);
    CHECK(fx.store->findCamera(kCamera)->analytics.isNull()); // none, as before
}

TEST_CASE("The sensitivity slider changes the service's settings at once", "[ui][zones]")
{
    EditorFixture fx;
    OpenEditor editor(fx);
    editor.dialog.sensitivitySlider()->setValue(83);
    CHECK(fx.service.settings(kCamera).motion.sensitivity == 83);
    CHECK_FALSE(fx.service.settings(kCamera).motionEnabled); // no zone yet: no motion, no events
    drawRect(editor.canvas(), QRectF(0.1, 0.1, 0.3, 0.3));
    CHECK(fx.service.settings(kCamera).motionEnabled); // the overlay shows what the detector sees
    editor.dialog.minObjectBox()->setValue(1.5);
    CHECK(fx.service.settings(kCamera).motion.minObjectFraction == Approx(0.015));
}

TEST_CASE("A polygon marked as an ignored area is saved as a mask", "[ui][zones]")
{
    EditorFixture fx;
    OpenEditor editor(fx);
    drawRect(editor.canvas(), QRectF(0.1, 0.1, 0.8, 0.8));
    editor.dialog.ignoredButton()->setChecked(true); // the polygon just drawn is selected
    editor.dialog.scheduleEdit()->setText(QStringLiteral("22:00-05:00"));
    editor.dialog.buttons()->button(QDialogButtonBox::Save)->click();
    const CameraAnalyticsSettings saved =
        StoredAnalyticsSettings::read(*fx.store->findCamera(kCamera)).settings;
    CHECK(saved.motion.zones.isEmpty());
    CHECK(saved.motion.masks.size() == 1);
    CHECK(saved.schedule.toText() == QStringLiteral("22:00-05:00"));
    CHECK_FALSE(fx.service.settings(kCamera).motionEnabled); // no zone: no motion
}

TEST_CASE("A schedule the editor cannot read keeps Save disabled", "[ui][zones]")
{
    EditorFixture fx;
    OpenEditor editor(fx);
    editor.dialog.scheduleEdit()->setText(QStringLiteral("malam"));
    CHECK_FALSE(editor.dialog.buttons()->button(QDialogButtonBox::Save)->isEnabled());
    editor.dialog.scheduleEdit()->clear(); // empty: always
    CHECK(editor.dialog.buttons()->button(QDialogButtonBox::Save)->isEnabled());
}

TEST_CASE("Double-click closes a polygon, a dragged point moves, right-click removes a point", "[ui][zones]")
{
    EditorFixture fx;
    OpenEditor editor(fx);
    ZoneCanvas *canvas = editor.canvas();
    click(canvas, QPointF(0.2, 0.2));
    click(canvas, QPointF(0.6, 0.2));
    click(canvas, QPointF(0.6, 0.6));
    click(canvas, QPointF(0.2, 0.6));
    mouse(canvas, QEvent::MouseButtonDblClick, canvas->canvasPoint(QPointF(0.2, 0.6)));
    mouse(canvas, QEvent::MouseButtonRelease, canvas->canvasPoint(QPointF(0.2, 0.6)));
    REQUIRE(canvas->shapes().size() == 1);
    REQUIRE(canvas->shapes()[0].points.size() == 4);

    mouse(canvas, QEvent::MouseButtonPress, canvas->canvasPoint(QPointF(0.6, 0.6)));
    mouse(canvas, QEvent::MouseMove, canvas->canvasPoint(QPointF(0.8, 0.9)));
    mouse(canvas, QEvent::MouseButtonRelease, canvas->canvasPoint(QPointF(0.8, 0.9)));
    CHECK(near(canvas->shapes()[0].points[2], QPointF(0.8, 0.9)));
    CHECK(fx.service.settings(kCamera).motion.zones == QList<QPolygonF>{canvas->shapes()[0].points});

    click(canvas, QPointF(0.2, 0.2), Qt::RightButton);
    REQUIRE(canvas->shapes().size() == 1);
    CHECK(canvas->shapes()[0].points.size() == 3);
    click(canvas, QPointF(0.6, 0.2), Qt::RightButton); // 2 points left: the polygon goes
    CHECK(canvas->shapes().isEmpty());
}

TEST_CASE("A click on a polygon's edge puts a point there, and Delete removes it", "[ui][zones]")
{
    EditorFixture fx;
    OpenEditor editor(fx);
    ZoneCanvas *canvas = editor.canvas();
    drawRect(canvas, QRectF(0.2, 0.2, 0.4, 0.4));
    click(canvas, QPointF(0.4, 0.2)); // the middle of the top edge
    REQUIRE(canvas->shapes()[0].points.size() == 5);
    CHECK(near(canvas->shapes()[0].points[1], QPointF(0.4, 0.2)));
    key(canvas, Qt::Key_Delete);
    CHECK(canvas->shapes()[0].points.size() == 4);
}

TEST_CASE("A tile's menu opens the zone editor of its camera", "[ui][zones][wall]")
{
    WallFixture fx;
    Layout l = layouts::filledWith(*layouts::preset("2x2"), {"cam0", "cam1"});
    l.id = "four";
    l.name = "four";
    fx.store->upsertLayout(l);
    QScreen *screen = QGuiApplication::primaryScreen();
    fx.store->setScreenLayout(screen->name(), "four");
    QStringList opened;
    WallContext context = fx.context();
    context.editZones = [&opened](const QString &cameraId, QWidget *) { opened << cameraId; };
    WallWindow window(context, screen);
    window.resize(640, 360);
    window.show();
    QMenu menu;
    window.view()->tiles()[1]->fillContextMenu(&menu);
    QAction *zones = nullptr;
    for (QAction *a : menu.actions())
        if (a->text() == QStringLiteral("Motion zones…"))
            zones = a;
    REQUIRE(zones);
    zones->trigger();
    CHECK(opened == QStringList{"cam1"});

    QMenu empty; // a tile without a camera offers no zones
    window.view()->tiles()[3]->fillContextMenu(&empty);
    for (QAction *a : empty.actions())
        CHECK(a->text() != QStringLiteral("Motion zones…"));
}

TEST_CASE("The console tree's camera menu opens the zone editor of the selected camera",
          "[ui][zones][console]")
{
    WallFixture fx;
    Console console(fx);
    CHECK_FALSE(console.window.zonesAction()); // not offered until app/ gives the editor
    QStringList opened;
    console.window.setZoneEditor([&opened](const QString &cameraId, QWidget *) { opened << cameraId; });
    REQUIRE(console.window.zonesAction());
    QTreeView *tree = console.window.cameraTree();
    CHECK(tree->actions().contains(console.window.zonesAction()));
    CHECK(console.window.zonesAction()->text() == QStringLiteral("Motion &zones…"));
    const QModelIndex row =
        console.window.filterModel()->mapFromSource(console.window.cameraModel()->indexOfCamera("cam2"));
    REQUIRE(row.isValid());
    tree->setCurrentIndex(row);
    console.window.zonesAction()->trigger();
    CHECK(opened == QStringList{"cam2"});
}

TEST_CASE("A square moving inside the zone drawn in the editor is a motion event, outside it is not",
          "[ui][zones][analytics]")
{
    EditorFixture fx;
    CameraAnalyticsSettings saved;
    {
        OpenEditor editor(fx);
        drawRect(editor.canvas(), QRectF(0.05, 0.1, 0.45, 0.8)); // the left half of the picture
        editor.dialog.buttons()->button(QDialogButtonBox::Save)->click();
        saved = StoredAnalyticsSettings::read(*fx.store->findCamera(kCamera)).settings;
    }
    const auto eventsFor = [&saved](int squareX) {
        AnalyticsService service;
        service.setCamera(kCamera, StoredAnalyticsSettings::effective(saved));
        int started = 0;
        QObject::connect(&service, &AnalyticsService::eventStarted, &service,
                         [&started](const events::Event &e, const QImage &) {
                             if (e.kind == events::EventKind::Motion)
                                 ++started;
                         });
        const cv::Mat scene = syntheticScene();
        qint64 t = 1'000'000;
        for (int i = 0; i < 10; ++i, t += 200) // the background is learned
            service.processPicture(kCamera, toQImage(scene), t);
        for (int i = 0; i < 15; ++i, t += 200) // a square moving down
            service.processPicture(kCamera,
                                   toQImage(withSquare(scene, cv::Rect(squareX, 30 + 6 * i, 30, 30))), t);
        waitUntil([&started] { return started > 0; }, squareX < 160 ? kReactionBoundMs : 300);
        return started;
    };
    CHECK(eventsFor(60) == 1);  // inside the zone
    CHECK(eventsFor(250) == 0); // right of it
}
