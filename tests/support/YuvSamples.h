#pragma once
// Decoded pictures as a decoder hands them over (a GstSample of raw YUV), built from a function of
// the pixel position, for the YUV picture and GPU renderer tests.
#include "core/media/GstPtr.h"

#include <QColor>

#include <gst/video/video.h>

#include <array>
#include <cmath>
#include <functional>

namespace pantau::test {

// R'G'B' -> Y'CbCr, BT.601 or BT.709, limited (16-235/240) or full range.
inline std::array<guint8, 3> yuvOf(QColor rgb, bool bt709 = false, bool fullRange = false)
{
    const double kr = bt709 ? 0.2126 : 0.299, kb = bt709 ? 0.0722 : 0.114, kg = 1 - kr - kb;
    const double r = rgb.redF(), g = rgb.greenF(), b = rgb.blueF();
    const double y = kr * r + kg * g + kb * b;
    const double cb = (b - y) / (2 * (1 - kb)), cr = (r - y) / (2 * (1 - kr));
    auto byte = [](double v) { return guint8(std::clamp(std::lround(v), 0L, 255L)); };
    if (fullRange)
        return {byte(y * 255), byte(128 + cb * 255), byte(128 + cr * 255)};
    return {byte(16 + y * 219), byte(128 + cb * 224), byte(128 + cr * 224)};
}

// A picture of `format` whose pixel (x, y) has the Y'CbCr colour yuvAt(x, y) (chroma samples take
// the colour of their top-left luma position). `parN/parD`: pixel aspect ratio.
inline gst::SamplePtr yuvSample(GstVideoFormat format, int width, int height,
                                const std::function<std::array<guint8, 3>(int x, int y)> &yuvAt,
                                GstVideoColorMatrix matrix = GST_VIDEO_COLOR_MATRIX_BT601,
                                GstVideoColorRange range = GST_VIDEO_COLOR_RANGE_16_235, int parN = 1,
                                int parD = 1)
{
    GstVideoInfo info;
    gst_video_info_set_format(&info, format, width, height);
    if (GST_VIDEO_INFO_IS_YUV(&info)) {
        info.colorimetry.matrix = matrix;
        info.colorimetry.range = range;
    }
    info.par_n = parN;
    info.par_d = parD;
    GstBuffer *buffer = gst_buffer_new_allocate(nullptr, GST_VIDEO_INFO_SIZE(&info), nullptr);
    GstVideoFrame w;
    if (gst_video_frame_map(&w, &info, buffer, GST_MAP_WRITE)) {
        for (guint c = 0; c < GST_VIDEO_FRAME_N_COMPONENTS(&w); ++c) {
            auto *data = static_cast<guint8 *>(GST_VIDEO_FRAME_COMP_DATA(&w, c));
            const int stride = GST_VIDEO_FRAME_COMP_STRIDE(&w, c);
            const int pstride = GST_VIDEO_FRAME_COMP_PSTRIDE(&w, c);
            const int compWidth = GST_VIDEO_FRAME_COMP_WIDTH(&w, c);
            const int compHeight = GST_VIDEO_FRAME_COMP_HEIGHT(&w, c);
            for (int row = 0; row < compHeight; ++row)
                for (int col = 0; col < compWidth; ++col)
                    data[row * stride + col * pstride] =
                        yuvAt(col * width / compWidth, row * height / compHeight)[c];
        }
        gst_video_frame_unmap(&w);
    }
    gst::CapsPtr caps(gst_video_info_to_caps(&info));
    gst::SamplePtr sample(gst_sample_new(buffer, caps.get(), nullptr, nullptr));
    gst_buffer_unref(buffer); // the sample holds it
    return sample;
}

// Four quadrants: red top left, green top right, blue bottom left, grey bottom right.
inline std::array<QColor, 4> quadrantColours()
{
    return {QColor(220, 40, 40), QColor(40, 200, 60), QColor(40, 60, 220), QColor(128, 128, 128)};
}
inline int quadrantOf(int x, int y, int width, int height)
{
    return (y >= height / 2 ? 2 : 0) + (x >= width / 2 ? 1 : 0);
}

} // namespace pantau::test
