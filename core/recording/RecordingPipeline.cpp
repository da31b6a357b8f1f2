#include "core/recording/RecordingPipeline.h"

#include "core/Log.h"
#include "core/media/GstPtr.h"
#include "core/media/GstUserData.h"
#include "core/media/PipelineReaper.h"
#include "core/recording/RandomAccessIndex.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QMutexLocker>

#include <gst/rtsp/gstrtsptransport.h>

#include <optional>

#include <atomic>

namespace pantau::recording {

namespace {
std::atomic<int> g_liveRuns{0};
constexpr int kTickMs = 1000;

qint64 monotonicMs()
{
    return g_get_monotonic_time() / 1000;
}

// Wall-clock UTC of a running time of `element`'s pipeline: the monotonic pipeline clock is
// mapped to UTC now, so the result is as exact as the clock and a clock step only moves segments
// that open or close after it.
qint64 utcOfRunningTime(GstElement *element, GstClockTime runningTime)
{
    const qint64 nowUtcMs = QDateTime::currentMSecsSinceEpoch();
    gst::ObjectPtr<GstClock> clock(gst_element_get_clock(element));
    if (!clock || !GST_CLOCK_TIME_IS_VALID(runningTime))
        return nowUtcMs;
    const GstClockTime now = gst_clock_get_time(clock.get());
    const GstClockTime at = gst_element_get_base_time(element) + runningTime;
    const qint64 agoNs = qint64(now) - qint64(at);
    return nowUtcMs - agoNs / 1000000;
}

// The camera's own time of a frame: the NTP time its RTCP sender reports give it (rtspsrc's
// add-reference-timestamp-meta), carried through the depayloader and the parser.
std::optional<qint64> senderUtcMsOf(GstBuffer *buffer)
{
    static GstStaticCaps ntp = GST_STATIC_CAPS("timestamp/x-ntp");
    gst::CapsPtr caps(gst_static_caps_get(&ntp));
    const GstReferenceTimestampMeta *meta = gst_buffer_get_reference_timestamp_meta(buffer, caps.get());
    if (!meta || !GST_CLOCK_TIME_IS_VALID(meta->timestamp))
        return std::nullopt;
    return ntpNanosecondsToUtcMs(meta->timestamp);
}
// A segment the muxer finalised: its random-access index goes (RandomAccessIndex says why).
void dropRandomAccessIndex(const QString &path)
{
    QString error;
    if (!RandomAccessIndex::drop(path, &error) && !error.isEmpty())
        qCWarning(lcRecording) << "cannot take the seek index off" << path << ":" << error;
}
} // namespace

// What the streaming threads share with the owner's thread for one run of the pipeline.
struct RecordingPipeline::Shared
{
    Shared() { ++g_liveRuns; }
    ~Shared() { --g_liveRuns; }
    Shared(const Shared &) = delete;
    Shared &operator=(const Shared &) = delete;

    QMutex mutex;
    RecordingPipeline *owner = nullptr; // null once detached
    quint64 run = 0;
    PathForStart pathForStart; // set before start, read-only afterwards
    QString archiveRoot;       // likewise; empty: every folder of a path may be made
    struct Opened
    {
        qint64 startUtcMs = 0;
        qint64 clockOffsetMs = 0; // start minus arrival: the end is shifted alike
        SegmentTimeSource timeSource = SegmentTimeSource::Arrival;
    };
    QHash<QString, Opened> openedByPath; // segment file -> its start
    SegmentClock clock;
    QString codec;
    QSize resolution;
    bool linked = false;                    // the camera's video reached the muxer
    std::atomic<bool> streamChanged{false}; // new resolution: nothing more for this run's muxer
    std::atomic<qint64> lastDataMs{0};      // monotonic ms of the newest buffer
    std::atomic<qint64> lastDataUtcMs{0};   // and its wall-clock time
    std::atomic<qint64> bytesIn{0};         // payload bytes that reached the muxer
    std::atomic<bool> firstDataPosted{false};

    void detach()
    {
        QMutexLocker lock(&mutex);
        owner = nullptr;
    }
};

struct RecordingPipeline::Callbacks
{
    // Streaming thread (rtspsrc): record the video stream only.
    static gboolean selectStream(GstElement *, guint, GstCaps *caps, gpointer)
    {
        const GstStructure *st = gst_caps_get_structure(caps, 0);
        const gchar *media = gst_structure_get_string(st, "media");
        return media && g_str_equal(media, "video");
    }

    // Streaming thread (rtspsrc): the camera's video pad appeared; plug the depayloader and the
    // parser for its codec and link them to the muxer's video pad.
    static void rtspPadAdded(GstElement *src, GstPad *pad, gpointer user)
    {
        Shared &s = gst::fromUserData<RecordingPipeline::Shared>(user);
        gst::CapsPtr caps(gst_pad_get_current_caps(pad));
        if (!caps)
            caps.reset(gst_pad_query_caps(pad, nullptr));
        const GstStructure *st = caps ? gst_caps_get_structure(caps.get(), 0) : nullptr;
        const gchar *encoding = st ? gst_structure_get_string(st, "encoding-name") : nullptr;
        const char *depayName = nullptr, *parseName = nullptr;
        QString codec;
        if (encoding && g_ascii_strcasecmp(encoding, "H264") == 0) {
            depayName = "rtph264depay";
            parseName = "h264parse";
            codec = QStringLiteral("h264");
        } else if (encoding &&
                   (g_ascii_strcasecmp(encoding, "H265") == 0 || g_ascii_strcasecmp(encoding, "HEVC") == 0)) {
            depayName = "rtph265depay";
            parseName = "h265parse";
            codec = QStringLiteral("h265");
        }
        GstElement *pipeline = GST_ELEMENT(gst_element_get_parent(src));
        gst::ElementPtr pipelineRef(pipeline);
        {
            QMutexLocker lock(&s.mutex);
            if (s.linked || !pipeline)
                return; // one video stream per recording
            if (!depayName) {
                const QString what = QString::fromUtf8(encoding ? encoding : "?");
                lock.unlock();
                GST_ELEMENT_ERROR(src, STREAM, CODEC_NOT_FOUND, ("unsupported codec %s", qPrintable(what)),
                                  (nullptr));
                return;
            }
            s.linked = true;
            s.codec = codec;
        }
        gst::ElementPtr depay = gst::makeElement(depayName);
        gst::ElementPtr parse = gst::makeElement(parseName);
        gst::ElementPtr mux(gst_bin_get_by_name(GST_BIN(pipeline), "mux"));
        if (!depay || !parse || !mux) {
            GST_ELEMENT_ERROR(src, CORE, MISSING_PLUGIN, ("missing %s or %s", depayName, parseName),
                              (nullptr));
            return;
        }
        // Parameter sets (SPS/PPS/VPS) before every keyframe: each segment decodes on its own.
        g_object_set(parse.get(), "config-interval", -1, nullptr);
        if (g_object_class_find_property(G_OBJECT_GET_CLASS(depay.get()), "wait-for-keyframe"))
            g_object_set(depay.get(), "wait-for-keyframe", TRUE, nullptr);
        GstElement *d = depay.get(), *p = parse.get();
        gst_bin_add_many(GST_BIN(pipeline), d, p, nullptr); // the bin takes its own references
        gst::PadPtr parseSrc(gst_element_get_static_pad(p, "src"));
        gst_pad_add_probe(
            parseSrc.get(), GstPadProbeType(GST_PAD_PROBE_TYPE_BUFFER | GST_PAD_PROBE_TYPE_EVENT_DOWNSTREAM),
            &Callbacks::dataProbe, gst::newUserData(*static_cast<std::shared_ptr<Shared> *>(user)),
            &gst::userDataNotify<RecordingPipeline::Shared>);
        gst::PadPtr muxPad(gst_element_request_pad_simple(mux.get(), "video"));
        gst::PadPtr depaySink(gst_element_get_static_pad(d, "sink"));
        const bool ok = gst_element_link(d, p) && muxPad && [&] {
            gst::PadPtr src(gst_element_get_static_pad(p, "src"));
            return gst_pad_link(src.get(), muxPad.get()) == GST_PAD_LINK_OK;
        }() && gst_pad_link(pad, depaySink.get()) == GST_PAD_LINK_OK;
        gst_element_sync_state_with_parent(p);
        gst_element_sync_state_with_parent(d);
        if (!ok)
            GST_ELEMENT_ERROR(src, CORE, NEGOTIATION, ("could not link the recording elements"), (nullptr));
    }

    // Streaming thread: note the stream's caps (codec, size) and every buffer's arrival.
    static GstPadProbeReturn dataProbe(GstPad *, GstPadProbeInfo *info, gpointer user)
    {
        Shared &s = gst::fromUserData<RecordingPipeline::Shared>(user);
        if (info->type & GST_PAD_PROBE_TYPE_BUFFER) {
            if (s.streamChanged)
                return GST_PAD_PROBE_DROP; // the next run records it, in a file of its own
            GstBuffer *buffer = GST_PAD_PROBE_INFO_BUFFER(info);
            // Untimed data would stop mp4mux ("Buffer has no PTS") and the recording with it.
            if (!GST_BUFFER_PTS_IS_VALID(buffer)) {
                if (!GST_BUFFER_DTS_IS_VALID(buffer))
                    return GST_PAD_PROBE_DROP;
                buffer = gst_buffer_make_writable(buffer);
                GST_BUFFER_PTS(buffer) = GST_BUFFER_DTS(buffer);
                GST_PAD_PROBE_INFO_DATA(info) = buffer;
            }
            s.bytesIn += qint64(gst_buffer_get_size(buffer));
            s.lastDataMs = monotonicMs();
            s.lastDataUtcMs = QDateTime::currentMSecsSinceEpoch();
            if (!s.firstDataPosted.exchange(true)) {
                QMutexLocker lock(&s.mutex);
                if (s.owner)
                    QMetaObject::invokeMethod(
                        s.owner,
                        [o = s.owner, run = s.run] {
                            if (o->m_shared && o->m_shared->run == run &&
                                o->m_status.state == RecordingState::Connecting) {
                                o->m_failures = 0;
                                o->setStatus({RecordingState::Recording, {}, -1});
                            }
                        },
                        Qt::QueuedConnection);
            }
        } else if (GstEvent *event = GST_PAD_PROBE_INFO_EVENT(info);
                   event && GST_EVENT_TYPE(event) == GST_EVENT_CAPS) {
            GstCaps *caps = nullptr;
            gst_event_parse_caps(event, &caps);
            const GstStructure *st = caps ? gst_caps_get_structure(caps, 0) : nullptr;
            int w = 0, h = 0;
            if (st && gst_structure_get_int(st, "width", &w) && gst_structure_get_int(st, "height", &h)) {
                QMutexLocker lock(&s.mutex);
                // A new resolution once data flowed: the muxer cannot take it mid-file (mp4mux
                // would spoil the file). The run ends its file cleanly and the next one records
                // the new stream in a new segment.
                if (s.firstDataPosted && s.resolution.isValid() && s.resolution != QSize(w, h)) {
                    if (!s.streamChanged.exchange(true) && s.owner)
                        QMetaObject::invokeMethod(
                            s.owner,
                            [o = s.owner, run = s.run, from = s.resolution, to = QSize(w, h)] {
                                o->onStreamChanged(run, from, to);
                            },
                            Qt::QueuedConnection);
                    return GST_PAD_PROBE_DROP;
                }
                if (!s.streamChanged)
                    s.resolution = QSize(w, h);
            }
        }
        return GST_PAD_PROBE_OK;
    }

    // Streaming thread (splitmuxsink): the file for the segment that starts with `first`.
    static gchar *formatLocation(GstElement *splitmux, guint, GstSample *first, gpointer user)
    {
        Shared &s = gst::fromUserData<RecordingPipeline::Shared>(user);
        GstClockTime runningTime = GST_CLOCK_TIME_NONE;
        if (GstBuffer *b = first ? gst_sample_get_buffer(first) : nullptr) {
            const GstSegment *segment = gst_sample_get_segment(first);
            const GstClockTime ts = GST_BUFFER_DTS_OR_PTS(b);
            if (segment && GST_CLOCK_TIME_IS_VALID(ts))
                runningTime = gst_segment_to_running_time(segment, GST_FORMAT_TIME, ts);
        }
        GstBuffer *firstBuffer = first ? gst_sample_get_buffer(first) : nullptr;
        const std::optional<qint64> senderUtcMs =
            firstBuffer ? senderUtcMsOf(firstBuffer) : std::optional<qint64>();
        const qint64 arrivalUtcMs = utcOfRunningTime(splitmux, runningTime);
        SegmentStart start;
        {
            QMutexLocker lock(&s.mutex);
            start = s.clock.next(arrivalUtcMs, senderUtcMs);
        }
        const QString path = s.pathForStart(start.startUtcMs);
        // Folders below the archive root are made as needed, never the root itself: a disk that
        // is not mounted must not fill the disk under its mount point. A failure shows as the
        // sink's write error.
        if (s.archiveRoot.isEmpty() || QFileInfo(s.archiveRoot).isDir())
            QDir().mkpath(QFileInfo(path).absolutePath());
        {
            QMutexLocker lock(&s.mutex);
            s.openedByPath.insert(path, {start.startUtcMs, start.startUtcMs - arrivalUtcMs, start.source});
        }
        return g_strdup(path.toUtf8().constData());
    }

    // Streaming or owner thread (splitmuxsink made its file sink): write each fragment through to
    // the kernel at once. filesink's default 64 KiB stdio buffer would keep seconds of a quiet
    // camera's footage in the process, lost with it when it is killed.
    static void sinkAdded(GstElement *, GstElement *sink, gpointer)
    {
        if (g_object_class_find_property(G_OBJECT_GET_CLASS(sink), "buffer-mode"))
            gst_util_set_object_arg(G_OBJECT(sink), "buffer-mode", "unbuffered");
        if (g_object_class_find_property(G_OBJECT_GET_CLASS(sink), "enable-last-sample"))
            g_object_set(sink, "enable-last-sample", FALSE, nullptr);
    }

    // Any thread: errors, end of stream and the muxer's segment messages go to the owner.
    static GstBusSyncReply busSync(GstBus *, GstMessage *msg, gpointer user)
    {
        Shared &s = gst::fromUserData<RecordingPipeline::Shared>(user);
        switch (GST_MESSAGE_TYPE(msg)) {
        case GST_MESSAGE_ERROR: {
            GError *err = nullptr;
            gchar *dbg = nullptr;
            gst_message_parse_error(msg, &err, &dbg);
            const gst::ErrorPtr error(err);
            const gst::CharPtr debug(dbg);
            qCDebug(lcRecording) << "bus error from" << GST_OBJECT_NAME(GST_MESSAGE_SRC(msg)) << err->message
                                 << (debug ? debug.get() : "");
            FailureKind kind = FailureKind::CameraUnreachable;
            if (err->domain == GST_RESOURCE_ERROR && err->code == GST_RESOURCE_ERROR_NOT_AUTHORIZED)
                kind = FailureKind::AuthRefused;
            else if (err->domain == GST_RESOURCE_ERROR &&
                     (err->code == GST_RESOURCE_ERROR_OPEN_WRITE || err->code == GST_RESOURCE_ERROR_WRITE ||
                      err->code == GST_RESOURCE_ERROR_NO_SPACE_LEFT ||
                      err->code == GST_RESOURCE_ERROR_CLOSE || err->code == GST_RESOURCE_ERROR_SYNC))
                kind = FailureKind::WriteFailed;
            else if ((err->domain == GST_CORE_ERROR && err->code == GST_CORE_ERROR_MISSING_PLUGIN) ||
                     (err->domain == GST_STREAM_ERROR && (err->code == GST_STREAM_ERROR_CODEC_NOT_FOUND ||
                                                          err->code == GST_STREAM_ERROR_WRONG_TYPE)))
                kind = FailureKind::Unrecordable;
            const QString message = QString::fromUtf8(err->message);
            QMutexLocker lock(&s.mutex);
            if (s.owner)
                QMetaObject::invokeMethod(
                    s.owner,
                    [o = s.owner, run = s.run, kind, message] { o->onBusError(run, int(kind), 0, message); },
                    Qt::QueuedConnection);
            break;
        }
        case GST_MESSAGE_EOS: {
            QMutexLocker lock(&s.mutex);
            if (s.owner)
                QMetaObject::invokeMethod(
                    s.owner, [o = s.owner, run = s.run] { o->onEndOfStream(run); }, Qt::QueuedConnection);
            break;
        }
        case GST_MESSAGE_ELEMENT: {
            const GstStructure *st = gst_message_get_structure(msg);
            const bool opened = st && gst_structure_has_name(st, "splitmuxsink-fragment-opened");
            const bool closed = st && gst_structure_has_name(st, "splitmuxsink-fragment-closed");
            if (!opened && !closed)
                break;
            const QString path = QString::fromUtf8(gst_structure_get_string(st, "location"));
            GstClockTime runningTime = GST_CLOCK_TIME_NONE;
            gst_structure_get_clock_time(st, "running-time", &runningTime);
            GstElement *element = GST_ELEMENT(GST_MESSAGE_SRC(msg));
            QMutexLocker lock(&s.mutex);
            if (!s.owner)
                break;
            if (opened) {
                const Shared::Opened at = s.openedByPath.value(
                    path, {utcOfRunningTime(element, runningTime), 0, SegmentTimeSource::Arrival});
                QMetaObject::invokeMethod(
                    s.owner,
                    [o = s.owner, run = s.run, path, at] {
                        o->onSegmentOpened(run, path, at.startUtcMs, at.clockOffsetMs, at.timeSource);
                    },
                    Qt::QueuedConnection);
            } else {
                const Shared::Opened at = s.openedByPath.take(path);
                const qint64 endUtcMs = utcOfRunningTime(element, runningTime) + at.clockOffsetMs;
                QMetaObject::invokeMethod(
                    s.owner,
                    [o = s.owner, run = s.run, path, endUtcMs] { o->onSegmentClosed(run, path, endUtcMs); },
                    Qt::QueuedConnection);
            }
            break;
        }
        default:
            break;
        }
        gst_message_unref(msg); // a sync handler that drops a message owns it
        return GST_BUS_DROP;
    }
};

RecordingPipeline::RecordingPipeline(RecordingSource source, PathForStart pathForStart,
                                     PipelineReaper *reaper, QObject *parent)
    : QObject(parent), m_source(std::move(source)), m_pathForStart(std::move(pathForStart)), m_reaper(reaper)
{
    m_tick.setInterval(kTickMs);
    connect(&m_tick, &QTimer::timeout, this, &RecordingPipeline::tick);
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &RecordingPipeline::build);
    m_stopBound.setSingleShot(true);
    connect(&m_stopBound, &QTimer::timeout, this, [this] {
        if (std::exchange(m_restarting, false) && !m_stopping) { // the old file is kept as written
            m_continuing = m_status.state == RecordingState::Recording;
            build();
            return;
        }
        qCWarning(lcRecording) << m_source.cameraId
                               << "did not finish its segment in time; it is kept as written";
        teardown(true);
        setStatus({RecordingState::Stopped, {}, -1});
        Q_EMIT finished();
    });
}

RecordingPipeline::~RecordingPipeline()
{
    m_wanted = false;
    teardown(true);
}

int RecordingPipeline::liveRuns()
{
    return g_liveRuns.load();
}

qint64 RecordingPipeline::bytesWritten() const
{
    return m_bytesBefore + (m_shared ? m_shared->bytesIn.load() : 0);
}

void RecordingPipeline::setArchiveRoot(const QString &root)
{
    m_archiveRoot = root;
}

void RecordingPipeline::start()
{
    if (m_wanted && !m_stopping)
        return;
    m_wanted = true;
    m_stopping = false;
    m_failures = 0;
    m_tick.start();
    build();
}

void RecordingPipeline::stop(int boundMs)
{
    m_wanted = false;
    m_retryTimer.stop();
    if (!m_pipeline) {
        m_tick.stop();
        setStatus({RecordingState::Stopped, {}, -1});
        Q_EMIT finished();
        return;
    }
    if (m_stopping)
        return;
    m_stopping = true;
    // EOS makes splitmuxsink finalise the open file; onEndOfStream() tears down.
    gst_element_send_event(m_pipeline, gst_event_new_eos());
    m_stopBound.start(boundMs);
}

void RecordingPipeline::build()
{
    const bool continuing = std::exchange(m_continuing, false);
    teardown(true);
    for (const QString &path : std::exchange(m_unopenedPaths, {}))
        if (QFileInfo::exists(path) && QFileInfo(path).size() == 0)
            QFile::remove(path);
    if (!m_wanted)
        return;
    const QUrl &url = m_source.url;
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || !(scheme == QLatin1String("rtsp") || scheme == QLatin1String("rtsps") ||
                            scheme == QLatin1String("rtspt"))) {
        failAndRetry(RecordingState::Error,
                     tr("Only RTSP streams can be recorded, not \"%1\".")
                         .arg(url.toDisplayString(QUrl::RemoveUserInfo)),
                     decideRetry(FailureKind::Unrecordable, m_failures).delayMs);
        return;
    }

    auto shared = std::make_shared<Shared>();
    shared->owner = this;
    shared->run = ++m_runs;
    shared->pathForStart = m_pathForStart;
    shared->archiveRoot = m_archiveRoot;
    shared->clock = SegmentClock(m_lastStartUtcMs);

    gst::ElementPtr pipeline(gst_pipeline_new(nullptr));
    gst_object_ref_sink(pipeline.get());
    gst::ElementPtr src = gst::makeElement("rtspsrc");
    gst::ElementPtr mux = gst::makeElement("splitmuxsink", "mux");
    gst::ElementPtr muxer = gst::makeElement("mp4mux");
    if (!src || !mux || !muxer) {
        failAndRetry(
            RecordingState::Error,
            tr("A GStreamer element needed for recording is missing (rtspsrc, splitmuxsink or mp4mux)."),
            decideRetry(FailureKind::Unrecordable, m_failures).delayMs);
        return;
    }
    const QString user = m_source.username.isEmpty() ? url.userName() : m_source.username;
    const QString pass = m_source.username.isEmpty() ? url.password() : m_source.password;
    const QByteArray location = url.adjusted(QUrl::RemoveUserInfo).toString(QUrl::FullyEncoded).toUtf8();
    g_object_set(src.get(), "location", location.constData(), "protocols", guint(GST_RTSP_LOWER_TRANS_TCP),
                 "latency", 200u, "tcp-timeout", guint64(m_source.connectTimeoutMs) * 1000, nullptr);
    // The camera's time of every frame, from its RTCP sender reports (GStreamer 1.22 and later).
    if (g_object_class_find_property(G_OBJECT_GET_CLASS(src.get()), "add-reference-timestamp-meta"))
        g_object_set(src.get(), "add-reference-timestamp-meta", TRUE, nullptr);
    if (!user.isEmpty())
        g_object_set(src.get(), "user-id", user.toUtf8().constData(), "user-pw", pass.toUtf8().constData(),
                     nullptr);
    // Fragments of about a second: a file cut by a crash plays up to its last fragment.
    g_object_set(muxer.get(), "fragment-duration", guint(std::max(100, m_source.fragmentMs)), "streamable",
                 TRUE, nullptr);
    // splitmuxsink takes its own reference on the muxer; ours goes with `muxer`.
    g_object_set(mux.get(), "muxer", muxer.get(), "max-size-time",
                 guint64(std::max(2, m_source.segmentSeconds)) * GST_SECOND, "send-keyframe-requests", TRUE,
                 nullptr);
    g_signal_connect(src.get(), "select-stream", G_CALLBACK(&Callbacks::selectStream), nullptr);
    g_signal_connect_data(src.get(), "pad-added", G_CALLBACK(&Callbacks::rtspPadAdded),
                          gst::newUserData(shared), &gst::userDataClosureNotify<RecordingPipeline::Shared>,
                          GConnectFlags(0));
    g_signal_connect(mux.get(), "sink-added", G_CALLBACK(&Callbacks::sinkAdded), nullptr);
    g_signal_connect_data(mux.get(), "format-location-full", G_CALLBACK(&Callbacks::formatLocation),
                          gst::newUserData(shared), &gst::userDataClosureNotify<RecordingPipeline::Shared>,
                          GConnectFlags(0));
    gst_bin_add_many(GST_BIN(pipeline.get()), src.get(), mux.get(),
                     nullptr); // the bin takes its own references
    {
        gst::BusPtr bus(gst_element_get_bus(pipeline.get()));
        gst_bus_set_sync_handler(bus.get(), &Callbacks::busSync, gst::newUserData(shared),
                                 &gst::userDataNotify<RecordingPipeline::Shared>);
    }

    m_shared = shared;
    m_pipeline = pipeline.release();
    // A run that follows a stream change goes on recording: its status stays as it is.
    if (!continuing)
        setStatus({RecordingState::Connecting, {}, -1});
    m_shared->lastDataMs = monotonicMs(); // the connect timeout counts from here
    qCDebug(lcRecording) << m_source.cameraId << "recording" << url.toDisplayString(QUrl::RemoveUserInfo);
    if (gst_element_set_state(m_pipeline, GST_STATE_PLAYING) == GST_STATE_CHANGE_FAILURE)
        failAndRetry(RecordingState::Waiting, tr("The recording could not be started."),
                     decideRetry(FailureKind::CameraUnreachable, m_failures).delayMs);
}

void RecordingPipeline::teardown(bool interrupted)
{
    m_stopBound.stop();
    m_restarting = false;
    if (m_shared) {
        m_shared->detach();
        m_bytesBefore += m_shared->bytesIn.load();
        // Files the muxer was given but never reported open (a write that failed at once): the
        // next run removes those left empty, once this run's sink is surely gone.
        QMutexLocker lock(&m_shared->mutex);
        for (auto it = m_shared->openedByPath.cbegin(); it != m_shared->openedByPath.cend(); ++it)
            if (it.key() != m_open.absolutePath)
                m_unopenedPaths << it.key();
    }
    if (!m_open.absolutePath.isEmpty()) {
        SegmentFile closed = m_open;
        m_open = {};
        closed.interrupted = interrupted;
        closed.endUtcMs =
            m_shared ? std::max(closed.startUtcMs, m_shared->lastDataUtcMs.load() + m_openClockOffsetMs)
                     : closed.startUtcMs;
        if (!interrupted) // finalised by the EOS that ended the run
            dropRandomAccessIndex(closed.absolutePath);
        closed.bytes = QFileInfo(closed.absolutePath).size();
        Q_EMIT segmentClosed(closed);
    }
    m_shared.reset();
    if (GstElement *p = std::exchange(m_pipeline, nullptr)) {
        if (m_reaper) {
            m_reaper->dispose(p);
        } else {
            gst_element_set_state(p, GST_STATE_NULL);
            gst_object_unref(p);
        }
    }
}

void RecordingPipeline::onSegmentOpened(quint64 run, const QString &path, qint64 startUtcMs,
                                        qint64 clockOffsetMs, SegmentTimeSource timeSource)
{
    if (!m_shared || run != m_shared->run)
        return;
    if (!m_open.absolutePath.isEmpty()) { // a close we never saw: treat the old one as cut
        SegmentFile closed = m_open;
        closed.interrupted = true;
        closed.endUtcMs = startUtcMs;
        closed.bytes = QFileInfo(closed.absolutePath).size();
        Q_EMIT segmentClosed(closed);
    }
    SegmentFile segment;
    segment.absolutePath = path;
    segment.startUtcMs = startUtcMs;
    segment.timeSource = timeSource;
    m_openClockOffsetMs = clockOffsetMs;
    m_lastStartUtcMs = std::max(m_lastStartUtcMs, startUtcMs);
    {
        QMutexLocker lock(&m_shared->mutex);
        segment.codec = m_shared->codec;
        segment.resolution = m_shared->resolution;
    }
    m_open = segment;
    Q_EMIT segmentOpened(segment);
}

void RecordingPipeline::onSegmentClosed(quint64 run, const QString &path, qint64 endUtcMs)
{
    if (!m_shared || run != m_shared->run || m_open.absolutePath != path)
        return;
    SegmentFile closed = m_open;
    m_open = {};
    closed.endUtcMs = std::max(closed.startUtcMs, endUtcMs);
    dropRandomAccessIndex(path);
    closed.bytes = QFileInfo(path).size();
    {
        QMutexLocker lock(&m_shared->mutex);
        if (closed.resolution.isEmpty())
            closed.resolution = m_shared->resolution;
    }
    Q_EMIT segmentClosed(closed);
}

void RecordingPipeline::onBusError(quint64 run, int kind, int, const QString &message)
{
    if (!m_pipeline || !m_shared || run != m_shared->run)
        return;
    const FailureKind failure = FailureKind(kind);
    const RetryDecision decision = decideRetry(failure, m_failures);
    QString reason;
    switch (failure) {
    case FailureKind::AuthRefused:
        reason = tr("The camera refused the username or password.");
        break;
    case FailureKind::WriteFailed:
        reason = tr("The footage cannot be written to the archive folder (full, read-only or missing).");
        break;
    case FailureKind::Unrecordable:
        reason = tr("This stream cannot be recorded (only H.264 and H.265 can).");
        break;
    default:
        reason = tr("The camera cannot be reached.");
        break;
    }
    qCInfo(lcRecording) << m_source.cameraId << stateKey(decision.state) << message;
    if (m_stopping) { // an error while finishing: what was written stays
        teardown(true);
        setStatus({RecordingState::Stopped, {}, -1});
        Q_EMIT finished();
        return;
    }
    failAndRetry(decision.state, reason, decision.delayMs);
}

void RecordingPipeline::onStreamChanged(quint64 run, QSize from, QSize to)
{
    if (!m_pipeline || !m_shared || run != m_shared->run || m_stopping || m_restarting)
        return;
    qCInfo(lcRecording) << m_source.cameraId << "changed resolution from" << from << "to" << to
                        << ": a new segment";
    // EOS finalises the open file (onEndOfStream() then builds the next run at once); a file that
    // does not finish in time is kept as written.
    m_restarting = true;
    gst_element_send_event(m_pipeline, gst_event_new_eos());
    m_stopBound.start(3000);
}

void RecordingPipeline::onEndOfStream(quint64 run)
{
    if (!m_pipeline || !m_shared || run != m_shared->run)
        return;
    if (std::exchange(m_restarting, false) && !m_stopping) {
        teardown(false);
        m_continuing = m_status.state == RecordingState::Recording;
        build();
        return;
    }
    if (m_stopping) {
        teardown(false);
        m_stopping = false;
        m_tick.stop();
        setStatus({RecordingState::Stopped, {}, -1});
        Q_EMIT finished();
        return;
    }
    failAndRetry(RecordingState::Waiting, tr("The camera ended the stream."),
                 decideRetry(FailureKind::CameraEnded, m_failures).delayMs);
}

void RecordingPipeline::failAndRetry(RecordingState state, const QString &reason, int delayMs)
{
    teardown(true);
    ++m_failures;
    m_retryDueMs = monotonicMs() + delayMs;
    setStatus({state, reason, delayMs});
    if (m_wanted)
        m_retryTimer.start(delayMs);
}

void RecordingPipeline::setStatus(RecordingStatus status)
{
    if (status == m_status)
        return;
    m_status = status;
    Q_EMIT statusChanged(m_status);
}

void RecordingPipeline::tick()
{
    if (m_retryTimer.isActive()) {
        RecordingStatus s = m_status;
        s.retryInMs = int(std::max<qint64>(0, m_retryDueMs - monotonicMs()));
        setStatus(s);
        return;
    }
    if (!m_shared || m_stopping)
        return;
    const qint64 silentMs = monotonicMs() - m_shared->lastDataMs.load();
    if (m_status.state == RecordingState::Connecting && silentMs > m_source.connectTimeoutMs)
        failAndRetry(RecordingState::Waiting, tr("The camera cannot be reached."),
                     decideRetry(FailureKind::CameraUnreachable, m_failures).delayMs);
    else if (m_status.state == RecordingState::Recording && silentMs > m_source.stallTimeoutMs)
        failAndRetry(RecordingState::Waiting, tr("The camera stopped sending."),
                     decideRetry(FailureKind::Stalled, m_failures).delayMs);
}

} // namespace pantau::recording
