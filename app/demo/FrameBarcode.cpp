#include "app/demo/FrameBarcode.h"

#include <QPainter>

namespace pantau::demo {

// Layout: [white guard] [12 data blocks, most significant first] [black guard], equal widths.
static constexpr int kBlocks = kBarcodeBits + 2;

void drawFrameBarcode(QImage &image, int frameNumber)
{
    QPainter p(&image);
    const int h = std::max(4, int(image.height() * kBarcodeHeightShare));
    const int y = image.height() - h;
    const double w = double(image.width()) / kBlocks;
    for (int b = 0; b < kBlocks; ++b) {
        bool white;
        if (b == 0)
            white = true;
        else if (b == kBlocks - 1)
            white = false;
        else
            white = (frameNumber >> (kBarcodeBits - b)) & 1;
        p.fillRect(QRectF(b * w, y, w + 1, h), white ? Qt::white : Qt::black);
    }
}

int readFrameBarcode(const QImage &image)
{
    if (image.isNull() || image.width() < kBlocks * 2)
        return -1;
    const int h = std::max(4, int(image.height() * kBarcodeHeightShare));
    const int y = image.height() - h / 2;
    const double w = double(image.width()) / kBlocks;
    auto level = [&](int block) { return qGray(image.pixel(int((block + 0.5) * w), y)); };
    if (level(0) < 170 || level(kBlocks - 1) > 85)
        return -1; // guards not where they should be: not a barcode picture
    int value = 0;
    for (int b = 1; b <= kBarcodeBits; ++b) {
        const int g = level(b);
        if (g > 85 && g < 170)
            return -1; // ambiguous grey: a blurred or half-decoded picture
        value = (value << 1) | (g >= 170 ? 1 : 0);
    }
    return value;
}

} // namespace pantau::demo
