#include <catch2/catch.hpp>

#include "PrivateSecretService.h"
#include "Skip.h"
#include "Wait.h"
#include "core/credentials/CameraPasswordLoader.h"
#include "core/credentials/CredentialFile.h"
#include "core/credentials/CredentialStoreFactory.h"
#include "core/credentials/FileCredentialStore.h"
#include "core/credentials/KeychainCredentialStore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QUuid>

#include <sys/stat.h>

#include <atomic>
#include <memory>
#include <thread>
#include <vector>

using namespace pantau;

namespace {
constexpr int kAnswerTimeoutMs = 5000;

// Sets (or with an empty value, unsets) an environment variable for one scope.
class EnvGuard
{
public:
    EnvGuard(const char *name, const QByteArray &value) : m_name(name), m_had(qEnvironmentVariableIsSet(name))
    {
        m_old = qgetenv(name);
        if (value.isEmpty())
            qunsetenv(name);
        else
            qputenv(name, value);
    }
    ~EnvGuard()
    {
        if (m_had)
            qputenv(m_name, m_old);
        else
            qunsetenv(m_name);
    }
    EnvGuard(const EnvGuard &) = delete;
    EnvGuard &operator=(const EnvGuard &) = delete;

private:
    const char *m_name;
    bool m_had;
    QByteArray m_old;
};

class UmaskGuard
{
public:
    explicit UmaskGuard(mode_t mask) : m_old(::umask(mask)) {}
    ~UmaskGuard() { ::umask(m_old); }
    UmaskGuard(const UmaskGuard &) = delete;
    UmaskGuard &operator=(const UmaskGuard &) = delete;

private:
    mode_t m_old;
};

unsigned mode(const QString &path)
{
    struct stat st
    {
    };
    REQUIRE(::stat(QFile::encodeName(path).constData(), &st) == 0);
    return st.st_mode & 07777;
}

QByteArray contents(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

void writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
    f.close();
    REQUIRE(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
}

struct ReadAnswer
{
    bool arrived = false;
    std::optional<QString> password;
    QString error;
};

struct DoneAnswer
{
    bool arrived = false;
    bool ok = false;
    QString error;
};

ReadAnswer readNow(CredentialStore &store, const QString &cameraId)
{
    auto answer = std::make_shared<ReadAnswer>();
    store.read(cameraId, [answer](std::optional<QString> password, QString error) {
        answer->password = std::move(password);
        answer->error = std::move(error);
        answer->arrived = true;
    });
    CHECK_FALSE(answer->arrived); // never inside the call
    REQUIRE(test::waitUntil([&] { return answer->arrived; }, kAnswerTimeoutMs));
    return *answer;
}

DoneAnswer doneNow(const std::function<void(CredentialStore::DoneCallback)> &call)
{
    auto answer = std::make_shared<DoneAnswer>();
    call([answer](bool ok, QString error) {
        answer->ok = ok;
        answer->error = std::move(error);
        answer->arrived = true;
    });
    CHECK_FALSE(answer->arrived);
    REQUIRE(test::waitUntil([&] { return answer->arrived; }, kAnswerTimeoutMs));
    return *answer;
}

DoneAnswer writeNow(CredentialStore &store, const QString &cameraId, const QString &password)
{
    return doneNow(
        [&](CredentialStore::DoneCallback done) { store.write(cameraId, password, std::move(done)); });
}

DoneAnswer removeNow(CredentialStore &store, const QString &cameraId)
{
    return doneNow([&](CredentialStore::DoneCallback done) { store.remove(cameraId, std::move(done)); });
}

QStringList setAsideFiles(const QString &folder)
{
    return QDir(folder).entryList({QStringLiteral("*.corrupt-*")}, QDir::Files);
}
} // namespace

TEST_CASE("The file store keeps, returns and removes camera passwords", "[unit][credentials]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath("not-yet/credentials.json");
    FileCredentialStore store(path);
    CHECK(store.isAvailable());
    CHECK(store.kind().contains(QDir::toNativeSeparators(path)));

    const ReadAnswer nothing = readNow(store, "cam-1");
    CHECK_FALSE(nothing.password);
    CHECK(nothing.error.isEmpty());   // not stored is no error
    CHECK_FALSE(QFile::exists(path)); // reading creates nothing

    const QString odd = QString::fromUtf8("kata sandi \"ü\" \\ / \n");
    CHECK(writeNow(store, "cam-1", "rahasia").ok);
    const DoneAnswer second = writeNow(store, "cam-2", odd);
    CHECK(second.ok);
    CHECK(second.error.isEmpty());
    CHECK(readNow(store, "cam-1").password == QString("rahasia"));
    CHECK(readNow(store, "cam-2").password == odd);

    CHECK(writeNow(store, "cam-1", "baru").ok);
    CHECK(readNow(store, "cam-1").password == QString("baru"));

    // Another process (here: another store) on the same file sees the same passwords.
    FileCredentialStore other(path);
    CHECK(readNow(other, "cam-1").password == QString("baru"));

    CHECK(removeNow(store, "cam-1").ok);
    const ReadAnswer removed = readNow(store, "cam-1");
    CHECK_FALSE(removed.password);
    CHECK(removed.error.isEmpty());
    CHECK(readNow(store, "cam-2").password == odd);
    CHECK(removeNow(store, "cam-never-stored").ok);
}

TEST_CASE("A recorder's password is its own entry, apart from a camera of the same name",
          "[unit][credentials]")
{
    QTemporaryDir dir;
    FileCredentialStore store(dir.filePath("credentials.json"));
    const QString recorder = CredentialStore::recorderKey(QStringLiteral("10.20.0.5:7480"));
    CHECK(writeNow(store, "10.20.0.5:7480", "kamera").ok); // a camera whose id happens to read so
    CHECK(doneNow([&](CredentialStore::DoneCallback done) {
              store.writeEntry(recorder, QStringLiteral("perekam"), std::move(done));
          }).ok);
    CHECK(readNow(store, "10.20.0.5:7480").password == QString("kamera"));
    auto fromRecorder = std::make_shared<ReadAnswer>();
    store.readEntry(recorder, [fromRecorder](std::optional<QString> password, QString error) {
        *fromRecorder = {true, std::move(password), std::move(error)};
    });
    REQUIRE(test::waitUntil([&] { return fromRecorder->arrived; }, kAnswerTimeoutMs));
    CHECK(fromRecorder->password == QString("perekam"));
    CHECK(removeNow(store, "10.20.0.5:7480").ok); // the camera's goes, the recorder's stays
    auto after = std::make_shared<ReadAnswer>();
    store.readEntry(recorder, [after](std::optional<QString> password, QString error) {
        *after = {true, std::move(password), std::move(error)};
    });
    REQUIRE(test::waitUntil([&] { return after->arrived; }, kAnswerTimeoutMs));
    CHECK(after->password == QString("perekam"));
}

TEST_CASE("The credentials file is created readable and writable by its owner only", "[unit][credentials]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath("credentials.json");
    FileCredentialStore store(path);
    {
        const UmaskGuard permissive(0); // what a careless session would have
        CHECK(writeNow(store, "cam-1", "rahasia").ok);
        CHECK(writeNow(store, "cam-2", "dua").ok); // the first file becomes the backup
    }
    CHECK(mode(path) == 0600);
    REQUIRE(QFile::exists(CredentialFile::backupPath(path)));
    CHECK(mode(CredentialFile::backupPath(path)) == 0600);
    CHECK(store.kind().contains("only by you"));
    // Plain JSON that says what protects it.
    const QByteArray bytes = contents(path);
    CHECK(bytes.contains("\"pantau-credentials\""));
    CHECK(bytes.contains("not encrypted"));
}

TEST_CASE("A credentials file other users may read is refused and left as it is", "[unit][credentials]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath("credentials.json");
    FileCredentialStore store(path);
    REQUIRE(writeNow(store, "cam-1", "rahasia").ok);

    const auto [permissions, octal] = GENERATE(
        std::make_pair(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup, 0640u),
        std::make_pair(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther, 0604u),
        std::make_pair(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::WriteOther, 0602u));
    REQUIRE(QFile::setPermissions(path, permissions));
    REQUIRE(mode(path) == octal);
    const QByteArray before = contents(path);

    const ReadAnswer read = readNow(store, "cam-1");
    CHECK_FALSE(read.password);
    CHECK(read.error.contains(QDir::toNativeSeparators(path)));
    CHECK(read.error.contains("other users"));

    const DoneAnswer write = writeNow(store, "cam-2", "dua");
    CHECK_FALSE(write.ok);
    CHECK_FALSE(write.error.isEmpty());
    CHECK_FALSE(removeNow(store, "cam-1").ok);

    // Nothing was repaired behind the operator's back.
    CHECK(mode(path) == octal);
    CHECK(contents(path) == before);
    CHECK(setAsideFiles(dir.path()).isEmpty());
}

TEST_CASE("A damaged credentials file is reported, kept, and its backup is used", "[unit][credentials]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath("credentials.json");
    FileCredentialStore store(path);
    REQUIRE(writeNow(store, "cam-1", "satu").ok);
    REQUIRE(writeNow(store, "cam-2", "dua").ok); // the backup now holds cam-1 only

    SECTION("junk")
    {
        writeBytes(path, QByteArray("{\"format\":\"pantau-credentials\",\"version\":1,\"passwords\":{\"") +
                             QByteArray(300, '\x07'));
    }
    SECTION("a file too large to be ours")
    {
        writeBytes(path, QByteArray(CredentialFile::kMaxBytes + 1, ' '));
    }

    const ReadAnswer read = readNow(store, "cam-1");
    CHECK(read.password == QString("satu"));
    CHECK(read.error.contains("damaged"));
    CHECK(read.error.contains(QDir::toNativeSeparators(CredentialFile::backupPath(path))));
    REQUIRE(setAsideFiles(dir.path()).size() == 1); // kept for the operator or support

    // The good copy is back in place: no more complaint, owner-only again, writable.
    const ReadAnswer again = readNow(store, "cam-1");
    CHECK(again.password == QString("satu"));
    CHECK(again.error.isEmpty());
    CHECK(mode(path) == 0600);
    CHECK(writeNow(store, "cam-3", "tiga").ok);
    CHECK(readNow(store, "cam-3").password == QString("tiga"));
}

TEST_CASE("A damaged credentials file without a backup is reported once, then the store starts afresh",
          "[unit][credentials]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath("credentials.json");
    writeBytes(path, "{not json");
    FileCredentialStore store(path);

    const DoneAnswer first = writeNow(store, "cam-1", "satu");
    CHECK_FALSE(first.ok);
    CHECK(first.error.contains("damaged"));
    CHECK(setAsideFiles(dir.path()).size() == 1);

    CHECK(writeNow(store, "cam-1", "satu").ok);
    const ReadAnswer read = readNow(store, "cam-1");
    CHECK(read.password == QString("satu"));
    CHECK(read.error.isEmpty());
}

TEST_CASE("Junk, wrong types and newer versions of the credentials file are refused with a reason",
          "[unit][credentials]")
{
    QString error;
    CHECK_FALSE(CredentialFile::parse("not json at all", &error));
    CHECK_FALSE(error.isEmpty());
    CHECK_FALSE(CredentialFile::parse(R"({"format":"pantau-site","version":1})", &error));
    CHECK_FALSE(CredentialFile::parse(R"({"format":"pantau-credentials"})", &error));
    CHECK_FALSE(CredentialFile::parse(R"({"format":"pantau-credentials","version":99})", &error));
    CHECK(error.contains("99"));
    CHECK_FALSE(
        CredentialFile::parse(R"({"format":"pantau-credentials","version":1,"passwords":["a"]})", &error));
    CHECK_FALSE(CredentialFile::parse(
        R"({"format":"pantau-credentials","version":1,"passwords":{"camera/a":5}})", &error));
    CHECK(error.contains("camera/a"));
    CHECK_FALSE(CredentialFile::parse(QByteArray(1000, '\0'), &error));
    CHECK(CredentialFile::parse(R"({"format":"pantau-credentials","version":1})", &error));

    const CredentialEntries entries{{"camera/a", "satu"}, {"camera/b", QString::fromUtf8("dua \"ü\"")}};
    CHECK(CredentialFile::parse(CredentialFile::serialize(entries), &error) == entries);
}

TEST_CASE("Writers changing the credentials file at once never tear it nor lose an entry",
          "[unit][credentials]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath("credentials.json");
    constexpr int kWriters = 4;
    constexpr int kEntriesEach = 12;
    std::atomic<int> failures{0};
    std::vector<std::thread> writers;
    for (int w = 0; w < kWriters; ++w) {
        writers.emplace_back([&, w] {
            for (int i = 0; i < kEntriesEach; ++i) {
                const QString key = QString("camera/w%1-%2").arg(w).arg(i);
                QString error;
                if (!CredentialFile::update(path, key, QString("sandi-%1-%2").arg(w).arg(i), &error))
                    ++failures;
                // Every other entry is removed again right away.
                if (i % 2 == 1 && !CredentialFile::update(path, key, std::nullopt, &error))
                    ++failures;
            }
        });
    }
    for (std::thread &t : writers)
        t.join();
    CHECK(failures == 0);

    const CredentialFileLoad load = CredentialFile::load(path);
    REQUIRE(load.entries);
    CHECK(load.error.isEmpty());
    CHECK_FALSE(load.fromBackup);
    CHECK(load.entries->size() == kWriters * kEntriesEach / 2);
    for (int w = 0; w < kWriters; ++w)
        for (int i = 0; i < kEntriesEach; i += 2)
            CHECK(load.entries->value(QString("camera/w%1-%2").arg(w).arg(i)) ==
                  QString("sandi-%1-%2").arg(w).arg(i));
    CHECK(mode(path) == 0600);
    QString error;
    CHECK(CredentialFile::parse(contents(CredentialFile::backupPath(path)), &error));
}

TEST_CASE("PANTAU_CREDENTIALS=file makes the factory use the file store", "[unit][credentials]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath("credentials.json");
    const EnvGuard forced("PANTAU_CREDENTIALS", "file");
    const std::unique_ptr<CredentialStore> store = createCredentialStore(path, 3000);
    REQUIRE(store);
    auto *file = qobject_cast<FileCredentialStore *>(store.get());
    REQUIRE(file);
    CHECK(file->path() == path);
    CHECK(store->kind().contains(QDir::toNativeSeparators(path)));
    CHECK(writeNow(*store, "cam-1", "rahasia").ok);
    CHECK(readNow(*store, "cam-1").password == QString("rahasia"));
}

TEST_CASE("Without a secret service the factory falls back to the file store in bounded time",
          "[unit][credentials]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath("credentials.json");
    const EnvGuard automatic("PANTAU_CREDENTIALS", {});
    const EnvGuard noBus("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/pantau-test-bus");
    const EnvGuard noDisplay("DISPLAY", {}); // no D-Bus autolaunch through X11 either
    constexpr int kProbeTimeoutMs = 3000;
    QElapsedTimer clock;
    clock.start();
    const std::unique_ptr<CredentialStore> store = createCredentialStore(path, kProbeTimeoutMs);
    const qint64 tookMs = clock.elapsed();
    REQUIRE(store);
    if (qobject_cast<KeychainCredentialStore *>(store.get())) {
        // Only possible when this process already had a session bus connection from an earlier test.
        WARN("a secret service connection was already open in this process: fallback not exercised");
        return;
    }
    INFO("the factory took " << tookMs << " ms");
    CHECK(tookMs < kProbeTimeoutMs + 5000); // the probe's wait is bounded (generous margin, shared machines)
    auto *file = qobject_cast<FileCredentialStore *>(store.get());
    REQUIRE(file);
    CHECK(file->path() == path);
    CHECK(store->isAvailable());
    CHECK(writeNow(*store, "cam-1", "rahasia").ok);
    CHECK(readNow(*store, "cam-1").password == QString("rahasia"));
}

TEST_CASE("The desktop secret store keeps a password when one is running", "[unit][credentials]")
{
    // A private session bus and keyring of its own, so the real store runs on every machine that
    // has the programs (CI installs them); where they are missing, the test says it was skipped.
    QString why;
    if (!test::PrivateSecretService::installed(&why)) {
        test::skipTest(why.toStdString());
        return;
    }
    test::PrivateSecretService service;
    REQUIRE(service.start(&why));
    INFO(why.toStdString());

    KeychainCredentialStore store(QStringLiteral("pantau-tests"));
    CHECK(store.kind().contains("secret store"));
    const bool probed = store.probe(kAnswerTimeoutMs, &why);
    INFO("probe: " << why.toStdString());
    REQUIRE(probed);
    CHECK(store.isAvailable());
    const QString cameraId = QStringLiteral("cam-test-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    CHECK(writeNow(store, cameraId, "rahasia").ok);
    CHECK(readNow(store, cameraId).password == QString("rahasia"));
    CHECK(writeNow(store, cameraId, "baru").ok);
    CHECK(readNow(store, cameraId).password == QString("baru"));
    CHECK(removeNow(store, cameraId).ok);
    const ReadAnswer gone = readNow(store, cameraId);
    CHECK_FALSE(gone.password);
    CHECK(gone.error.isEmpty());
}

TEST_CASE("Camera passwords arrive from the store after the site is loaded", "[unit][credentials]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath("credentials.json");
    FileCredentialStore store(path);
    REQUIRE(writeNow(store, "cam-1", "satu").ok);
    REQUIRE(writeNow(store, "cam-2", "dua").ok);
    REQUIRE(writeNow(store, "cam-4", "empat").ok);

    QVector<Camera> cameras(4);
    for (int i = 0; i < cameras.size(); ++i) {
        cameras[i].id = QString("cam-%1").arg(i + 1);
        cameras[i].username = "admin";
    }
    cameras[3].username.clear(); // no username: not asked for

    CameraPasswordLoader loader(store);
    QStringList arrived;
    bool finished = false;
    QVector<Camera> result;
    QStringList errors;
    QObject::connect(&loader, &CameraPasswordLoader::passwordArrived,
                     [&](const QString &cameraId, const QString &) { arrived << cameraId; });
    QObject::connect(&loader, &CameraPasswordLoader::finished,
                     [&](const QVector<Camera> &c, const QStringList &e) {
                         finished = true;
                         result = c;
                         errors = e;
                     });

    loader.load(cameras);
    CHECK(loader.isLoading());
    CHECK_FALSE(finished); // the site shows first, the passwords follow
    REQUIRE(test::waitUntil([&] { return finished; }, kAnswerTimeoutMs));
    CHECK_FALSE(loader.isLoading());
    REQUIRE(result.size() == 4);
    CHECK(result[0].password == "satu");
    CHECK(result[1].password == "dua");
    CHECK(result[2].password.isEmpty()); // none stored: no error
    CHECK(result[3].password.isEmpty());
    CHECK(errors.isEmpty());
    arrived.sort();
    CHECK(arrived == QStringList{"cam-1", "cam-2"});
    CHECK(loader.cameras() == result);

    SECTION("an empty site still reports that it is done")
    {
        finished = false;
        loader.load({});
        REQUIRE(test::waitUntil([&] { return finished; }, kAnswerTimeoutMs));
        CHECK(result.isEmpty());
    }
    SECTION("a refused file is one problem, not one per camera")
    {
        REQUIRE(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                QFileDevice::ReadOther));
        finished = false;
        loader.load(cameras);
        REQUIRE(test::waitUntil([&] { return finished; }, kAnswerTimeoutMs));
        CHECK(errors.size() == 1);
        CHECK(result[0].password.isEmpty());
    }
}
