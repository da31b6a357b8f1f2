// media::greyPicture, the frame tap's downscale: the luma plane of a decoded frame, fitted inside
// 320x180 with the picture's geometry kept (no part of the picture smeared or left out).
#include "core/media/AnalysisTap.h"

#include <catch2/catch.hpp>

#include <gst/video/video.h>

#include <cstdlib>

TEST_CASE("The frame tap's grey picture is the luma plane downscaled to fit 320x180")
{
    GstVideoInfo info;
    gst_video_info_set_format(&info, GST_VIDEO_FORMAT_I420, 640, 360);
    GstBuffer *buffer = gst_buffer_new_allocate(nullptr, info.size, nullptr);
    GstVideoFrame frame;
    REQUIRE(gst_video_frame_map(&frame, &info, buffer, GST_MAP_WRITE));
    // Luma: a horizontal ramp (0..255 over the width) with a bright block at the right bottom.
    auto *y = static_cast<quint8 *>(GST_VIDEO_FRAME_COMP_DATA(&frame, 0));
    const int stride = GST_VIDEO_FRAME_COMP_STRIDE(&frame, 0);
    for (int row = 0; row < 360; ++row)
        for (int col = 0; col < 640; ++col)
            y[row * stride + col] = (row >= 300 && col >= 560) ? 250 : quint8(col * 200 / 640);
    const QImage grey = pantau::media::greyPicture(frame, QSize(320, 180));
    gst_video_frame_unmap(&frame);
    gst_buffer_unref(buffer);

    REQUIRE(grey.size() == QSize(320, 180));
    REQUIRE(grey.format() == QImage::Format_Grayscale8);
    for (int x : {0, 80, 160, 240, 270}) {
        INFO("x " << x);
        CHECK(std::abs(int(grey.constScanLine(40)[x]) - x * 2 * 200 / 640) <= 2);
    }
    CHECK(grey.constScanLine(170)[300] == 250);
    CHECK(grey.constScanLine(140)[300] < 250);
}

TEST_CASE("The frame tap never upscales a picture smaller than 320x180")
{
    GstVideoInfo info;
    gst_video_info_set_format(&info, GST_VIDEO_FORMAT_GRAY8, 160, 90);
    GstBuffer *buffer = gst_buffer_new_allocate(nullptr, info.size, nullptr);
    gst_buffer_memset(buffer, 0, 77, info.size);
    GstVideoFrame frame;
    REQUIRE(gst_video_frame_map(&frame, &info, buffer, GST_MAP_READ));
    const QImage grey = pantau::media::greyPicture(frame, QSize(320, 180));
    gst_video_frame_unmap(&frame);
    gst_buffer_unref(buffer);
    CHECK(grey.size() == QSize(160, 90));
    CHECK(grey.constScanLine(45)[80] == 77);
}
