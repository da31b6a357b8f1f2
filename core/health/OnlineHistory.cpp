#include "core/health/OnlineHistory.h"

#include "core/Log.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <algorithm>

namespace pantau {

namespace {
constexpr auto kFormat = "pantau-online-history";
constexpr int kVersion = 1;
constexpr qint64 kMaxFileBytes = 4 * 1024 * 1024;
} // namespace

OnlineHistory::OnlineHistory(qint64 intervalMs, qint64 windowMs)
    : m_intervalMs(std::max<qint64>(1, intervalMs)), m_windowMs(std::max<qint64>(1, windowMs))
{
}

void OnlineHistory::record(qint64 nowMs, int online, int total)
{
    const qint64 slotMs = nowMs - nowMs % m_intervalMs;
    if (!m_samples.isEmpty() && m_samples.last().timeMs == slotMs)
        m_samples.last() = {slotMs, online, total};
    else if (m_samples.isEmpty() || m_samples.last().timeMs < slotMs)
        m_samples.push_back({slotMs, online, total});
    else
        return; // the clock went back: keep what we have rather than reorder the day
    prune(nowMs);
}

void OnlineHistory::prune(qint64 nowMs)
{
    const qint64 oldestMs = nowMs - m_windowMs;
    auto firstKept = std::find_if(m_samples.begin(), m_samples.end(),
                                  [&](const Sample &s) { return s.timeMs + m_intervalMs > oldestMs; });
    m_samples.erase(m_samples.begin(), firstKept);
}

QByteArray OnlineHistory::toJson() const
{
    QJsonArray samples;
    for (const Sample &s : m_samples)
        samples.append(QJsonArray{double(s.timeMs), s.online, s.total});
    QJsonObject root{{"format", kFormat},
                     {"version", kVersion},
                     {"intervalMs", double(m_intervalMs)},
                     {"samples", samples}};
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

bool OnlineHistory::fromJson(const QByteArray &json, QString *error)
{
    auto fail = [&](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (doc.isNull() || !doc.isObject())
        return fail(QStringLiteral("not JSON: %1").arg(parseError.errorString()));
    const QJsonObject root = doc.object();
    if (root.value("format").toString() != QLatin1String(kFormat) ||
        root.value("version").toInt() != kVersion)
        return fail(QStringLiteral("unknown format or version"));
    if (!root.value("samples").isArray())
        return fail(QStringLiteral("no samples"));
    QVector<Sample> samples;
    for (const QJsonValue &v : root.value("samples").toArray()) {
        const QJsonArray a = v.toArray();
        if (a.size() != 3 || !a[0].isDouble() || !a[1].isDouble() || !a[2].isDouble())
            return fail(QStringLiteral("a sample is not [time, online, total]"));
        const Sample s{qint64(a[0].toDouble()), a[1].toInt(-1), a[2].toInt(-1)};
        if (s.online < 0 || s.total < 0 || s.online > s.total ||
            (!samples.isEmpty() && s.timeMs <= samples.last().timeMs))
            return fail(QStringLiteral("a sample is out of range or out of order"));
        samples.push_back(s);
    }
    m_samples = std::move(samples);
    return true;
}

bool OnlineHistory::save(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(toJson()) < 0 || !file.commit()) {
        if (error)
            *error = file.errorString();
        qCWarning(lcHealth) << "online history not saved to" << path << ":" << file.errorString();
        return false;
    }
    return true;
}

bool OnlineHistory::load(const QString &path, qint64 nowMs, QString *error)
{
    m_samples.clear();
    QFile file(path);
    if (!file.exists())
        return true;
    QString why;
    if (!file.open(QIODevice::ReadOnly))
        why = file.errorString();
    else if (file.size() > kMaxFileBytes)
        why = QStringLiteral("file too large");
    else if (fromJson(file.readAll(), &why))
        why.clear();
    if (!why.isEmpty()) {
        m_samples.clear();
        qCWarning(lcHealth) << "online history" << path << "unreadable, starting empty:" << why;
        if (error)
            *error = why;
        return false;
    }
    prune(nowMs);
    return true;
}

QString OnlineHistory::pathForSite(const QString &sitePath)
{
    const QFileInfo info(sitePath);
    return info.dir().filePath(info.completeBaseName() + QStringLiteral("-online-history.json"));
}

} // namespace pantau
