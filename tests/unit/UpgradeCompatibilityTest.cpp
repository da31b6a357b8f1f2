// Upgrades keep every site: the files written by Pantau 0.1.0 (the first packaged release) are
// kept in tests/data/upgrade-0.1.0/ and must be read fully by this version: every camera with
// every field, the layouts and wall screens, the recording plans, the camera passwords of the
// credentials file and the dashboard's online history. Never edit those files to make a change
// pass: a newer format must still read them (add a new folder for a new release's files).
#include <catch2/catch.hpp>

#include "CatchQt.h"
#include "Wait.h"
#include "core/credentials/CredentialFile.h"
#include "core/credentials/FileCredentialStore.h"
#include "core/health/OnlineHistory.h"
#include "core/site/SiteFile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <optional>

using namespace pantau;

namespace {
const QString kDataDir = QStringLiteral(PANTAU_SOURCE_DIR "/tests/data/upgrade-0.1.0");

// A copy in a temporary folder (the loaders may set aside or restore files; the committed ones
// stay untouched), with the mode the previous version gave it.
QString copyOf(const QTemporaryDir &dir, const QString &name, QFile::Permissions mode)
{
    const QString to = dir.filePath(name);
    REQUIRE(QFile::copy(kDataDir + '/' + name, to));
    REQUIRE(QFile::setPermissions(to, mode));
    return to;
}

constexpr QFile::Permissions kOwnerOnly = QFile::ReadOwner | QFile::WriteOwner;
constexpr QFile::Permissions kReadable = kOwnerOnly | QFile::ReadGroup | QFile::ReadOther;

Site loadSite()
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const SiteLoadResult result = SiteFile::load(copyOf(dir, QStringLiteral("site.json"), kReadable));
    INFO(result.error.toStdString());
    REQUIRE(result.site.has_value());
    CHECK_FALSE(result.fromBackup);
    CHECK(result.error.isEmpty());
    return *result.site;
}
} // namespace

TEST_CASE("A site file of Pantau 0.1.0 loads every camera with every field")
{
    const Site site = loadSite();
    CHECK(site.name == "Kabupaten Musi Banyuasin");
    REQUIRE(site.cameras.size() == 4);

    const Camera *c = site.camera("cam-0a1b2c3d");
    REQUIRE(c);
    CHECK(c->name == "Simpang Empat Sekayu");
    CHECK(c->enabled);
    CHECK(c->area == QStringList{"Musi Banyuasin", "Sekayu", "Kelurahan Serasan Jaya", "Simpang Empat"});
    CHECK(c->owner == "Dishub");
    CHECK(c->mainStreamUrl == QUrl("rtsp://10.20.1.11:554/Streaming/Channels/101"));
    CHECK(c->subStreamUrl == QUrl("rtsp://10.20.1.11:554/Streaming/Channels/102"));
    CHECK(c->username == "operator");
    CHECK(c->password.isEmpty()); // never in the site file
    CHECK(c->tags == QStringList{"lalu-lintas", "ptz"});
    CHECK(c->hasLocation);
    CHECK(c->latitude == Approx(-2.8834));
    CHECK(c->longitude == Approx(103.8459));
    CHECK(c->onvifUrl == QUrl("http://10.20.1.11/onvif/device_service"));
    CHECK(c->onvifProfileToken == "Profile_1");
    CHECK(c->ptz);

    const Camera *pelco = site.camera("cam-2c3d4e5f");
    REQUIRE(pelco);
    CHECK_FALSE(pelco->enabled);
    CHECK(pelco->ptz);
    CHECK(pelco->ptzUrl == QUrl("pelcod:/dev/ttyUSB0?address=1&baud=2400"));
    CHECK(pelco->subStreamUrl.isEmpty());

    const Camera *mjpeg = site.camera("cam-3d4e5f6a");
    REQUIRE(mjpeg);
    CHECK(mjpeg->mainStreamUrl == QUrl("http://10.20.1.30/mjpg/video.mjpg"));
    CHECK(mjpeg->area.isEmpty());
    CHECK_FALSE(mjpeg->hasLocation);
}

TEST_CASE("A site file of Pantau 0.1.0 keeps its layouts and the layout of each screen")
{
    const Site site = loadSite();
    REQUIRE(site.layouts.size() == 2);

    const Layout *grid = site.layout("lay-00aa11bb");
    REQUIRE(grid);
    CHECK(grid->name == QString::fromUtf8("Pusat kota 2×2"));
    CHECK(grid->rows == 2);
    CHECK(grid->columns == 2);
    REQUIRE(grid->tiles.size() == 4);
    CHECK(grid->tiles[3].cameraId == "cam-3d4e5f6a");

    const Layout *onePlusFive = site.layout("lay-22cc33dd");
    REQUIRE(onePlusFive);
    CHECK(onePlusFive->rows == 3);
    CHECK(onePlusFive->columns == 3);
    REQUIRE(onePlusFive->tiles.size() == 6);
    CHECK(onePlusFive->tiles[0].cells == QRect(0, 0, 2, 2)); // the spanning tile
    CHECK(onePlusFive->tiles[0].cameraId == "cam-0a1b2c3d");
    CHECK(onePlusFive->tiles[2].cameraId.isEmpty()); // an empty tile stays empty
    CHECK(onePlusFive->isValid());

    CHECK(site.layoutIdForScreen("DP-1") == "lay-22cc33dd");
    CHECK(site.layoutIdForScreen("HDMI-1") == "lay-00aa11bb");
}

TEST_CASE("A site file of Pantau 0.1.0 keeps every camera's recording plan")
{
    const Site site = loadSite();

    const RecordingPlan sekayu = site.camera("cam-0a1b2c3d")->recording;
    CHECK(sekayu.enabled);
    CHECK(sekayu.stream == StreamKind::Main);
    CHECK(sekayu.maxAgeDays == 30);
    CHECK(sekayu.recorder == "rekam-01");

    const RecordingPlan pasar = site.camera("cam-1b2c3d4e")->recording;
    CHECK(pasar.enabled);
    CHECK(pasar.stream == StreamKind::Sub);
    CHECK(pasar.maxAgeDays == 14);
    CHECK(pasar.recorder.isEmpty());

    const RecordingPlan kantor = site.camera("cam-3d4e5f6a")->recording;
    CHECK_FALSE(kantor.enabled); // planned but switched off: kept as it was
    CHECK(kantor.maxAgeDays == 7);

    CHECK(site.camera("cam-2c3d4e5f")->recording == RecordingPlan{}); // never planned
}

TEST_CASE("A credentials file of Pantau 0.1.0 gives each camera its password")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = copyOf(dir, QStringLiteral("credentials.json"), kOwnerOnly);

    const CredentialFileLoad load = CredentialFile::load(path);
    INFO(load.error.toStdString());
    REQUIRE(load.entries.has_value());
    CHECK(load.error.isEmpty());
    CHECK(load.entries->size() == 2);

    FileCredentialStore store(path);
    std::optional<QString> sekayu, pasar, none;
    bool answered[3] = {false, false, false};
    store.read("cam-0a1b2c3d", [&](std::optional<QString> p, QString) {
        sekayu = p;
        answered[0] = true;
    });
    store.read("cam-1b2c3d4e", [&](std::optional<QString> p, QString) {
        pasar = p;
        answered[1] = true;
    });
    store.read("cam-2c3d4e5f", [&](std::optional<QString> p, QString) {
        none = p;
        answered[2] = true;
    });
    REQUIRE(
        test::waitUntil([&] { return answered[0] && answered[1] && answered[2]; }, test::kReactionBoundMs));
    CHECK(sekayu == QString("rahasia-Sekayu-1"));
    CHECK(pasar == QString::fromUtf8("Sandi #2 dengan spasi & ü"));
    CHECK_FALSE(none.has_value());
}

TEST_CASE("An online history file of Pantau 0.1.0 keeps its samples")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString sitePath = dir.filePath(QStringLiteral("site.json"));
    REQUIRE(OnlineHistory::pathForSite(sitePath) == dir.filePath(QStringLiteral("site-online-history.json")));
    const QString path = copyOf(dir, QStringLiteral("site-online-history.json"), kReadable);

    OnlineHistory history;
    QString error;
    const qint64 lastSampleMs = 1796281320000; // 2026-12-03 07:02 UTC
    REQUIRE(history.load(path, lastSampleMs + 60'000, &error));
    CHECK(error.isEmpty());
    REQUIRE(history.samples().size() == 3);
    CHECK(history.samples()[0] == OnlineHistory::Sample{1796281200000, 4, 4});
    CHECK(history.samples()[2] == OnlineHistory::Sample{lastSampleMs, 2, 3});
}
