#pragma once
// A frame number drawn into the picture as a row of black and white blocks along the bottom edge,
// readable again after encoding, decoding and scaling. The benchmark uses it to tell which
// frame a tile painted, and so how long after the server sent it. Any thread.
#include <QImage>

namespace pantau::demo {

constexpr int kBarcodeBits = 12;            // frame numbers 0..4095
constexpr double kBarcodeHeightShare = 0.1; // the bottom tenth of the picture

void drawFrameBarcode(QImage &image, int frameNumber);
// -1 when the picture carries no readable barcode.
int readFrameBarcode(const QImage &image);

} // namespace pantau::demo
