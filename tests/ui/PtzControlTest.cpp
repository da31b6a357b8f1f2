// PTZ from the operator's hand to the camera's motors: the virtual joystick on a wall tile, keys,
// the wheel, focus loss and the watchdog, presets from the PTZ panel. The camera is a real ONVIF
// test device on 127.0.0.1 that integrates the velocities it receives over time.
#include <catch2/catch.hpp>

#include "OnvifTestDevice.h"
#include "Wait.h"
#include "core/ptz/OnvifPtzController.h"
#include "core/ptz/PtzDriver.h"
#include "ui/ptz/PtzJoystick.h"
#include "ui/ptz/PtzPanel.h"
#include "ui/wall/TileView.h"

#include <QApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QMouseEvent>
#include <QNetworkAccessManager>

using namespace pantau;
using pantau::test::kPlayingBoundMs;
using pantau::test::kReactionBoundMs;
using pantau::test::kStateBoundMs;
using pantau::test::OnvifTestDevice;
using pantau::test::OnvifTestDeviceConfig;
using pantau::test::waitUntil;

namespace {
struct PtzRig
{
    PtzRig(bool zoom = true)
    {
        OnvifTestDeviceConfig config;
        config.ptz = true;
        config.ptzZoom = zoom;
        device = std::make_unique<OnvifTestDevice>(config);
        REQUIRE(device->start());
        const QString token = device->effectiveProfiles().first().token;
        controller = std::make_unique<ptz::OnvifPtzController>(&network, device->deviceServiceUrl(), token,
                                                               "admin", "rahasia");
        controller->connectToDevice();
        REQUIRE(waitUntil([&] { return controller->isReady(); }, 5000));
    }
    QNetworkAccessManager network;
    std::unique_ptr<OnvifTestDevice> device;
    std::unique_ptr<ptz::OnvifPtzController> controller;
};

void mouse(QWidget *w, QEvent::Type type, QPointF pos, Qt::MouseButtons buttons)
{
    QMouseEvent e(type, pos, w->mapToGlobal(pos), Qt::LeftButton, buttons, Qt::NoModifier);
    QApplication::sendEvent(w, &e);
}

struct PtzTile
{
    explicit PtzTile(ptz::PtzController *controller)
        : pool([](const QString &) -> std::optional<Camera> { return std::nullopt; })
    {
        tile = std::make_unique<TileView>(WallContext{.pool = &pool}, "wall-test");
        tile->resize(640, 360);
        tile->show();
        tile->setSelected(true);
        tile->setPtzController(controller);
        REQUIRE(tile->ptzJoystick());
    }
    StreamPool pool;
    std::unique_ptr<TileView> tile;
};
} // namespace

TEST_CASE("Dragging from the tile centre moves the camera that way, releasing stops it", "[ui][ptz]")
{
    PtzRig rig;
    PtzTile t(rig.controller.get());
    const QVector3D start = rig.device->ptzPosition();
    mouse(t.tile.get(), QEvent::MouseButtonPress, {320, 180}, Qt::LeftButton);
    REQUIRE(t.tile->ptzJoystick()->isActive());
    mouse(t.tile.get(), QEvent::MouseMove, {560, 100}, Qt::LeftButton); // right and up
    REQUIRE(waitUntil([&] { return rig.device->ptzMoving(); }, kReactionBoundMs));
    CHECK(rig.device->ptzVelocity().x() > 0.3f);
    CHECK(rig.device->ptzVelocity().y() > 0.05f);
    REQUIRE(waitUntil([&] { return rig.device->ptzPosition().x() > start.x() + 0.05f; }, kReactionBoundMs));
    CHECK(rig.device->ptzPosition().y() > start.y());
    if (const QString dir = qEnvironmentVariable("PANTAU_SCREENSHOT_DIR"); !dir.isEmpty())
        t.tile->grab().save(dir + "/ptz-joystick.png");
    const int stopsBefore = rig.device->stopCount();
    mouse(t.tile.get(), QEvent::MouseButtonRelease, {560, 100}, Qt::NoButton);
    REQUIRE(waitUntil([&] { return rig.device->stopCount() > stopsBefore && !rig.device->ptzMoving(); },
                      kReactionBoundMs));
    CHECK(rig.device->ptzVelocity() == QVector3D()); // stopped means no velocity left anywhere
}

TEST_CASE("Losing focus or the window stops a moving camera", "[ui][ptz]")
{
    PtzRig rig;
    PtzTile t(rig.controller.get());
    QKeyEvent left(QEvent::KeyPress, Qt::Key_Left, Qt::NoModifier);
    QApplication::sendEvent(t.tile.get(), &left);
    REQUIRE(waitUntil([&] { return rig.device->ptzMoving(); }, kReactionBoundMs));
    CHECK(rig.device->ptzVelocity().x() < 0.0f);
    const int stops = rig.device->stopCount();
    QFocusEvent out(QEvent::FocusOut, Qt::ActiveWindowFocusReason);
    QApplication::sendEvent(t.tile.get(), &out);
    REQUIRE(waitUntil([&] { return rig.device->stopCount() > stops && !rig.device->ptzMoving(); },
                      kReactionBoundMs));

    // Window deactivated in the middle of a drag.
    mouse(t.tile.get(), QEvent::MouseButtonPress, {320, 180}, Qt::LeftButton);
    mouse(t.tile.get(), QEvent::MouseMove, {320, 340}, Qt::LeftButton); // down
    REQUIRE(waitUntil([&] { return rig.device->ptzMoving(); }, kReactionBoundMs));
    CHECK(rig.device->ptzVelocity().y() < 0.0f);
    const int stops2 = rig.device->stopCount();
    QEvent deactivate(QEvent::WindowDeactivate);
    QApplication::sendEvent(t.tile.get(), &deactivate);
    REQUIRE(waitUntil([&] { return rig.device->stopCount() > stops2 && !rig.device->ptzMoving(); },
                      kReactionBoundMs));
    CHECK_FALSE(t.tile->ptzJoystick()->isActive());

    // The wheel zooms for a moment, then stops by itself.
    QWheelEvent wheel({320, 180}, t.tile->mapToGlobal(QPointF(320, 180)), {}, {0, 120}, Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(t.tile.get(), &wheel);
    REQUIRE(waitUntil([&] { return rig.device->ptzVelocity().z() > 0.0f; }, kReactionBoundMs));
    REQUIRE(waitUntil([&] { return !rig.device->ptzMoving(); }, kReactionBoundMs));
    CHECK(rig.device->ptzPosition().z() > 0.0f);
}

TEST_CASE("The watchdog stops a camera whose driver stops sending", "[ui][ptz]")
{
    PtzRig rig;
    ptz::PtzDriver driver;
    driver.setController(rig.controller.get());
    driver.setWatchdogMs(400);
    int watchdogStops = 0;
    QObject::connect(&driver, &ptz::PtzDriver::watchdogStopped, [&] { ++watchdogStops; });
    driver.setVelocity({0.0, 0.8, 0.0}); // once, then silence: a lost release
    REQUIRE(waitUntil([&] { return rig.device->ptzMoving(); }, kReactionBoundMs));
    REQUIRE(waitUntil([&] { return watchdogStops == 1; }, kReactionBoundMs));
    REQUIRE(waitUntil([&] { return !rig.device->ptzMoving(); }, kReactionBoundMs));
    CHECK(driver.stopsSent() == 1);
}

TEST_CASE("Moves are coalesced: the newest wins, at a bounded rate, and the stop is never dropped",
          "[ui][ptz]")
{
    PtzRig rig;
    ptz::PtzDriver driver;
    driver.setController(rig.controller.get());
    driver.setMinIntervalMs(100);
    for (int i = 1; i <= 50; ++i) // a burst of mouse moves
        driver.setVelocity({i / 50.0, 0.0, 0.0});
    CHECK(driver.movesSent() == 1); // the first goes at once, the rest wait for the interval
    REQUIRE(waitUntil([&] { return driver.movesSent() == 2; }, 2000));
    REQUIRE(waitUntil([&] { return std::abs(rig.device->ptzVelocity().x() - 1.0f) < 0.01f; }, 2000));
    driver.setVelocity({0.5, 0.0, 0.0});
    driver.stop(); // right after a queued move
    REQUIRE(waitUntil([&] { return !rig.device->ptzMoving(); }, kReactionBoundMs));
    CHECK(driver.movesSent() == 2);
    CHECK(driver.stopsSent() == 1);
}

TEST_CASE("Presets round-trip through the PTZ panel: save, rename, go, remove", "[ui][ptz]")
{
    PtzRig rig;
    PtzPanel panel;
    panel.setCamera("Simpang Sekayu", rig.controller.get());
    rig.controller->absoluteMove({0.4, -0.2, 0.3});
    REQUIRE(
        waitUntil([&] { return std::abs(rig.device->ptzPosition().x() - 0.4f) < 0.01f; }, kReactionBoundMs));
    const int before = panel.presetList()->count();
    panel.saveNew("Gerbang Pasar");
    REQUIRE(waitUntil([&] { return panel.presetList()->count() == before + 1; }, kReactionBoundMs));
    REQUIRE(rig.device->presetNames().contains("Gerbang Pasar"));
    auto items = panel.presetList()->findItems("Gerbang Pasar", Qt::MatchExactly);
    REQUIRE(items.size() == 1);
    panel.presetList()->setCurrentItem(items.first());
    panel.renameSelected("Gerbang Pasar Utara");
    REQUIRE(waitUntil(
        [&] { return !panel.presetList()->findItems("Gerbang Pasar Utara", Qt::MatchExactly).isEmpty(); },
        kReactionBoundMs));

    rig.controller->goHome();
    REQUIRE(
        waitUntil([&] { return std::abs(rig.device->ptzPosition().x() - 0.4f) > 0.05f; }, kReactionBoundMs));
    panel.presetList()->setCurrentItem(
        panel.presetList()->findItems("Gerbang Pasar Utara", Qt::MatchExactly).first());
    panel.goToSelected();
    REQUIRE(
        waitUntil([&] { return std::abs(rig.device->ptzPosition().x() - 0.4f) < 0.01f; }, kReactionBoundMs));
    CHECK(std::abs(rig.device->ptzPosition().z() - 0.3f) < 0.01f);

    if (const QString dir = qEnvironmentVariable("PANTAU_SCREENSHOT_DIR"); !dir.isEmpty()) {
        panel.resize(240, 420);
        panel.show();
        panel.grab().save(dir + "/ptz-panel.png");
    }
    panel.removeSelected();
    REQUIRE(waitUntil([&] { return panel.presetList()->count() == before; }, kReactionBoundMs));
    CHECK_FALSE(rig.device->presetNames().contains("Gerbang Pasar Utara"));
    CHECK(panel.messageLabel()->text().isEmpty());
}

TEST_CASE("A click away from the centre of a PTZ tile centres the camera there", "[ui][ptz]")
{
    PtzRig rig;
    REQUIRE(rig.controller->capabilities().relative);
    PtzTile t(rig.controller.get());
    const QVector3D start = rig.device->ptzPosition();
    mouse(t.tile.get(), QEvent::MouseButtonPress, {40, 40}, Qt::LeftButton); // top left, outside the joystick
    CHECK_FALSE(t.tile->ptzJoystick()->isActive());
    mouse(t.tile.get(), QEvent::MouseButtonRelease, {40, 40}, Qt::NoButton);
    REQUIRE(waitUntil([&] { return rig.device->ptzPosition().x() < start.x() - 0.05f; }, kReactionBoundMs));
    CHECK(rig.device->ptzPosition().y() > start.y());
}

TEST_CASE("A controller destroyed while its camera moves still sends the stop", "[ui][ptz]")
{
    PtzRig rig;
    ptz::PtzDriver driver;
    driver.setController(rig.controller.get());
    driver.setVelocity({0.7, 0.0, 0.0});
    REQUIRE(waitUntil([&] { return rig.device->ptzMoving(); }, kReactionBoundMs));
    const int stops = rig.device->stopCount();
    rig.controller.reset(); // the camera was edited, or Pantau is closing
    REQUIRE(waitUntil([&] { return rig.device->stopCount() > stops && !rig.device->ptzMoving(); },
                      kReactionBoundMs));
}

TEST_CASE("Taking PTZ away from a tile in the middle of a drag stops the camera and crashes nothing",
          "[ui][ptz]")
{
    PtzRig rig;
    PtzTile t(rig.controller.get());
    mouse(t.tile.get(), QEvent::MouseButtonPress, {320, 180}, Qt::LeftButton);
    mouse(t.tile.get(), QEvent::MouseMove, {600, 180}, Qt::LeftButton);
    REQUIRE(waitUntil([&] { return rig.device->ptzMoving(); }, kReactionBoundMs));
    t.tile->setPtzController(nullptr); // e.g. the layout changed under the operator's hand
    mouse(t.tile.get(), QEvent::MouseMove, {610, 180}, Qt::LeftButton);
    mouse(t.tile.get(), QEvent::MouseButtonRelease, {610, 180}, Qt::NoButton);
    REQUIRE(waitUntil([&] { return !rig.device->ptzMoving(); }, kReactionBoundMs));
    CHECK(t.tile->ptzJoystick() == nullptr);
}

TEST_CASE("A camera whose PTZ node has no zoom is offered no zoom: the wheel and +/- send nothing",
          "[ui][ptz]")
{
    PtzRig rig(false);
    REQUIRE_FALSE(rig.controller->capabilities().continuousZoom);
    QStringList failures;
    QObject::connect(rig.controller.get(), &ptz::PtzController::failed,
                     [&](const QString &message) { failures << message; });
    PtzTile t(rig.controller.get());
    QWheelEvent wheel({320, 180}, t.tile->mapToGlobal(QPointF(320, 180)), {}, {0, 120}, Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(t.tile.get(), &wheel);
    QKeyEvent plus(QEvent::KeyPress, Qt::Key_Plus, Qt::NoModifier, "+");
    CHECK_FALSE(t.tile->ptzJoystick()->keyPress(&plus));
    // A drag still pans: the camera moves, and nothing it refuses (a zoom) was sent before or with it.
    mouse(t.tile.get(), QEvent::MouseButtonPress, {320, 180}, Qt::LeftButton);
    mouse(t.tile.get(), QEvent::MouseMove, {560, 180}, Qt::LeftButton);
    REQUIRE(waitUntil([&] { return rig.device->ptzMoving(); }, kReactionBoundMs));
    CHECK(rig.device->ptzVelocity().x() > 0.3f);
    mouse(t.tile.get(), QEvent::MouseButtonRelease, {560, 180}, Qt::NoButton);
    REQUIRE(waitUntil([&] { return !rig.device->ptzMoving(); }, kReactionBoundMs));
    CHECK(rig.device->actionsSeen().count("ContinuousMove") >= 1);
    CHECK(failures.isEmpty());
}
