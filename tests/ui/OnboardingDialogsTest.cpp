// The operator's way in: find cameras on the network and add them, or type one address and read
// its streams from the camera. Real ONVIF test devices on 127.0.0.1.
#include <catch2/catch.hpp>

#include "OnvifTestDevice.h"
#include "Wait.h"
#include "core/i18n/LanguageManager.h"
#include "core/inventory/CameraRegistry.h"
#include "core/inventory/OnboardingQueue.h"
#include "core/onvif/OnvifOnboarding.h"
#include "core/settings/Settings.h"
#include "core/site/SiteStore.h"
#include "ui/console/ConsoleWindow.h"
#include "ui/dialogs/CameraEditDialog.h"
#include "ui/dialogs/DiscoveryDialog.h"
#include "ui/wall/WallManager.h"

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>

#include <memory>
#include <vector>

using namespace pantau;
using pantau::test::kPlayingBoundMs;
using pantau::test::kReactionBoundMs;
using pantau::test::kStateBoundMs;
using pantau::test::OnvifTestDevice;
using pantau::test::OnvifTestDeviceConfig;
using pantau::test::waitUntil;

TEST_CASE("The discovery dialog lists answering cameras and onboards the ticked ones in parallel",
          "[ui][onvif]")
{
    OnvifTestDeviceConfig good;
    good.scopes = {"onvif://www.onvif.org/name/Bundaran%20Sekayu", "onvif://www.onvif.org/location/Sekayu",
                   "onvif://www.onvif.org/hardware/PTC-100"};
    OnvifTestDevice a(good), b(good);
    OnvifTestDeviceConfig locked = good;
    locked.password = "lain"; // this one has another password
    OnvifTestDevice c(locked);
    OnvifTestDevice known(good);
    for (OnvifTestDevice *d : {&a, &b, &c, &known})
        REQUIRE(d->start());

    Camera existing;
    existing.id = "cam-known";
    existing.name = "Sudah ada";
    existing.onvifUrl = known.deviceServiceUrl();
    QNetworkAccessManager network;
    OnboardingQueue queue;
    DiscoveryDialog dlg(&network, &queue, {existing});
    dlg.setProbeTimeoutMs(800);
    QVector<Camera> ready;
    int added = -1, failed = -1;
    QObject::connect(&dlg, &DiscoveryDialog::cameraReady, [&](const Camera &cam) { ready.push_back(cam); });
    QObject::connect(&dlg, &DiscoveryDialog::onboardingFinished, [&](int ok, int bad) {
        added = ok;
        failed = bad;
    });
    for (OnvifTestDevice *d : {&a, &b, &c, &known}) {
        dlg.addressEdit()->setText(QStringLiteral("127.0.0.1:%1").arg(d->discoveryPort()));
        dlg.search(false);
        REQUIRE(waitUntil([&] { return !dlg.isBusy(); }, kReactionBoundMs));
    }
    QTableWidget *table = dlg.table();
    REQUIRE(table->rowCount() == 4);
    int alreadyThere = 0;
    for (int row = 0; row < 4; ++row)
        if (table->item(row, DiscoveryDialog::StatusColumn)->text() == "Already added") {
            ++alreadyThere;
            CHECK(table->item(row, DiscoveryDialog::CheckColumn)->checkState() == Qt::Unchecked);
        }
    CHECK(alreadyThere == 1);
    CHECK(table->item(0, DiscoveryDialog::NameColumn)->text() == "Bundaran Sekayu");
    CHECK(dlg.areaEdit()->text() == "Sekayu");

    dlg.usernameEdit()->setText("admin");
    dlg.passwordEdit()->setText("rahasia");
    dlg.areaEdit()->setText("Musi Banyuasin / Sekayu");
    dlg.addSelected();
    REQUIRE(waitUntil([&] { return added >= 0; }, 15000));
    CHECK(added == 2);
    CHECK(failed == 1);
    REQUIRE(ready.size() == 2);
    for (const Camera &cam : ready) {
        CHECK_FALSE(cam.id.isEmpty());
        CHECK(cam.area == QStringList{"Musi Banyuasin", "Sekayu"});
        CHECK(cam.name == "Bundaran Sekayu");
        CHECK(cam.mainStreamUrl.scheme() == "rtsp");
        CHECK(cam.hasSubStream());
        CHECK(cam.password == "rahasia");
    }
    if (const QString dir = qEnvironmentVariable("PANTAU_SCREENSHOT_DIR"); !dir.isEmpty()) {
        dlg.show();
        dlg.grab().save(dir + "/discovery-dialog.png"); // for a person to look at
    }
    bool sawAuthText = false;
    for (int row = 0; row < 4; ++row)
        sawAuthText |=
            table->item(row, DiscoveryDialog::StatusColumn)->text().contains("Authentication failed");
    CHECK(sawAuthText);
    CHECK(c.authFailures() >= 1);
}

TEST_CASE("Add camera: read from camera fills the streams, invalid input is refused with a reason",
          "[ui][onvif]")
{
    OnvifTestDevice device;
    REQUIRE(device.start());
    QNetworkAccessManager network;
    OnboardingQueue queue;
    CameraEditDialog dlg(Camera{}, &network, &queue);
    CHECK(dlg.validationError() == "Give the camera a name.");
    dlg.nameEdit()->setText("Pasar Sekayu");
    CHECK(dlg.validationError().contains("main stream"));
    dlg.mainStreamEdit()->setText("not a url at all");
    CHECK(dlg.validationError() == "The main stream address is not a valid RTSP or HTTP address.");
    dlg.accept();
    CHECK(dlg.result() != QDialog::Accepted);
    CHECK(dlg.messageLabel()->text() == "The main stream address is not a valid RTSP or HTTP address.");

    dlg.onvifEdit()->setText(QStringLiteral("127.0.0.1:%1").arg(device.httpPort()));
    dlg.usernameEdit()->setText("admin");
    dlg.passwordEdit()->setText("rahasia");
    dlg.readFromCamera();
    REQUIRE(waitUntil([&] { return dlg.messageLabel()->text().startsWith("Found"); }, kStateBoundMs));
    CHECK(dlg.validationError().isEmpty());
    const Camera c = dlg.camera();
    CHECK(c.name == "Pasar Sekayu");
    CHECK(c.mainStreamUrl.scheme() == "rtsp");
    CHECK(c.hasSubStream());
    CHECK(c.onvifUrl == device.deviceServiceUrl());
    CHECK_FALSE(c.onvifProfileToken.isEmpty());
    if (const QString dir = qEnvironmentVariable("PANTAU_SCREENSHOT_DIR"); !dir.isEmpty()) {
        dlg.show();
        dlg.grab().save(dir + "/camera-dialog.png");
    }

    dlg.passwordEdit()->setText("salah");
    dlg.readFromCamera();
    REQUIRE(waitUntil([&] { return dlg.messageLabel()->text().startsWith("Authentication failed"); },
                      kStateBoundMs));
}

TEST_CASE("Read from camera waits its turn in the shared onboarding queue", "[ui][onvif]")
{
    OnvifTestDeviceConfig silent;
    silent.fault = OnvifTestDeviceConfig::Fault::NeverAnswer;
    OnvifTestDevice busy(silent), device;
    REQUIRE(busy.start());
    REQUIRE(device.start());
    QNetworkAccessManager network;
    OnboardingQueue queue;
    std::vector<std::unique_ptr<onvif::OnvifOnboarding>> others; // e.g. a CSV import's jobs
    for (int i = 0; i < queue.maxParallelJobs(); ++i) {
        others.push_back(
            std::make_unique<onvif::OnvifOnboarding>(&network, busy.deviceServiceUrl(), "admin", "rahasia"));
        others.back()->setTimeoutMs(60000);
        queue.enqueue(others.back().get());
    }
    CameraEditDialog dlg(Camera{}, &network, &queue);
    dlg.onvifEdit()->setText(QStringLiteral("127.0.0.1:%1").arg(device.httpPort()));
    dlg.usernameEdit()->setText("admin");
    dlg.passwordEdit()->setText("rahasia");
    dlg.readFromCamera();
    CHECK(dlg.messageLabel()->text() == "Waiting for the cameras being read to finish…");
    CHECK(queue.pendingCount() == 1);
    CHECK(device.requestCount() == 0);
    others.pop_back(); // one place frees up
    REQUIRE(waitUntil([&] { return dlg.messageLabel()->text().startsWith("Found"); }, kStateBoundMs));
    CHECK(dlg.camera().mainStreamUrl.scheme() == "rtsp");
}

TEST_CASE("A CSV row with only an ONVIF address gets its streams from the camera after import",
          "[ui][onvif][csv]")
{
    OnvifTestDevice device;
    REQUIRE(device.start());
    QTemporaryDir dir;
    SiteStore store(dir.filePath("site.json"), Site{});
    StreamPool pool(store.cameraLookup());
    Settings settings(dir.filePath("pantau.conf"));
    WallManager walls(WallContext{.store = &store, .pool = &pool, .settings = &settings});
    LanguageManager language;
    QNetworkAccessManager network;
    OnboardingQueue queue;
    CameraRegistry registry(&store, nullptr, &queue, &network);
    ConsoleWindow console(&store, &pool, &walls, &language, &settings, &network, &registry, &queue);

    const QString csv = dir.filePath("cameras.csv");
    QFile f(csv);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(QStringLiteral("name,kabupaten,kecamatan,onvif,username,password\n"
                           "Simpang Pasirian,Lumajang,Pasirian,%1,admin,rahasia\n")
                .arg(device.deviceServiceUrl().toString())
                .toUtf8());
    f.close();
    REQUIRE(console.importCsvFile(csv, false) == 1);
    REQUIRE(store.site().cameras.size() == 1);
    CHECK(store.site().cameras.first().mainStreamUrl.isEmpty());
    REQUIRE(waitUntil([&] { return !store.site().cameras.first().mainStreamUrl.isEmpty(); }, kStateBoundMs));
    const Camera c = store.site().cameras.first();
    CHECK(c.mainStreamUrl.scheme() == "rtsp");
    CHECK(c.hasSubStream());
    CHECK(c.area == QStringList{"Lumajang", "Pasirian"});
    CHECK(registry.onboardingImports() == 0);
}

TEST_CASE("Opening Find cameras on the network sends nothing until the operator searches", "[ui][onvif]")
{
    QTemporaryDir dir;
    SiteStore store(dir.filePath("site.json"), Site{});
    StreamPool pool(store.cameraLookup());
    Settings settings(dir.filePath("pantau.conf")); // defaults: no search on open
    WallManager walls(WallContext{.store = &store, .pool = &pool, .settings = &settings});
    LanguageManager language;
    QNetworkAccessManager network;
    OnboardingQueue queue;
    CameraRegistry registry(&store, nullptr, &queue, &network);
    ConsoleWindow console(&store, &pool, &walls, &language, &settings, &network, &registry, &queue);
    QPushButton *find = nullptr;
    for (QPushButton *b : console.findChildren<QPushButton *>())
        if (b->text() == "Find on network…")
            find = b;
    REQUIRE(find);

    DiscoveryDialog *seen = nullptr;
    int ticksOpen = 0, searches = -1;
    bool busy = true;
    QString summary, intro;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, [&] {
        auto *dlg = qobject_cast<DiscoveryDialog *>(QApplication::activeModalWidget());
        if (!dlg)
            return;
        seen = dlg;
        // A search on open was queued with a zero timer: two 10 ms ticks later it would have run.
        if (++ticksOpen < 3)
            return;
        searches = dlg->multicastSearches();
        busy = dlg->isBusy();
        for (QLabel *l : dlg->findChildren<QLabel *>()) {
            if (l->text() == "Nothing has been sent yet.")
                summary = l->text();
            if (l->text().contains("multicast probe"))
                intro = l->text();
        }
        dlg->reject();
    });
    poll.start(10);
    find->click(); // runs the dialog modally until the poll closes it
    REQUIRE(seen);
    CHECK(searches == 0);
    CHECK_FALSE(busy);
    CHECK(summary == "Nothing has been sent yet.");
    CHECK(intro.contains("local network")); // the dialog says what a search sends
}

// Hidden from the normal run: CTest starts it through run-in-netns.sh, inside a network namespace
// of its own, so the multicast probe never reaches a real network.
TEST_CASE("The discovery dialog's search button sends the multicast probe that a camera answers",
          "[.netns][ui][onvif]")
{
    if (qEnvironmentVariable("PANTAU_IN_NETNS") != "1") {
        WARN("not inside the test's network namespace: multicast test not run");
        return;
    }
    OnvifTestDeviceConfig config;
    config.joinMulticast = true;
    OnvifTestDevice device(config);
    REQUIRE(device.start());
    QNetworkAccessManager network;
    OnboardingQueue queue;
    DiscoveryDialog dlg(&network, &queue, {});
    dlg.setProbeTimeoutMs(1500);
    dlg.show();
    CHECK(dlg.multicastSearches() == 0);
    CHECK(device.probesAnswered() == 0); // opening sent nothing
    dlg.searchButton()->click();
    CHECK(dlg.multicastSearches() == 1);
    REQUIRE(waitUntil([&] { return dlg.table()->rowCount() == 1 && !dlg.isBusy(); }, 5000));
    CHECK(device.probesAnswered() >= 1);
    CHECK(dlg.table()->item(0, DiscoveryDialog::AddressColumn)->text().contains("127.0.0.1"));
}
