// Pantau's ONVIF client against a real ONVIF test device on 127.0.0.1: WS-Discovery over UDP,
// onboarding over HTTP with WS-UsernameToken and HTTP Digest, several vendor flavours, and every
// way a camera can fail (wrong password, silence, garbage, hostile XML, huge replies).
#include <catch2/catch.hpp>

#include "OnvifTestDevice.h"
#include "Wait.h"
#include "core/onvif/OnvifOnboarding.h"
#include "core/onvif/WsDiscovery.h"
#include "core/ptz/OnvifPtzController.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QTcpServer>

using namespace pantau;
using namespace pantau::onvif;
using pantau::test::OnvifTestDevice;
using pantau::test::OnvifTestDeviceConfig;
using pantau::test::waitUntil;

namespace {
struct OnboardingRun
{
    std::optional<OnvifDeviceInfo> info;
    std::optional<OnvifError> error;
    int finishedSignals = 0;
    qint64 elapsedMs = 0;
};

OnboardingRun onboard(const QUrl &url, const QString &user, const QString &password, int timeoutMs = 3000)
{
    QNetworkAccessManager network;
    OnvifOnboarding job(&network, url, user, password);
    job.setTimeoutMs(timeoutMs);
    OnboardingRun run;
    QObject::connect(&job, &OnvifOnboarding::finished, [&](const OnvifDeviceInfo &i) {
        run.info = i;
        ++run.finishedSignals;
    });
    QObject::connect(&job, &OnvifOnboarding::failed, [&](const OnvifError &e) {
        run.error = e;
        ++run.finishedSignals;
    });
    QElapsedTimer clock;
    clock.start();
    job.start();
    waitUntil([&] { return run.finishedSignals > 0; }, timeoutMs * 12 + 2000);
    run.elapsedMs = clock.elapsed();
    return run;
}
} // namespace

TEST_CASE("WS-Discovery finds devices by unicast probe and merges duplicate answers", "[integration][onvif]")
{
    OnvifTestDevice standard;
    OnvifTestDeviceConfig altConfig;
    altConfig.flavour = OnvifTestDeviceConfig::Flavour::Alternative;
    altConfig.scopes = {"onvif://www.onvif.org/name/Simpang%20Lima", "onvif://www.onvif.org/hardware/DH-1"};
    OnvifTestDevice alternative(altConfig);
    REQUIRE(standard.start());
    REQUIRE(alternative.start());

    WsDiscovery discovery;
    int found = 0, finished = 0;
    QObject::connect(&discovery, &WsDiscovery::deviceFound, [&] { ++found; });
    QObject::connect(&discovery, &WsDiscovery::finished, [&] { ++finished; });
    const QHostAddress lo(QHostAddress::LocalHost);
    // The standard device is asked twice: it answers twice, Pantau lists it once.
    discovery.probe(
        {{lo, standard.discoveryPort()}, {lo, standard.discoveryPort()}, {lo, alternative.discoveryPort()}},
        false, 1500);
    REQUIRE(waitUntil([&] { return finished == 1; }, 5000));
    CHECK(standard.probesAnswered() == 2);
    CHECK(found == 2);
    const auto devices = discovery.devices();
    REQUIRE(devices.size() == 2);
    const DiscoveredDevice &a =
        devices[0].endpointReference == standard.endpointReference() ? devices[0] : devices[1];
    const DiscoveredDevice &b = &a == &devices[0] ? devices[1] : devices[0];
    CHECK(a.endpointReference == standard.endpointReference());
    CHECK(a.deviceUrl() == standard.deviceServiceUrl());
    CHECK(a.name() == "PTC-100");
    CHECK(a.location() == "Sekayu");
    CHECK(b.endpointReference == alternative.endpointReference());
    CHECK(b.name() == "Simpang Lima");
    CHECK(b.deviceUrl() == alternative.deviceServiceUrl());
}

TEST_CASE("Onboarding through Media2 sees the H.265 profile and picks main and sub streams",
          "[integration][onvif]")
{
    OnvifTestDevice device;
    REQUIRE(device.start());
    const OnboardingRun run = onboard(device.deviceServiceUrl(), "admin", "rahasia");
    REQUIRE(run.info);
    const OnvifDeviceInfo &info = *run.info;
    CHECK(info.manufacturer == "Pantau Test");
    CHECK(info.model == "PTC-100");
    CHECK(info.serial == "SN0001");
    CHECK_FALSE(info.media2Url.isEmpty());
    REQUIRE(info.main());
    CHECK(info.main()->encoding == "H265");
    CHECK(info.main()->width == 2560);
    REQUIRE(info.sub());
    CHECK(info.sub()->width == 640);
    CHECK(info.sub()->height == 360);
    CHECK(device.actionsSeen().contains("GetSystemDateAndTime"));
    CHECK(device.authFailures() == 0);
    const Camera c = OnvifOnboarding::toCamera(info, "admin", "rahasia");
    CHECK(c.mainStreamUrl.scheme() == "rtsp");
    CHECK(c.onvifUrl == device.deviceServiceUrl());
    CHECK(c.mainStreamUrl.userInfo().isEmpty());
}

TEST_CASE("Onboarding a device without Media2, with other prefixes and missing fields",
          "[integration][onvif]")
{
    OnvifTestDeviceConfig config;
    config.flavour = OnvifTestDeviceConfig::Flavour::Alternative;
    config.soap12Faults = false;
    OnvifTestDevice device(config);
    REQUIRE(device.start());
    const OnboardingRun run = onboard(device.deviceServiceUrl(), "admin", "rahasia");
    REQUIRE(run.info);
    CHECK(run.info->media2Url.isEmpty());
    REQUIRE(run.info->main());
    CHECK(run.info->main()->encoding == "H264");
    // This flavour leaves the resolution out: the device's order decides (main first, sub second).
    CHECK(run.info->main()->width == 0);
    CHECK(run.info->main()->token == device.effectiveProfiles()[0].token);
    REQUIRE(run.info->sub());
    CHECK(run.info->sub()->token == device.effectiveProfiles()[1].token);
    CHECK(run.info->firmware.isEmpty());
    // And a wrong password in SOAP 1.1 fault form is still "authentication failed".
    const OnboardingRun wrong = onboard(device.deviceServiceUrl(), "admin", "salah");
    REQUIRE(wrong.error);
    CHECK(wrong.error->kind == OnvifError::Kind::AuthFailed);
}

TEST_CASE("A wrong password is reported as authentication failed, not a hang", "[integration][onvif]")
{
    OnvifTestDevice device;
    REQUIRE(device.start());
    const OnboardingRun run = onboard(device.deviceServiceUrl(), "admin", "salah");
    REQUIRE(run.error);
    CHECK(run.finishedSignals == 1);
    CHECK(run.error->kind == OnvifError::Kind::AuthFailed);
    CHECK(run.error->text().contains("Authentication failed"));
    CHECK(device.authFailures() >= 1);
    CHECK_FALSE(run.info);
}

TEST_CASE("The device's clock offset is used for the PasswordDigest", "[integration][onvif]")
{
    OnvifTestDeviceConfig config;
    config.clockSkewSeconds = 2 * 3600 + 17; // a camera that never saw NTP
    OnvifTestDevice device(config);
    REQUIRE(device.start());
    const OnboardingRun run = onboard(device.deviceServiceUrl(), "admin", "rahasia");
    INFO(device.lastAuthFailureReason().toStdString());
    REQUIRE(run.info);
    CHECK(std::abs(run.info->clockOffsetMs - config.clockSkewSeconds * 1000) < 3000);
    CHECK(device.authFailures() == 0);
}

TEST_CASE("HTTP Digest is answered when the device asks for it", "[integration][onvif]")
{
    OnvifTestDeviceConfig config;
    config.requireHttpDigest = true;
    OnvifTestDevice device(config);
    REQUIRE(device.start());
    const OnboardingRun run = onboard(device.deviceServiceUrl(), "admin", "rahasia");
    INFO(device.lastAuthFailureReason().toStdString());
    REQUIRE(run.info);
    CHECK(run.info->main());
    const OnboardingRun wrong = onboard(device.deviceServiceUrl(), "admin", "salah");
    REQUIRE(wrong.error);
    CHECK(wrong.error->kind == OnvifError::Kind::AuthFailed);
}

TEST_CASE("Silent, broken and hostile devices end in a clear error within the bound", "[integration][onvif]")
{
    using Fault = OnvifTestDeviceConfig::Fault;
    const std::pair<Fault, OnvifError::Kind> cases[] = {
        {Fault::NeverAnswer, OnvifError::Kind::Timeout},   {Fault::Malformed, OnvifError::Kind::Malformed},
        {Fault::ExternalEntity, OnvifError::Kind::Unsafe}, {Fault::HugeReply, OnvifError::Kind::TooLarge},
        {Fault::HttpError500, OnvifError::Kind::Http},
    };
    for (const auto &[fault, expected] : cases) {
        OnvifTestDeviceConfig config;
        config.fault = fault;
        OnvifTestDevice device(config);
        REQUIRE(device.start());
        const OnboardingRun run = onboard(device.deviceServiceUrl(), "admin", "rahasia", 800);
        INFO("fault " << int(fault));
        REQUIRE(run.error);
        CHECK(run.error->kind == expected);
        CHECK(run.finishedSignals == 1);
        CHECK_FALSE(run.error->text().isEmpty());
        CHECK(run.elapsedMs < 5000);
    }
}

TEST_CASE("A closed port and a silent clock request fail cleanly", "[integration][onvif]")
{
    QTcpServer probe; // find a free port, then close it
    REQUIRE(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close();
    const OnboardingRun closed = onboard(
        QUrl(QStringLiteral("http://127.0.0.1:%1/onvif/device_service").arg(port)), "admin", "x", 1000);
    REQUIRE(closed.error);
    CHECK(closed.error->kind == OnvifError::Kind::Network);

    OnvifTestDeviceConfig config;
    config.fault = OnvifTestDeviceConfig::Fault::NeverAnswer;
    config.faultOnDateTime = true;
    OnvifTestDevice device(config);
    REQUIRE(device.start());
    const OnboardingRun silent = onboard(device.deviceServiceUrl(), "admin", "rahasia", 600);
    REQUIRE(silent.error);
    CHECK(silent.error->kind == OnvifError::Kind::Timeout);
    CHECK(silent.elapsedMs < 3000);
}

// Hidden from the normal run: CTest starts it through run-in-netns.sh, inside a network namespace
// of its own, so the multicast probe never reaches a real network.
TEST_CASE("WS-Discovery by multicast finds a device on the ONVIF group", "[.netns][integration][onvif]")
{
    if (qEnvironmentVariable("PANTAU_IN_NETNS") != "1") {
        WARN("not inside the test's network namespace: multicast test not run");
        return;
    }
    OnvifTestDeviceConfig config;
    config.joinMulticast = true;
    OnvifTestDevice device(config);
    REQUIRE(device.start());
    WsDiscovery discovery;
    int finished = 0;
    QObject::connect(&discovery, &WsDiscovery::finished, [&] { ++finished; });
    discovery.probe({}, true, 1500);
    REQUIRE(waitUntil([&] { return finished == 1; }, 5000));
    REQUIRE(discovery.devices().size() == 1);
    CHECK(discovery.devices().first().endpointReference == device.endpointReference());
    CHECK(discovery.devices().first().deviceUrl() == device.deviceServiceUrl());
    CHECK(device.probesAnswered() >= 1);
}

namespace {
// A PTZ controller connected to a loopback device whose node lists the given spaces.
struct PtzNodeRig
{
    explicit PtzNodeRig(bool absolute, bool zoom)
    {
        OnvifTestDeviceConfig config;
        config.ptz = true;
        config.ptzAbsolute = absolute;
        config.ptzZoom = zoom;
        device = std::make_unique<OnvifTestDevice>(config);
        REQUIRE(device->start());
        controller = std::make_unique<ptz::OnvifPtzController>(&network, device->deviceServiceUrl(),
                                                               device->effectiveProfiles().first().token,
                                                               "admin", "rahasia");
        QObject::connect(controller.get(), &ptz::PtzController::failed,
                         [this](const QString &message) { failures << message; });
        controller->connectToDevice();
        REQUIRE(waitUntil([&] { return controller->isReady(); }, 5000));
    }
    // Every request sent before this one has been answered once this one is (one connection, in order).
    void roundTrip()
    {
        bool done = false;
        QObject scope; // the connection ends with this call
        QObject::connect(controller.get(), &ptz::PtzController::statusChanged, &scope, [&] { done = true; });
        controller->refreshStatus();
        REQUIRE(waitUntil([&] { return done; }, 5000));
    }
    QNetworkAccessManager network;
    std::unique_ptr<OnvifTestDevice> device;
    std::unique_ptr<ptz::OnvifPtzController> controller;
    QStringList failures;
};
} // namespace

TEST_CASE("PTZ: an absolute move the node does not list is not sent", "[integration][onvif][ptz]")
{
    PtzNodeRig rig(false, true);
    CHECK_FALSE(rig.controller->capabilities().absolute);
    rig.controller->absoluteMove({0.5, 0.5, 0.5});
    rig.roundTrip();
    CHECK_FALSE(rig.device->actionsSeen().contains("AbsoluteMove"));
    CHECK(rig.failures.isEmpty());

    PtzNodeRig full(true, true); // the same call to a node that lists it moves the camera
    CHECK(full.controller->capabilities().absolute);
    full.controller->absoluteMove({0.5, 0.5, 0.5});
    full.roundTrip();
    CHECK(full.device->actionsSeen().contains("AbsoluteMove"));
    CHECK(full.device->ptzPosition().x() == Approx(0.5));
    CHECK(full.failures.isEmpty());
}

TEST_CASE("PTZ: a node without zoom gets no zoom, and a pan still moves it", "[integration][onvif][ptz]")
{
    PtzNodeRig rig(true, false);
    CHECK_FALSE(rig.controller->capabilities().continuousZoom);
    CHECK(rig.controller->capabilities().continuousPanTilt);
    rig.controller->continuousMove({0.0, 0.0, 0.5}, 2000); // zoom only: nothing to send
    rig.roundTrip();
    CHECK_FALSE(rig.device->actionsSeen().contains("ContinuousMove"));

    rig.controller->continuousMove({0.5, 0.0, 0.5}, 2000); // the pan goes, without its zoom
    rig.roundTrip();
    CHECK(rig.device->actionsSeen().contains("ContinuousMove"));
    CHECK(rig.device->ptzVelocity().x() == Approx(0.5));
    CHECK(rig.failures.isEmpty()); // the device refuses any move naming zoom: none was sent

    rig.controller->absoluteMove({-0.5, 0.25, 0.9}); // pan / tilt only
    rig.roundTrip();
    CHECK(rig.device->actionsSeen().contains("AbsoluteMove"));
    CHECK(rig.failures.isEmpty());
    rig.controller->stop();
    rig.roundTrip();
}
