#include "core/media/AnalysisTap.h"

#include <gst/video/video.h>

#include <algorithm>

namespace pantau::media {

QImage greyPicture(const GstVideoFrame &frame, QSize maxSize)
{
    const int srcW = GST_VIDEO_FRAME_COMP_WIDTH(&frame, 0);
    const int srcH = GST_VIDEO_FRAME_COMP_HEIGHT(&frame, 0);
    if (srcW <= 0 || srcH <= 0 || maxSize.isEmpty())
        return {};
    QSize out(srcW, srcH);
    if (srcW > maxSize.width() || srcH > maxSize.height())
        out = out.scaled(maxSize, Qt::KeepAspectRatio);
    out = out.expandedTo(QSize(1, 1));
    const auto *data = static_cast<const quint8 *>(GST_VIDEO_FRAME_COMP_DATA(&frame, 0));
    const int stride = GST_VIDEO_FRAME_COMP_STRIDE(&frame, 0);
    const int pixelStride = GST_VIDEO_FRAME_COMP_PSTRIDE(&frame, 0);
    QImage grey(out, QImage::Format_Grayscale8);
    // Each output pixel averages a 2x2 sample of its source area: cheap, and enough against the
    // aliasing of plain nearest-neighbour sampling.
    for (int y = 0; y < out.height(); ++y) {
        const int sy0 = int((qint64(y) * 4 + 1) * srcH / (out.height() * 4));
        const int sy1 = std::min(srcH - 1, int((qint64(y) * 4 + 3) * srcH / (out.height() * 4)));
        const quint8 *row0 = data + qint64(sy0) * stride;
        const quint8 *row1 = data + qint64(sy1) * stride;
        uchar *dst = grey.scanLine(y);
        for (int x = 0; x < out.width(); ++x) {
            const int sx0 = int((qint64(x) * 4 + 1) * srcW / (out.width() * 4));
            const int sx1 = std::min(srcW - 1, int((qint64(x) * 4 + 3) * srcW / (out.width() * 4)));
            const int sum = row0[sx0 * pixelStride] + row0[sx1 * pixelStride] + row1[sx0 * pixelStride] +
                            row1[sx1 * pixelStride];
            dst[x] = uchar((sum + 2) / 4);
        }
    }
    return grey;
}

} // namespace pantau::media
