// A gamepad drives the selected PTZ camera. SDL's virtual game controller stands in for the USB
// pad; the camera is the ONVIF test device on 127.0.0.1.
#include <catch2/catch.hpp>

#include "OnvifTestDevice.h"
#include "Wait.h"
#include "core/ptz/GamepadInput.h"
#include "core/ptz/OnvifPtzController.h"

#include <QNetworkAccessManager>

#include <SDL.h>

using namespace pantau;
using pantau::test::kPlayingBoundMs;
using pantau::test::kReactionBoundMs;
using pantau::test::kStateBoundMs;
using pantau::test::OnvifTestDevice;
using pantau::test::OnvifTestDeviceConfig;
using pantau::test::waitUntil;

TEST_CASE("Gamepad sticks move the selected PTZ camera, centring or unplugging stops it", "[ui][ptz]")
{
    OnvifTestDeviceConfig config;
    config.ptz = true;
    OnvifTestDevice device(config);
    REQUIRE(device.start());
    QNetworkAccessManager network;
    ptz::OnvifPtzController controller(&network, device.deviceServiceUrl(),
                                       device.effectiveProfiles().first().token, "admin", "rahasia");
    controller.connectToDevice();
    REQUIRE(waitUntil([&] { return controller.isReady(); }, 5000));

    ptz::GamepadInput gamepad;
    REQUIRE(gamepad.isAvailable());
    SDL_VirtualJoystickDesc desc;
    SDL_zero(desc);
    desc.version = SDL_VIRTUAL_JOYSTICK_DESC_VERSION;
    desc.type = SDL_JOYSTICK_TYPE_GAMECONTROLLER;
    desc.naxes = SDL_CONTROLLER_AXIS_MAX;
    desc.nbuttons = SDL_CONTROLLER_BUTTON_MAX;
    desc.name = "Pantau test pad";
    const int index = SDL_JoystickAttachVirtualEx(&desc);
    REQUIRE(index >= 0);
    SDL_Joystick *stick = SDL_JoystickOpen(index);
    REQUIRE(stick);
    REQUIRE(waitUntil(
        [&] {
            gamepad.pollNow();
            return gamepad.padCount() == 1;
        },
        kReactionBoundMs));

    ptz::PtzDriver driver;
    driver.setController(&controller);
    gamepad.setTarget(&driver);

    // Left stick pushed left and up: pan left, tilt up.
    SDL_JoystickSetVirtualAxis(stick, SDL_CONTROLLER_AXIS_LEFTX, -30000);
    SDL_JoystickSetVirtualAxis(stick, SDL_CONTROLLER_AXIS_LEFTY, -30000);
    REQUIRE(waitUntil(
        [&] {
            gamepad.pollNow();
            return device.ptzMoving();
        },
        kReactionBoundMs));
    CHECK(device.ptzVelocity().x() < -0.5f);
    CHECK(device.ptzVelocity().y() > 0.5f);

    // Back to the centre: a stop.
    SDL_JoystickSetVirtualAxis(stick, SDL_CONTROLLER_AXIS_LEFTX, 0);
    SDL_JoystickSetVirtualAxis(stick, SDL_CONTROLLER_AXIS_LEFTY, 0);
    REQUIRE(waitUntil(
        [&] {
            gamepad.pollNow();
            return !device.ptzMoving();
        },
        kReactionBoundMs));

    // Right trigger zooms in; the pad is pulled out mid-move: a stop.
    SDL_JoystickSetVirtualAxis(stick, SDL_CONTROLLER_AXIS_TRIGGERRIGHT, 32767);
    REQUIRE(waitUntil(
        [&] {
            gamepad.pollNow();
            return device.ptzVelocity().z() > 0.5f;
        },
        kReactionBoundMs));
    const int stops = device.stopCount();
    SDL_JoystickClose(stick);
    SDL_JoystickDetachVirtual(index);
    REQUIRE(waitUntil(
        [&] {
            gamepad.pollNow();
            return device.stopCount() > stops && !device.ptzMoving();
        },
        kReactionBoundMs));
    CHECK(gamepad.padCount() == 0);
}

TEST_CASE("Stick values have a dead zone and a gentle curve", "[ui][ptz]")
{
    CHECK(ptz::GamepadInput::axisValue(0) == 0.0);
    CHECK(ptz::GamepadInput::axisValue(7000) == 0.0);
    CHECK(ptz::GamepadInput::axisValue(32767) == Approx(1.0));
    CHECK(ptz::GamepadInput::axisValue(-32768) == Approx(-1.0));
    const double half = ptz::GamepadInput::axisValue(20000);
    CHECK(half > 0.0);
    CHECK(half < 0.5);
}
