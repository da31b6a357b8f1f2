#include "core/recording/EvidenceLockFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <algorithm>

namespace pantau::recording::EvidenceLockFile {

namespace {
const QString kFormat = QStringLiteral("pantau-evidence-locks");
constexpr int kVersion = 1;

QString pathIn(const QString &cameraFolder)
{
    return QDir(cameraFolder).filePath(QString::fromLatin1(kFileName));
}
} // namespace

std::optional<QSet<qint64>> read(const QString &cameraFolder)
{
    QFile f(pathIn(cameraFolder));
    if (!f.exists())
        return QSet<qint64>();
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &error);
    const QJsonObject o = doc.object();
    if (error.error != QJsonParseError::NoError || o.value(QStringLiteral("format")).toString() != kFormat ||
        o.value(QStringLiteral("version")).toInt() != kVersion ||
        !o.value(QStringLiteral("lockedSegmentStarts")).isArray())
        return std::nullopt;
    QSet<qint64> starts;
    for (const QJsonValue &v : o.value(QStringLiteral("lockedSegmentStarts")).toArray()) {
        // A double holds every millisecond of the next 280,000 years exactly.
        if (!v.isDouble())
            return std::nullopt;
        starts.insert(qint64(v.toDouble()));
    }
    return starts;
}

bool write(const QString &cameraFolder, const QSet<qint64> &lockedStarts)
{
    if (!QFileInfo(cameraFolder).isDir())
        return false;
    const QString path = pathIn(cameraFolder);
    if (lockedStarts.isEmpty())
        return !QFile::exists(path) || QFile::remove(path);
    QList<qint64> sorted(lockedStarts.cbegin(), lockedStarts.cend());
    std::sort(sorted.begin(), sorted.end());
    QJsonArray starts;
    for (qint64 s : sorted)
        starts.push_back(double(s));
    const QJsonObject o{{QStringLiteral("format"), kFormat},
                        {QStringLiteral("version"), kVersion},
                        {QStringLiteral("lockedSegmentStarts"), starts}};
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    f.write(QJsonDocument(o).toJson(QJsonDocument::Compact));
    return f.commit();
}

} // namespace pantau::recording::EvidenceLockFile
