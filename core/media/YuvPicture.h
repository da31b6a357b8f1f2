#pragma once
// A decoded picture kept in its decoder's planes: no copy, no colour conversion, no scaling. The
// GPU renderer uploads the planes as textures and converts and scales in a shader, so the CPU does
// nothing per pixel. Holds a reference on the GStreamer buffer, mapped for reading, for as long as
// it lives; immutable once made, so any thread may read it through shared_ptr<const YuvPicture>.
//
// Threads: made on a streaming thread (fromSample), read and released on any thread.
#include <QImage>
#include <QSize>

#include <memory>

typedef struct _GstSample GstSample;
typedef struct _GstVideoFrame GstVideoFrame;

namespace pantau::media {

class YuvPicture
{
public:
    enum class Layout {
        Planar,     // Y, U, V planes (I420, YV12, Y42B, Y444)
        SemiPlanar, // Y plane, interleaved UV plane (NV12, NV21)
        Grey,       // Y only
    };
    enum class Matrix { Bt601, Bt709, Bt2020 };

    // nullptr for a format the renderer does not take or a buffer that cannot be mapped.
    static std::shared_ptr<const YuvPicture> fromSample(GstSample *sample);
    ~YuvPicture();
    YuvPicture(const YuvPicture &) = delete;
    YuvPicture &operator=(const YuvPicture &) = delete;

    QSize size() const { return m_size; }               // decoded pixels
    QSize displaySize() const { return m_displaySize; } // with the pixel aspect ratio applied
    Layout layout() const { return m_layout; }
    int planeCount() const { return m_planeCount; }
    const uchar *plane(int i) const { return m_planes[i]; }
    int strideBytes(int i) const { return m_strides[i]; }
    QSize planeSize(int i) const { return m_planeSizes[i]; } // in samples (an NV12 UV sample is two bytes)
    bool swapUV() const { return m_swapUV; }                 // planes or bytes come V before U (YV12, NV21)
    Matrix matrix() const { return m_matrix; }
    bool fullRange() const { return m_fullRange; }
    // The luma plane as a grey image sharing the pixels; valid while this picture lives.
    QImage luma() const;
    // The mapped frame, for a CPU conversion (FrameConverter) where the GPU renderer failed.
    const GstVideoFrame &videoFrame() const;

private:
    YuvPicture() = default;
    struct Mapping;
    std::unique_ptr<Mapping> m_mapping; // the buffer reference and its mapping
    QSize m_size;
    QSize m_displaySize;
    Layout m_layout = Layout::Grey;
    int m_planeCount = 0;
    const uchar *m_planes[3] = {};
    int m_strides[3] = {};
    QSize m_planeSizes[3];
    bool m_swapUV = false;
    Matrix m_matrix = Matrix::Bt601;
    bool m_fullRange = false;
};

} // namespace pantau::media
