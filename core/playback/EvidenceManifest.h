#pragma once
// What an evidence file's manifest says (camera, lokasi, kecamatan, start, end, exported by,
// exported when, recorder, SHA-256, gaps) and its two forms: a text that a police officer reads
// (in the interface language, times in this PC's time zone with the offset written out) and JSON
// (times as UTC milliseconds and ISO 8601). Also the sha256sum line. Pure: any thread.
#include "core/recording/SegmentIndex.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QVector>

namespace pantau::playback {

struct EvidenceManifest
{
    Q_DECLARE_TR_FUNCTIONS(EvidenceManifest)
public:
    static constexpr const char *kFormat = "pantau-evidence-export";
    static constexpr int kVersion = 1;

    QString fileName; // the MP4, without its folder
    QString cameraId;
    QString cameraName;
    QString location;      // lokasi: the camera's place (desa / titik, coordinates)
    QString kecamatan;     // empty when the site does not say
    qint64 startUtcMs = 0; // the file's first frame (a keyframe at or before the requested start)
    qint64 endUtcMs = 0;   // the end of its last frame
    qint64 requestedStartUtcMs = 0;
    qint64 requestedEndUtcMs = 0;
    QVector<recording::TimeRange> gaps; // no footage, inside the requested range
    QString exportedBy;
    qint64 exportedAtUtcMs = 0;
    QString recorder; // "PC ini" or the recorder's name or address
    QString sha256Hex;
    qint64 bytes = 0;
    qint64 frames = 0;

    QString toText() const;
    QByteArray toJson() const;
    // "HEX  NAME\n", as sha256sum writes and `sha256sum -c` reads.
    static QByteArray sha256Line(const QString &sha256Hex, const QString &fileName);
    // "2026-12-03 02:14:05 UTC+07:00": local time, seconds, the offset written out.
    static QString localTime(qint64 utcMs);
};

} // namespace pantau::playback
