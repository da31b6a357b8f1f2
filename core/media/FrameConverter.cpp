#include "core/media/FrameConverter.h"

#include <gst/video/video.h>

extern "C" {
#include <libavutil/pixfmt.h>
#include <libswscale/swscale.h>
}

#include <algorithm>
#include <atomic>
#include <cstdint>
#include <cstdlib>
#include <new>
#include <utility>

namespace pantau::media {

namespace {
// GStreamer format → libswscale format for what decoders hand us. Anything else is converted to
// I420 by the pipeline before it reaches us.
AVPixelFormat avFormat(GstVideoFormat f)
{
    switch (f) {
    case GST_VIDEO_FORMAT_I420:
        return AV_PIX_FMT_YUV420P;
    case GST_VIDEO_FORMAT_YV12:
        return AV_PIX_FMT_YUV420P; // same planes, U and V swapped (handled below)
    case GST_VIDEO_FORMAT_NV12:
        return AV_PIX_FMT_NV12;
    case GST_VIDEO_FORMAT_NV21:
        return AV_PIX_FMT_NV21;
    case GST_VIDEO_FORMAT_Y42B:
        return AV_PIX_FMT_YUV422P;
    case GST_VIDEO_FORMAT_Y444:
        return AV_PIX_FMT_YUV444P;
    case GST_VIDEO_FORMAT_GRAY8:
        return AV_PIX_FMT_GRAY8;
    default:
        return AV_PIX_FMT_NONE;
    }
}

// 4:2:0 sources, whose shrunk picture is a YUV420P scratch picture.
bool is420(AVPixelFormat f)
{
    return f == AV_PIX_FMT_YUV420P || f == AV_PIX_FMT_NV12 || f == AV_PIX_FMT_NV21;
}
} // namespace

void FrameConverter::SwsFree::operator()(SwsContext *c) const
{
    sws_freeContext(c);
}

FrameConverter::FrameConverter() = default;
FrameConverter::~FrameConverter() = default;

const char *FrameConverter::inputFormatsCaps()
{
    return "video/x-raw, format=(string){ I420, YV12, NV12, NV21, Y42B, Y444, GRAY8 }";
}

QSize FrameConverter::displaySize(QSize decoded, int parN, int parD)
{
    if (parN <= 0 || parD <= 0)
        return decoded;
    return {int(std::clamp<qint64>(qint64(decoded.width()) * parN / parD, 2, 16384)), decoded.height()};
}

QSize FrameConverter::outputSize(QSize decoded, int parN, int parD, QSize target)
{
    if (decoded.isEmpty())
        return {};
    const QSize display = displaySize(decoded, parN, parD);
    double scale = 1.0;
    if (target.isValid() && !target.isEmpty())
        scale = std::min(
            {1.0, double(target.width()) / display.width(), double(target.height()) / display.height()});
    return {std::max(2, int(display.width() * scale) & ~1), std::max(2, int(display.height() * scale) & ~1)};
}

QImage &FrameConverter::takeImage(QSize size)
{
    // A ring slot nobody else holds (the GUI thread lets go of frames it has painted) is written
    // again in place; one still held is left alone and replaced by a new image.
    for (std::size_t i = 0; i < m_ring.size(); ++i) {
        const std::size_t index = (m_next + i) % m_ring.size();
        QImage &img = m_ring[index];
        if (!img.isNull() && img.size() == size && img.isDetached()) {
            // Qt reads the reference count relaxed: order the GUI thread's last reads of these
            // pixels (before it let go) before our writes.
            std::atomic_thread_fence(std::memory_order_acquire);
            m_next = (index + 1) % m_ring.size();
            return img;
        }
    }
    QImage &slot = m_ring[m_next];
    m_next = (m_next + 1) % m_ring.size();
    // libswscale's SIMD colour conversion writes whole groups of 8 pixels: rows are padded to 64
    // bytes, or a width that is no multiple of 8 would write past the last row (seen with
    // valgrind at 476 pixels wide).
    const qsizetype bytesPerLine = (qsizetype(size.width()) * 4 + 63) / 64 * 64;
    void *pixels = std::aligned_alloc(64, std::size_t(bytesPerLine) * size.height());
    if (!pixels) {
        slot = QImage();
        return slot;
    }
    slot = QImage(
        static_cast<uchar *>(pixels), size.width(), size.height(), bytesPerLine, QImage::Format_RGB32,
        [](void *p) { std::free(p); }, pixels);
    return slot;
}

QImage FrameConverter::convert(const GstVideoFrame &frame, QSize out)
{
    const GstVideoInfo &info = frame.info;
    const GstVideoFormat gstFormat = GST_VIDEO_INFO_FORMAT(&info);
    const AVPixelFormat src = avFormat(gstFormat);
    if (src == AV_PIX_FMT_NONE || out.isEmpty())
        return {};
    const QSize srcSize(GST_VIDEO_INFO_WIDTH(&info), GST_VIDEO_INFO_HEIGHT(&info));
    int matrix = SWS_CS_ITU601;
    switch (info.colorimetry.matrix) {
    case GST_VIDEO_COLOR_MATRIX_BT709:
        matrix = SWS_CS_ITU709;
        break;
    case GST_VIDEO_COLOR_MATRIX_BT2020:
        matrix = SWS_CS_BT2020;
        break;
    case GST_VIDEO_COLOR_MATRIX_SMPTE240M:
        matrix = SWS_CS_SMPTE240M;
        break;
    case GST_VIDEO_COLOR_MATRIX_FCC:
        matrix = SWS_CS_FCC;
        break;
    default:
        break;
    }
    const bool fullRange = info.colorimetry.range == GST_VIDEO_COLOR_RANGE_0_255;
    // Two steps only where the second has SIMD code (libswscale's x86 unscaled conversion takes
    // 4:2:0 planar input) and the picture shrinks; anything else is scaled and converted in one
    // pass (4:2:2, 4:4:4, grey, and a picture widened by its pixel aspect ratio).
    const bool twoStep =
        out != srcSize && is420(src) && out.width() <= srcSize.width() && out.height() <= srcSize.height();
    if (!m_converter || m_srcFormat != src || m_srcSize != srcSize || m_dstSize != out ||
        m_matrix != matrix || m_fullRange != fullRange) {
        m_scaler.reset();
        m_converter.reset();
        if (twoStep) {
            // YUV → YUV of the same range: no colour work, area averaging (sharp and cheap).
            m_scaler.reset(sws_getContext(srcSize.width(), srcSize.height(), src, out.width(), out.height(),
                                          AV_PIX_FMT_YUV420P, SWS_AREA, nullptr, nullptr, nullptr));
            if (!m_scaler || !allocateScratch(out))
                return {};
        }
        // AV_PIX_FMT_RGB32 is 0xAARRGGBB in native byte order, like QImage::Format_RGB32, with the
        // alpha byte written opaque. Same size in and out: libswscale's unscaled SIMD path.
        const QSize in = twoStep ? out : srcSize;
        const AVPixelFormat inFormat = twoStep ? AV_PIX_FMT_YUV420P : src;
        m_converter.reset(sws_getContext(in.width(), in.height(), inFormat, out.width(), out.height(),
                                         AV_PIX_FMT_RGB32, SWS_AREA, nullptr, nullptr, nullptr));
        if (!m_converter) {
            m_scaler.reset();
            return {};
        }
        const int *coefficients = sws_getCoefficients(matrix);
        sws_setColorspaceDetails(m_converter.get(), coefficients, fullRange ? 1 : 0, coefficients, 1, 0,
                                 1 << 16, 1 << 16);
        m_srcFormat = src;
        m_srcSize = srcSize;
        m_dstSize = out;
        m_matrix = matrix;
        m_fullRange = fullRange;
    }
    const uint8_t *planes[4] = {};
    int strides[4] = {};
    for (guint i = 0; i < GST_VIDEO_FRAME_N_PLANES(&frame) && i < 4; ++i) {
        planes[i] = static_cast<const uint8_t *>(GST_VIDEO_FRAME_PLANE_DATA(&frame, i));
        strides[i] = GST_VIDEO_FRAME_PLANE_STRIDE(&frame, i);
    }
    if (gstFormat == GST_VIDEO_FORMAT_YV12) { // planes Y, V, U in memory
        std::swap(planes[1], planes[2]);
        std::swap(strides[1], strides[2]);
    }
    if (twoStep) {
        if (sws_scale(m_scaler.get(), planes, strides, 0, srcSize.height(), m_scratchPlanes,
                      m_scratchStrides) <= 0)
            return {};
        for (int i = 0; i < 4; ++i) {
            planes[i] = m_scratchPlanes[i];
            strides[i] = m_scratchStrides[i];
        }
    }
    // Written while only the ring holds it (bits() does not copy then); the copy returned shares it.
    QImage &image = takeImage(out);
    if (image.isNull())
        return {};
    uint8_t *dst[4] = {image.bits(), nullptr, nullptr, nullptr};
    const int dstStride[4] = {int(image.bytesPerLine()), 0, 0, 0};
    const int inHeight = twoStep ? out.height() : srcSize.height();
    if (sws_scale(m_converter.get(), planes, strides, 0, inHeight, dst, dstStride) <= 0)
        return {}; // a fresh ring slot would show uninitialised memory
    return image;
}

bool FrameConverter::allocateScratch(QSize size)
{
    // A YUV420P picture; strides 64-byte aligned for SIMD, which writes whole vectors past the
    // last pixel of a row (and of the last row: a spare tail).
    constexpr int kAlign = 64;
    auto aligned = [](int bytes) { return (bytes + kAlign - 1) / kAlign * kAlign; };
    const int lumaStride = aligned(size.width());
    const int chromaStride = aligned((size.width() + 1) / 2);
    const std::size_t lumaBytes = std::size_t(lumaStride) * size.height();
    const std::size_t chromaBytes = std::size_t(chromaStride) * ((size.height() + 1) / 2);
    m_scratch.reset(new (std::nothrow) unsigned char[lumaBytes + 2 * chromaBytes + 2 * kAlign]);
    if (!m_scratch)
        return false;
    const auto base = reinterpret_cast<std::uintptr_t>(m_scratch.get());
    auto *y = m_scratch.get() + (kAlign - base % kAlign) % kAlign;
    m_scratchPlanes[0] = y;
    m_scratchPlanes[1] = y + lumaBytes;
    m_scratchPlanes[2] = y + lumaBytes + chromaBytes;
    m_scratchPlanes[3] = nullptr;
    m_scratchStrides[0] = lumaStride;
    m_scratchStrides[1] = m_scratchStrides[2] = chromaStride;
    m_scratchStrides[3] = 0;
    return true;
}

} // namespace pantau::media
