#include "core/recording/SegmentFileProbe.h"

#include "core/Log.h"
#include "core/media/GstPtr.h"

#include <mutex>

namespace pantau::recording {

namespace {
struct ProbeState
{
    std::mutex mutex;
    GstClockTime first = GST_CLOCK_TIME_NONE;
    GstClockTime end = 0;
    qint64 frames = 0;
    QString codec;
    QSize resolution;
    GstElement *sink = nullptr;
};

GstPadProbeReturn onData(GstPad *, GstPadProbeInfo *info, gpointer user)
{
    auto &s = *static_cast<ProbeState *>(user);
    std::lock_guard lock(s.mutex);
    if (info->type & GST_PAD_PROBE_TYPE_BUFFER) {
        GstBuffer *b = GST_PAD_PROBE_INFO_BUFFER(info);
        const GstClockTime pts = GST_BUFFER_PTS(b);
        if (!GST_CLOCK_TIME_IS_VALID(pts))
            return GST_PAD_PROBE_OK;
        const GstClockTime duration = GST_BUFFER_DURATION_IS_VALID(b) ? GST_BUFFER_DURATION(b) : 0;
        if (!GST_CLOCK_TIME_IS_VALID(s.first) || pts < s.first)
            s.first = pts;
        s.end = std::max(s.end, pts + duration);
        ++s.frames;
    } else if (GstEvent *e = GST_PAD_PROBE_INFO_EVENT(info); e && GST_EVENT_TYPE(e) == GST_EVENT_CAPS) {
        GstCaps *caps = nullptr;
        gst_event_parse_caps(e, &caps);
        const GstStructure *st = caps ? gst_caps_get_structure(caps, 0) : nullptr;
        if (st) {
            const QString name = QString::fromUtf8(gst_structure_get_name(st));
            s.codec = name == QLatin1String("video/x-h264")   ? QStringLiteral("h264")
                      : name == QLatin1String("video/x-h265") ? QStringLiteral("h265")
                                                              : name;
            int w = 0, h = 0;
            if (gst_structure_get_int(st, "width", &w) && gst_structure_get_int(st, "height", &h))
                s.resolution = QSize(w, h);
        }
    }
    return GST_PAD_PROBE_OK;
}

// Streaming thread: link the first video pad to the sink.
void onPadAdded(GstElement *, GstPad *pad, gpointer user)
{
    auto &s = *static_cast<ProbeState *>(user);
    gst::CapsPtr caps(gst_pad_query_caps(pad, nullptr));
    const GstStructure *st =
        caps && !gst_caps_is_empty(caps.get()) ? gst_caps_get_structure(caps.get(), 0) : nullptr;
    if (!st || !g_str_has_prefix(gst_structure_get_name(st), "video/"))
        return;
    gst::PadPtr sinkPad(gst_element_get_static_pad(s.sink, "sink"));
    if (gst_pad_is_linked(sinkPad.get()))
        return;
    gst_pad_link(pad, sinkPad.get());
}
} // namespace

std::optional<SegmentFileInfo> probeSegmentFile(const QString &path, int timeoutMs)
{
    gst::ElementPtr pipeline(gst_pipeline_new(nullptr));
    gst_object_ref_sink(pipeline.get());
    gst::ElementPtr src = gst::makeElement("filesrc");
    gst::ElementPtr demux = gst::makeElement("qtdemux");
    gst::ElementPtr sink = gst::makeElement("fakesink");
    if (!src || !demux || !sink)
        return std::nullopt;
    ProbeState state;
    state.sink = sink.get();
    g_object_set(src.get(), "location", path.toUtf8().constData(), nullptr);
    g_object_set(sink.get(), "sync", FALSE, "async", FALSE, nullptr);
    {
        gst::PadPtr sinkPad(gst_element_get_static_pad(sink.get(), "sink"));
        gst_pad_add_probe(sinkPad.get(),
                          GstPadProbeType(GST_PAD_PROBE_TYPE_BUFFER | GST_PAD_PROBE_TYPE_EVENT_DOWNSTREAM),
                          &onData, &state, nullptr);
    }
    GstElement *s = src.get(), *d = demux.get();
    g_signal_connect(d, "pad-added", G_CALLBACK(&onPadAdded), &state);
    gst_bin_add_many(GST_BIN(pipeline.get()), s, d, state.sink, nullptr); // the bin takes its own references
    gst_element_link(s, d);

    bool ok = false;
    if (gst_element_set_state(pipeline.get(), GST_STATE_PLAYING) != GST_STATE_CHANGE_FAILURE) {
        gst::BusPtr bus(gst_element_get_bus(pipeline.get()));
        gst::MessagePtr msg(gst_bus_timed_pop_filtered(bus.get(), GstClockTime(timeoutMs) * GST_MSECOND,
                                                       GstMessageType(GST_MESSAGE_EOS | GST_MESSAGE_ERROR)));
        // A truncated file ends in an error once the demuxer runs out of whole fragments: what
        // came before it still counts.
        ok = msg != nullptr;
        if (msg && GST_MESSAGE_TYPE(msg.get()) == GST_MESSAGE_ERROR)
            qCDebug(lcRecording) << "probe of" << path << "stopped at an error after the samples it read";
    }
    gst_element_set_state(pipeline.get(), GST_STATE_NULL);
    std::lock_guard lock(state.mutex);
    if (!ok || state.frames == 0 || !GST_CLOCK_TIME_IS_VALID(state.first))
        return std::nullopt;
    SegmentFileInfo info;
    info.durationMs = qint64((state.end - state.first) / GST_MSECOND);
    info.frames = state.frames;
    info.codec = state.codec;
    info.resolution = state.resolution;
    return info;
}

} // namespace pantau::recording
