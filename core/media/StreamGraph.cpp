#include "core/media/StreamGraph.h"

#include "core/media/BufferListFilter.h"

#include "core/Log.h"
#include "core/media/DecoderPolicy.h"
#include "core/media/FrameConverter.h"
#include "core/media/GstPtr.h"
#include "core/media/GstUserData.h"
#include "core/media/RtpKeyframeFilter.h"
#include "core/media/StreamErrorClassifier.h"
#include "core/media/StreamRun.h"

#include <QDateTime>

#include <gst/app/gstappsink.h>
#include <gst/rtp/gstrtpbuffer.h>
#include <gst/rtsp/gstrtsptransport.h>
#include <gst/video/video.h>

#include <vector>

namespace pantau::media {

namespace {
// decodebin's autoplug-select answer. The enum lives in a private header of gst-plugins-base; its
// values are part of the signal's documented contract (0 try, 1 expose, 2 skip).
using GstAutoplugSelectResultCompat = int;
constexpr GstAutoplugSelectResultCompat kAutoplugTry = 0;
constexpr GstAutoplugSelectResultCompat kAutoplugSkip = 2;

// An unpainted picture younger than this is not replaced by a newer one (see newSample).
constexpr qint64 kKeepUnpaintedMs = 200;

using RunPtr = std::shared_ptr<StreamRun>;

// The GError domain as the classifier takes it; its codes are GStreamer's own (checked here).
ErrorDomain errorDomainOf(GQuark domain)
{
    if (domain == GST_CORE_ERROR)
        return ErrorDomain::Core;
    if (domain == GST_LIBRARY_ERROR)
        return ErrorDomain::Library;
    if (domain == GST_RESOURCE_ERROR)
        return ErrorDomain::Resource;
    if (domain == GST_STREAM_ERROR)
        return ErrorDomain::Stream;
    return ErrorDomain::Other;
}
namespace ec = errorcode;
static_assert(ec::CoreFailed == GST_CORE_ERROR_FAILED && ec::CoreNegotiation == GST_CORE_ERROR_NEGOTIATION &&
              ec::CoreMissingPlugin == GST_CORE_ERROR_MISSING_PLUGIN);
static_assert(ec::ResourceFailed == GST_RESOURCE_ERROR_FAILED &&
              ec::ResourceNotFound == GST_RESOURCE_ERROR_NOT_FOUND &&
              ec::ResourceBusy == GST_RESOURCE_ERROR_BUSY &&
              ec::ResourceOpenRead == GST_RESOURCE_ERROR_OPEN_READ &&
              ec::ResourceOpenReadWrite == GST_RESOURCE_ERROR_OPEN_READ_WRITE &&
              ec::ResourceRead == GST_RESOURCE_ERROR_READ &&
              ec::ResourceSettings == GST_RESOURCE_ERROR_SETTINGS &&
              ec::ResourceNotAuthorized == GST_RESOURCE_ERROR_NOT_AUTHORIZED);
static_assert(ec::StreamFailed == GST_STREAM_ERROR_FAILED &&
              ec::StreamTypeNotFound == GST_STREAM_ERROR_TYPE_NOT_FOUND &&
              ec::StreamWrongType == GST_STREAM_ERROR_WRONG_TYPE &&
              ec::StreamCodecNotFound == GST_STREAM_ERROR_CODEC_NOT_FOUND &&
              ec::StreamDecode == GST_STREAM_ERROR_DECODE);

bool isVideoCaps(GstCaps *caps, const char *prefix)
{
    if (!caps || gst_caps_is_empty(caps))
        return false;
    const GstStructure *st = gst_caps_get_structure(caps, 0);
    return g_str_has_prefix(gst_structure_get_name(st), prefix);
}

struct Callbacks
{
    // Streaming thread: convert the decoded picture into the tile's BGRx image (scaled to fit the
    // largest tile showing it) and replace the latest frame.
    static GstFlowReturn newSample(GstAppSink *sink, gpointer user)
    {
        StreamRun &s = gst::fromUserData<StreamRun>(user);
        gst::SamplePtr sample(gst_app_sink_pull_sample(sink));
        if (!sample)
            return GST_FLOW_EOS;
        tapForAnalysis(s, sample.get());
        QSize target;
        {
            // The GUI has not taken the last picture yet and it is recent: this one is dropped
            // before it costs a conversion, so a wall that cannot paint every frame spends nothing
            // on frames it would not have painted. An unpainted picture older than 200 ms is
            // replaced (a tile scrolled back into view must not show an old one); keyframes-only
            // thumbnails are always converted (one every second or two).
            const qint64 nowMs = monotonicMs();
            QMutexLocker lock(&s.mutex);
            if (!s.keyframesOnly && !s.latestPainted && !s.latest.isNull() &&
                nowMs - s.latestAtMs < kKeepUnpaintedMs) {
                ++s.received;
                ++s.dropped;
                s.lastFrameMs = nowMs;
                return GST_FLOW_OK;
            }
            target = s.targetSize;
        }
        VideoFrame frame;
        QSize out;
        if (s.yuvFrames) {
            // The GPU renderer scales and converts: keep the decoder's planes as they are.
            frame.yuv = YuvPicture::fromSample(sample.get());
            if (!frame.yuv)
                return GST_FLOW_OK;
            out = frame.yuv->size();
        } else {
            GstVideoInfo info;
            GstVideoFrame mapped;
            if (!gst_video_info_from_caps(&info, gst_sample_get_caps(sample.get())) ||
                !gst_video_frame_map(&mapped, &info, gst_sample_get_buffer(sample.get()), GST_MAP_READ))
                return GST_FLOW_OK;
            out = FrameConverter::outputSize(QSize(info.width, info.height), info.par_n, info.par_d, target);
            frame.image = s.converter.convert(mapped, out);
            gst_video_frame_unmap(&mapped);
            if (frame.image.isNull())
                return GST_FLOW_OK;
        }
        const qint64 nowMs = monotonicMs();

        VideoFrame old; // released outside the lock
        QMutexLocker lock(&s.mutex);
        frame.sequence = ++s.received;
        old = std::exchange(s.latest, std::move(frame));
        s.latestPainted = false;
        s.latestAtMs = nowMs;
        s.lastFrameMs = nowMs;
        s.frameSize = out;
        s.postFrameLocked();
        lock.unlock();
        return GST_FLOW_OK;
    }

    // Streaming thread: at most `maxFps` a second, a small grey copy of the decoded picture for
    // video analytics (every decoded picture passes here, even one the wall will not paint).
    static void tapForAnalysis(StreamRun &s, GstSample *sample)
    {
        AnalysisTap tap;
        {
            const qint64 nowMs = monotonicMs();
            QMutexLocker lock(&s.mutex);
            if (!s.analysisTap)
                return;
            // 10 % slack: a 5 fps camera's jitter must not halve the rate.
            if (s.analysisLastMs != 0 && nowMs - s.analysisLastMs < s.analysisTap.intervalMs() * 9 / 10)
                return;
            s.analysisLastMs = nowMs;
            tap = s.analysisTap;
        }
        GstVideoInfo info;
        GstVideoFrame mapped;
        if (!gst_video_info_from_caps(&info, gst_sample_get_caps(sample)) ||
            !gst_video_frame_map(&mapped, &info, gst_sample_get_buffer(sample), GST_MAP_READ))
            return;
        const QImage grey = greyPicture(mapped, tap.size);
        gst_video_frame_unmap(&mapped);
        if (!grey.isNull())
            tap.callback(grey, QDateTime::currentMSecsSinceEpoch());
    }

    // Streaming thread: the decoded size changed (first caps, or the camera switched resolution).
    static GstPadProbeReturn capsProbe(GstPad *, GstPadProbeInfo *info, gpointer user)
    {
        GstEvent *event = GST_PAD_PROBE_INFO_EVENT(info);
        if (GST_EVENT_TYPE(event) != GST_EVENT_CAPS)
            return GST_PAD_PROBE_OK;
        GstCaps *caps = nullptr;
        gst_event_parse_caps(event, &caps);
        GstVideoInfo vi;
        if (!caps || !gst_video_info_from_caps(&vi, caps))
            return GST_PAD_PROBE_OK;
        const QSize size = FrameConverter::displaySize(QSize(vi.width, vi.height), vi.par_n, vi.par_d);
        StreamRun &s = gst::fromUserData<StreamRun>(user);
        QMutexLocker lock(&s.mutex);
        s.sourceSize = size;
        return GST_PAD_PROBE_OK;
    }

    // Streaming thread: errors and end of stream go to the GUI thread; everything else is dropped.
    static GstBusSyncReply busSync(GstBus *, GstMessage *msg, gpointer user)
    {
        StreamRun &s = gst::fromUserData<StreamRun>(user);
        if (GST_MESSAGE_TYPE(msg) == GST_MESSAGE_ERROR) {
            GError *err = nullptr;
            gchar *dbg = nullptr;
            gst_message_parse_error(msg, &err, &dbg);
            const gst::ErrorPtr error(err);
            const gst::CharPtr debug(dbg);
            GstElement *source =
                GST_IS_ELEMENT(GST_MESSAGE_SRC(msg)) ? GST_ELEMENT(GST_MESSAGE_SRC(msg)) : nullptr;
            const bool fromHardwareDecoder =
                source && DecoderPolicy::isHardwareDecoder(gst_element_get_factory(source));
            const StreamErrorClass errorClass = StreamErrorClassifier::classify(
                errorDomainOf(err->domain), err->code, QString::fromUtf8(err->message));
            const StreamState state = errorClass.state;
            const QString &reason = errorClass.reason;
            qCDebug(lcMedia) << "bus error from" << GST_OBJECT_NAME(GST_MESSAGE_SRC(msg)) << reason
                             << (debug ? debug.get() : "");
            s.postError(state, errorClass.explanation, reason, fromHardwareDecoder);
        } else if (GST_MESSAGE_TYPE(msg) == GST_MESSAGE_EOS) {
            s.postEndOfStream();
        }
        // A sync handler that drops a message owns it (GstBusSyncHandler's contract). Leaking it
        // kept every torn-down pipeline alive: messages hold references to their source elements.
        gst_message_unref(msg);
        return GST_BUS_DROP;
    }

    // Streaming thread: configure what decodebin plugs in. Never show a half-decoded picture: the
    // depayloader waits for a keyframe (and asks the camera for one after loss), the decoder drops
    // corrupt frames. Also note which decoder was picked (shown in the tile statistics).
    static void elementAdded(GstBin *, GstBin *, GstElement *element, gpointer user)
    {
        GObjectClass *klassOf = G_OBJECT_GET_CLASS(element);
        // Except behind the RTP keyframe filter (keyframes-only thumbnails): it drops the packets
        // of delta frames on purpose, and the depayloader must not take those gaps for losses:
        // waiting for an IDR would hide the I frames of open-GOP cameras, and asking for
        // keyframes would make the camera send one after every gap, for every viewer.
        const bool gapsAreOurs = gst::fromUserData<StreamRun>(user).rtpFilterInstalled;
        if (g_object_class_find_property(klassOf, "wait-for-keyframe"))
            g_object_set(element, "wait-for-keyframe", !gapsAreOurs, nullptr);
        if (g_object_class_find_property(klassOf, "request-keyframe"))
            g_object_set(element, "request-keyframe", !gapsAreOurs, nullptr);
        if (g_object_class_find_property(klassOf, "output-corrupt"))
            g_object_set(element, "output-corrupt", FALSE, nullptr);
        // A camera sending garbage must not end the stream: decoders skip what they cannot decode
        // (by default they give up after ten bad packets in a row) and heal at the next keyframe.
        if (g_object_class_find_property(klassOf, "max-errors"))
            g_object_set(element, "max-errors", -1, nullptr);
        // An MJPEG camera sends one stream: let multipartdemux say so, or decodebin waits forever
        // for more pads before it exposes the picture.
        if (g_object_class_find_property(klassOf, "single-stream"))
            g_object_set(element, "single-stream", TRUE, nullptr);
        GstElementFactory *f = gst_element_get_factory(element);
        if (!f)
            return;
        const gchar *klass = gst_element_factory_get_metadata(f, GST_ELEMENT_METADATA_KLASS);
        if (klass && strstr(klass, "Decoder") && strstr(klass, "Video")) {
            StreamRun &s = gst::fromUserData<StreamRun>(user);
            if (s.keyframesOnly) {
                // One keyframe every second or two needs no decoder thread pool: with the default
                // (one thread per core, each with its own frame buffers) every thumbnail pipeline
                // held several MB more.
                if (g_object_class_find_property(klassOf, "max-threads"))
                    g_object_set(element, "max-threads", 1, nullptr);
                gst::PadPtr sink(gst_element_get_static_pad(element, "sink"));
                if (sink)
                    gst_pad_add_probe(sink.get(), GST_PAD_PROBE_TYPE_BUFFER, &Callbacks::dropDeltaFrames,
                                      nullptr, nullptr);
            }
            QMutexLocker lock(&s.mutex);
            s.decoder = QString::fromUtf8(GST_OBJECT_NAME(f));
            s.decoderIsHardware = DecoderPolicy::isHardwareDecoder(f);
        }
    }

    // Streaming thread: after a hardware decoder failed on this stream, decodebin skips them all.
    static GstAutoplugSelectResultCompat autoplugSelect(GstElement *, GstPad *, GstCaps *,
                                                        GstElementFactory *factory, gpointer user)
    {
        const StreamRun &s = gst::fromUserData<StreamRun>(user);
        return s.softwareOnly && DecoderPolicy::isHardwareDecoder(factory) ? kAutoplugSkip : kAutoplugTry;
    }

    // Streaming thread, keyframes-only mode: delta frames never reach the decoder.
    static GstPadProbeReturn dropDeltaFrames(GstPad *, GstPadProbeInfo *info, gpointer)
    {
        GstBuffer *buf = GST_PAD_PROBE_INFO_BUFFER(info);
        return buf && GST_BUFFER_FLAG_IS_SET(buf, GST_BUFFER_FLAG_DELTA_UNIT) ? GST_PAD_PROBE_DROP
                                                                              : GST_PAD_PROBE_OK;
    }

    // Streaming thread: link the first pad of `from` whose caps start with the prefix to `to`.
    static void linkPad(GstPad *pad, GstElement *to, const char *capsPrefix)
    {
        gst::PadPtr sinkPad(gst_element_get_static_pad(to, "sink"));
        if (!sinkPad || gst_pad_is_linked(sinkPad.get()))
            return;
        gst::CapsPtr caps(gst_pad_get_current_caps(pad));
        if (!caps)
            caps.reset(gst_pad_query_caps(pad, nullptr));
        if (!isVideoCaps(caps.get(), capsPrefix))
            return;
        if (gst_pad_link(pad, sinkPad.get()) != GST_PAD_LINK_OK)
            qCWarning(lcMedia) << "could not link" << GST_PAD_NAME(pad);
    }
    static void rtspPadAdded(GstElement *, GstPad *pad, gpointer decodebin)
    {
        linkPad(pad, static_cast<GstElement *>(decodebin), "application/x-rtp");
    }
    // Streaming thread, keyframes-only mode: H.264 and H.265 packets of delta frames are dropped
    // as they leave the jitter buffer, before depayloading and parsing.
    struct RtpFilterProbe
    {
        RtpKeyframeFilter filter;
        RunPtr shared;
    };
    static void addKeyframeFilter(GstElement *, GstPad *pad, gpointer user)
    {
        gst::CapsPtr caps(gst_pad_get_current_caps(pad));
        if (!caps)
            caps.reset(gst_pad_query_caps(pad, nullptr));
        if (!caps || gst_caps_get_size(caps.get()) == 0 || !isVideoCaps(caps.get(), "application/x-rtp"))
            return;
        const gchar *encoding =
            gst_structure_get_string(gst_caps_get_structure(caps.get(), 0), "encoding-name");
        if (!encoding)
            return;
        RtpKeyframeFilter::Codec codec;
        if (g_ascii_strcasecmp(encoding, "H264") == 0)
            codec = RtpKeyframeFilter::Codec::H264;
        else if (g_ascii_strcasecmp(encoding, "H265") == 0)
            codec = RtpKeyframeFilter::Codec::H265;
        else
            return;
        const RunPtr &shared = *static_cast<RunPtr *>(user);
        shared->rtpFilterInstalled = true; // before decodebin plugs the depayloader (elementAdded)
        gst_pad_add_probe(pad, GstPadProbeType(GST_PAD_PROBE_TYPE_BUFFER | GST_PAD_PROBE_TYPE_BUFFER_LIST),
                          &Callbacks::filterRtp, new RtpFilterProbe{RtpKeyframeFilter(codec), shared},
                          [](gpointer p) { delete static_cast<RtpFilterProbe *>(p); });
    }
    static bool passRtp(RtpFilterProbe &probe, GstBuffer *buffer, gint64 nowMs)
    {
        GstRTPBuffer rtp = GST_RTP_BUFFER_INIT;
        if (!gst_rtp_buffer_map(buffer, GST_MAP_READ, &rtp))
            return true; // not ours to judge: the depayloader deals with it
        const bool keep = probe.filter.pass(
            static_cast<const std::uint8_t *>(gst_rtp_buffer_get_payload(&rtp)),
            gst_rtp_buffer_get_payload_len(&rtp), gst_rtp_buffer_get_timestamp(&rtp), nowMs);
        gst_rtp_buffer_unmap(&rtp);
        if (!keep)
            ++probe.shared->rtpPacketsSkipped;
        return keep;
    }
    static GstPadProbeReturn filterRtp(GstPad *, GstPadProbeInfo *info, gpointer user)
    {
        auto &probe = *static_cast<RtpFilterProbe *>(user);
        if (probe.filter.passingAll())
            return GST_PAD_PROBE_REMOVE; // passes this one, and frees the probe
        const gint64 nowMs = g_get_monotonic_time() / 1000;
        GstPadProbeReturn result = GST_PAD_PROBE_OK;
        if (GstBuffer *buffer = GST_PAD_PROBE_INFO_BUFFER(info);
            buffer && (info->type & GST_PAD_PROBE_TYPE_BUFFER)) {
            result = passRtp(probe, buffer, nowMs) ? GST_PAD_PROBE_OK : GST_PAD_PROBE_DROP;
        } else if (info->type & GST_PAD_PROBE_TYPE_BUFFER_LIST) {
            GstBufferList *list = GST_PAD_PROBE_INFO_BUFFER_LIST(info);
            if (!list)
                return GST_PAD_PROBE_OK;
            // In order: a fragment follows the decision made for the first fragment of its unit.
            list = media::keepBuffers(list, [&](GstBuffer *b) { return passRtp(probe, b, nowMs); });
            if (!list)
                return GST_PAD_PROBE_DROP;
            GST_PAD_PROBE_INFO_DATA(info) = list;
        }
        if (probe.filter.passingAll())
            qCInfo(lcMedia) << "no keyframe recognised in the RTP packets: thumbnail receives every packet";
        return result;
    }
    static void decodedPadAdded(GstElement *, GstPad *pad, gpointer convert)
    {
        linkPad(pad, static_cast<GstElement *>(convert), "video/x-raw");
    }
    // Only video streams of an RTSP session are set up; audio and metadata are never received.
    static gboolean selectStream(GstElement *, guint, GstCaps *caps, gpointer)
    {
        const GstStructure *st = gst_caps_get_structure(caps, 0);
        const gchar *media = gst_structure_get_string(st, "media");
        return media && g_str_equal(media, "video");
    }
};
} // namespace

SourceKind StreamGraph::kindOf(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    if (!url.isValid())
        return SourceKind::Unsupported;
    if (scheme == "rtsp" || scheme == "rtsps" || scheme == "rtspt")
        return SourceKind::Rtsp;
    if (scheme == "http" || scheme == "https")
        return SourceKind::Http;
    if (scheme == "file")
        return SourceKind::File;
    return SourceKind::Unsupported;
}

StreamGraph::Built StreamGraph::build(const StreamSource &source, const std::shared_ptr<StreamRun> &shared)
{
    const QUrl &url = source.url;
    const QString scheme = url.scheme().toLower();
    const SourceKind kind = kindOf(url);
    const bool isRtsp = kind == SourceKind::Rtsp;
    const bool isHttp = kind == SourceKind::Http;
    const bool isFile = kind == SourceKind::File;

    gst::ElementPtr pipeline(gst_pipeline_new(nullptr));
    gst_object_ref_sink(pipeline.get());
    const char *sourceFactory = isRtsp ? "rtspsrc" : isHttp ? "souphttpsrc" : "filesrc";
    struct Need
    {
        const char *factory;
        gst::ElementPtr element;
    } needs[] = {
        {sourceFactory, {}}, {"decodebin", {}}, {"videoconvert", {}}, {"capsfilter", {}}, {"appsink", {}}};
    for (Need &n : needs) {
        n.element = gst::makeElement(n.factory);
        if (!n.element) {
            return {nullptr, n.factory};
        }
    }
    GstElement *src = needs[0].element.get(), *decode = needs[1].element.get(),
               *convert = needs[2].element.get(), *filter = needs[3].element.get(),
               *sink = needs[4].element.get();
    for (Need &n : needs)
        gst_bin_add(GST_BIN(pipeline.get()), n.element.get()); // the bin takes its own reference

    const QString user = source.username.isEmpty() ? url.userName() : source.username;
    const QString pass = source.username.isEmpty() ? url.password() : source.password;
    const QByteArray location =
        isFile ? url.toLocalFile().toUtf8()
               : url.adjusted(QUrl::RemoveUserInfo).toString(QUrl::FullyEncoded).toUtf8();
    g_object_set(src, "location", location.constData(), nullptr);
    if (isRtsp) {
        guint protocols =
            GST_RTSP_LOWER_TRANS_UDP | GST_RTSP_LOWER_TRANS_UDP_MCAST | GST_RTSP_LOWER_TRANS_TCP;
        if (source.transport == RtspTransport::Tcp || scheme == "rtspt")
            protocols = GST_RTSP_LOWER_TRANS_TCP;
        else if (source.transport == RtspTransport::Udp)
            protocols = GST_RTSP_LOWER_TRANS_UDP | GST_RTSP_LOWER_TRANS_UDP_MCAST;
        g_object_set(src, "protocols", protocols, "latency", guint(std::max(0, source.latencyMs)),
                     "drop-on-latency", TRUE, "tcp-timeout", guint64(source.connectTimeoutMs) * 1000,
                     nullptr);
        g_signal_connect(src, "select-stream", G_CALLBACK(&Callbacks::selectStream), nullptr);
        if (source.keyframesOnly)
            g_signal_connect_data(src, "pad-added", G_CALLBACK(&Callbacks::addKeyframeFilter),
                                  gst::newUserData(shared), &gst::userDataClosureNotify<StreamRun>,
                                  GConnectFlags(0));
        g_signal_connect(src, "pad-added", G_CALLBACK(&Callbacks::rtspPadAdded), decode);
    } else {
        if (isHttp)
            g_object_set(src, "is-live", TRUE, "timeout", guint(std::max(1, source.connectTimeoutMs / 1000)),
                         nullptr);
        gst_element_link(src, decode);
    }
    if (!isFile && !user.isEmpty())
        g_object_set(src, "user-id", user.toUtf8().constData(), "user-pw", pass.toUtf8().constData(),
                     nullptr);

    g_signal_connect(decode, "pad-added", G_CALLBACK(&Callbacks::decodedPadAdded), convert);
    g_signal_connect_data(decode, "autoplug-select", G_CALLBACK(&Callbacks::autoplugSelect),
                          gst::newUserData(shared), &gst::userDataClosureNotify<StreamRun>, GConnectFlags(0));
    g_signal_connect_data(decode, "deep-element-added", G_CALLBACK(&Callbacks::elementAdded),
                          gst::newUserData(shared), &gst::userDataClosureNotify<StreamRun>, GConnectFlags(0));
    // What decoders produce passes videoconvert untouched; anything else becomes the closest
    // format FrameConverter takes. The scaling and the conversion to BGRx happen in the appsink
    // callback.
    {
        gst::CapsPtr caps(gst_caps_from_string(FrameConverter::inputFormatsCaps()));
        g_object_set(filter, "caps", caps.get(), nullptr);
    }
    gst_element_link_many(convert, filter, sink, nullptr);
    {
        gst::PadPtr convertSink(gst_element_get_static_pad(convert, "sink"));
        gst_pad_add_probe(convertSink.get(), GST_PAD_PROBE_TYPE_EVENT_DOWNSTREAM, &Callbacks::capsProbe,
                          gst::newUserData(shared), &gst::userDataNotify<StreamRun>);
    }
    g_object_set(sink, "max-buffers", 1u, "drop", TRUE, "sync", isFile ? TRUE : FALSE, "enable-last-sample",
                 FALSE, "qos", FALSE, nullptr);
    GstAppSinkCallbacks callbacks{};
    callbacks.new_sample = &Callbacks::newSample;
    gst_app_sink_set_callbacks(GST_APP_SINK(sink), &callbacks, gst::newUserData(shared),
                               &gst::userDataNotify<StreamRun>);
    {
        gst::BusPtr bus(gst_element_get_bus(pipeline.get()));
        gst_bus_set_sync_handler(bus.get(), &Callbacks::busSync, gst::newUserData(shared),
                                 &gst::userDataNotify<StreamRun>);
    }
    return {pipeline.release(), nullptr};
}

} // namespace pantau::media
