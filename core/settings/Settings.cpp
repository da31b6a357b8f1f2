#include "core/settings/Settings.h"

#include "core/Log.h"
#include "core/events/AlarmPolicy.h"
#include "core/events/EventKinds.h"
#include "core/events/EventRetention.h"
#include "core/media/StreamPool.h"

#include <QSettings>

#include <algorithm>

namespace pantau {

namespace {
// The historical key strings: existing users' settings files hold these.
const QString kSubStreamMaxHeightPx = QStringLiteral("wall/subStreamMaxHeightPx");
const QString kRenderer = QStringLiteral("wall/renderer");
const QString kShowStats = QStringLiteral("view/showStats");
const QString kLanguage = QStringLiteral("language");
const QString kDiscoverySearchOnOpen = QStringLiteral("discovery/searchOnOpen");
const QString kRecorderStatusSocket = QStringLiteral("recorder/statusSocket");
const QString kRecorderUrl = QStringLiteral("recorder/url");
const QString kStreamLatencyMs = QStringLiteral("stream/latencyMs");
const QString kAlarmPriority = QStringLiteral("alarm/priority/");
const QString kEventKeepDays = QStringLiteral("events/keepDays");
const QString kAlarmScreen = QStringLiteral("alarm/screen");
const QString kOffWallCameras = QStringLiteral("analytics/offWallCameras");
} // namespace

Settings::Settings(QObject *parent) : QObject(parent), m_settings(std::make_unique<QSettings>()) {}

Settings::Settings(const QString &filePath, QObject *parent)
    : QObject(parent), m_settings(std::make_unique<QSettings>(filePath, QSettings::IniFormat))
{
}

Settings::~Settings() = default;

int Settings::intValue(const QString &key, int defaultValue, int min, int max) const
{
    bool ok = false;
    const int value = m_settings->value(key, defaultValue).toInt(&ok);
    if (!ok)
        return defaultValue;
    return std::clamp(value, min, max);
}

bool Settings::store(const QString &key, const QVariant &value, const QVariant &current)
{
    const bool changed = value != current;
    if (changed || m_settings->value(key) != value) { // also mends an out-of-range value in the file
        m_settings->setValue(key, value);
        m_settings->sync(); // on disk now, as the short-lived QSettings of old were
    }
    return changed;
}

int Settings::subStreamMaxHeightPx() const
{
    return intValue(kSubStreamMaxHeightPx, kDefaultSubStreamMaxHeightPx, kMinSubStreamMaxHeightPx,
                    kMaxSubStreamMaxHeightPx);
}

void Settings::setSubStreamMaxHeightPx(int px)
{
    px = std::clamp(px, kMinSubStreamMaxHeightPx, kMaxSubStreamMaxHeightPx);
    if (store(kSubStreamMaxHeightPx, px, subStreamMaxHeightPx()))
        Q_EMIT subStreamMaxHeightPxChanged(px);
}

bool Settings::isRenderer(const QString &value)
{
    return value == QLatin1String("auto") || value == QLatin1String("cpu") ||
           value == QLatin1String("opengl");
}

QString Settings::renderer() const
{
    const QString value = m_settings->value(kRenderer).toString();
    if (isRenderer(value))
        return value;
    if (!value.isEmpty())
        qCWarning(lcSettings) << "setting" << kRenderer << value << "is not auto, cpu or opengl: auto";
    return defaultRenderer();
}

void Settings::setRenderer(const QString &request)
{
    const QString value = isRenderer(request) ? request : defaultRenderer();
    if (store(kRenderer, value, renderer()))
        Q_EMIT rendererChanged(value);
}

bool Settings::showStats() const
{
    return m_settings->value(kShowStats, false).toBool();
}

void Settings::setShowStats(bool show)
{
    if (store(kShowStats, show, showStats()))
        Q_EMIT showStatsChanged(show);
}

QString Settings::language() const
{
    return m_settings->value(kLanguage).toString();
}

void Settings::setLanguage(const QString &code)
{
    if (store(kLanguage, code, language()))
        Q_EMIT languageChanged(code);
}

bool Settings::discoverySearchOnOpen() const
{
    return m_settings->value(kDiscoverySearchOnOpen, false).toBool();
}

void Settings::setDiscoverySearchOnOpen(bool search)
{
    if (store(kDiscoverySearchOnOpen, search, discoverySearchOnOpen()))
        Q_EMIT discoverySearchOnOpenChanged(search);
}

int Settings::streamLatencyMs() const
{
    return intValue(kStreamLatencyMs, StreamSettings{}.latencyMs, kMinStreamLatencyMs, kMaxStreamLatencyMs);
}

void Settings::setStreamLatencyMs(int ms)
{
    ms = std::clamp(ms, kMinStreamLatencyMs, kMaxStreamLatencyMs);
    if (store(kStreamLatencyMs, ms, streamLatencyMs()))
        Q_EMIT streamLatencyMsChanged(ms);
}

QString Settings::recorderStatusSocket() const
{
    const QString value = m_settings->value(kRecorderStatusSocket).toString().trimmed();
    return value.isEmpty() ? QString::fromLatin1(kDefaultRecorderStatusSocket) : value;
}

void Settings::setRecorderStatusSocket(const QString &nameOrPath)
{
    if (store(kRecorderStatusSocket, nameOrPath.trimmed(), recorderStatusSocket()))
        Q_EMIT recorderStatusSocketChanged(recorderStatusSocket());
}

QString Settings::recorderUrl() const
{
    return m_settings->value(kRecorderUrl).toString().trimmed();
}

void Settings::setRecorderUrl(const QString &url)
{
    if (store(kRecorderUrl, url.trimmed(), recorderUrl()))
        Q_EMIT recorderUrlChanged(recorderUrl());
}

events::EventPriority Settings::alarmPriority(events::EventKind kind) const
{
    const QString value = m_settings->value(kAlarmPriority + events::eventKindKey(kind)).toString();
    if (value == QLatin1String("high"))
        return events::EventPriority::High;
    if (value == QLatin1String("medium"))
        return events::EventPriority::Medium;
    if (value == QLatin1String("low"))
        return events::EventPriority::Low;
    return events::AlarmPolicy::defaultPriority(kind);
}

void Settings::setAlarmPriority(events::EventKind kind, events::EventPriority priority)
{
    QString value;
    switch (priority) {
    case events::EventPriority::High:
        value = QStringLiteral("high");
        break;
    case events::EventPriority::Medium:
        value = QStringLiteral("medium");
        break;
    case events::EventPriority::Low:
        value = QStringLiteral("low");
        break;
    case events::EventPriority::Invalid:
        return;
    }
    const events::EventPriority before = alarmPriority(kind);
    store(kAlarmPriority + events::eventKindKey(kind), value,
          m_settings->value(kAlarmPriority + events::eventKindKey(kind)));
    if (alarmPriority(kind) != before)
        Q_EMIT alarmSettingsChanged();
}

int Settings::eventKeepDays() const
{
    return intValue(kEventKeepDays, events::EventRetention::kDefaultKeepDays, kMinEventKeepDays,
                    kMaxEventKeepDays);
}

void Settings::setEventKeepDays(int days)
{
    days = std::clamp(days, kMinEventKeepDays, kMaxEventKeepDays);
    if (store(kEventKeepDays, days, eventKeepDays()))
        Q_EMIT alarmSettingsChanged();
}

Settings::AlarmScreen Settings::alarmScreen() const
{
    const QString value = m_settings->value(kAlarmScreen).toString();
    if (value == QLatin1String("on"))
        return AlarmScreen::On;
    if (value == QLatin1String("off"))
        return AlarmScreen::Off;
    return AlarmScreen::Auto;
}

void Settings::setAlarmScreen(AlarmScreen mode)
{
    const QString value = mode == AlarmScreen::On    ? QStringLiteral("on")
                          : mode == AlarmScreen::Off ? QStringLiteral("off")
                                                     : QStringLiteral("auto");
    const AlarmScreen before = alarmScreen();
    store(kAlarmScreen, value, m_settings->value(kAlarmScreen));
    if (alarmScreen() != before)
        Q_EMIT alarmSettingsChanged();
}

int Settings::offWallCameras() const
{
    return intValue(kOffWallCameras, kDefaultOffWallCameras, 0, kMaxOffWallCameras);
}

void Settings::setOffWallCameras(int cameras)
{
    cameras = std::clamp(cameras, 0, kMaxOffWallCameras);
    if (store(kOffWallCameras, cameras, offWallCameras()))
        Q_EMIT alarmSettingsChanged();
}

} // namespace pantau
