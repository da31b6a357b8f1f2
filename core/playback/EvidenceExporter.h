#pragma once
// Evidence export of one camera: the recorded segments of a range remuxed WITHOUT re-encoding
// into one MP4, starting at the keyframe at or before the in-point, with the true start time in
// the file (the movie's creation time, and a comment tag to the millisecond); beside it
// FILE.mp4.sha256 (sha256sum format), FILE.txt (the manifest for a person) and FILE.json.
// The recorder's own files on this PC are remuxed byte by byte (FragmentedMp4 lists their
// samples, Mp4Header builds the index, the media are copied once behind it and hashed as they
// are written: about the time of a plain copy). Other footage (a recorder over HTTP, a file of
// another shape) goes through GStreamer: filesrc or souphttpsrc with the recorder's
// Authorization header -> qtdemux -> h264parse/h265parse -> appsink, part after part; appsrc ->
// mp4mux faststart -> filesink, then the SHA-256 read back.
// Everything is written under temporary names (".FILE.mp4.part") and renamed only when
// complete: a cancelled or failed export leaves nothing.
//
// Threads: start(), cancel() and the signals on the owner thread; the work runs on a private
// thread. exportNow() is the same work, blocking, on the calling thread (benchmarks, tests).
#include "core/camera/Camera.h"
#include "core/playback/ArchiveSegment.h"
#include "core/recording/SegmentIndex.h"

#include <QObject>
#include <QString>
#include <QThread>
#include <QVector>

#include <atomic>
#include <functional>
#include <memory>

namespace pantau::playback {

struct ExportRequest
{
    Camera camera; // id, name and area (kabupaten / kecamatan / desa / titik) for the manifest
    QVector<ArchiveSegment> segments;
    qint64 inUtcMs = 0;
    qint64 outUtcMs = 0;
    QString outputDir;
    QString exportedBy; // the operator
    QString recorder;   // ArchiveSource::displayName()
    QString baseName;   // without ".mp4"; empty: "<camera id>_<yyyyMMdd-HHmmss of the in-point>"
};

struct ExportResult
{
    enum class Status { Done, Cancelled, Failed };
    Status status = Status::Failed;
    QString error; // translated, for the operator; empty when done or cancelled
    QString mp4Path, sha256Path, textPath, jsonPath;
    QString sha256Hex;
    qint64 startUtcMs = 0; // the first frame (a keyframe)
    qint64 endUtcMs = 0;
    qint64 frames = 0;
    qint64 bytes = 0;
    QVector<recording::TimeRange> gaps;
    qint64 remuxMs = 0; // reading, muxing and writing the MP4
    qint64 hashMs = 0;  // its SHA-256, read back from the disk (0: hashed while written)
    bool ok() const { return status == Status::Done; }
};

class EvidenceExporter : public QObject
{
    Q_OBJECT
public:
    using Progress = std::function<void(double fraction)>;

    explicit EvidenceExporter(QObject *parent = nullptr);
    ~EvidenceExporter() override; // cancels and waits for the work to stop

    // One export at a time: false when one is running.
    bool start(const ExportRequest &request);
    void cancel();
    bool isRunning() const;

    // The export itself, blocking. `cancelled` is polled between buffers; `progress` is called
    // on the calling thread with 0..1 when each recorded file begins and at most every 100 ms.
    static ExportResult exportNow(const ExportRequest &request, const std::atomic<bool> &cancelled,
                                  const Progress &progress = {});
    // "<camera id>_<yyyyMMdd-HHmmss>" in this PC's time; characters a file name cannot hold become '_'.
    static QString defaultBaseName(const QString &cameraId, qint64 inUtcMs);

Q_SIGNALS:
    void progressChanged(double fraction);
    void finished(const pantau::playback::ExportResult &result);

private:
    std::atomic<bool> m_cancelled{false};
    std::atomic<bool> m_busy{false};
    QThread *m_thread = nullptr;
};

} // namespace pantau::playback

Q_DECLARE_METATYPE(pantau::playback::ExportResult)
