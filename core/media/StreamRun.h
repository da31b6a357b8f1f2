#pragma once
// What the GStreamer streaming threads of one pipeline run share with the GUI thread: the latest
// frame, the counters, the decoder in use, and who to tell. It lives until the last GStreamer
// element of its run lets go, so counting them counts pipelines not yet freed (alive()).
// Private to core/media: StreamPipeline (GUI thread) and StreamGraph (its callbacks) include it;
// no public header does.
//
// Threads: fields under `mutex` from any thread; the ones marked "before the pipeline starts" are
// written by the GUI thread before the run plays and only read afterwards. The post*() calls are
// for streaming threads: each queues a call to the owning StreamPipeline on the GUI thread, tagged
// with the run, and does nothing once the run is detached.
#include "core/media/AnalysisTap.h"
#include "core/media/FrameConverter.h"
#include "core/media/StreamStatus.h"
#include "core/media/VideoFrame.h"

#include <QMutex>
#include <QMutexLocker>
#include <QSize>
#include <QString>

#include <atomic>

namespace pantau {
class StreamPipeline;
}

namespace pantau::media {

struct StreamRun
{
    StreamRun() { ++s_alive; }
    ~StreamRun() { --s_alive; }
    StreamRun(const StreamRun &) = delete;
    StreamRun &operator=(const StreamRun &) = delete;

    // Runs not yet freed, of every StreamPipeline (any thread).
    static int alive() { return s_alive.load(); }

    // GUI thread: the owner lets go; callbacks still running then reach nothing.
    void detach()
    {
        QMutexLocker lock(&mutex);
        owner = nullptr;
    }

    // Streaming thread, with `mutex` held: a new frame; queues one onFrameNotified at a time.
    void postFrameLocked();
    // Streaming thread: a pipeline error, already classified.
    // reason: the operator's words (translated); detail: GStreamer's message, for the log.
    void postError(StreamState state, const QString &reason, const QString &detail, bool fromHardwareDecoder);
    // Streaming thread: end of stream.
    void postEndOfStream();

    mutable QMutex mutex;
    StreamPipeline *owner = nullptr; // null once detached: callbacks then do nothing
    VideoFrame latest;
    qint64 latestAtMs = 0; // when `latest` was converted
    bool latestPainted = true;
    QSize targetSize;         // set by the GUI thread: the largest tile showing us
    FrameConverter converter; // streaming thread only
    quint64 received = 0;
    quint64 dropped = 0;
    QSize sourceSize;
    QSize frameSize;
    QString decoder;
    bool decoderIsHardware = false;
    qint64 lastFrameMs = 0;
    bool keyframesOnly = false; // set before the pipeline starts, read-only afterwards
    bool yuvFrames = false;     // likewise: hand over the decoded planes, convert nothing
    bool softwareOnly = false;  // likewise: a hardware decoder failed on this stream before
    // Keyframes-only: RTP packets of delta frames are dropped before the depayloader (streaming
    // thread writes, any thread reads).
    std::atomic<bool> rtpFilterInstalled{false};
    std::atomic<quint64> rtpPacketsSkipped{0};
    quint64 run = 0; // which build() this is; queued calls carry it
    // Video analytics: the tap (set by the GUI thread under `mutex`) and when it last got a picture
    // (streaming thread, under `mutex`).
    AnalysisTap analysisTap;
    qint64 analysisLastMs = 0;
    std::atomic<bool> notifyPending{false};

private:
    inline static std::atomic<int> s_alive{0};
};

} // namespace pantau::media
