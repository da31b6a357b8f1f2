#pragma once
// Records one camera stream to segment files without decoding it:
//   rtspsrc (TCP) -> rtph264depay / rtph265depay -> h264parse / h265parse (parameter sets in every
//   segment) -> splitmuxsink (mp4mux, fragmented: a fragment about every second, so a file cut by
//   a crash or a power loss plays up to its last fragment; a new file about every minute, cut at
//   a keyframe). A file closed cleanly loses the muxer's random-access index (mfra), whose times
//   are wrong in every file after a run's first (RandomAccessIndex): every file seeks alike.
// Built element by element; no user text is ever parsed as pipeline syntax.
//
// Time: each segment's start and end are wall-clock UTC taken from the arrival of its first and
// last data (the pipeline's monotonic clock mapped to UTC at the moment the segment opens or
// closes), so a clock step between segments does not stretch or shrink footage inside a file.
// Where the camera sends RTCP sender reports, the start is the camera's own (NTP) time of the
// segment's first frame instead, and the end is shifted alike (SegmentClock decides, and keeps
// starts in order).
//
// Faults: a new resolution mid-stream ends the open file cleanly and records on in a new segment
// (the muxer cannot change resolution inside a file); RTP timestamps that jump are smoothed by
// the jitter buffer, and the camera's time skewed by them until its next sender report is not
// followed (SegmentClock); a file or folder that cannot be written is a WriteError, retried.
//
// Owns the GStreamer pipeline of its current run. Threads: every public method is for the thread
// that owns the object (the recorder's main thread). Streaming threads only touch the run's
// shared slot (under its mutex) and post queued calls tagged with their run back to this object.
#include "core/recording/RecordingStatus.h"
#include "core/recording/SegmentClock.h"

#include <QObject>
#include <QSize>
#include <QString>
#include <QStringList>
#include <QTimer>
#include <QUrl>

#include <functional>
#include <limits>
#include <memory>

typedef struct _GstElement GstElement;

namespace pantau {
class PipelineReaper;
}

namespace pantau::recording {

struct RecordingSource
{
    QString cameraId;
    QUrl url; // rtsp:// or rtsps://
    QString username;
    QString password;
    int segmentSeconds = 60;
    int fragmentMs = 1000;
    int connectTimeoutMs = 10000;
    int stallTimeoutMs = 10000; // recording and no data for this long: reconnect

    friend bool operator==(const RecordingSource &, const RecordingSource &) = default;
};

// One segment file as the pipeline saw it.
struct SegmentFile
{
    QString absolutePath;
    qint64 startUtcMs = 0;
    qint64 endUtcMs = 0; // of the last data written; 0 while open
    qint64 bytes = 0;
    QString codec; // "h264" or "h265"
    QSize resolution;
    bool interrupted = false; // closed by an error or a stop without EOS: plays to its last fragment
    SegmentTimeSource timeSource = SegmentTimeSource::Arrival; // where its start came from
};

class RecordingPipeline : public QObject
{
    Q_OBJECT
public:
    // `pathForStart(startUtcMs)` names the file a segment starting then goes to (absolute path);
    // called on a streaming thread, so it must be thread-safe (a pure function is).
    using PathForStart = std::function<QString(qint64 startUtcMs)>;

    // `reaper` tears pipelines down off the owner's thread (an RTSP source talking to a dead camera
    // can block its teardown for seconds); nullptr tears down synchronously.
    RecordingPipeline(RecordingSource source, PathForStart pathForStart, PipelineReaper *reaper = nullptr,
                      QObject *parent = nullptr);
    ~RecordingPipeline() override; // stops without waiting; an open segment is reported interrupted

    // Folders below `root` are made as segments need them; `root` itself never is (a disk that is
    // not mounted is a write error, not footage on the disk beneath). Call before start().
    void setArchiveRoot(const QString &root);
    void start();
    // Ends the open segment cleanly (EOS: the file is finalised) and stops; finished() follows,
    // at the latest after `boundMs`, when a segment that could not be finalised is interrupted.
    void stop(int boundMs = 3000);
    const RecordingSource &source() const { return m_source; }
    RecordingStatus status() const { return m_status; }
    qint64 bytesWritten() const; // of this pipeline's whole life, for the bitrate

    // Pipeline runs (of every RecordingPipeline) whose GStreamer objects are not yet freed.
    static int liveRuns();

Q_SIGNALS:
    void segmentOpened(const pantau::recording::SegmentFile &segment);
    void segmentClosed(const pantau::recording::SegmentFile &segment);
    void statusChanged(const pantau::recording::RecordingStatus &status);
    void finished(); // after stop(): nothing is being written any more

public:
    struct Shared; // the slot the streaming threads write into (defined in the .cpp)

private:
    struct Callbacks;
    void build();
    void teardown(bool interrupted);
    void onSegmentOpened(quint64 run, const QString &path, qint64 startUtcMs, qint64 clockOffsetMs,
                         SegmentTimeSource timeSource);
    void onStreamChanged(quint64 run, QSize from, QSize to);
    void onSegmentClosed(quint64 run, const QString &path, qint64 endUtcMs);
    void onBusError(quint64 run, int domain, int code, const QString &message);
    void onEndOfStream(quint64 run);
    void failAndRetry(RecordingState state, const QString &reason, int delayMs);
    void setStatus(RecordingStatus status);
    void tick();

    RecordingSource m_source;
    PathForStart m_pathForStart;
    PipelineReaper *m_reaper = nullptr;
    std::shared_ptr<Shared> m_shared;
    GstElement *m_pipeline = nullptr; // owned
    SegmentFile m_open;               // the segment being written; empty path when none
    bool m_wanted = false;
    bool m_stopping = false;
    bool m_restarting = false; // the stream changed: EOS sent, the next run follows at once
    bool m_continuing = false; // the run being built follows a stream change
    QString m_archiveRoot;
    QStringList m_unopenedPaths; // files of ended runs never reported open: removed if left empty
    qint64 m_lastStartUtcMs = std::numeric_limits<qint64>::min(); // of this pipeline's segments
    qint64 m_openClockOffsetMs = 0; // the open segment's start minus its arrival
    int m_failures = 0;
    quint64 m_runs = 0;
    qint64 m_bytesBefore = 0; // of earlier runs
    RecordingStatus m_status;
    QTimer m_tick;       // 1 s: stall watchdog, retry countdown
    QTimer m_retryTimer; // single shot
    QTimer m_stopBound;  // single shot: EOS did not come back in time
    qint64 m_retryDueMs = 0;
};

} // namespace pantau::recording
