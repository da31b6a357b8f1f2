#pragma once
// Test cameras: solid-colour H.264/H.265 clips served by a real RTSP server on 127.0.0.1.
#include "app/demo/ClipRtspServer.h"
#include "core/site/Site.h"

#include <QColor>

namespace pantau::test {

struct ColourCamera
{
    QString id;
    QColor color;
};

inline std::shared_ptr<const demo::EncodedClip>
solidClip(const QColor &color, demo::Codec codec = demo::Codec::H264, QSize size = {320, 180})
{
    demo::ClipSpec spec;
    spec.title = color.name();
    spec.color = color;
    spec.solidColor = true;
    spec.size = size;
    spec.frameCount = 50;
    spec.keyframeIntervalFrames = 25;
    spec.codec = codec;
    spec.bitrateKbps = 300;
    return demo::encodeClip(spec);
}

// Colours far apart in every channel, so decoding error never confuses them.
inline QVector<QColor> distinctColours()
{
    return {QColor(220, 30, 30), QColor(30, 200, 40), QColor(30, 60, 220), QColor(230, 220, 30)};
}

inline bool closeTo(QColor a, QColor b, int tolerance = 40)
{
    return std::abs(a.red() - b.red()) <= tolerance && std::abs(a.green() - b.green()) <= tolerance &&
           std::abs(a.blue() - b.blue()) <= tolerance;
}

} // namespace pantau::test
