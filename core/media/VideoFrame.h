#pragma once
// A decoded picture ready to paint, already converted to BGRx at the tile's size. QImage shares
// its pixels between copies, so passing frames around costs a reference count.
#include <QImage>

#include <chrono>

namespace pantau {

// Milliseconds on the steady clock; comparable across threads of this process.
inline qint64 monotonicMs()
{
    using namespace std::chrono;
    return duration_cast<milliseconds>(steady_clock::now().time_since_epoch()).count();
}

struct VideoFrame
{
    QImage image;           // Format_RGB32 (BGRx), already scaled for the tile
    quint64 sequence = 0;   // 1, 2, 3... per pipeline run
    bool isNull() const { return image.isNull(); }
};

} // namespace pantau
