#pragma once
// A short synthetic video, encoded once (H.264 or H.265 access units) and looped by the demo
// RTSP server, so serving costs almost nothing. Rendering uses QPainter on QImage (any thread);
// encoding runs a private GStreamer pipeline and blocks the calling thread, so call it off the GUI.
#include <QByteArray>
#include <QColor>
#include <QImage>
#include <QSize>
#include <QString>
#include <QVector>

#include <functional>
#include <memory>
#include <optional>

namespace pantau::demo {

enum class Codec { Invalid = 0, H264, H265 };

struct ClipSpec
{
    QString title;             // burned into the picture
    QString subtitle;          // second line (stream label)
    QColor color;              // dominant colour of the scene
    bool solidColor = false;   // the whole picture is `color` (tests tell cameras apart by colour)
    bool frameBarcode = false; // the frame number is drawn along the bottom (benchmark latency)
    QSize size{640, 360};
    int fps = 25;
    int keyframeIntervalFrames = 50; // one keyframe every 2 s at 25 fps
    int frameCount = 150;            // a 6 s loop
    Codec codec = Codec::H264;
    int bitrateKbps = 1000;

    QByteArray cacheKey() const; // changes whenever anything that shapes the bytes changes
};

struct EncodedClip
{
    ClipSpec spec;
    QVector<QByteArray> units; // one access unit per frame, byte-stream format
    QVector<bool> isKeyframe;
    bool isValid() const { return !units.isEmpty() && units.size() == isKeyframe.size(); }
};

// Renders and encodes the clip; with a cache folder, reads it from there when present and writes it
// there atomically otherwise. Returns nullptr (and logs why) when the encoder is missing or fails.
std::shared_ptr<const EncodedClip> encodeClip(const ClipSpec &spec, const QString &cacheDir = {});

// Encodes frames drawn by `render` (frame index, a spec.size Format_RGB32 picture to draw into)
// instead of renderFrame: the analytics tests draw their own scenes. Never cached.
std::shared_ptr<const EncodedClip> encodeFrames(const ClipSpec &spec,
                                                const std::function<void(int index, QImage &frame)> &render);

// The picture for frame `index` (exposed for tests and for the README screenshot).
void renderFrame(const ClipSpec &spec, int index, QImage &target);

} // namespace pantau::demo
