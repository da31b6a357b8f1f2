#include "core/playback/PlaybackStream.h"

#include "core/Log.h"
#include "core/media/GstPtr.h"
#include "core/media/GstUserData.h"
#include "core/media/PipelineReaper.h"
#include "core/media/PipelineStarter.h"
#include "core/playback/FragmentedMp4.h"
#include "core/playback/SegmentLocator.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QMetaObject>
#include <QMutex>
#include <QMutexLocker>
#include <QUrlQuery>
#include <QWaitCondition>

#include <gst/app/gstappsink.h>
#include <gst/video/video.h>

#include <cstdlib>
#include <deque>
#include <optional>

namespace pantau::playback {

namespace {
constexpr int kTickMs = 15;
constexpr int kTrickSpeedAbove = 4;        // above this (and backwards): keyframes only
constexpr qint64 kFirstFrameSlackMs = 500; // a file's first frame may start a little after its row
// A file on this PC whose keyframes cannot be read beforehand (a file of another shape): decoding
// starts at the first keyframe this far before the wanted time; everything before it is dropped
// before the decoder (a camera's GOP is usually 1 to 2 s: the wanted frame is decodable). Over
// HTTP the recorder sends the file from the keyframe at or before the time ("?fromMs="): decoding
// starts at the first keyframe it sends, however long the camera's GOP.
constexpr qint64 kDecodeLeadMs = 3000;
constexpr qint64 kKeyframeSlackNs = 1'000'000; // rounding between the file's ticks and nanoseconds
// Fast forward (keyframes only): a keyframe the shared clock is already this far past when the
// decoder could take it is dropped before the decoder, so a tile that fell behind (16 tiles
// changing files at once, a busy PC) skips to the clock instead of showing old pictures late.
// Half of the 500 ms a tile may be behind.
constexpr qint64 kLateKeyframeMs = 250;
// Fast forward: the next file's pipeline starts when the clock is this much wall time (plus up to
// 350 ms, by camera) from the end of the current one.
constexpr qint64 kPrepareAheadWallMs = 600;
// The clock reached a next file whose pipeline is still starting on the starter's threads: the
// stream waits this long for it before starting another one itself.
constexpr int kAheadWaitMs = 250;

// The size a decoded picture is converted to for a tile of `target` pixels.
QSize tileSize(const GstVideoInfo &info, QSize target)
{
    return media::FrameConverter::outputSize(QSize(info.width, info.height), info.par_n, info.par_d, target);
}

// The time in its file (the pipeline's buffer time) of the keyframe at or before `offsetMs` of a
// recorded file on this PC, read from its fragments' sample flags (FragmentedMp4); the first
// keyframe when all are later; nothing when the file cannot be read that way.
std::optional<qint64> keyframeAtOrBeforeNs(const QString &path, qint64 offsetMs)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() <= 0)
        return std::nullopt;
    const uchar *data = file.map(0, file.size());
    if (!data)
        return std::nullopt;
    const std::optional<FragmentedMp4> mp4 = FragmentedMp4::parse(data, file.size());
    if (!mp4)
        return std::nullopt;
    const int keyframe = mp4->keyframeAtOrBefore(offsetMs * 1'000'000);
    if (keyframe < 0)
        return std::nullopt;
    return mp4->presentationNs(mp4->samples[keyframe]);
}

// The decoded picture in `buffer` converted for a tile of `target` pixels; null when it cannot be
// mapped or converted.
QImage convertForTile(media::FrameConverter &converter, GstBuffer *buffer, const GstVideoInfo &info,
                      QSize target)
{
    GstVideoFrame mapped;
    if (!gst_video_frame_map(&mapped, &info, buffer, GST_MAP_READ))
        return {};
    QImage image = converter.convert(mapped, tileSize(info, target));
    gst_video_frame_unmap(&mapped);
    return image;
}

// Brings a pipeline no one wants any more to NULL and lets go of it, on the calling thread.
void stopPipeline(GstElement *pipeline)
{
    if (!pipeline)
        return;
    gst_element_set_state(pipeline, GST_STATE_NULL);
    gst_object_unref(pipeline);
}
} // namespace

// What a pipeline's threads share with its stream: `owner` is cleared on teardown.
struct PlaybackRun
{
    QMutex mutex;
    PlaybackStream *owner = nullptr;
    bool pumpPosted = false;
    bool keyframesOnly = false;   // fixed at build
    GstClockTime passFromNs = 0;  // fixed at build: nothing before a keyframe at or after it decodes
    bool passing = false;         // streaming thread only: that keyframe came
    qint64 segmentStartUtcMs = 0; // fixed at build: the file's time 0
    PlaybackClock clock;          // under mutex: the shared clock as the stream last saw it
    quint64 lateDropped = 0;      // under mutex: keyframes dropped as too late (fast forward)
    QSize targetSize;             // under mutex: the tile's size
    // Keyframes only: every picture that reaches the sink is shown, so the streaming thread
    // converts it for the tile (as a live tile's does) and the GUI thread only takes it; 16 tiles
    // at 8x are 128 pictures a second, a few milliseconds each on the GUI thread before.
    media::FrameConverter converter; // streaming thread only
    struct Converted
    {
        GstClockTime pts = GST_CLOCK_TIME_NONE;
        QImage image;
    };
    std::deque<Converted> converted;                 // under mutex: the newest few, oldest first
    static constexpr std::size_t kConvertedKept = 6; // the sink's 2, the stream's next, and slack

    // Fast forward only: whether the clock is already past this keyframe by kLateKeyframeMs.
    bool isLate(GstClockTime pts)
    {
        if (!GST_CLOCK_TIME_IS_VALID(pts))
            return false;
        QMutexLocker lock(&mutex);
        if (clock.isPaused() || clock.speed() <= kTrickSpeedAbove)
            return false;
        const qint64 behindMs =
            clock.positionAt(monotonicMs()) - (segmentStartUtcMs + qint64(pts / GST_MSECOND));
        if (behindMs <= kLateKeyframeMs)
            return false;
        ++lateDropped;
        return true;
    }

    static GstFlowReturn newSample(GstAppSink *, gpointer data)
    {
        auto &self = gst::fromUserData<PlaybackRun>(data);
        QMutexLocker lock(&self.mutex);
        if (self.owner && !self.pumpPosted) {
            self.pumpPosted = true;
            PlaybackStream *stream = self.owner; // alive: teardown clears owner under this mutex first
            auto run = gst::fromUserData<PlaybackRun>(data).shared();
            QMetaObject::invokeMethod(
                stream,
                [stream, run] {
                    {
                        QMutexLocker l(&run->mutex);
                        run->pumpPosted = false;
                        if (!run->owner)
                            return;
                    }
                    stream->pump();
                },
                Qt::QueuedConnection);
        }
        return GST_FLOW_OK;
    }
    // Before the decoder: keyframes only (predicted pictures never reach it), or nothing before
    // the first keyframe at or after passFromNs (a seek into a file decodes from shortly before).
    static GstPadProbeReturn filterUnits(GstPad *, GstPadProbeInfo *info, gpointer data)
    {
        auto &self = gst::fromUserData<PlaybackRun>(data);
        GstBuffer *buffer = GST_PAD_PROBE_INFO_BUFFER(info);
        if (!buffer)
            return GST_PAD_PROBE_OK;
        const bool delta = GST_BUFFER_FLAG_IS_SET(buffer, GST_BUFFER_FLAG_DELTA_UNIT);
        if (self.keyframesOnly)
            return delta || self.isLate(GST_BUFFER_PTS(buffer)) ? GST_PAD_PROBE_DROP : GST_PAD_PROBE_OK;
        if (self.passing)
            return GST_PAD_PROBE_OK;
        const GstClockTime pts = GST_BUFFER_PTS(buffer);
        if (!delta && (!GST_CLOCK_TIME_IS_VALID(pts) || pts >= self.passFromNs)) {
            self.passing = true;
            return GST_PAD_PROBE_OK;
        }
        return GST_PAD_PROBE_DROP;
    }

    // Before the sink, keyframes-only runs: the picture converted at the tile's size.
    static GstPadProbeReturn convertPicture(GstPad *pad, GstPadProbeInfo *info, gpointer data)
    {
        auto &self = gst::fromUserData<PlaybackRun>(data);
        GstBuffer *buffer = GST_PAD_PROBE_INFO_BUFFER(info);
        if (!buffer || !GST_BUFFER_PTS_IS_VALID(buffer))
            return GST_PAD_PROBE_OK;
        gst::CapsPtr caps(gst_pad_get_current_caps(pad));
        GstVideoInfo videoInfo;
        if (!caps || !gst_video_info_from_caps(&videoInfo, caps.get()))
            return GST_PAD_PROBE_OK;
        QSize target;
        {
            QMutexLocker lock(&self.mutex);
            target = self.targetSize;
        }
        QImage image = convertForTile(self.converter, buffer, videoInfo, target);
        if (image.isNull())
            return GST_PAD_PROBE_OK;
        QMutexLocker lock(&self.mutex);
        self.converted.push_back({GST_BUFFER_PTS(buffer), std::move(image)});
        while (self.converted.size() > kConvertedKept)
            self.converted.pop_front();
        return GST_PAD_PROBE_OK;
    }
    // GUI thread: the picture of the buffer at `pts` converted at `size`, if it was; the older
    // ones go with it.
    QImage takeConverted(GstClockTime pts, QSize size)
    {
        QMutexLocker lock(&mutex);
        while (!converted.empty() && converted.front().pts <= pts) {
            Converted front = std::move(converted.front());
            converted.pop_front();
            if (front.pts == pts && front.image.size() == size)
                return std::move(front.image);
        }
        return {};
    }

    std::weak_ptr<PlaybackRun> self;
    std::shared_ptr<PlaybackRun> shared() { return self.lock(); }
};

// Shared by the stream (GUI thread) and the starter's job making the pipeline.
struct PlaybackStream::PendingPipeline
{
    QMutex mutex;
    QWaitCondition ready;
    bool done = false;      // under mutex: `made` is set (empty when the start failed)
    bool abandoned = false; // under mutex: the stream no longer wants it; the job disposes it
    Pipeline made;          // under mutex
    qint64 segmentId = 0;   // fixed
};

namespace {
void demuxPadAdded(GstElement *, GstPad *pad, gpointer parse)
{
    gst::CapsPtr caps(gst_pad_get_current_caps(pad));
    if (!caps)
        caps.reset(gst_pad_query_caps(pad, nullptr));
    if (!caps || gst_caps_is_empty(caps.get()))
        return;
    const gchar *name = gst_structure_get_name(gst_caps_get_structure(caps.get(), 0));
    if (!g_str_has_prefix(name, "video/"))
        return;
    gst::PadPtr sink(gst_element_get_static_pad(GST_ELEMENT(parse), "sink"));
    if (!gst_pad_is_linked(sink.get()))
        gst_pad_link(pad, sink.get());
}
} // namespace

PlaybackStream::PlaybackStream(QString cameraId, const PlaybackClock *clock, QObject *parent)
    : QObject(parent), m_cameraId(std::move(cameraId)), m_clock(clock)
{
    m_tick.setInterval(kTickMs);
    connect(&m_tick, &QTimer::timeout, this, &PlaybackStream::pump);
    m_due.setSingleShot(true);
    m_due.setTimerType(Qt::PreciseTimer);
    connect(&m_due, &QTimer::timeout, this, &PlaybackStream::pump);
}

PlaybackStream::~PlaybackStream()
{
    teardown();
}

void PlaybackStream::setTargetSize(QSize sizePx)
{
    m_targetSize = sizePx;
    for (const std::shared_ptr<PlaybackRun> &run : {m_run, m_ahead.run}) {
        if (!run)
            continue;
        QMutexLocker lock(&run->mutex);
        run->targetSize = sizePx; // pictures converted for the old size are converted again
    }
}

void PlaybackStream::setSegments(const QVector<ArchiveSegment> &segments)
{
    m_segments = segments;
}

VideoFrame PlaybackStream::latestFrame() const
{
    return m_state == State::NoFootage ? VideoFrame() : m_latest;
}

qint64 PlaybackStream::frameUtcMs() const
{
    return m_state == State::NoFootage || m_latest.isNull() ? -1 : m_shownUtcMs;
}

void PlaybackStream::setState(State state, const QString &message)
{
    if (m_state == state && m_errorMessage == message)
        return;
    m_state = state;
    m_errorMessage = message;
    Q_EMIT stateChanged();
}

void PlaybackStream::stop()
{
    teardown();
    m_tick.stop();
    m_due.stop();
    m_latest = {};
    m_shownUtcMs = -1;
    setState(State::Idle);
}

void PlaybackStream::sync(bool exact)
{
    m_exact = exact;
    const qint64 position = m_clock->positionAt(monotonicMs());
    const int speed = m_clock->speed();
    const SegmentSpot spot = SegmentLocator::at(m_segments, position, speed < 0 ? -1 : 1);
    m_tick.start();
    if (!spot.hasFootage()) {
        teardown();
        m_latest = {};
        m_shownUtcMs = -1;
        m_gapEndsUtcMs = spot.gapEndsUtcMs;
        setState(State::NoFootage);
        Q_EMIT frameAvailable(); // the picture goes away
        return;
    }
    m_gapEndsUtcMs = -1;
    const bool keyframesOnly =
        speed < 0 || std::abs(speed) > kTrickSpeedAbove || (!exact && m_clock->isPaused());
    const ArchiveSegment &segment = m_segments.at(spot.index);
    // A jump far ahead in the same file decodes from shortly before it, not everything between.
    const bool farAhead = m_frames > 0 && !keyframesOnly &&
                          spot.offsetMs - (m_shownUtcMs - m_segmentStartUtcMs) > kDecodeLeadMs;
    if (m_pendingAhead && m_pendingAhead->segmentId == segment.id && keyframesOnly)
        collectAhead(kAheadWaitMs); // almost always started already
    if (m_pipeline && segment.id != m_segmentId && keyframesOnly && m_ahead.pipeline &&
        m_ahead.segmentId == segment.id) {
        Pipeline ahead = std::exchange(m_ahead, {});
        teardown();
        adopt(std::move(ahead));
        ++m_aheadTaken;
    } else if (!m_pipeline || segment.id != m_segmentId || keyframesOnly != m_keyframesOnly || farAhead) {
        teardown();
        build(segment, keyframesOnly, spot.offsetMs);
        if (!m_pipeline)
            return;
    }
    if (m_state != State::Showing)
        setState(State::Loading);
    pump();
}

void PlaybackStream::build(const ArchiveSegment &segment, bool keyframesOnly, qint64 offsetMs)
{
    QString failure;
    Pipeline made = makePipeline(segment, keyframesOnly, offsetMs, *m_clock, m_targetSize, &failure);
    if (!made.pipeline) {
        setState(State::Failed, failure);
        return;
    }
    adopt(std::move(made));
}

void PlaybackStream::adopt(Pipeline made)
{
    if (made.run) {
        QMutexLocker lock(&made.run->mutex);
        made.run->owner = this;
    }
    m_run = std::move(made.run);
    m_sink = made.sink;
    m_pipeline = made.pipeline;
    m_segmentId = made.segmentId;
    m_segmentStartUtcMs = made.segmentStartUtcMs;
    m_keyframesOnly = made.keyframesOnly;
    m_nextUtcMs = -1;
    m_frames = 0;
    ++m_runs;
}

PlaybackStream::Pipeline PlaybackStream::makePipeline(const ArchiveSegment &segment, bool keyframesOnly,
                                                      qint64 offsetMs, const PlaybackClock &clock,
                                                      QSize targetSize, QString *failure)
{
    const bool http = segment.url.scheme().startsWith(QLatin1String("http"));
    const bool h265 = segment.codec == QLatin1String("h265");
    gst::ElementPtr pipeline(GST_ELEMENT(gst_object_ref_sink(gst_pipeline_new(nullptr))));
    gst::ElementPtr src = gst::makeElement(http ? "souphttpsrc" : "filesrc");
    gst::ElementPtr demux = gst::makeElement("qtdemux");
    gst::ElementPtr parse = gst::makeElement(h265 ? "h265parse" : "h264parse");
    gst::ElementPtr decode = gst::makeElement(h265 ? "avdec_h265" : "avdec_h264");
    gst::ElementPtr convert = gst::makeElement("videoconvert");
    gst::ElementPtr filter = gst::makeElement("capsfilter");
    gst::ElementPtr sink = gst::makeElement("appsink");
    if (!pipeline || !src || !demux || !parse || !decode || !convert || !filter || !sink) {
        *failure = tr("This PC lacks a GStreamer element needed to play footage.");
        return {};
    }
    if (http) {
        // From the fragment of the keyframe at or before the wanted time (the recorder cuts the
        // file there; an older recorder sends it whole), not the whole file again for each seek.
        QUrl url = segment.url;
        if (offsetMs > 0) {
            QUrlQuery query(url);
            query.removeAllQueryItems(QStringLiteral("fromMs"));
            query.addQueryItem(QStringLiteral("fromMs"), QString::number(offsetMs));
            url.setQuery(query);
        }
        g_object_set(src.get(), "location", url.toString(QUrl::FullyEncoded).toUtf8().constData(), "timeout",
                     10u, nullptr);
        if (!segment.authorization.isEmpty()) {
            GstStructure *headers = gst_structure_new("extra-headers", "Authorization", G_TYPE_STRING,
                                                      segment.authorization.constData(), nullptr);
            g_object_set(src.get(), "extra-headers", headers, nullptr);
            gst_structure_free(headers);
        }
    } else {
        g_object_set(src.get(), "location", segment.url.toLocalFile().toUtf8().constData(), nullptr);
    }
    {
        gst::CapsPtr caps(gst_caps_from_string(media::FrameConverter::inputFormatsCaps()));
        g_object_set(filter.get(), "caps", caps.get(), nullptr);
    }
    // The clock paces the pictures: the sink never waits, the pipeline decodes at most two
    // frames ahead of what the stream took.
    g_object_set(sink.get(), "max-buffers", 2u, "drop", FALSE, "sync", FALSE, "enable-last-sample", FALSE,
                 nullptr);
    GstBin *bin = GST_BIN(pipeline.get());
    for (GstElement *e :
         {src.get(), demux.get(), parse.get(), decode.get(), convert.get(), filter.get(), sink.get()})
        gst_bin_add(bin, e); // the bin takes its own reference
    if (!gst_element_link(src.get(), demux.get()) ||
        !gst_element_link_many(parse.get(), decode.get(), convert.get(), filter.get(), sink.get(), nullptr)) {
        *failure = tr("The footage cannot be played.");
        return {};
    }
    g_signal_connect(demux.get(), "pad-added", G_CALLBACK(&demuxPadAdded), parse.get());
    auto run = std::make_shared<PlaybackRun>();
    run->self = run;
    // From the keyframe at or before the wanted time where the file says which it is.
    const std::optional<qint64> keyframeNs = keyframesOnly || !segment.url.isLocalFile()
                                                 ? std::nullopt
                                                 : keyframeAtOrBeforeNs(segment.url.toLocalFile(), offsetMs);
    if (keyframeNs)
        run->passFromNs = GstClockTime(std::max<qint64>(0, *keyframeNs - kKeyframeSlackNs));
    else if (http)
        run->passFromNs = 0; // the recorder's answer starts at the right fragment (README)
    else
        run->passFromNs = GstClockTime(std::max<qint64>(0, offsetMs - kDecodeLeadMs)) * GST_MSECOND;
    {
        gst::PadPtr decodeSink(gst_element_get_static_pad(decode.get(), "sink"));
        gst_pad_add_probe(decodeSink.get(), GST_PAD_PROBE_TYPE_BUFFER, &PlaybackRun::filterUnits,
                          gst::newUserData(run), &gst::userDataNotify<PlaybackRun>);
    }
    run->keyframesOnly = keyframesOnly;
    run->segmentStartUtcMs = segment.startUtcMs;
    run->clock = clock;
    run->targetSize = targetSize;
    if (keyframesOnly) {
        gst::PadPtr sinkPad(gst_element_get_static_pad(sink.get(), "sink"));
        gst_pad_add_probe(sinkPad.get(), GST_PAD_PROBE_TYPE_BUFFER, &PlaybackRun::convertPicture,
                          gst::newUserData(run), &gst::userDataNotify<PlaybackRun>);
    }
    GstAppSinkCallbacks callbacks{};
    callbacks.new_sample = &PlaybackRun::newSample;
    gst_app_sink_set_callbacks(GST_APP_SINK(sink.get()), &callbacks, gst::newUserData(run),
                               &gst::userDataNotify<PlaybackRun>);

    if (gst_element_set_state(pipeline.get(), GST_STATE_PLAYING) == GST_STATE_CHANGE_FAILURE) {
        gst_element_set_state(pipeline.get(), GST_STATE_NULL);
        *failure = tr("The footage cannot be played.");
        return {};
    }
    Pipeline made;
    made.run = std::move(run);
    made.sink = sink.get();
    made.pipeline = pipeline.release();
    made.segmentId = segment.id;
    made.segmentStartUtcMs = segment.startUtcMs;
    made.keyframesOnly = keyframesOnly;
    return made;
}

void PlaybackStream::dispose(GstElement *pipeline, const std::shared_ptr<PlaybackRun> &run)
{
    if (run) {
        QMutexLocker lock(&run->mutex);
        run->owner = nullptr;
        m_lateSkippedBefore += run->lateDropped;
    }
    if (pipeline && m_reaper) {
        m_reaper->dispose(pipeline);
    } else {
        stopPipeline(pipeline);
    }
}

void PlaybackStream::dropAhead()
{
    if (const std::shared_ptr<PendingPipeline> pending = std::exchange(m_pendingAhead, nullptr)) {
        Pipeline made;
        {
            QMutexLocker lock(&pending->mutex);
            pending->abandoned = true;
            made = std::exchange(pending->made, {});
        }
        dispose(made.pipeline, made.run); // nothing when the job has not finished: it disposes it
    }
    dispose(std::exchange(m_ahead.pipeline, nullptr), m_ahead.run);
    m_ahead = {};
}

void PlaybackStream::collectAhead(int waitMs)
{
    if (!m_pendingAhead)
        return;
    Pipeline made;
    {
        QMutexLocker lock(&m_pendingAhead->mutex);
        if (!m_pendingAhead->done && waitMs > 0)
            m_pendingAhead->ready.wait(&m_pendingAhead->mutex, QDeadlineTimer(waitMs));
        if (!m_pendingAhead->done)
            return;
        made = std::exchange(m_pendingAhead->made, {});
    }
    m_pendingAhead.reset();
    dispose(std::exchange(m_ahead.pipeline, nullptr), m_ahead.run);
    m_ahead = std::move(made); // empty when its start failed: the stream starts it again there
}

void PlaybackStream::prepareAhead(const SegmentSpot &spot, qint64 positionUtcMs)
{
    // Fast forward on keyframes only: the next file's pipeline starts while this one still plays,
    // so that a tile crossing into it shows its first keyframe at once (a pipeline takes a few
    // hundred milliseconds to start, seconds of footage at 8x).
    const int speed = m_clock->speed();
    if (!m_keyframesOnly || speed <= kTrickSpeedAbove || m_clock->isPaused() || spot.index < 0 ||
        spot.index + 1 >= m_segments.size())
        return;
    collectAhead(0);
    const ArchiveSegment &current = m_segments.at(spot.index);
    const ArchiveSegment &next = m_segments.at(spot.index + 1);
    if ((m_ahead.pipeline && m_ahead.segmentId == next.id) ||
        (m_pendingAhead && m_pendingAhead->segmentId == next.id) || next.startUtcMs - current.endUtcMs > 1000)
        return; // prepared (or being prepared) already, or a gap comes first
    // Tiles whose files end together (one recorder cuts them alike) start their next pipelines at
    // different ticks, not all in one: each start costs the GUI thread a few milliseconds.
    const qint64 aheadWallMs = kPrepareAheadWallMs + qint64(qHash(m_cameraId) % 8) * 50;
    if (current.endUtcMs - positionUtcMs > qint64(speed) * aheadWallMs)
        return;
    dropAhead();
    if (!m_starter) {
        QString failure;
        m_ahead = makePipeline(next, true, 0, *m_clock, m_targetSize, &failure); // a failure shows later
        return;
    }
    auto pending = std::make_shared<PendingPipeline>();
    pending->segmentId = next.id;
    m_pendingAhead = pending;
    m_starter->start([pending, next, clock = *m_clock, size = m_targetSize] {
        QString failure;
        Pipeline made = makePipeline(next, true, 0, clock, size, &failure);
        QMutexLocker lock(&pending->mutex);
        if (pending->abandoned) {
            lock.unlock();
            stopPipeline(made.pipeline);
            return;
        }
        pending->made = std::move(made);
        pending->done = true;
        pending->ready.wakeAll();
    });
}

quint64 PlaybackStream::lateKeyframesSkipped() const
{
    if (!m_run)
        return m_lateSkippedBefore;
    QMutexLocker lock(&m_run->mutex);
    return m_lateSkippedBefore + m_run->lateDropped;
}

void PlaybackStream::teardown()
{
    dropAhead();
    if (m_next)
        gst_sample_unref(std::exchange(m_next, nullptr));
    m_nextUtcMs = -1;
    dispose(std::exchange(m_pipeline, nullptr), m_run);
    m_sink = nullptr;
    m_run.reset();
    m_segmentId = 0;
    m_frames = 0;
}

qint64 PlaybackStream::sampleUtcMs(GstSample *sample) const
{
    GstBuffer *buffer = gst_sample_get_buffer(sample);
    const GstSegment *segment = gst_sample_get_segment(sample);
    if (!buffer || !segment || !GST_BUFFER_PTS_IS_VALID(buffer))
        return m_segmentStartUtcMs;
    const guint64 streamTime = gst_segment_to_stream_time(segment, GST_FORMAT_TIME, GST_BUFFER_PTS(buffer));
    return m_segmentStartUtcMs + (GST_CLOCK_TIME_IS_VALID(streamTime) ? qint64(streamTime / GST_MSECOND) : 0);
}

void PlaybackStream::show(GstSample *sample)
{
    GstBuffer *buffer = gst_sample_get_buffer(sample);
    GstCaps *caps = gst_sample_get_caps(sample);
    GstVideoInfo info;
    if (!buffer || !caps || !gst_video_info_from_caps(&info, caps))
        return;
    VideoFrame frame;
    if (m_keyframesOnly && m_run) // converted on the streaming thread already
        frame.image = m_run->takeConverted(GST_BUFFER_PTS(buffer), tileSize(info, m_targetSize));
    if (frame.image.isNull())
        frame.image = convertForTile(m_converter, buffer, info, m_targetSize);
    if (frame.image.isNull())
        return;
    frame.sequence = ++m_frames;
    m_latest = std::move(frame);
    m_shownUtcMs = sampleUtcMs(sample);
    setState(State::Showing);
    Q_EMIT frameAvailable();
}

bool PlaybackStream::popBus()
{
    gst::BusPtr bus(gst_element_get_bus(m_pipeline));
    while (GstMessage *raw = gst_bus_pop_filtered(bus.get(), GST_MESSAGE_ERROR)) {
        gst::MessagePtr message(raw);
        GError *error = nullptr;
        gchar *debug = nullptr;
        gst_message_parse_error(raw, &error, &debug);
        gst::ErrorPtr e(error);
        gst::CharPtr d(debug);
        qCWarning(lcMedia) << "playback of" << m_cameraId << "failed:" << (e ? e->message : "")
                           << (d ? d.get() : "");
        QString text = tr("The footage cannot be played.");
        if (e && e->domain == GST_RESOURCE_ERROR) {
            if (e->code == GST_RESOURCE_ERROR_NOT_AUTHORIZED)
                text = tr("The recorder refused the password.");
            else if (e->code == GST_RESOURCE_ERROR_OPEN_READ || e->code == GST_RESOURCE_ERROR_READ ||
                     e->code == GST_RESOURCE_ERROR_NOT_FOUND)
                text = tr("The footage cannot be reached.");
        }
        teardown();
        m_latest = {};
        m_shownUtcMs = -1;
        m_tick.stop();
        setState(State::Failed, text);
        Q_EMIT frameAvailable();
        return false;
    }
    return true;
}

bool PlaybackStream::pullNext()
{
    if (m_next)
        return true;
    if (!m_sink)
        return false;
    m_next = gst_app_sink_try_pull_sample(GST_APP_SINK(m_sink), 0);
    if (!m_next)
        return false;
    const qint64 utc = sampleUtcMs(m_next);
    if (!m_keyframesOnly && m_nextUtcMs >= 0 && utc > m_nextUtcMs && utc - m_nextUtcMs < 1000)
        m_frameDurationMs = utc - m_nextUtcMs;
    m_nextUtcMs = utc;
    return true;
}

bool PlaybackStream::showsClockPosition() const
{
    if (m_frames == 0 || !m_sink) // nothing of the current run shown yet
        return false;
    if (m_next)
        return m_nextUtcMs > m_clock->positionAt(monotonicMs());
    return gst_app_sink_is_eos(GST_APP_SINK(m_sink));
}

qint64 PlaybackStream::stepTargetUtcMs(int direction)
{
    const qint64 shown = frameUtcMs();
    if (shown < 0)
        return -1;
    if (direction < 0)
        return shown - 1; // inside the previous frame
    if (!m_keyframesOnly && m_frames > 0) {
        // The decoder runs a frame or two ahead of what is shown: wait briefly for it.
        for (int i = 0; i < 50 && !pullNext(); ++i)
            g_usleep(2000);
        if (m_next && m_nextUtcMs > shown)
            return m_nextUtcMs;
    }
    return shown + m_frameDurationMs;
}

void PlaybackStream::pump()
{
    for (const std::shared_ptr<PlaybackRun> &run : {m_run, m_ahead.run}) {
        if (!run)
            continue;
        QMutexLocker lock(&run->mutex);
        run->clock = *m_clock; // the streaming thread judges late keyframes by it
    }
    const qint64 position = m_clock->positionAt(monotonicMs());
    const int direction = m_clock->speed() < 0 ? -1 : 1;
    if (m_state == State::NoFootage) {
        // Joins again when the clock reaches footage.
        if (SegmentLocator::at(m_segments, position, direction).hasFootage())
            sync(m_exact);
        return;
    }
    if (!m_pipeline || !popBus())
        return;
    const SegmentSpot spot = SegmentLocator::at(m_segments, position, direction);
    if (!spot.hasFootage() || m_segments.at(spot.index).id != m_segmentId) {
        sync(m_exact); // the clock left this segment: the next one, or a gap
        return;
    }
    prepareAhead(spot, position);
    if (m_frames > 0 && m_shownUtcMs > position) {
        // The clock is before the picture (backwards, or a seek back): decode the file again.
        teardown();
        build(m_segments.at(spot.index), m_keyframesOnly, spot.offsetMs);
        return;
    }
    // Take every frame the clock has reached; show the newest of them.
    gst::SamplePtr due;
    while (true) {
        if (!pullNext())
            break;
        const bool firstOfRun = m_frames == 0 && !due;
        if (m_nextUtcMs <= position || (firstOfRun && m_nextUtcMs - position < kFirstFrameSlackMs &&
                                        direction > 0 && spot.offsetMs < kFirstFrameSlackMs)) {
            due.reset(std::exchange(m_next, nullptr));
            continue;
        }
        break;
    }
    if (due)
        show(due.get());
    // The next picture is decoded and waits for the clock: show it when it is due rather than at
    // the next tick (at 8x a 15 ms tick is 120 ms of footage late).
    const int speed = m_clock->speed();
    if (m_next && speed > 0 && !m_clock->isPaused()) {
        const qint64 inMs = (m_nextUtcMs - position) / speed;
        if (inMs >= 0 && inMs < kTickMs)
            m_due.start(int(inMs));
    }
}

} // namespace pantau::playback
