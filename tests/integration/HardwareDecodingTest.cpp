// Hardware decoding: the decoder policy prefers hardware video decoders when the machine has them,
// and a stream whose hardware decoder fails goes on in software. No GPU is needed: the test
// registers a "hardware" H.264 decoder of its own (class Codec/Decoder/Video/Hardware, as VA-API
// and NVDEC decoders declare themselves) that fails on the first frame like a lost device.
#include <catch2/catch.hpp>

#include "TestCameras.h"
#include "Wait.h"
#include "core/media/DecoderPolicy.h"
#include "core/media/GstPtr.h"
#include "core/media/StreamPool.h"

#include <gst/gst.h>

#include <algorithm>
#include <atomic>

using namespace pantau;
using namespace pantau::test;

namespace {

std::atomic<int> g_fakeHardwareFrames{0};
// How the test decoder fails: by posting an error itself, or silently (a flow error its upstream
// reports, as a real decoder that cannot negotiate does).
std::atomic<bool> g_failSilently{false};

struct PantauFailingHwDec
{
    GstElement parent;
};
struct PantauFailingHwDecClass
{
    GstElementClass parentClass;
};

GstStaticPadTemplate kSinkTemplate = GST_STATIC_PAD_TEMPLATE(
    "sink", GST_PAD_SINK, GST_PAD_ALWAYS,
    GST_STATIC_CAPS("video/x-h264, stream-format=(string)byte-stream, alignment=(string)au"));
GstStaticPadTemplate kSrcTemplate =
    GST_STATIC_PAD_TEMPLATE("src", GST_PAD_SRC, GST_PAD_ALWAYS, GST_STATIC_CAPS("video/x-raw"));

GstFlowReturn failingChain(GstPad *, GstObject *parent, GstBuffer *buffer)
{
    gst_buffer_unref(buffer);
    ++g_fakeHardwareFrames;
    if (g_failSilently)
        return GST_FLOW_NOT_NEGOTIATED;
    GST_ELEMENT_ERROR(parent, STREAM, DECODE, ("Test hardware decoder: device lost."), (nullptr));
    return GST_FLOW_ERROR;
}

gboolean failingSinkEvent(GstPad *pad, GstObject *parent, GstEvent *event)
{
    if (GST_EVENT_TYPE(event) == GST_EVENT_CAPS) { // taken; nothing is ever decoded
        gst_event_unref(event);
        return TRUE;
    }
    return gst_pad_event_default(pad, parent, event);
}

GType failingHwDecType();

void failingHwDecClassInit(gpointer klass, gpointer)
{
    auto *element = GST_ELEMENT_CLASS(klass);
    gst_element_class_add_static_pad_template(element, &kSinkTemplate);
    gst_element_class_add_static_pad_template(element, &kSrcTemplate);
    gst_element_class_set_static_metadata(element, "Failing hardware H.264 decoder (test)",
                                          "Codec/Decoder/Video/Hardware", "Fails on the first frame",
                                          "Pantau tests");
}

void failingHwDecInit(GTypeInstance *instance, gpointer)
{
    auto *self = GST_ELEMENT(instance);
    GstPad *sink = gst_pad_new_from_static_template(&kSinkTemplate, "sink");
    gst_pad_set_chain_function(sink, failingChain);
    gst_pad_set_event_function(sink, failingSinkEvent);
    gst_element_add_pad(self, sink);
    gst_element_add_pad(self, gst_pad_new_from_static_template(&kSrcTemplate, "src"));
}

GType failingHwDecType()
{
    static GType type = g_type_register_static_simple(
        GST_TYPE_ELEMENT, "PantauFailingHwDec", sizeof(PantauFailingHwDecClass), failingHwDecClassInit,
        sizeof(PantauFailingHwDec), failingHwDecInit, GTypeFlags(0));
    return type;
}

// Registered at a low rank, below FFmpeg's avdec_h264 (GST_RANK_PRIMARY), as a plugin may rank a
// hardware decoder it is unsure of: only DecoderPolicy can put it before the software decoder.
constexpr guint kFakeHardwareRank = GST_RANK_MARGINAL;

void registerFailingHardwareDecoder()
{
    static const bool registered =
        gst_element_register(nullptr, "pantaufailinghwh264dec", kFakeHardwareRank, failingHwDecType());
    REQUIRE(registered);
}

guint rankOf(const char *factoryName)
{
    gst::ObjectPtr<GstElementFactory> factory(gst_element_factory_find(factoryName));
    REQUIRE(factory);
    return gst_plugin_feature_get_rank(GST_PLUGIN_FEATURE(factory.get()));
}

// For the fallback tests: the policy has ranked the hardware decoders; the test decoder is then
// put first among them, so that it is the one tried first even on a machine with a real GPU
// decoder. (The preference test does no such thing.)
void putFailingHardwareDecoderFirst()
{
    guint highest = 0;
    for (const QString &name : media::DecoderPolicy::hardwareDecoders())
        highest = std::max(highest, rankOf(name.toUtf8().constData()));
    gst::ObjectPtr<GstElementFactory> fake(gst_element_factory_find("pantaufailinghwh264dec"));
    REQUIRE(fake);
    gst_plugin_feature_set_rank(GST_PLUGIN_FEATURE(fake.get()), highest + 1);
}

struct H264Camera
{
    demo::ClipRtspServer server;
    Camera camera;
    H264Camera()
    {
        server.addMount("hw", demo::Codec::H264, solidClip(distinctColours().at(2), demo::Codec::H264));
        REQUIRE(server.start());
        camera.id = "hw";
        camera.name = "Sekayu Simpang Lima";
        camera.mainStreamUrl = server.url("hw");
    }
    StreamPool::CameraLookup lookup() const
    {
        return [this](const QString &id) -> std::optional<Camera> {
            return id == camera.id ? std::optional<Camera>(camera) : std::nullopt;
        };
    }
};

// Plays the camera and waits (bounded) for a picture.
bool playsWithPicture(StreamPipeline *p)
{
    return waitUntil([&] { return p->status().state == StreamState::Playing && !p->latestFrame().isNull(); },
                     kPlayingBoundMs);
}

} // namespace

TEST_CASE("Hardware video decoders are recognised by their class and preferred when present",
          "[integration][media][hwdecode]")
{
    registerFailingHardwareDecoder();
    gst::ObjectPtr<GstElementFactory> hw(gst_element_factory_find("pantaufailinghwh264dec"));
    gst::ObjectPtr<GstElementFactory> sw(gst_element_factory_find("avdec_h264"));
    REQUIRE(hw);
    REQUIRE(sw);
    // Below the software decoder before the policy runs (as registered, or out after an earlier
    // test of the same process turned hardware decoding off).
    const guint softwareRank = gst_plugin_feature_get_rank(GST_PLUGIN_FEATURE(sw.get()));
    REQUIRE(gst_plugin_feature_get_rank(GST_PLUGIN_FEATURE(hw.get())) < softwareRank);

    media::DecoderPolicy::apply(media::HardwareDecoding::Auto);
    CHECK(media::DecoderPolicy::hardwareDecoders().contains("pantaufailinghwh264dec"));
    CHECK(media::DecoderPolicy::isHardwareDecoder(hw.get()));
    CHECK_FALSE(media::DecoderPolicy::isHardwareDecoder(sw.get()));
    // The policy lifted the low-ranked hardware decoder above the software one...
    CHECK(gst_plugin_feature_get_rank(GST_PLUGIN_FEATURE(hw.get())) > softwareRank);
    // ...and left the software decoder where its plugin put it.
    CHECK(gst_plugin_feature_get_rank(GST_PLUGIN_FEATURE(sw.get())) == softwareRank);

    media::DecoderPolicy::apply(media::HardwareDecoding::Off);
    CHECK(gst_plugin_feature_get_rank(GST_PLUGIN_FEATURE(hw.get())) == GST_RANK_NONE);
}

TEST_CASE("A stream whose hardware decoder fails goes on in software and plays",
          "[integration][media][hwdecode]")
{
    registerFailingHardwareDecoder();
    media::DecoderPolicy::apply(media::HardwareDecoding::Auto);
    putFailingHardwareDecoderFirst();
    H264Camera cam;
    StreamPool pool(cam.lookup());
    const int triedBefore = g_fakeHardwareFrames;
    auto lease = pool.acquire("hw", StreamKind::Main);
    REQUIRE(lease);
    StreamPipeline *p = lease->pipeline();
    REQUIRE(playsWithPicture(p));
    CHECK(g_fakeHardwareFrames > triedBefore); // the hardware decoder was tried first...
    const StreamStats st = p->stats();
    CHECK(st.decoder == "avdec_h264"); // ...and the picture came from software
    CHECK_FALSE(st.hardwareDecoder);
    const QColor centre = p->latestFrame().image.pixelColor(p->latestFrame().image.rect().center());
    CHECK(closeTo(centre, distinctColours().at(2)));
    media::DecoderPolicy::apply(media::HardwareDecoding::Off);
}

TEST_CASE("A hardware decoder that fails without an error of its own also falls back to software",
          "[integration][media][hwdecode]")
{
    registerFailingHardwareDecoder();
    media::DecoderPolicy::apply(media::HardwareDecoding::Auto);
    putFailingHardwareDecoderFirst();
    g_failSilently = true;
    H264Camera cam;
    StreamPool pool(cam.lookup());
    const int triedBefore = g_fakeHardwareFrames;
    auto lease = pool.acquire("hw", StreamKind::Main);
    StreamPipeline *p = lease->pipeline();
    REQUIRE(playsWithPicture(p));
    CHECK(g_fakeHardwareFrames > triedBefore);
    CHECK(p->stats().decoder == "avdec_h264");
    g_failSilently = false;
    media::DecoderPolicy::apply(media::HardwareDecoding::Off);
}

TEST_CASE("With hardware decoding off, hardware decoders are never plugged in",
          "[integration][media][hwdecode]")
{
    registerFailingHardwareDecoder();
    media::DecoderPolicy::apply(media::HardwareDecoding::Off);
    H264Camera cam;
    StreamPool pool(cam.lookup());
    const int triedBefore = g_fakeHardwareFrames;
    auto lease = pool.acquire("hw", StreamKind::Main);
    StreamPipeline *p = lease->pipeline();
    REQUIRE(playsWithPicture(p));
    CHECK(g_fakeHardwareFrames == triedBefore);
    CHECK(p->stats().decoder == "avdec_h264");
}
