// CameraRegistry: camera changes carry their passwords into the credential store, every
// credential failure reaches the operator, and a CSV import onboards its ONVIF-only rows through
// the shared queue, never more than its cap at once (real ONVIF test devices on 127.0.0.1).
#include <catch2/catch.hpp>

#include "CatchQt.h"
#include "OnvifTestDevice.h"
#include "Wait.h"
#include "core/credentials/FileCredentialStore.h"
#include "core/inventory/CameraRegistry.h"
#include "core/inventory/OnboardingPolicy.h"
#include "core/inventory/OnboardingQueue.h"
#include "core/onvif/OnvifOnboarding.h"
#include "core/site/SiteStore.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QTemporaryDir>

#include <memory>
#include <optional>

using namespace pantau;
using pantau::test::OnvifTestDevice;
using pantau::test::waitUntil;

namespace {
// The password the store holds for a camera; nullopt when none (or no answer in time).
std::optional<QString> storedPassword(CredentialStore &store, const QString &cameraId)
{
    bool answered = false;
    std::optional<QString> password;
    store.read(cameraId, [&](std::optional<QString> p, const QString &) {
        password = std::move(p);
        answered = true;
    });
    REQUIRE(waitUntil([&] { return answered; }, 5000));
    return password;
}

// A credential store whose every change fails, as a locked keychain or a full disk would.
class FailingCredentialStore final : public CredentialStore
{
public:
    QString kind() const override { return QStringLiteral("failing test store"); }
    bool isAvailable() const override { return false; }
    void readEntry(const QString &, ReadCallback done) override
    {
        QMetaObject::invokeMethod(
            this, [done] { done(std::nullopt, QStringLiteral("the keychain is locked")); },
            Qt::QueuedConnection);
    }
    void writeEntry(const QString &, const QString &, DoneCallback done) override { fail(std::move(done)); }
    void removeEntry(const QString &, DoneCallback done) override { fail(std::move(done)); }

private:
    void fail(DoneCallback done)
    {
        QMetaObject::invokeMethod(
            this, [done] { done(false, QStringLiteral("the keychain is locked")); }, Qt::QueuedConnection);
    }
};

struct Fixture
{
    explicit Fixture(CredentialStore *credentials)
        : store(dir.filePath("site.json"), Site{}), registry(&store, credentials, &queue, &network)
    {
        QObject::connect(&registry, &CameraRegistry::credentialError,
                         [this](const QString &message) { errors << message; });
    }
    QTemporaryDir dir;
    SiteStore store;
    QNetworkAccessManager network;
    OnboardingQueue queue;
    CameraRegistry registry;
    QStringList errors;
};

Camera sampleCamera(const QString &name, const QString &password)
{
    Camera c;
    c.name = name;
    c.area = {"Lumajang", "Pasirian"};
    c.mainStreamUrl = QUrl("rtsp://192.0.2.10/main");
    c.username = "admin";
    c.password = password;
    return c;
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}
} // namespace

TEST_CASE("Adding, editing and deleting a camera writes, changes and removes its password",
          "[unit][inventory][credentials]")
{
    QTemporaryDir credentialsDir;
    FileCredentialStore credentials(credentialsDir.filePath("credentials.json"));
    Fixture f(&credentials);

    const QString id = f.registry.addCamera(sampleCamera("Simpang Pasirian", "rahasia"));
    CHECK(id.startsWith("cam-"));
    REQUIRE(f.store.site().camera(id));
    CHECK(storedPassword(credentials, id) == QString("rahasia"));

    Camera edited = *f.store.site().camera(id);
    edited.password = "baru";
    f.registry.updateCamera(edited);
    CHECK(storedPassword(credentials, id) == QString("baru"));

    edited.password.clear(); // an emptied password is removed from the store
    f.registry.updateCamera(edited);
    CHECK_FALSE(storedPassword(credentials, id));

    edited.password = "lagi";
    f.registry.updateCamera(edited);
    REQUIRE(storedPassword(credentials, id) == QString("lagi"));
    f.registry.removeCameras({id});
    CHECK_FALSE(f.store.site().camera(id));
    CHECK_FALSE(storedPassword(credentials, id));
    CHECK(f.errors.isEmpty());
    CHECK(f.registry.passwordStoreKind() == credentials.kind());
}

TEST_CASE("A password the credential store cannot write reaches the operator",
          "[unit][inventory][credentials]")
{
    QTemporaryDir dir;
    writeFile(dir.filePath("not-a-folder"), "a file where the store wants a folder");
    FileCredentialStore credentials(dir.filePath("not-a-folder/credentials.json"));
    Fixture f(&credentials);

    f.registry.addCamera(sampleCamera("Simpang Pasirian", "rahasia"));
    REQUIRE(waitUntil([&] { return !f.errors.isEmpty(); }, 5000));
    CHECK(f.errors.first().startsWith("The password of \"Simpang Pasirian\" could not be stored: "));
    CHECK(f.errors.first().size() >
          QString("The password of \"Simpang Pasirian\" could not be stored: ").size());
}

TEST_CASE("A password the credential store cannot remove reaches the operator",
          "[unit][inventory][credentials]")
{
    FailingCredentialStore credentials;
    Fixture f(&credentials);
    Camera c = sampleCamera("Pasar Sekayu", QString()); // no password: nothing to write
    c.id = "cam-pasar";
    f.store.upsertCamera(c);

    f.registry.removeCameras({c.id});
    REQUIRE(waitUntil([&] { return !f.errors.isEmpty(); }, 5000));
    CHECK(f.errors ==
          QStringList{"The password of \"Pasar Sekayu\" could not be removed: the keychain is locked"});
    CHECK_FALSE(f.store.site().camera(c.id));
}

TEST_CASE("Imported passwords go into the credential store, and a failure to store one is reported",
          "[unit][inventory][credentials][csv]")
{
    QTemporaryDir credentialsDir;
    FileCredentialStore credentials(credentialsDir.filePath("credentials.json"));
    Fixture good(&credentials);
    const QString csv = good.dir.filePath("cameras.csv");
    writeFile(csv, "name,kabupaten,main_stream,username,password\n"
                   "Simpang Pasirian,Lumajang,rtsp://192.0.2.10/main,admin,rahasia\n");
    QString error;
    const auto read = good.registry.readCsvFile(csv, &error);
    REQUIRE(read);
    CHECK(error.isEmpty());
    REQUIRE(good.registry.addImported(read->cameras) == 1);
    const QString id = good.store.site().cameras.first().id;
    CHECK(storedPassword(credentials, id) == QString("rahasia"));
    CHECK(good.errors.isEmpty());

    FailingCredentialStore failing;
    Fixture bad(&failing);
    const auto again = bad.registry.readCsvFile(csv, &error);
    REQUIRE(again);
    REQUIRE(bad.registry.addImported(again->cameras) == 1);
    REQUIRE(waitUntil([&] { return !bad.errors.isEmpty(); }, 5000));
    CHECK(bad.errors ==
          QStringList{"The password of \"Simpang Pasirian\" could not be stored: the keychain is locked"});
}

TEST_CASE("A CSV file that cannot be read, or a path that cannot be written, says why",
          "[unit][inventory][csv]")
{
    Fixture f(nullptr);
    QString error;
    CHECK_FALSE(f.registry.readCsvFile(f.dir.filePath("missing.csv"), &error));
    CHECK(error.startsWith("Cannot open"));

    f.registry.addCamera(sampleCamera("Simpang Pasirian", "rahasia"));
    const QString out = f.dir.filePath("cameras.csv");
    REQUIRE(f.registry.exportCsvFile(out, &error));
    QFile written(out);
    REQUIRE(written.open(QIODevice::ReadOnly));
    const QByteArray bytes = written.readAll();
    CHECK(bytes.contains("Simpang Pasirian"));
    CHECK_FALSE(bytes.contains("rahasia"));
    CHECK_FALSE(f.registry.exportCsvFile(f.dir.filePath("no/such/folder/cameras.csv"), &error));
    CHECK(error.startsWith("Could not write"));
    CHECK(f.registry.passwordStoreKind().isEmpty()); // no store: this session only
}

TEST_CASE("A CSV import with more ONVIF-only rows than the cap never onboards more than the cap at once",
          "[unit][inventory][onvif][csv]")
{
    const int rows = onboarding::kMaxParallelJobs + 3;
    std::vector<std::unique_ptr<OnvifTestDevice>> devices;
    QByteArray csv = "name,kabupaten,kecamatan,onvif,username,password\n";
    for (int i = 0; i < rows; ++i) {
        devices.push_back(std::make_unique<OnvifTestDevice>());
        REQUIRE(devices.back()->start());
        csv += QStringLiteral("Kamera %1,Lumajang,Pasirian,%2,admin,rahasia\n")
                   .arg(i + 1)
                   .arg(devices.back()->deviceServiceUrl().toString())
                   .toUtf8();
    }
    Fixture f(nullptr);
    int peakQueued = 0, peakInFlight = 0;
    QObject::connect(&f.queue, &OnboardingQueue::countsChanged, [&](int running, int) {
        peakQueued = std::max(peakQueued, running);
        // Counted from the jobs themselves, not from the queue's books.
        int inFlight = 0;
        for (const auto *job : f.registry.findChildren<onvif::OnvifOnboarding *>())
            inFlight += job->isRunning();
        peakInFlight = std::max(peakInFlight, inFlight);
    });
    const QString path = f.dir.filePath("cameras.csv");
    writeFile(path, csv);
    QString error;
    const auto read = f.registry.readCsvFile(path, &error);
    REQUIRE(read);
    REQUIRE(f.registry.addImported(read->cameras) == rows);
    CHECK(f.registry.onboardingImports() == rows);
    CHECK(f.queue.runningCount() == onboarding::kMaxParallelJobs);
    CHECK(f.queue.pendingCount() == rows - onboarding::kMaxParallelJobs);

    REQUIRE(waitUntil([&] { return f.registry.onboardingImports() == 0; }, 30000));
    for (const Camera &c : f.store.site().cameras) {
        CHECK(c.mainStreamUrl.scheme() == "rtsp");
        CHECK(c.hasSubStream());
    }
    CHECK(peakQueued == onboarding::kMaxParallelJobs);
    CHECK(peakInFlight == onboarding::kMaxParallelJobs);
    CHECK(f.queue.runningCount() == 0);
    CHECK(f.errors.isEmpty());
}
