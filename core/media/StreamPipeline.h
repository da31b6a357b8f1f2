#pragma once
// One live stream for one (camera, stream): its state machine. It (re)builds a GStreamer pipeline
// run (media::StreamGraph: source -> decodebin -> YUV -> appsink, the picture scaled to the tile)
// and acts on what the policies decide: when to retry (media::RetryBackoff), what an error means
// (media::StreamErrorClassifier), when to leave the hardware decoder (media::DecoderFallbackPolicy),
// when a stream has stalled (media::StallRule). It hands out the latest frame, status and stats.
//
// Threads: every public method is for the GUI thread. GStreamer streaming threads only touch the
// current run's media::StreamRun (under its mutex) and post queued calls back to this object,
// tagged with the run they come from; after teardown they reach nothing.
#include "core/media/AnalysisTap.h"
#include "core/media/DecoderFallbackPolicy.h"
#include "core/media/RetryBackoff.h"
#include "core/media/StallRule.h"
#include "core/media/StreamSource.h"
#include "core/media/StreamStatus.h"
#include "core/media/VideoFrame.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <memory>
#include <optional>

typedef struct _GstElement GstElement;

namespace pantau {

class PipelineReaper;
namespace media {
struct StreamRun;
}

class StreamPipeline : public QObject
{
    Q_OBJECT
public:
    // `reaper` tears pipelines down off the GUI thread; nullptr tears down synchronously.
    StreamPipeline(StreamSource source, PipelineReaper *reaper, QObject *parent = nullptr);
    ~StreamPipeline() override;

    void start();
    void stop();
    void setSource(const StreamSource &source); // restarts when it differs
    const StreamSource &source() const { return m_source; }

    // The size the frames should be delivered at (the largest tile showing them). Frames are
    // downscaled in the pipeline to fit inside it keeping the aspect ratio, never upscaled.
    void setTargetSize(QSize sizePx);
    QSize targetSize() const { return m_targetSize; }

    // The newest frame (after a reconnect, the last one of the previous run until a new one comes).
    // Marks the frame as painted for the drop count.
    VideoFrame latestFrame() const;
    StreamStatus status() const { return m_status; }
    StreamStats stats() const;

    // Pipeline runs (of every StreamPipeline) whose GStreamer objects are not yet freed. For
    // tests and diagnostics: after teardown it must come back down (any thread).
    static int liveRuns();

    // Video analytics: hand a small grey copy of the decoded pictures to `tap` (on a streaming
    // thread, at most tap.maxFps a second), from this run and every later one. An empty tap
    // removes it (a call already under way on a streaming thread may still finish).
    void setAnalysisTap(media::AnalysisTap tap);
    bool hasAnalysisTap() const { return bool(m_analysisTap); }

    // Watchdog: Playing with no frame for this long counts as stalled and reconnects.
    void setStallTimeoutMs(int ms) { m_stallRule.setStallTimeoutMs(ms); }

Q_SIGNALS:
    void frameAvailable(); // coalesced: at most one queued per stream
    void statusChanged(const pantau::StreamStatus &status);

private:
    friend struct media::StreamRun; // posts the streaming threads' news to the on*() handlers
    void build();
    void teardown();
    void onFrameNotified(quint64 run);
    void onBusError(quint64 run, pantau::StreamState state, const QString &reason, const QString &detail,
                    bool fromHardwareDecoder);
    void onEndOfStream(quint64 run);
    void failAndRetry(StreamState state, const QString &reason, int delayMs, const QString &detail = {});
    void fallBackToSoftware(const QString &reason);
    void setStatus(StreamStatus status);
    void tick();
    QString missingElement(const char *factory) const;

    StreamSource m_source;
    PipelineReaper *m_reaper = nullptr;
    std::shared_ptr<media::StreamRun> m_current; // the current pipeline's slot; null when none runs
    GstElement *m_pipeline = nullptr;            // owned; handed to the reaper on teardown
    bool m_wanted = false;
    bool m_everPlayed = false;
    bool m_isLive = true;
    media::DecoderFallbackPolicy m_fallback; // a hardware decoder failed: software from now on
    media::RetryBackoff m_backoff;
    media::StallRule m_stallRule;
    quint64 m_runs = 0; // builds so far
    QSize m_targetSize;
    media::AnalysisTap m_analysisTap;
    VideoFrame m_lastFrameOfPreviousRun;
    quint64 m_receivedBefore = 0; // totals of earlier runs, for stats
    quint64 m_droppedBefore = 0;
    StreamStatus m_status;
    QTimer m_tick;       // 1 s: countdown, watchdog, fps
    QTimer m_retryTimer; // single shot
    QElapsedTimer m_retryClock;
    QString m_lastLoggedFailure; // state and reason of the last failure logged at info level
    int m_retryDelayMs = 0;
    QElapsedTimer m_sinceBuild;
    QElapsedTimer m_fpsClock;
    quint64 m_fpsLastCount = 0;
    double m_fps = 0;
};

} // namespace pantau
