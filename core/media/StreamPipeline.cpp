#include "core/media/StreamPipeline.h"

#include "core/Log.h"
#include "core/media/PipelineReaper.h"
#include "core/media/StreamGraph.h"
#include "core/media/StreamRun.h"

#include <QMutexLocker>

#include <gst/gst.h>

#include <cmath>

namespace pantau {

namespace {
// What the decoder fallback looks at in the current run (GUI thread).
struct DecoderFacts
{
    bool isHardware = false;
    quint64 framesReceived = 0;
};
DecoderFacts decoderFacts(const media::StreamRun &run)
{
    QMutexLocker lock(&run.mutex);
    return {run.decoderIsHardware, run.received};
}
} // namespace

// The StreamRun's posts, defined here beside the handlers they queue (streaming threads).
namespace media {
void StreamRun::postFrameLocked()
{
    if (owner && !notifyPending.exchange(true))
        QMetaObject::invokeMethod(
            owner, [o = owner, run = run] { o->onFrameNotified(run); }, Qt::QueuedConnection);
}

void StreamRun::postError(StreamState state, const QString &reason, const QString &detail,
                          bool fromHardwareDecoder)
{
    QMutexLocker lock(&mutex);
    if (owner)
        QMetaObject::invokeMethod(
            owner,
            [o = owner, run = run, state, reason, detail, fromHardwareDecoder] {
                o->onBusError(run, state, reason, detail, fromHardwareDecoder);
            },
            Qt::QueuedConnection);
}

void StreamRun::postEndOfStream()
{
    QMutexLocker lock(&mutex);
    if (owner)
        QMetaObject::invokeMethod(
            owner, [o = owner, run = run] { o->onEndOfStream(run); }, Qt::QueuedConnection);
}
} // namespace media

int StreamPipeline::liveRuns()
{
    return media::StreamRun::alive();
}

StreamPipeline::StreamPipeline(StreamSource source, PipelineReaper *reaper, QObject *parent)
    : QObject(parent), m_source(std::move(source)), m_reaper(reaper)
{
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &StreamPipeline::tick);
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, [this] {
        if (m_wanted)
            build();
    });
}

StreamPipeline::~StreamPipeline()
{
    teardown();
}

void StreamPipeline::start()
{
    if (m_wanted)
        return;
    m_wanted = true;
    m_backoff.reset();
    m_tick.start();
    m_fpsClock.start();
    build();
}

void StreamPipeline::stop()
{
    m_wanted = false;
    m_retryTimer.stop();
    m_tick.stop();
    teardown();
    setStatus({});
}

void StreamPipeline::setSource(const StreamSource &source)
{
    if (source == m_source)
        return;
    m_source = source;
    m_fallback.sourceChanged(); // another stream may suit the hardware decoder
    if (m_wanted) {
        m_retryTimer.stop();
        m_backoff.reset();
        m_everPlayed = false;
        build();
    }
}

void StreamPipeline::setTargetSize(QSize sizePx)
{
    if (sizePx == m_targetSize)
        return;
    m_targetSize = sizePx;
    if (m_current) {
        QMutexLocker lock(&m_current->mutex);
        m_current->targetSize = sizePx; // the next frame comes at this size; no renegotiation
    }
}

void StreamPipeline::setAnalysisTap(media::AnalysisTap tap)
{
    m_analysisTap = std::move(tap);
    if (m_current) {
        QMutexLocker lock(&m_current->mutex);
        m_current->analysisTap = m_analysisTap;
    }
}

VideoFrame StreamPipeline::latestFrame() const
{
    if (m_current) {
        QMutexLocker lock(&m_current->mutex);
        if (!m_current->latest.isNull()) {
            m_current->latestPainted = true;
            return m_current->latest;
        }
    }
    return m_lastFrameOfPreviousRun;
}

StreamStats StreamPipeline::stats() const
{
    StreamStats st;
    st.fps = m_fps;
    st.framesReceived = m_receivedBefore;
    st.framesDropped = m_droppedBefore;
    if (m_current) {
        QMutexLocker lock(&m_current->mutex);
        st.framesReceived += m_current->received;
        st.framesDropped += m_current->dropped;
        st.sourceSize = m_current->sourceSize;
        st.frameSize = m_current->frameSize;
        st.decoder = m_current->decoder;
        st.hardwareDecoder = m_current->decoderIsHardware;
        st.rtpPacketsSkipped = m_current->rtpPacketsSkipped;
    }
    return st;
}

QString StreamPipeline::missingElement(const char *factory) const
{
    return tr("GStreamer element \"%1\" is missing; install the GStreamer plug-in packages.")
        .arg(QString::fromLatin1(factory));
}

void StreamPipeline::build()
{
    teardown();
    m_sinceBuild.start();
    setStatus({m_everPlayed ? StreamState::Reconnecting : StreamState::Connecting, -1, {}});

    const QUrl &url = m_source.url;
    const media::SourceKind kind = media::StreamGraph::kindOf(url);
    if (kind == media::SourceKind::Unsupported) {
        failAndRetry(StreamState::Error, tr("Unsupported stream address \"%1\".").arg(url.toDisplayString()),
                     media::RetryBackoff::kNotPlayableDelayMs);
        return;
    }
    m_isLive = kind != media::SourceKind::File;

    auto shared = std::make_shared<media::StreamRun>();
    shared->owner = this;
    shared->keyframesOnly = m_source.keyframesOnly;
    shared->yuvFrames = m_source.yuvFrames;
    shared->softwareOnly = m_fallback.softwareOnly();
    shared->run = ++m_runs;

    const media::StreamGraph::Built built = media::StreamGraph::build(m_source, shared);
    if (!built.pipeline) {
        failAndRetry(StreamState::Error, missingElement(built.missingFactory),
                     media::RetryBackoff::kNotPlayableDelayMs);
        return;
    }
    shared->targetSize = m_targetSize;
    shared->analysisTap = m_analysisTap;
    m_current = shared;
    m_pipeline = built.pipeline;
    qCDebug(lcMedia) << "starting" << url.toDisplayString(QUrl::RemoveUserInfo);
    if (gst_element_set_state(m_pipeline, GST_STATE_PLAYING) == GST_STATE_CHANGE_FAILURE)
        failAndRetry(StreamState::Error, tr("The stream could not be started."), m_backoff.nextDelayMs());
}

void StreamPipeline::teardown()
{
    if (m_current) {
        m_current->detach();
        QMutexLocker lock(&m_current->mutex);
        if (!m_current->latest.isNull())
            m_lastFrameOfPreviousRun = m_current->latest;
        m_receivedBefore += m_current->received;
        m_droppedBefore += m_current->dropped;
        lock.unlock();
        m_current.reset();
    }
    if (GstElement *p = std::exchange(m_pipeline, nullptr)) {
        if (m_reaper)
            m_reaper->dispose(p);
        else {
            gst_element_set_state(p, GST_STATE_NULL);
            gst_object_unref(p);
        }
    }
}

// Each handler below ignores calls queued by an earlier run of the pipeline (`run` numbers the
// builds): a frame or an error from a pipeline already torn down must not touch the new one.
void StreamPipeline::onFrameNotified(quint64 run)
{
    if (!m_current || run != m_current->run)
        return;
    m_current->notifyPending = false;
    if (m_status.state != StreamState::Playing) {
        m_everPlayed = true;
        m_lastLoggedFailure.clear(); // the next failure is news again
        m_backoff.reset();
        setStatus({StreamState::Playing, -1, {}});
    }
    Q_EMIT frameAvailable();
}

void StreamPipeline::onBusError(quint64 run, StreamState state, const QString &reason, const QString &detail,
                                bool fromHardwareDecoder)
{
    if (!m_pipeline || !m_current || run != m_current->run)
        return;
    const DecoderFacts decoder = decoderFacts(*m_current);
    if (m_fallback.fallBackOnError(fromHardwareDecoder, decoder.isHardware, decoder.framesReceived)) {
        fallBackToSoftware(detail);
        return;
    }
    failAndRetry(state, reason, m_backoff.delayMsAfter(state), detail);
}

void StreamPipeline::onEndOfStream(quint64 run)
{
    if (!m_pipeline || !m_current || run != m_current->run)
        return;
    if (!m_isLive) { // a local file loops
        gst_element_seek_simple(m_pipeline, GST_FORMAT_TIME,
                                GstSeekFlags(GST_SEEK_FLAG_FLUSH | GST_SEEK_FLAG_KEY_UNIT), 0);
        return;
    }
    failAndRetry(StreamState::Offline, tr("The camera ended the stream."), m_backoff.nextDelayMs());
}

void StreamPipeline::failAndRetry(StreamState state, const QString &reason, int delayMs,
                                  const QString &detail)
{
    teardown();
    if (state == StreamState::Offline && m_everPlayed)
        state = StreamState::Reconnecting;
    // Said once per kind of failure: a camera that stays unreachable does not fill the log with
    // one line per retry (the retries go to the debug level).
    const QString failure = QString::number(int(state)) + QLatin1Char('|') + reason;
    if (failure != m_lastLoggedFailure)
        qCInfo(lcMedia).noquote() << m_source.url.toDisplayString(QUrl::RemoveUserInfo)
                                  << "failed:" << (detail.isEmpty() ? reason : detail) << "- retry in"
                                  << delayMs << "ms";
    else
        qCDebug(lcMedia).noquote() << m_source.url.toDisplayString(QUrl::RemoveUserInfo)
                                   << "failed again - retry in" << delayMs << "ms";
    m_lastLoggedFailure = failure;
    m_retryDelayMs = delayMs;
    m_retryClock.start();
    m_retryTimer.start(delayMs);
    setStatus({state, int(std::ceil(delayMs / 1000.0)), reason, detail});
}

void StreamPipeline::setStatus(StreamStatus status)
{
    if (status == m_status)
        return;
    m_status = std::move(status);
    Q_EMIT statusChanged(m_status);
}

void StreamPipeline::tick()
{
    // fps over the last tick
    const quint64 total = stats().framesReceived;
    const qint64 elapsedMs = std::max<qint64>(1, m_fpsClock.restart());
    m_fps = total >= m_fpsLastCount ? (total - m_fpsLastCount) * 1000.0 / elapsedMs : 0;
    m_fpsLastCount = total;

    if (m_retryTimer.isActive()) {
        StreamStatus s = m_status;
        s.retryInSeconds = int(std::ceil((m_retryDelayMs - m_retryClock.elapsed()) / 1000.0));
        s.retryInSeconds = std::max(1, s.retryInSeconds);
        setStatus(s);
        return;
    }
    if (!m_current)
        return;
    qint64 lastFrameMs = 0;
    {
        QMutexLocker lock(&m_current->mutex);
        lastFrameMs = m_current->lastFrameMs;
    }
    const qint64 nowMs = monotonicMs();
    switch (m_stallRule.check(m_status.state, nowMs - lastFrameMs, m_sinceBuild.elapsed(),
                              m_source.connectTimeoutMs, m_source.keyframesOnly)) {
    case media::StallRule::Verdict::Healthy:
        return;
    case media::StallRule::Verdict::Stalled:
        failAndRetry(
            StreamState::Reconnecting,
            tr("No picture for %1 s.").arg(m_stallRule.stallTimeoutMs(m_source.keyframesOnly) / 1000),
            m_backoff.nextDelayMs());
        return;
    case media::StallRule::Verdict::NoAnswer: {
        const DecoderFacts decoder = decoderFacts(*m_current);
        if (m_fallback.fallBackOnNoPicture(decoder.isHardware, decoder.framesReceived)) {
            fallBackToSoftware(QStringLiteral("no picture from the hardware decoder"));
            return;
        }
        failAndRetry(StreamState::Offline, tr("The camera does not answer."), m_backoff.nextDelayMs());
        return;
    }
    }
}

void StreamPipeline::fallBackToSoftware(const QString &reason)
{
    // The GPU's decoder cannot play this stream (a profile it lacks, a driver fault): decode it
    // in software from now on, at once, without counting it as the camera's failure.
    qCWarning(lcMedia).noquote() << m_source.url.toDisplayString(QUrl::RemoveUserInfo)
                                 << "hardware decoder failed:" << reason << "- decoding in software";
    build();
}

} // namespace pantau
