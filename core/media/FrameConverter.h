#pragma once
// Turns one decoded YUV picture into the BGRx QImage a tile paints, scaled down to fit the tile
// (libswscale). A 4:2:0 picture that shrinks is scaled first in YUV (area averaging) into a
// scratch picture, then colour-converted at its new size on libswscale's unscaled path, which has
// x86 SIMD code for 4:2:0 input; libswscale's one-pass scale-and-convert to RGB writes each pixel
// in C, so the two steps are faster (timings: README, "Performance"). Other formats are scaled and
// converted in one pass.
//
// Output images come from a small ring that is reused once nobody else holds them, so a playing
// stream allocates nothing per frame.
//
// Threads: one converter per pipeline run, used only by that run's streaming thread.
#include <QImage>
#include <QSize>

#include <array>
#include <memory>

typedef struct _GstVideoFrame GstVideoFrame;
struct SwsContext;

namespace pantau::media {

class FrameConverter
{
public:
    FrameConverter();
    ~FrameConverter();
    FrameConverter(const FrameConverter &) = delete;
    FrameConverter &operator=(const FrameConverter &) = delete;

    // The GStreamer formats convert() takes (a caps string list for the pipeline's capsfilter);
    // videoconvert turns anything else into the closest of them first.
    static const char *inputFormatsCaps();

    // The size a picture of `decoded` pixels with pixel aspect ratio `parN/parD` is shown at: the
    // pixel aspect ratio applied to the width (ignored when it is not a positive fraction).
    static QSize displaySize(QSize decoded, int parN, int parD);

    // The size a picture of `decoded` pixels with pixel aspect ratio `parN/parD` is delivered at
    // for a tile of `target` pixels: the display size fitted inside the target, never larger than
    // the display size, even width and height. An empty target keeps the display size.
    static QSize outputSize(QSize decoded, int parN, int parD, QSize target);

    // Converts (and scales) the mapped frame into a Format_RGB32 image of `out` pixels.
    // Returns a null image for a format it does not know (the caller's caps prevent that).
    QImage convert(const GstVideoFrame &frame, QSize out);

private:
    QImage &takeImage(QSize size);
    bool allocateScratch(QSize size); // the YUV420P scratch picture

    struct SwsFree
    {
        void operator()(SwsContext *c) const;
    };
    std::unique_ptr<SwsContext, SwsFree>
        m_scaler; // 4:2:0 source → scratch YUV420P at the output size, when it shrinks
    std::unique_ptr<SwsContext, SwsFree> m_converter; // scratch (or source) → RGB32 at the output size
    // The scratch picture between the two steps: planes, strides and their storage (64-byte aligned).
    std::unique_ptr<unsigned char[]> m_scratch;
    unsigned char *m_scratchPlanes[4] = {};
    int m_scratchStrides[4] = {};
    // What the contexts were made for.
    int m_srcFormat = -1;
    QSize m_srcSize;
    QSize m_dstSize;
    int m_matrix = -1;
    bool m_fullRange = false;
    std::array<QImage, 3> m_ring; // output images; one is reused once only the ring holds it
    std::size_t m_next = 0;
};

} // namespace pantau::media
