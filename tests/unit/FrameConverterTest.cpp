// media::FrameConverter: decoded YUV pictures of every format decoders hand us become the right
// BGRx colours at the right size, and the output images are reused without copies.
#include "core/media/FrameConverter.h"
#include "core/media/GstInit.h"

#include "YuvSamples.h"

#include <catch2/catch.hpp>

#include <gst/video/video.h>

#include <array>
#include <functional>

using pantau::media::FrameConverter;

namespace {

// A solid picture of one YUV colour in `format` (BT.601 limited range, as GStreamer assumes for
// standard-definition sizes), mapped for reading.
struct SolidFrame
{
    pantau::gst::SamplePtr sample;
    GstVideoFrame frame{};
    bool mapped = false;

    // One colour everywhere.
    SolidFrame(GstVideoFormat format, int width, int height, guint8 y, guint8 u, guint8 v)
        : SolidFrame(format, width, height, [&](int, int) {
              return std::array<guint8, 3>{y, u, v};
          })
    {
    }
    // The YUV colour `yuvAt(x, y)` gives for each luma position (chroma samples take the colour at
    // their top-left luma position).
    SolidFrame(GstVideoFormat format, int width, int height,
               const std::function<std::array<guint8, 3>(int x, int y)> &yuvAt)
        : sample(pantau::test::yuvSample(format, width, height, yuvAt))
    {
        GstVideoInfo info;
        REQUIRE(gst_video_info_from_caps(&info, gst_sample_get_caps(sample.get())));
        mapped = gst_video_frame_map(&frame, &info, gst_sample_get_buffer(sample.get()), GST_MAP_READ);
        REQUIRE(mapped);
    }
    ~SolidFrame()
    {
        if (mapped)
            gst_video_frame_unmap(&frame);
    }
};

bool near(int a, int b, int tolerance = 12)
{
    return std::abs(a - b) <= tolerance;
}

} // namespace

TEST_CASE("FrameConverter fits the display size inside the tile, never larger, even sizes")
{
    CHECK(FrameConverter::outputSize({640, 360}, 1, 1, {480, 270}) == QSize(480, 270));
    CHECK(FrameConverter::outputSize({640, 360}, 1, 1, {}) == QSize(640, 360));
    CHECK(FrameConverter::outputSize({640, 360}, 1, 1, {1920, 1080}) == QSize(640, 360)); // no upscale
    CHECK(FrameConverter::outputSize({640, 360}, 1, 1, {320, 1000}) == QSize(320, 180));  // width limits
    CHECK(FrameConverter::outputSize({641, 361}, 1, 1, {}) == QSize(640, 360));
    // 720×576 with 4:3 pixels displays as 960×576.
    CHECK(FrameConverter::outputSize({720, 576}, 4, 3, {}) == QSize(960, 576));
    CHECK(FrameConverter::outputSize({720, 576}, 4, 3, {480, 480}) == QSize(480, 288));
    CHECK(FrameConverter::outputSize({}, 1, 1, {480, 270}).isEmpty());
    CHECK(FrameConverter::outputSize({4, 4}, 1, 1, {1, 1}) == QSize(2, 2));
}

TEST_CASE("FrameConverter turns every decoder format into the right colours")
{
    REQUIRE(pantau::media::initGStreamer());
    // BT.601 limited range: red, green, blue.
    struct Colour
    {
        guint8 y, u, v;
        QRgb rgb;
    } colours[] = {
        {81, 90, 240, qRgb(255, 0, 0)}, {145, 54, 34, qRgb(0, 255, 0)}, {41, 240, 110, qRgb(0, 0, 255)}};
    const GstVideoFormat formats[] = {GST_VIDEO_FORMAT_I420, GST_VIDEO_FORMAT_YV12, GST_VIDEO_FORMAT_NV12,
                                      GST_VIDEO_FORMAT_NV21, GST_VIDEO_FORMAT_Y42B, GST_VIDEO_FORMAT_Y444};
    for (GstVideoFormat format : formats) {
        for (const Colour &c : colours) {
            INFO(gst_video_format_to_string(format) << " colour " << std::hex << c.rgb);
            FrameConverter converter;
            SolidFrame in(format, 64, 36, c.y, c.u, c.v);
            for (const QSize out : {QSize(64, 36), QSize(48, 26)}) { // same size, and scaled down
                const QImage image = converter.convert(in.frame, out);
                REQUIRE(image.size() == out);
                REQUIRE(image.format() == QImage::Format_RGB32);
                // Format_RGB32 is 0xffRRGGBB: the byte Qt leaves alone must be opaque too.
                CHECK(reinterpret_cast<const quint32 *>(
                          image.constScanLine(out.height() / 2))[out.width() / 2] >>
                          24 ==
                      0xffu);
                const QRgb px = image.pixel(out.width() / 2, out.height() / 2);
                CHECK(near(qRed(px), qRed(c.rgb)));
                CHECK(near(qGreen(px), qGreen(c.rgb)));
                CHECK(near(qBlue(px), qBlue(c.rgb)));
            }
        }
    }
    SECTION("grey pictures stay grey")
    {
        FrameConverter converter;
        SolidFrame in(GST_VIDEO_FORMAT_GRAY8, 64, 36, 126, 0, 0);
        for (const QSize out : {QSize(64, 36), QSize(46, 26)}) { // same size, and scaled down
            const QRgb px = converter.convert(in.frame, out).pixel(10, 10);
            CHECK(qRed(px) == qGreen(px));
            CHECK(qGreen(px) == qBlue(px));
            CHECK(near(qRed(px), 128, 20));
        }
    }
    SECTION("a format it does not take gives no picture rather than garbage")
    {
        FrameConverter converter;
        SolidFrame in(GST_VIDEO_FORMAT_RGB, 64, 36, 1, 2, 3);
        CHECK(converter.convert(in.frame, {64, 36}).isNull());
    }
}

TEST_CASE("FrameConverter reuses an output image once nobody holds it, never one still held")
{
    REQUIRE(pantau::media::initGStreamer());
    FrameConverter converter;
    SolidFrame in(GST_VIDEO_FORMAT_I420, 64, 36, 81, 90, 240);
    QImage held = converter.convert(in.frame, {64, 36});
    const uchar *heldBits = held.constBits();
    QImage second = converter.convert(in.frame, {64, 36});
    CHECK(second.constBits() != heldBits); // `held` is still painted somewhere: not overwritten
    const uchar *secondBits = second.constBits();
    second = QImage();
    const QImage third = converter.convert(in.frame, {64, 36});
    CHECK(third.constBits() == secondBits); // released: written again in place, no allocation
    CHECK(held.constBits() == heldBits);
    CHECK(qRed(held.pixel(5, 5)) > 240);
}

TEST_CASE("FrameConverter keeps each part of the picture in its place when it shrinks")
{
    REQUIRE(pantau::media::initGStreamer());
    // Quadrants: red, green / blue, grey (BT.601 limited range). Shrinking scales the YUV planes
    // first and converts the colours after: a plane or stride mix-up would move or tint them.
    const std::array<guint8, 3> red{81, 90, 240}, green{145, 54, 34}, blue{41, 240, 110}, grey{126, 128, 128};
    const QRgb expected[4] = {qRgb(255, 0, 0), qRgb(0, 255, 0), qRgb(0, 0, 255), qRgb(128, 128, 128)};
    const GstVideoFormat formats[] = {GST_VIDEO_FORMAT_I420, GST_VIDEO_FORMAT_YV12, GST_VIDEO_FORMAT_NV12,
                                      GST_VIDEO_FORMAT_NV21, GST_VIDEO_FORMAT_Y42B, GST_VIDEO_FORMAT_Y444};
    for (GstVideoFormat format : formats) {
        FrameConverter converter;
        const int width = 640, height = 360;
        SolidFrame in(format, width, height, [&](int x, int y) {
            return y < height / 2 ? (x < width / 2 ? red : green) : (x < width / 2 ? blue : grey);
        });
        // Widths that are no multiple of 8 (476, 98: the SIMD conversion works in groups of 8
        // pixels) and one that is; the full size last, after the scaled ones (the contexts are
        // rebuilt for it).
        for (const QSize out : {QSize(476, 268), QSize(240, 134), QSize(98, 54), QSize(640, 360)}) {
            INFO(gst_video_format_to_string(format) << " to " << out.width() << "x" << out.height());
            const QImage image = converter.convert(in.frame, out);
            REQUIRE(image.size() == out);
            const QPoint centres[4] = {{out.width() / 4, out.height() / 4},
                                       {out.width() * 3 / 4, out.height() / 4},
                                       {out.width() / 4, out.height() * 3 / 4},
                                       {out.width() * 3 / 4, out.height() * 3 / 4}};
            for (int q = 0; q < 4; ++q) {
                const QRgb px = image.pixel(centres[q]);
                CHECK(near(qRed(px), qRed(expected[q])));
                CHECK(near(qGreen(px), qGreen(expected[q])));
                CHECK(near(qBlue(px), qBlue(expected[q])));
            }
            // The last column and row are written too (not left from an earlier picture).
            const QRgb corner = image.pixel(out.width() - 1, out.height() - 1);
            CHECK(near(qRed(corner), 128, 20));
            CHECK(near(qBlue(corner), 128, 20));
        }
    }
}
