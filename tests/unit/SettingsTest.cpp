// Settings: defaults, clamped values, the renderer's valid values, change signals, and the
// historical key strings (written here with a raw QSettings, read back through Settings).
#include <catch2/catch.hpp>

#include "CatchQt.h"
#include "core/settings/Settings.h"

#include <QSettings>
#include <QTemporaryDir>

using namespace pantau;

namespace {
struct SettingsFile
{
    QTemporaryDir dir;
    QString path() const { return dir.filePath(QStringLiteral("pantau.conf")); }
    // What an existing user's settings file holds (Settings is not open on it while this writes).
    void write(const QString &key, const QVariant &value) const
    {
        QSettings raw(path(), QSettings::IniFormat);
        raw.setValue(key, value);
    }
};
} // namespace

TEST_CASE("Settings: a fresh settings file reads the historical defaults", "[unit][settings]")
{
    SettingsFile file;
    Settings settings(file.path());
    CHECK(settings.subStreamMaxHeightPx() == 400);
    CHECK(settings.renderer() == "auto");
    CHECK_FALSE(settings.showStats());
    CHECK(settings.language().isEmpty());
    CHECK_FALSE(settings.discoverySearchOnOpen()); // a multicast search waits for the operator
    CHECK(settings.streamLatencyMs() == 100);
}

TEST_CASE("Settings: out-of-range numbers in the file or a setter are clamped", "[unit][settings]")
{
    SettingsFile file;
    file.write("wall/subStreamMaxHeightPx", -5);
    file.write("stream/latencyMs", 1000000);
    Settings settings(file.path());
    CHECK(settings.subStreamMaxHeightPx() == Settings::kMinSubStreamMaxHeightPx);
    CHECK(settings.streamLatencyMs() == Settings::kMaxStreamLatencyMs);

    settings.setSubStreamMaxHeightPx(1000000);
    CHECK(settings.subStreamMaxHeightPx() == Settings::kMaxSubStreamMaxHeightPx);
    settings.setStreamLatencyMs(-1);
    CHECK(settings.streamLatencyMs() == Settings::kMinStreamLatencyMs);
}

TEST_CASE("Settings: a number the file holds as text that is no number reads as the default",
          "[unit][settings]")
{
    SettingsFile file;
    file.write("wall/subStreamMaxHeightPx", "tall");
    Settings settings(file.path());
    CHECK(settings.subStreamMaxHeightPx() == 400);
}

TEST_CASE("Settings: an unknown renderer reads as auto", "[unit][settings]")
{
    SettingsFile file;
    file.write("wall/renderer", "gpu");
    Settings settings(file.path());
    CHECK(settings.renderer() == "auto");
    CHECK_FALSE(Settings::isRenderer("gpu"));

    settings.setRenderer("vulkan");
    CHECK(settings.renderer() == "auto");
    settings.setRenderer("cpu");
    CHECK(settings.renderer() == "cpu");
    settings.setRenderer("opengl");
    CHECK(settings.renderer() == "opengl");
}

TEST_CASE("Settings: a change signal fires once on a real change and not for the same value",
          "[unit][settings]")
{
    SettingsFile file;
    Settings settings(file.path());
    QList<int> heights;
    QList<bool> stats;
    QList<QString> renderers;
    QObject::connect(&settings, &Settings::subStreamMaxHeightPxChanged, [&](int px) { heights << px; });
    QObject::connect(&settings, &Settings::showStatsChanged, [&](bool on) { stats << on; });
    QObject::connect(&settings, &Settings::rendererChanged, [&](const QString &r) { renderers << r; });

    settings.setSubStreamMaxHeightPx(300);
    settings.setSubStreamMaxHeightPx(300);
    settings.setSubStreamMaxHeightPx(400);
    CHECK(heights == QList<int>{300, 400});

    settings.setShowStats(false); // already off
    settings.setShowStats(true);
    settings.setShowStats(true);
    CHECK(stats == QList<bool>{true});

    settings.setRenderer("auto"); // the default already
    settings.setRenderer("cpu");
    settings.setRenderer("cpu");
    CHECK(renderers == QList<QString>{"cpu"});
}

TEST_CASE("Settings: a clamped setter that lands on the current value signals nothing", "[unit][settings]")
{
    SettingsFile file;
    Settings settings(file.path());
    int changes = 0;
    QObject::connect(&settings, &Settings::subStreamMaxHeightPxChanged, [&] { ++changes; });
    settings.setSubStreamMaxHeightPx(Settings::kMaxSubStreamMaxHeightPx);
    settings.setSubStreamMaxHeightPx(Settings::kMaxSubStreamMaxHeightPx + 1);
    CHECK(changes == 1);
}

TEST_CASE("Settings: existing users' keys are read, and written back under the same keys", "[unit][settings]")
{
    SettingsFile file;
    file.write("wall/subStreamMaxHeightPx", 250);
    file.write("wall/renderer", "cpu");
    file.write("view/showStats", true);
    file.write("language", "en");
    file.write("discovery/searchOnOpen", true); // not the default
    file.write("stream/latencyMs", 300);
    {
        Settings settings(file.path());
        CHECK(settings.subStreamMaxHeightPx() == 250);
        CHECK(settings.renderer() == "cpu");
        CHECK(settings.showStats());
        CHECK(settings.language() == "en");
        CHECK(settings.discoverySearchOnOpen());
        CHECK(settings.streamLatencyMs() == 300);

        settings.setSubStreamMaxHeightPx(500);
        settings.setRenderer("opengl");
        settings.setShowStats(false);
        settings.setLanguage("id");
        settings.setDiscoverySearchOnOpen(false);
        settings.setStreamLatencyMs(200);
    }
    QSettings raw(file.path(), QSettings::IniFormat);
    CHECK(raw.value("wall/subStreamMaxHeightPx").toInt() == 500);
    CHECK(raw.value("wall/renderer").toString() == "opengl");
    CHECK_FALSE(raw.value("view/showStats").toBool());
    CHECK(raw.value("language").toString() == "id");
    CHECK_FALSE(raw.value("discovery/searchOnOpen", true).toBool());
    CHECK(raw.value("stream/latencyMs").toInt() == 200);
}

TEST_CASE("Settings: alarm priorities default to AlarmPolicy's and are kept per kind", "[unit][settings]")
{
    SettingsFile file;
    {
        Settings settings(file.path());
        CHECK(settings.alarmPriority(events::EventKind::CameraOffline) == events::EventPriority::High);
        CHECK(settings.alarmPriority(events::EventKind::Motion) == events::EventPriority::Medium);
        int changes = 0;
        QObject::connect(&settings, &Settings::alarmSettingsChanged, [&] { ++changes; });
        settings.setAlarmPriority(events::EventKind::Motion, events::EventPriority::High);
        settings.setAlarmPriority(events::EventKind::Motion, events::EventPriority::High);
        CHECK(changes == 1);
    }
    QSettings raw(file.path(), QSettings::IniFormat);
    CHECK(raw.value("alarm/priority/motion").toString() == "high");
    Settings again(file.path());
    CHECK(again.alarmPriority(events::EventKind::Motion) == events::EventPriority::High);
}

TEST_CASE("Settings: an unknown alarm priority in the file reads as the kind's default", "[unit][settings]")
{
    SettingsFile file;
    file.write("alarm/priority/camera-offline", "urgent");
    Settings settings(file.path());
    CHECK(settings.alarmPriority(events::EventKind::CameraOffline) == events::EventPriority::High);
}

TEST_CASE("Settings: events are kept 30 days by default, 1 to 3650 days", "[unit][settings]")
{
    SettingsFile file;
    Settings settings(file.path());
    CHECK(settings.eventKeepDays() == 30);
    settings.setEventKeepDays(0);
    CHECK(settings.eventKeepDays() == 1);
    file.write("events/keepDays", 99999);
    Settings again(file.path());
    CHECK(again.eventKeepDays() == 3650);
}

TEST_CASE("Settings: the alarm screen follows --wall unless set on or off", "[unit][settings]")
{
    SettingsFile file;
    Settings settings(file.path());
    CHECK(settings.alarmScreen() == Settings::AlarmScreen::Auto);
    CHECK(Settings::alarmScreenOn(settings.alarmScreen(), true));
    CHECK_FALSE(Settings::alarmScreenOn(settings.alarmScreen(), false));
    settings.setAlarmScreen(Settings::AlarmScreen::On);
    CHECK(Settings::alarmScreenOn(settings.alarmScreen(), false));
    settings.setAlarmScreen(Settings::AlarmScreen::Off);
    CHECK_FALSE(Settings::alarmScreenOn(settings.alarmScreen(), true));
}

TEST_CASE("Settings: off the wall, 8 cameras are analysed by default, 0 to 64", "[unit][settings]")
{
    SettingsFile file;
    file.write("analytics/offWallCameras", 500);
    Settings settings(file.path());
    CHECK(settings.offWallCameras() == 64);
    settings.setOffWallCameras(-1);
    CHECK(settings.offWallCameras() == 0);
}

TEST_CASE("Settings: the recorder the operator chose is kept as typed, without spaces", "[unit][settings]")
{
    SettingsFile file;
    {
        Settings settings(file.path());
        CHECK(settings.recorderUrl().isEmpty()); // none chosen: this PC's
        QStringList changes;
        QObject::connect(&settings, &Settings::recorderUrlChanged,
                         [&](const QString &url) { changes << url; });
        settings.setRecorderUrl(QStringLiteral(" http://10.20.0.5:7480 "));
        settings.setRecorderUrl(QStringLiteral("http://10.20.0.5:7480"));
        CHECK(changes == QStringList{QStringLiteral("http://10.20.0.5:7480")});
    }
    QSettings raw(file.path(), QSettings::IniFormat);
    CHECK(raw.value("recorder/url").toString() == QStringLiteral("http://10.20.0.5:7480"));
}
