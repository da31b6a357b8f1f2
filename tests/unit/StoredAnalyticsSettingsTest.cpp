// analytics::StoredAnalyticsSettings: a camera's zones and motion settings kept in the site file
// (through SiteFile, as the zone editor saves them), the defaults when there are none, and a bad
// object that costs the camera its motion settings but nothing else.
#include "core/analytics/StoredAnalyticsSettings.h"
#include "core/analytics/AnalyticsSettingsJson.h"
#include "core/site/SiteFile.h"

#include <catch2/catch.hpp>

#include <QJsonDocument>
#include <QTemporaryDir>

using namespace pantau;
using pantau::analytics::CameraAnalyticsSettings;
using pantau::analytics::StoredAnalyticsSettings;

namespace {
Camera sampleCamera()
{
    Camera c;
    c.id = QStringLiteral("cam-zona");
    c.name = QStringLiteral("Gerbang Pemda");
    c.mainStreamUrl = QUrl(QStringLiteral("rtsp://127.0.0.1:8554/main"));
    return c;
}

CameraAnalyticsSettings zonedSettings()
{
    CameraAnalyticsSettings s;
    s.motion.zones.append(QPolygonF({QPointF(0.1, 0.2), QPointF(0.6, 0.2), QPointF(0.4, 0.9)}));
    s.motion.masks.append(QPolygonF({QPointF(0.7, 0.0), QPointF(1.0, 0.0), QPointF(1.0, 0.3)}));
    s.motion.sensitivity = 65;
    s.motion.minObjectFraction = 0.01;
    REQUIRE(s.schedule.parse(QStringLiteral("22:00-05:00")));
    return s;
}

Site reloaded(const Site &site)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("site.json"));
    QString error;
    REQUIRE(SiteFile::save(path, site, &error));
    const SiteLoadResult loaded = SiteFile::load(path);
    REQUIRE(loaded.site);
    REQUIRE(loaded.error.isEmpty());
    return *loaded.site;
}
} // namespace

TEST_CASE("A camera's zones and motion settings survive a save and load of the site")
{
    Site site;
    site.cameras.push_back(StoredAnalyticsSettings::withSettings(sampleCamera(), zonedSettings()));
    const Site back = reloaded(site);
    REQUIRE(back.cameras.size() == 1);
    const StoredAnalyticsSettings::Read read = StoredAnalyticsSettings::read(back.cameras[0]);
    CHECK(read.error.isEmpty());
    CHECK(read.settings == zonedSettings());
    CHECK(back.cameras[0] == site.cameras[0]);
}

TEST_CASE("A camera without analytics settings gets the defaults with motion off")
{
    Site site;
    site.cameras.push_back(sampleCamera());
    const Site back = reloaded(site);
    REQUIRE(back.cameras.size() == 1);
    CHECK(back.cameras[0].analytics.isNull()); // none, as a camera made in code has
    const StoredAnalyticsSettings::Read read = StoredAnalyticsSettings::read(back.cameras[0]);
    CHECK(read.error.isEmpty());
    CHECK_FALSE(read.settings.motionEnabled);
    CHECK(read.settings.tamperEnabled);
    CHECK(read.settings.motion.zones.isEmpty());
}

TEST_CASE("Unreadable analytics settings give the defaults and the reason and stay as written")
{
    QJsonObject bad = analytics::AnalyticsSettingsJson::toJson(zonedSettings());
    bad[QStringLiteral("sensitivity")] = QStringLiteral("tinggi");
    Camera camera = sampleCamera();
    camera.analytics = bad;
    Site site;
    site.cameras.push_back(camera);
    const Site back = reloaded(site);
    REQUIRE(back.cameras.size() == 1);
    CHECK(back.cameras[0].isValid()); // the camera keeps its video
    CHECK(back.cameras[0].analytics == QJsonValue(bad));
    const StoredAnalyticsSettings::Read read = StoredAnalyticsSettings::read(back.cameras[0]);
    CHECK(read.error.contains(QStringLiteral("sensitivity")));
    CHECK_FALSE(read.settings.motionEnabled);
    CHECK(read.settings.motion.zones.isEmpty());

    Camera notAnObject = sampleCamera();
    notAnObject.analytics = QJsonValue(42);
    CHECK_FALSE(StoredAnalyticsSettings::read(notAnObject).error.isEmpty());
}

TEST_CASE("Motion runs only where it is on and a zone is drawn")
{
    CameraAnalyticsSettings s = zonedSettings();
    CHECK(StoredAnalyticsSettings::effective(s).motionEnabled);
    s.motionEnabled = false;
    CHECK_FALSE(StoredAnalyticsSettings::effective(s).motionEnabled);
    s = zonedSettings();
    s.motion.zones.clear(); // a mask alone is not a zone
    CHECK_FALSE(StoredAnalyticsSettings::effective(s).motionEnabled);
    CHECK(StoredAnalyticsSettings::effective(s).tamperEnabled);
}
