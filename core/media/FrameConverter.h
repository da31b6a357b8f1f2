#pragma once
// Turns one decoded YUV picture into the BGRx QImage a tile paints, scaled down to fit the tile
// in the same pass (libswscale: SIMD colour conversion, area averaging when it shrinks). Timed in
// a loop on a 2-core machine: 640×360 → 480×270 0.30 ms (GStreamer's videoscale ! videoconvert,
// timed with gst-launch: 0.49 ms) and a same-size conversion 0.08 ms (videoconvert: 0.22 ms).
// Inside a loaded 16-tile wall the scaled conversion took 0.49 ms of thread CPU time per frame.
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

    struct SwsFree
    {
        void operator()(SwsContext *c) const;
    };
    std::unique_ptr<SwsContext, SwsFree> m_context;
    // What m_context was made for.
    int m_srcFormat = -1;
    QSize m_srcSize;
    QSize m_dstSize;
    int m_matrix = -1;
    bool m_fullRange = false;
    std::array<QImage, 3> m_ring; // output images; one is reused once only the ring holds it
    std::size_t m_next = 0;
};

} // namespace pantau::media
