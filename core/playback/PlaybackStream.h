#pragma once
// One camera's recorded footage, decoded to follow a shared PlaybackClock. The segment holding
// the clock's position (SegmentLocator) is decoded by a GStreamer pipeline built element by element
//     filesrc | souphttpsrc (Authorization header) -> qtdemux -> h264parse | h265parse
//       -> avdec_* -> videoconvert -> capsfilter (FrameConverter's formats) -> appsink (no sync)
// and the stream takes from the appsink every frame whose time the clock has reached: the clock
// paces the pictures, not the pipeline, so every stream of a session shows the same moment.
// The pipeline never seeks: GStreamer 1.22's qtdemux does not take a seek in a fragmented MP4
// back to a keyframe (the first picture after it may be a predicted one), and in files that still
// carry mp4mux's random-access index (recorded before the recorder took it off, see
// RandomAccessIndex) it jumps to the wrong fragment with wrong times. A time earlier than the
// frame shown (or far ahead of it) starts the file again and decodes from the keyframe at or
// before it (a file on this PC says which in its fragments: FragmentedMp4; over HTTP the recorder
// sends the file from that keyframe's fragment on, "?fromMs=", and decoding starts at the first
// keyframe it sends), the rest dropped before the decoder; above 4x, backwards and for a cheap
// (inexact) seek only keyframes reach the decoder. At a segment's end it moves on
// to the next; in a gap it shows nothing (state NoFootage, never a frozen picture) and joins again
// when the clock reaches footage.
//
// Threads: everything on the GUI thread, except that in fast forward the next file's pipeline is
// made and started on a PipelineStarter's thread, and that in keyframes-only runs the streaming
// thread converts each picture for the tile before the appsink. The appsink's streaming thread
// also posts a queued "a frame is ready" to the stream while its run is current.
#include "core/media/FrameConverter.h"
#include "core/media/VideoFrame.h"
#include "core/playback/ArchiveSegment.h"
#include "core/playback/PlaybackClock.h"
#include "core/playback/SegmentLocator.h"

#include <QObject>
#include <QTimer>
#include <QVector>

#include <memory>

typedef struct _GstElement GstElement;
typedef struct _GstSample GstSample;

namespace pantau {
class PipelineReaper;
class PipelineStarter;
} // namespace pantau

namespace pantau::playback {

struct PlaybackRun;

class PlaybackStream : public QObject
{
    Q_OBJECT
public:
    enum class State { Idle, Loading, Showing, NoFootage, Failed };

    // `clock` is the session's and outlives the stream.
    PlaybackStream(QString cameraId, const PlaybackClock *clock, QObject *parent = nullptr);
    ~PlaybackStream() override;

    QString cameraId() const { return m_cameraId; }
    // The camera's segments, sorted by start (from an ArchiveSource). Call sync() after.
    void setSegments(const QVector<ArchiveSegment> &segments);
    const QVector<ArchiveSegment> &segments() const { return m_segments; }
    void setTargetSize(QSize sizePx);
    // Finished pipelines go to NULL on the reaper's threads: at 8x, 16 tiles change files at once
    // and a synchronous teardown of each stalled the GUI thread, so every tile fell behind. Without
    // one (tests), teardown is synchronous.
    void setReaper(std::shared_ptr<PipelineReaper> reaper) { m_reaper = std::move(reaper); }
    // Fast forward: the next file's pipeline is made and started on the starter's threads, for
    // the same reason. Without one (tests), it is started on this thread.
    void setStarter(std::shared_ptr<PipelineStarter> starter) { m_starter = std::move(starter); }

    // Follows the clock from now: after a seek, a speed change, a pause or resume. `exact`: the
    // frame at the position; otherwise the nearest keyframe at or before it (cheap, for scrubbing).
    void sync(bool exact);
    void stop(); // back to Idle, no pipeline

    State state() const { return m_state; }
    QString errorMessage() const { return m_errorMessage; } // translated; when Failed
    VideoFrame latestFrame() const;                         // null in a gap
    qint64 frameUtcMs() const;                              // the latest frame's time; -1 none
    qint64 frameDurationMs() const { return m_frameDurationMs; }
    // The picture shown is the one of the clock's position: the next decoded frame lies beyond
    // it, or the file has no more. False while decoding runs towards it (after a seek the frames
    // between the keyframe and the position are shown as they come) and when nothing is shown.
    bool showsClockPosition() const;
    // Where the clock goes for one frame step from the frame shown: the next decoded frame's time
    // (+1) or just before the shown one (-1, the previous frame); -1 when nothing is shown.
    qint64 stepTargetUtcMs(int direction);
    qint64 gapEndsUtcMs() const { return m_gapEndsUtcMs; } // in NoFootage; -1 when none ahead
    // Fast forward: keyframes skipped because the clock had passed them (benchmarks, tests).
    quint64 lateKeyframesSkipped() const;
    // Fast forward: files whose pipeline was started ahead and taken over when the clock got there.
    quint64 filesPreparedAhead() const { return m_aheadTaken; }

Q_SIGNALS:
    void frameAvailable();
    void stateChanged();

private:
    friend struct PlaybackRun; // posts "a frame is ready" to pump()
    // A pipeline playing one file (the stream's current one, or the next one prepared ahead).
    struct Pipeline
    {
        GstElement *pipeline = nullptr; // owned
        GstElement *sink = nullptr;     // inside pipeline
        std::shared_ptr<PlaybackRun> run;
        qint64 segmentId = 0;
        qint64 segmentStartUtcMs = 0;
        bool keyframesOnly = false;
    };
    struct PendingPipeline; // a next file's pipeline being started on the starter's threads
    void build(const ArchiveSegment &segment, bool keyframesOnly, qint64 offsetMs);
    // Empty with `failure` (translated) when the pipeline cannot be made or started. Any thread:
    // `clock` is a copy of the session's, `targetSize` the tile's; the run has no owner until
    // adopt().
    static Pipeline makePipeline(const ArchiveSegment &segment, bool keyframesOnly, qint64 offsetMs,
                                 const PlaybackClock &clock, QSize targetSize, QString *failure);
    void adopt(Pipeline made); // becomes the current pipeline (none may be current)
    void dispose(GstElement *pipeline, const std::shared_ptr<PlaybackRun> &run);
    void prepareAhead(const SegmentSpot &spot, qint64 positionUtcMs);
    // A next file's pipeline started meanwhile becomes m_ahead; waits up to `waitMs` for it.
    void collectAhead(int waitMs);
    void dropAhead();
    void teardown();
    void setState(State state, const QString &message = {});
    void pump();
    bool pullNext(); // fills m_next when a frame is ready
    bool popBus();
    qint64 sampleUtcMs(GstSample *sample) const;
    void show(GstSample *sample);

    QString m_cameraId;
    const PlaybackClock *m_clock = nullptr;
    QVector<ArchiveSegment> m_segments;
    QSize m_targetSize;
    std::shared_ptr<PlaybackRun> m_run;
    std::shared_ptr<PipelineReaper> m_reaper;
    std::shared_ptr<PipelineStarter> m_starter;
    Pipeline m_ahead; // fast forward: the next file's pipeline, started before the clock gets there
    std::shared_ptr<PendingPipeline> m_pendingAhead; // m_ahead still being started
    quint64 m_aheadTaken = 0;
    GstElement *m_pipeline = nullptr; // owned
    GstElement *m_sink = nullptr;     // inside m_pipeline
    qint64 m_segmentId = 0;           // the segment m_pipeline plays
    qint64 m_segmentStartUtcMs = 0;
    bool m_keyframesOnly = false;
    bool m_exact = true;
    GstSample *m_next = nullptr; // owned: pulled, not yet due
    qint64 m_nextUtcMs = -1;
    qint64 m_shownUtcMs = -1; // time of m_latest; -1 none
    VideoFrame m_latest;
    media::FrameConverter m_converter;
    quint64 m_frames = 0;
    qint64 m_frameDurationMs = 40;
    quint64 m_runs = 0;
    quint64 m_lateSkippedBefore = 0; // by the runs torn down
    State m_state = State::Idle;
    QString m_errorMessage;
    qint64 m_gapEndsUtcMs = -1;
    QTimer m_tick; // pulls due frames, reads the bus, rejoins after a gap
    QTimer m_due;  // playing forwards: fires when the decoded next frame is due, between ticks
};

} // namespace pantau::playback
