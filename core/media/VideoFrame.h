#pragma once
// A decoded picture ready to paint: either already converted to BGRx at the tile's size (the CPU
// renderer), or the decoder's own YUV planes (the GPU renderer converts and scales them in a
// shader). Copies share the pixels, so passing frames around costs a reference count.
#include "core/media/YuvPicture.h"

#include <QImage>

#include <chrono>
#include <memory>

namespace pantau {

// Milliseconds on the steady clock; comparable across threads of this process.
inline qint64 monotonicMs()
{
    using namespace std::chrono;
    return duration_cast<milliseconds>(steady_clock::now().time_since_epoch()).count();
}

struct VideoFrame
{
    QImage image;         // Format_RGB32 (BGRx), already scaled for the tile; null for YUV frames
    quint64 sequence = 0; // 1, 2, 3... per pipeline run
    std::shared_ptr<const media::YuvPicture> yuv; // the decoded planes, when the pool delivers YUV
    bool isNull() const { return image.isNull() && !yuv; }
    // The size the picture is shown at before fitting it into a tile.
    QSize displaySize() const { return yuv ? yuv->displaySize() : image.size(); }
};

} // namespace pantau
