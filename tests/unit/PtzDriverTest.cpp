// PtzDriver's timing rules against a fake controller that records each call and when it came:
// one behaviour per case. Waits are bounded waits on the event loop (Wait.h), never sleeps.
#include "core/ptz/PtzDriver.h"
#include "FakePtzController.h"
#include "Wait.h"

#include <catch2/catch.hpp>

#include <memory>

using namespace pantau;
using pantau::test::FakePtzController;
using pantau::test::waitUntil;
using Call = FakePtzController::Call;

namespace {

constexpr int kMinIntervalMs = 100;
constexpr int kWatchdogMs = 300;
constexpr int kWaitMs = 3000; // bound for a timer of the driver to fire
// Qt's coarse timers may fire up to 5 % early; the driver's rules hold within that.
constexpr qint64 earliestMs(int intervalMs)
{
    return intervalMs * 95 / 100 - 1;
}

struct Rig
{
    FakePtzController controller;
    ptz::PtzDriver driver;
    Rig()
    {
        driver.setController(&controller);
        driver.setMinIntervalMs(kMinIntervalMs);
        driver.setWatchdogMs(kWatchdogMs);
    }
};

} // namespace

TEST_CASE("PtzDriver sends the first velocity at once", "[unit][ptz]")
{
    Rig rig;
    rig.driver.setVelocity({0.5, 0.0, 0.0});
    REQUIRE(rig.controller.calls().size() == 1);
    CHECK(rig.controller.calls()[0].kind == Call::Move);
    CHECK(rig.controller.calls()[0].velocity == ptz::PtzVector{0.5, 0.0, 0.0});
    CHECK(rig.driver.isMoving());
}

TEST_CASE("PtzDriver coalesces a burst: the newest velocity wins after the interval", "[unit][ptz]")
{
    Rig rig;
    for (int i = 1; i <= 20; ++i)
        rig.driver.setVelocity({i / 20.0, 0.0, 0.0});
    REQUIRE(rig.controller.count(Call::Move) == 1);
    REQUIRE(waitUntil([&] { return rig.controller.count(Call::Move) == 2; }, kWaitMs));
    const Call &second = rig.controller.calls()[1];
    CHECK(second.velocity == ptz::PtzVector{1.0, 0.0, 0.0});
    CHECK(second.atMs - rig.controller.calls()[0].atMs >= earliestMs(kMinIntervalMs));
}

TEST_CASE("PtzDriver never sends moves faster than its interval", "[unit][ptz]")
{
    Rig rig;
    QElapsedTimer spell;
    spell.start();
    int i = 0;
    // Feed a new velocity on every event-loop turn for a little over five intervals.
    waitUntil(
        [&] {
            rig.driver.setVelocity({0.1 + (++i % 2) * 0.1, 0.0, 0.0});
            return spell.elapsed() > 5 * kMinIntervalMs + 50;
        },
        kWaitMs);
    const QVector<Call> &calls = rig.controller.calls();
    REQUIRE(calls.size() >= 2);
    for (int k = 1; k < calls.size(); ++k)
        CHECK(calls[k].atMs - calls[k - 1].atMs >= earliestMs(kMinIntervalMs));
    CHECK(calls.size() <= 7); // 5 intervals and the first move, with a little slack
}

TEST_CASE("PtzDriver sends a zero velocity as a stop at once and drops the queued move", "[unit][ptz]")
{
    Rig rig;
    rig.driver.setVelocity({0.5, 0.0, 0.0});
    rig.driver.setVelocity({0.7, 0.0, 0.0}); // queued behind the interval
    rig.driver.setVelocity({0.0, 0.0, 0.0});
    REQUIRE(rig.controller.calls().size() == 2);
    CHECK(rig.controller.calls()[1].kind == Call::Stop);
    CHECK_FALSE(rig.driver.isMoving());
    // The queued 0.7 must never go out after the stop.
    QElapsedTimer spell;
    spell.start();
    waitUntil([&] { return spell.elapsed() > 2 * kMinIntervalMs; }, kWaitMs);
    CHECK(rig.controller.calls().size() == 2);
}

TEST_CASE("PtzDriver's watchdog stops a camera whose caller went silent", "[unit][ptz]")
{
    Rig rig;
    int watchdogStops = 0;
    QObject::connect(&rig.driver, &ptz::PtzDriver::watchdogStopped, [&] { ++watchdogStops; });
    rig.driver.setVelocity({0.0, 0.8, 0.0});
    REQUIRE(waitUntil([&] { return watchdogStops == 1; }, kWaitMs));
    REQUIRE(rig.controller.count(Call::Stop) == 1);
    const Call &stop = rig.controller.calls().last();
    CHECK(stop.kind == Call::Stop);
    CHECK(stop.atMs - rig.controller.calls().first().atMs >= earliestMs(kWatchdogMs));
    CHECK_FALSE(rig.driver.isMoving());
}

TEST_CASE("PtzDriver keeps moving while the caller refreshes its velocity", "[unit][ptz]")
{
    Rig rig;
    int watchdogStops = 0;
    QObject::connect(&rig.driver, &ptz::PtzDriver::watchdogStopped, [&] { ++watchdogStops; });
    QElapsedTimer spell, sinceRefresh;
    spell.start();
    sinceRefresh.start();
    rig.driver.setVelocity({0.3, 0.0, 0.0});
    waitUntil(
        [&] {
            if (sinceRefresh.elapsed() >= kWatchdogMs / 3) { // a joystick held still
                rig.driver.setVelocity({0.3, 0.0, 0.0});
                sinceRefresh.restart();
            }
            return spell.elapsed() > 3 * kWatchdogMs;
        },
        kWaitMs);
    CHECK(watchdogStops == 0);
    CHECK(rig.controller.count(Call::Stop) == 0);
    CHECK(rig.driver.isMoving());
}

TEST_CASE("PtzDriver asks the camera to stop by itself a little after its own watchdog", "[unit][ptz]")
{
    Rig rig;
    rig.driver.setVelocity({0.2, 0.2, 0.0});
    REQUIRE(rig.controller.calls().size() == 1);
    CHECK(rig.controller.calls()[0].timeoutMs == kWatchdogMs + 500);
}

TEST_CASE("PtzDriver sends no stop to a camera that is not moving", "[unit][ptz]")
{
    Rig rig;
    rig.driver.stop();
    rig.driver.setVelocity({0.0, 0.0, 0.0});
    CHECK(rig.controller.calls().isEmpty());
    CHECK(rig.driver.stopsSent() == 0);
}

TEST_CASE("PtzDriver stops the old camera when given another while moving", "[unit][ptz]")
{
    Rig rig;
    FakePtzController other;
    rig.driver.setVelocity({0.4, 0.0, 0.0});
    rig.driver.setController(&other);
    REQUIRE(rig.controller.calls().size() == 2);
    CHECK(rig.controller.calls()[1].kind == Call::Stop);
    CHECK(other.calls().isEmpty());
    rig.driver.setVelocity({0.0, 0.4, 0.0}); // goes to the new camera, one interval after the stop
    REQUIRE(waitUntil([&] { return other.count(Call::Move) == 1; }, kWaitMs));
    CHECK(rig.controller.calls().size() == 2);
}

TEST_CASE("PtzDriver sends a stop when destroyed while moving", "[unit][ptz]")
{
    FakePtzController controller;
    {
        ptz::PtzDriver driver;
        driver.setController(&controller);
        driver.setVelocity({0.0, 0.0, 0.6});
    }
    REQUIRE(controller.calls().size() == 2);
    CHECK(controller.calls()[1].kind == Call::Stop);
}

TEST_CASE("PtzDriver without a controller sends nothing and does not crash", "[unit][ptz]")
{
    ptz::PtzDriver driver;
    driver.setVelocity({0.5, 0.5, 0.0});
    driver.stop();
    CHECK(driver.movesSent() == 0);
    CHECK(driver.stopsSent() == 0);
}
