#pragma once
// Records the cameras it is given, around the clock, into one archive folder: one
// RecordingPipeline per camera, every segment in the SegmentIndex as it opens and closes, each
// closed file and its folder synced to disk, retention applied every minute, and a status per
// camera and for the recorder. The archive folder itself is never made here: a disk that is not
// mounted is a write error and a warning, not footage on the disk beneath its mount point; retention
// waits until it is back.
//
// Owns the pipelines, their reaper (teardown off the main thread) and a small I/O thread pool (fsync, probing
// cut segments). The index and the archive folder belong to the caller and must outlive the service. Threads:
// every public method is for the owner thread (the recorder's main thread); the I/O pool posts its results
// back to it.
#include "core/media/PipelineReaper.h"
#include "core/recording/RecordingPlanner.h"
#include "core/recording/RetentionPolicy.h"
#include "core/recording/SegmentIndex.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QThreadPool>
#include <QTimer>

#include <memory>

namespace pantau::recording {

struct RecorderOptions
{
    int progressIntervalMs = 5000;   // the open segment's row follows the file this often
    int retentionIntervalMs = 60000; // retention pass
    int statusIntervalMs = 1000;     // bitrate and countdowns
    // When > 0, the archive may use at most this many bytes, as if it had a disk of its own of this
    // size (a quota on a shared disk; the tests' byte budget). 0: the real disk's figures.
    qint64 diskBudgetBytes = 0;
};

struct CameraRecordingStatus
{
    QString cameraId;
    RecordingStatus status;
    qint64 bitrateBytesPerSecond = 0;
    qint64 oldestUtcMs = 0; // 0: nothing recorded yet
    qint64 newestUtcMs = 0;
};

class RecorderService : public QObject
{
    Q_OBJECT
public:
    RecorderService(SegmentIndex &index, RecorderOptions options = {}, QObject *parent = nullptr);
    ~RecorderService() override; // stops every pipeline at once (open segments cut, not lost)

    // Starts, stops or restarts recordings so that exactly these run. A job whose source changed
    // is restarted; an unchanged one keeps recording.
    void setJobs(const QVector<RecordingJob> &jobs);
    QVector<RecordingJob> jobs() const;

    // Ends every open segment cleanly (EOS) and stops; returns when all have finished or after
    // `boundMs` (the event loop runs meanwhile). Then waits for the I/O pool.
    void shutdown(int boundMs = 5000);

    QVector<CameraRecordingStatus> cameraStatuses() const;
    RetentionDecision lastRetention() const { return m_lastRetention; }
    // The status channel's document (see README "Recorder status").
    QJsonObject statusJson() const;

    // One retention pass now (also runs on its timer). Returns what it decided.
    RetentionDecision applyRetention();
    // Rows written for open segments flushed now (also runs on its timer).
    void updateOpenSegments();
    // I/O tasks (fsync, probes) still running: for tests.
    void waitForIo() { m_io.waitForDone(); }

Q_SIGNALS:
    void statusChanged();
    void segmentFinished(const pantau::recording::Segment &segment); // its row is complete

private:
    struct Recording;
    void startRecording(const RecordingJob &job);
    void stopRecording(const QString &cameraId, bool cleanly);
    void onOpened(Recording *r, const SegmentFile &file);
    void onClosed(Recording *r, const SegmentFile &file);
    void finishClosed(qint64 rowId, const SegmentFile &file, qint64 endUtcMs);
    void refreshBitrates();
    QString absolutePathFor(const QString &cameraId, qint64 startUtcMs) const;
    // For the recorder as a whole: the archive folder missing, cameras that cannot write, fewer
    // days than configured. Translated; empty when all is well.
    QString recorderWarning() const;

    SegmentIndex &m_index;
    RecorderOptions m_options;
    PipelineReaper m_reaper; // before the recordings: it outlives their pipelines' teardown
    QHash<QString, std::shared_ptr<Recording>> m_recordings;   // by camera id
    QVector<std::shared_ptr<Recording>> m_finishing;           // stopped cleanly, waiting for EOS
    QHash<QString, qint64> m_oldestByCamera, m_newestByCamera; // from the last retention pass
    RetentionDecision m_lastRetention;
    QString m_lastWarning; // logged when it changes
    QThreadPool m_io;
    QTimer m_progressTimer;
    QTimer m_retentionTimer;
    QTimer m_statusTimer;
};

} // namespace pantau::recording
