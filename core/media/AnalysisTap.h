#pragma once
// The frame tap for video analytics (core/analytics): a small grey picture (the luma plane,
// downscaled to fit 320x180) of what a stream pipeline already decodes, at most `maxFps` a
// second, handed to a callback. No second decode: it reads the decoded picture the appsink holds.
//
// Threads: the callback runs on a GStreamer streaming thread; it must be quick (or hand over) and
// must not call back into the StreamPipeline.
#include <QImage>
#include <QSize>

#include <functional>

typedef struct _GstVideoFrame GstVideoFrame;

namespace pantau::media {

struct AnalysisTap
{
    // grey: Format_Grayscale8, at most `size`; utcMs: when the picture was taken from the decoder.
    std::function<void(const QImage &grey, qint64 utcMs)> callback;
    int maxFps = 5;
    QSize size{320, 180};

    explicit operator bool() const { return bool(callback); }
    int intervalMs() const { return maxFps > 0 ? 1000 / maxFps : 0; }
};

// The luma plane of a mapped YUV or GRAY8 frame, box-sampled to fit inside `maxSize` keeping the
// aspect ratio (never upscaled). Any thread.
QImage greyPicture(const GstVideoFrame &frame, QSize maxSize);

} // namespace pantau::media
