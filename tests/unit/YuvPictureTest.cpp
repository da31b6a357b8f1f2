// media::YuvPicture: the decoder's planes handed to the GPU renderer as they are: the right plane
// sizes, strides and chroma order for every format decoders hand us, the colour description, and
// the buffer held exactly as long as the picture lives.
#include "core/media/YuvPicture.h"

#include "YuvSamples.h"

#include <catch2/catch.hpp>

using pantau::media::YuvPicture;
using namespace pantau::test;

TEST_CASE("YuvPicture keeps each format's planes with their sizes and chroma order", "[media][gpu]")
{
    struct Case
    {
        GstVideoFormat format;
        YuvPicture::Layout layout;
        int planes;
        QSize chroma; // size of plane 1 in samples
        bool swapUV;
    };
    const Case cases[] = {
        {GST_VIDEO_FORMAT_I420, YuvPicture::Layout::Planar, 3, {32, 18}, false},
        {GST_VIDEO_FORMAT_YV12, YuvPicture::Layout::Planar, 3, {32, 18}, true},
        {GST_VIDEO_FORMAT_NV12, YuvPicture::Layout::SemiPlanar, 2, {32, 18}, false},
        {GST_VIDEO_FORMAT_NV21, YuvPicture::Layout::SemiPlanar, 2, {32, 18}, true},
        {GST_VIDEO_FORMAT_Y42B, YuvPicture::Layout::Planar, 3, {32, 36}, false},
        {GST_VIDEO_FORMAT_Y444, YuvPicture::Layout::Planar, 3, {64, 36}, false},
        {GST_VIDEO_FORMAT_GRAY8, YuvPicture::Layout::Grey, 1, {}, false},
    };
    for (const Case &c : cases) {
        INFO(gst_video_format_to_string(c.format));
        // Y is the column number: each row of the luma plane reads 0, 1, 2, ...
        auto sample = yuvSample(c.format, 64, 36, [](int x, int) {
            return std::array<guint8, 3>{guint8(x), 90, 200};
        });
        auto picture = YuvPicture::fromSample(sample.get());
        REQUIRE(picture);
        CHECK(picture->size() == QSize(64, 36));
        CHECK(picture->displaySize() == QSize(64, 36));
        CHECK(picture->layout() == c.layout);
        CHECK(picture->planeCount() == c.planes);
        CHECK(picture->swapUV() == c.swapUV);
        CHECK(picture->planeSize(0) == QSize(64, 36));
        if (c.planes > 1) {
            CHECK(picture->planeSize(1) == c.chroma);
            const int bytesPerSample = c.layout == YuvPicture::Layout::SemiPlanar ? 2 : 1;
            CHECK(picture->strideBytes(1) >= c.chroma.width() * bytesPerSample);
            // U is 90 and V 200 wherever they are; the swap flag says which comes first.
            CHECK(int(picture->plane(1)[0]) == (c.swapUV ? 200 : 90));
        }
        CHECK(picture->strideBytes(0) >= 64);
        const QImage luma = picture->luma();
        REQUIRE(luma.format() == QImage::Format_Grayscale8);
        CHECK(qGray(luma.pixel(37, 20)) == 37);
    }
}

TEST_CASE("YuvPicture reads the colour matrix, the range and the pixel aspect ratio", "[media][gpu]")
{
    auto yuv = [](int, int) { return std::array<guint8, 3>{128, 128, 128}; };
    auto sd = YuvPicture::fromSample(yuvSample(GST_VIDEO_FORMAT_I420, 720, 576, yuv).get());
    REQUIRE(sd);
    CHECK(sd->matrix() == YuvPicture::Matrix::Bt601);
    CHECK_FALSE(sd->fullRange());
    auto hd = YuvPicture::fromSample(yuvSample(GST_VIDEO_FORMAT_NV12, 1280, 720, yuv,
                                               GST_VIDEO_COLOR_MATRIX_BT709, GST_VIDEO_COLOR_RANGE_0_255)
                                         .get());
    REQUIRE(hd);
    CHECK(hd->matrix() == YuvPicture::Matrix::Bt709);
    CHECK(hd->fullRange());
    // 720×576 with 4:3 pixels is shown 960×576 wide.
    auto wide =
        YuvPicture::fromSample(yuvSample(GST_VIDEO_FORMAT_I420, 720, 576, yuv, GST_VIDEO_COLOR_MATRIX_BT601,
                                         GST_VIDEO_COLOR_RANGE_16_235, 4, 3)
                                   .get());
    REQUIRE(wide);
    CHECK(wide->size() == QSize(720, 576));
    CHECK(wide->displaySize() == QSize(960, 576));
}

TEST_CASE("YuvPicture holds the decoder's buffer while it lives and refuses what it cannot draw",
          "[media][gpu]")
{
    auto sample = yuvSample(GST_VIDEO_FORMAT_I420, 32, 18, [](int, int) {
        return std::array<guint8, 3>{16, 128, 128};
    });
    GstBuffer *buffer = gst_sample_get_buffer(sample.get());
    const int before = GST_MINI_OBJECT_REFCOUNT_VALUE(buffer);
    auto picture = YuvPicture::fromSample(sample.get());
    REQUIRE(picture);
    CHECK(GST_MINI_OBJECT_REFCOUNT_VALUE(buffer) > before);
    sample.reset(); // the pipeline lets go of its sample: the picture still reads valid memory
    CHECK(qGray(picture->luma().pixel(5, 5)) == 16);
    picture.reset();

    CHECK_FALSE(YuvPicture::fromSample(nullptr));
    GstVideoInfo info;
    gst_video_info_set_format(&info, GST_VIDEO_FORMAT_RGBx, 16, 16);
    GstBuffer *rgb = gst_buffer_new_allocate(nullptr, GST_VIDEO_INFO_SIZE(&info), nullptr);
    pantau::gst::CapsPtr caps(gst_video_info_to_caps(&info));
    pantau::gst::SamplePtr rgbSample(gst_sample_new(rgb, caps.get(), nullptr, nullptr));
    gst_buffer_unref(rgb);
    CHECK_FALSE(YuvPicture::fromSample(rgbSample.get()));
}
