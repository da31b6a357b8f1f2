// Keyframes-only thumbnails end to end: the RTP keyframe filter on real payloader packets, and
// keyframes-only pipelines on a real RTSP server (H.264 over UDP, H.265 over TCP) showing the
// camera's picture once per keyframe.
#include <catch2/catch.hpp>

#include "TestCameras.h"
#include "Wait.h"
#include "app/demo/EncodedClip.h"
#include "core/media/GstInit.h"
#include "core/media/GstPtr.h"
#include "core/media/RtpKeyframeFilter.h"
#include "core/media/StreamPipeline.h"

#include <gst/app/gstappsink.h>
#include <gst/app/gstappsrc.h>
#include <gst/rtp/gstrtpbuffer.h>

#include <algorithm>
#include <vector>

using namespace pantau;
using namespace pantau::test;
using pantau::media::RtpKeyframeFilter;

namespace {
// Runs `description` (appsrc name=src ... appsink name=sink), pushes `in`, returns what comes out.
std::vector<pantau::gst::BufferPtr> runThrough(const char *description, GstCaps *srcCaps,
                                               const std::vector<GstBuffer *> &in)
{
    using namespace pantau;
    GError *error = nullptr;
    gst::ElementPtr pipeline(gst_parse_launch(description, &error));
    gst::ErrorPtr owned(error);
    INFO(description << ": " << (error ? error->message : ""));
    REQUIRE(pipeline);
    REQUIRE(!error);
    gst::ElementPtr src(gst_bin_get_by_name(GST_BIN(pipeline.get()), "src"));
    gst::ElementPtr sink(gst_bin_get_by_name(GST_BIN(pipeline.get()), "sink"));
    g_object_set(src.get(), "caps", srcCaps, "format", GST_FORMAT_TIME, nullptr);
    g_object_set(sink.get(), "sync", FALSE, nullptr);
    REQUIRE(gst_element_set_state(pipeline.get(), GST_STATE_PLAYING) != GST_STATE_CHANGE_FAILURE);
    for (GstBuffer *b : in)
        REQUIRE(gst_app_src_push_buffer(GST_APP_SRC(src.get()), gst_buffer_ref(b)) == GST_FLOW_OK);
    gst_app_src_end_of_stream(GST_APP_SRC(src.get()));
    std::vector<gst::BufferPtr> out;
    while (GstSample *sample = gst_app_sink_try_pull_sample(GST_APP_SINK(sink.get()), 5 * GST_SECOND)) {
        out.emplace_back(gst_buffer_ref(gst_sample_get_buffer(sample)));
        gst_sample_unref(sample);
    }
    gst_element_set_state(pipeline.get(), GST_STATE_NULL);
    return out;
}
} // namespace

TEST_CASE("RtpKeyframeFilter on real payloader packets: the depayloader rebuilds exactly the keyframes",
          "[integration][media]")
{
    using namespace pantau;
    REQUIRE(media::initGStreamer());
    const bool h265 = GENERATE(false, true);
    INFO((h265 ? "H.265" : "H.264"));
    demo::ClipSpec spec;
    spec.title = "filter";
    spec.color = QColor(200, 40, 40);
    spec.size = {320, 180};
    spec.frameCount = 60;
    spec.keyframeIntervalFrames = 20;
    spec.bitrateKbps = 800; // big enough that pictures are fragmented over several packets
    spec.codec = h265 ? demo::Codec::H265 : demo::Codec::H264;
    const auto clip = demo::encodeClip(spec);
    REQUIRE(clip);
    const int keyframes = int(std::count(clip->isKeyframe.begin(), clip->isKeyframe.end(), true));
    REQUIRE(keyframes == 3);
    if (!h265) {
        // x264enc starts every frame with an access unit delimiter: the delta frames' delimiters
        // must not pile up in front of the next keyframe once their slices are dropped.
        int withDelimiter = 0;
        for (const QByteArray &unit : clip->units)
            withDelimiter += unit.startsWith(QByteArray("\x00\x00\x00\x01\x09", 5)) ? 1 : 0;
        CHECK(withDelimiter == clip->units.size());
    }

    std::vector<GstBuffer *> units;
    for (int i = 0; i < clip->units.size(); ++i) {
        GstBuffer *b = gst_buffer_new_memdup(clip->units[i].constData(), clip->units[i].size());
        GST_BUFFER_PTS(b) = GST_BUFFER_DTS(b) = i * GST_SECOND / spec.fps;
        GST_BUFFER_DURATION(b) = GST_SECOND / spec.fps;
        units.push_back(b);
    }
    const char *codec = h265 ? "h265" : "h264";
    gst::CapsPtr esCaps(gst_caps_from_string(h265 ? "video/x-h265,stream-format=byte-stream,alignment=au"
                                                  : "video/x-h264,stream-format=byte-stream,alignment=au"));
    const QByteArray pay = QStringLiteral("appsrc name=src ! %1parse ! rtp%1pay mtu=600 config-interval=-1 ! "
                                          "appsink name=sink")
                               .arg(codec)
                               .toUtf8();
    const auto packets = runThrough(pay.constData(), esCaps.get(), units);
    for (GstBuffer *b : units)
        gst_buffer_unref(b);
    REQUIRE(packets.size() > std::size_t(clip->units.size()) * 2); // fragmented

    RtpKeyframeFilter filter(h265 ? RtpKeyframeFilter::Codec::H265 : RtpKeyframeFilter::Codec::H264);
    std::vector<GstBuffer *> kept;
    for (const auto &p : packets) {
        GstRTPBuffer rtp = GST_RTP_BUFFER_INIT;
        REQUIRE(gst_rtp_buffer_map(p.get(), GST_MAP_READ, &rtp));
        const bool keep =
            filter.pass(static_cast<const std::uint8_t *>(gst_rtp_buffer_get_payload(&rtp)),
                        gst_rtp_buffer_get_payload_len(&rtp), gst_rtp_buffer_get_timestamp(&rtp), 0);
        gst_rtp_buffer_unmap(&rtp);
        if (keep)
            kept.push_back(p.get());
    }
    // Most packets are delta frames: the filter lets through a small share.
    CHECK(kept.size() * 3 < packets.size());

    gst::CapsPtr rtpCaps(
        gst_caps_from_string(h265 ? "application/x-rtp,media=video,clock-rate=90000,encoding-name=H265"
                                  : "application/x-rtp,media=video,clock-rate=90000,encoding-name=H264"));
    // As the keyframes-only pipeline sets it: the gaps are no losses (rtph265depay has neither option).
    const QByteArray depay = QStringLiteral("appsrc name=src ! rtp%1depay %2 ! %1parse ! appsink name=sink")
                                 .arg(codec, h265 ? "" : "wait-for-keyframe=false request-keyframe=false")
                                 .toUtf8();
    const auto pictures = runThrough(depay.constData(), rtpCaps.get(), kept);
    CHECK(int(pictures.size()) == keyframes);
    for (const auto &b : pictures)
        CHECK_FALSE(GST_BUFFER_FLAG_IS_SET(b.get(), GST_BUFFER_FLAG_DELTA_UNIT));
}

TEST_CASE("Keyframes-only pipelines show the camera once per keyframe, H.264 over UDP and H.265 over TCP",
          "[integration][media]")
{
    const bool h265 = GENERATE(false, true);
    INFO((h265 ? "H.265 over TCP" : "H.264 over UDP"));
    const demo::Codec codec = h265 ? demo::Codec::H265 : demo::Codec::H264;
    const QColor colour = distinctColours().at(h265 ? 2 : 1);
    demo::ClipRtspServer server;
    server.addMount("thumb", codec, solidClip(colour, codec)); // 25 fps, a keyframe every 25 frames
    REQUIRE(server.start());

    StreamSource source;
    source.url = server.url("thumb");
    source.transport = h265 ? RtspTransport::Tcp : RtspTransport::Udp;
    source.keyframesOnly = true;
    StreamPipeline pipeline(source, nullptr);
    pipeline.start();
    REQUIRE(waitUntil(
        [&] { return pipeline.status().state == StreamState::Playing && !pipeline.latestFrame().isNull(); },
        kPlayingBoundMs));
    CHECK(closeTo(pipeline.latestFrame().image.pixelColor(pipeline.latestFrame().image.width() / 2,
                                                          pipeline.latestFrame().image.height() / 2),
                  colour));
    // One picture per keyframe (one a second), and the delta frames' packets never depayloaded.
    const quint64 before = pipeline.stats().framesReceived;
    REQUIRE(waitUntil([&] { return pipeline.stats().framesReceived >= before + 2; }, kStateBoundMs));
    CHECK(pipeline.stats().rtpPacketsSkipped > 0);
    CHECK(pipeline.status().state == StreamState::Playing);
}
