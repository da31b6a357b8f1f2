// The alarm screen: a new high event's camera pops up full screen on the wall window with its kind
// in large type until acknowledged or Escape; the alarm settings dialog writes the settings.
// Headless (offscreen), real RTSP cameras on 127.0.0.1.
#include "CatchQt.h"
#include "ConsoleFixture.h"
#include "Wait.h"
#include "WallFixture.h"

#include "core/events/EventStore.h"
#include "ui/events/AcknowledgeDialog.h"
#include "ui/events/AlarmScreen.h"
#include "ui/events/AlarmSettingsDialog.h"
#include "ui/wall/WallView.h"
#include "ui/wall/WallWindow.h"

#include <QComboBox>
#include <QDateTime>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>

using namespace pantau;
using namespace pantau::events;
using namespace pantau::test;

namespace {
Event newEvent(const QString &cameraId, EventKind kind)
{
    Event e;
    e.cameraId = cameraId;
    e.kind = kind;
    e.startUtcMs = QDateTime::currentMSecsSinceEpoch();
    return e;
}

struct AlarmWall
{
    WallFixture fx;
    EventStore store{fx.dir.filePath("events")};
    std::unique_ptr<WallWindow> window;
    std::unique_ptr<AlarmScreen> screen;

    AlarmWall()
    {
        REQUIRE(store.open());
        fx.addLayout("2x2", {"cam0", "cam1"}, "grid"); // cam2 and cam3 are off the layout
        window = std::make_unique<WallWindow>(fx.context(), QGuiApplication::primaryScreen());
        window->resize(960, 540);
        window->show();
        screen = std::make_unique<AlarmScreen>(&store, fx.store.get(), [this] { return window.get(); });
        screen->setEnabled(true);
    }
    QString shownCamera() const { return window->view()->shownCameraId(); }
    bool bannerShown() const { return screen->banner() && screen->banner()->isVisible(); }
};
} // namespace

TEST_CASE("A new high event pops its camera up full screen with its kind in large type", "[ui][events][wall]")
{
    AlarmWall w;
    w.store.add(newEvent("cam2", EventKind::CameraOffline));
    CHECK(w.shownCamera() == "cam2");
    REQUIRE(w.bannerShown());
    CHECK(w.screen->kindLabel()->text() == "Camera offline");
    CHECK(w.screen->kindLabel()->font().pixelSize() >= 28);
    CHECK(w.screen->banner()->width() == w.window->view()->width());
    CHECK(w.screen->banner()->geometry().top() == 0);
}

TEST_CASE("The alarm screen goes back to the layout when the event is acknowledged", "[ui][events][wall]")
{
    AlarmWall w;
    const qint64 id = w.store.add(newEvent("cam2", EventKind::TamperCovered));
    REQUIRE(w.shownCamera() == "cam2");
    bool asked = false;
    onNextModal<AcknowledgeDialog>([&](AcknowledgeDialog *dialog) {
        asked = true;
        dialog->whoEdit()->setText("Rina");
        dialog->accept();
    });
    w.screen->acknowledgeButton()->click();
    CHECK(asked);
    CHECK(w.store.event(id)->acknowledgedBy == "Rina");
    CHECK(w.shownCamera().isEmpty());
    CHECK_FALSE(w.bannerShown());
}

TEST_CASE("Escape on the wall dismisses the alarm screen and the next high event shows", "[ui][events][wall]")
{
    AlarmWall w;
    w.store.add(newEvent("cam2", EventKind::CameraOffline));
    const qint64 second = w.store.add(newEvent("cam3", EventKind::TamperMoved));
    REQUIRE(w.shownCamera() == "cam2"); // one at a time: the second waits
    w.window->activateWindow();
    REQUIRE(waitUntil([&] { return w.window->isActiveWindow(); }, kReactionBoundMs));
    QTest::keyClick(w.window->view()->cameraTile(), Qt::Key_Escape);
    CHECK(w.shownCamera() == "cam3");
    CHECK(w.screen->shownEvent()->id == second);
    CHECK(w.screen->kindLabel()->text() == "Camera moved");
    QTest::keyClick(w.window->view()->cameraTile(), Qt::Key_Escape);
    CHECK(w.shownCamera().isEmpty());
    CHECK_FALSE(w.bannerShown());
    CHECK_FALSE(w.store.event(second)->isAcknowledged()); // Escape is not an answer
}

TEST_CASE("The alarm screen leaves medium events and a turned-off screen alone", "[ui][events][wall]")
{
    AlarmWall w;
    w.store.add(newEvent("cam2", EventKind::Motion));
    CHECK(w.shownCamera().isEmpty());
    w.screen->setEnabled(false);
    w.store.add(newEvent("cam3", EventKind::CameraOffline));
    CHECK(w.shownCamera().isEmpty());
    CHECK_FALSE(w.bannerShown());
}

TEST_CASE("The alarm settings dialog writes priorities, days kept, the alarm screen and the budget",
          "[ui][events]")
{
    QTemporaryDir dir;
    Settings settings(dir.filePath("pantau.conf"));
    int changes = 0;
    QObject::connect(&settings, &Settings::alarmSettingsChanged, [&] { ++changes; });
    AlarmSettingsDialog dialog(&settings);
    QComboBox *motion = dialog.priorityBox(EventKind::Motion);
    REQUIRE(motion);
    CHECK(motion->currentData().toInt() == int(EventPriority::Medium));
    CHECK(dialog.keepDaysBox()->value() == 30);
    motion->setCurrentIndex(motion->findData(int(EventPriority::High)));
    dialog.keepDaysBox()->setValue(90);
    dialog.alarmScreenBox()->setCurrentIndex(
        dialog.alarmScreenBox()->findData(int(Settings::AlarmScreen::On)));
    dialog.offWallBox()->setValue(4);
    dialog.apply();
    CHECK(settings.alarmPriority(EventKind::Motion) == EventPriority::High);
    CHECK(settings.alarmPriority(EventKind::CameraOffline) == EventPriority::High);
    CHECK(settings.eventKeepDays() == 90);
    CHECK(settings.alarmScreen() == Settings::AlarmScreen::On);
    CHECK(settings.offWallCameras() == 4);
    CHECK(changes == 4);
}
