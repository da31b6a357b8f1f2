#include "core/settings/Settings.h"

#include "core/Log.h"
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
const QString kStreamLatencyMs = QStringLiteral("stream/latencyMs");
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

} // namespace pantau
