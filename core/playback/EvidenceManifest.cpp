#include "core/playback/EvidenceManifest.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace pantau::playback {

namespace {

QJsonValue isoTime(qint64 utcMs)
{
    return QDateTime::fromMSecsSinceEpoch(utcMs)
        .toOffsetFromUtc(QDateTime::fromMSecsSinceEpoch(utcMs).offsetFromUtc())
        .toString(Qt::ISODateWithMs);
}

} // namespace

QString EvidenceManifest::localTime(qint64 utcMs)
{
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(utcMs);
    const int offsetS = local.offsetFromUtc();
    const QString offset = QStringLiteral("UTC%1%2:%3")
                               .arg(offsetS < 0 ? QLatin1Char('-') : QLatin1Char('+'))
                               .arg(std::abs(offsetS) / 3600, 2, 10, QLatin1Char('0'))
                               .arg(std::abs(offsetS) % 3600 / 60, 2, 10, QLatin1Char('0'));
    return local.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) + QLatin1Char(' ') + offset;
}

QString EvidenceManifest::toText() const
{
    const auto line = [](const QString &label, const QString &value) {
        return label + QStringLiteral(": ") + value + QLatin1Char('\n');
    };
    QString text = tr("PANTAU EVIDENCE EXPORT") + QLatin1Char('\n') + QLatin1Char('\n');
    text += line(tr("File"), fileName);
    text += line(tr("Camera"),
                 cameraName.isEmpty() ? cameraId : QStringLiteral("%1 (%2)").arg(cameraName, cameraId));
    text += line(tr("Location"), location.isEmpty() ? tr("not recorded") : location);
    text += line(tr("Kecamatan"), kecamatan.isEmpty() ? tr("not recorded") : kecamatan);
    text += line(tr("Start"), localTime(startUtcMs));
    text += line(tr("End"), localTime(endUtcMs));
    text += line(tr("Requested range"),
                 QStringLiteral("%1 – %2").arg(localTime(requestedStartUtcMs), localTime(requestedEndUtcMs)));
    if (gaps.isEmpty()) {
        text += line(tr("Gaps without footage"), tr("none"));
    } else {
        text += tr("Gaps without footage") + QStringLiteral(":\n");
        for (const recording::TimeRange &g : gaps)
            text += QStringLiteral("  %1 – %2\n").arg(localTime(g.startUtcMs), localTime(g.endUtcMs));
    }
    text += line(tr("Exported by"), exportedBy);
    text += line(tr("Exported at"), localTime(exportedAtUtcMs));
    text += line(tr("Recorder"), recorder);
    text += line(tr("Size"), tr("%Ln byte(s)", nullptr, int(std::min<qint64>(bytes, INT_MAX))));
    text += line(QStringLiteral("SHA-256"), sha256Hex);
    text += QLatin1Char('\n') +
            tr("The video was copied from the recording without re-encoding. Check the file with: "
               "sha256sum -c %1.sha256")
                .arg(fileName) +
            QLatin1Char('\n');
    return text;
}

QByteArray EvidenceManifest::toJson() const
{
    QJsonArray gapArray;
    for (const recording::TimeRange &g : gaps)
        gapArray.append(QJsonObject{{"start_utc_ms", g.startUtcMs},
                                    {"end_utc_ms", g.endUtcMs},
                                    {"start", isoTime(g.startUtcMs)},
                                    {"end", isoTime(g.endUtcMs)}});
    const QJsonObject o{
        {"format", QString::fromLatin1(kFormat)},
        {"version", kVersion},
        {"file", fileName},
        {"camera_id", cameraId},
        {"camera", cameraName},
        {"location", location},
        {"kecamatan", kecamatan},
        {"start_utc_ms", startUtcMs},
        {"end_utc_ms", endUtcMs},
        {"start", isoTime(startUtcMs)},
        {"end", isoTime(endUtcMs)},
        {"requested_start_utc_ms", requestedStartUtcMs},
        {"requested_end_utc_ms", requestedEndUtcMs},
        {"gaps", gapArray},
        {"exported_by", exportedBy},
        {"exported_at_utc_ms", exportedAtUtcMs},
        {"exported_at", isoTime(exportedAtUtcMs)},
        {"recorder", recorder},
        {"sha256", sha256Hex},
        {"bytes", bytes},
        {"frames", frames},
        {"reencoded", false},
    };
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

QByteArray EvidenceManifest::sha256Line(const QString &sha256Hex, const QString &fileName)
{
    return sha256Hex.toLatin1() + "  " + fileName.toUtf8() + "\n";
}

} // namespace pantau::playback
