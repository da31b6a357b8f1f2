#include "app/demo/EncodedClip.h"

#include "app/demo/FrameBarcode.h"
#include "core/Log.h"
#include "core/media/GstPtr.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QLinearGradient>
#include <QMutex>
#include <QPainter>
#include <QSaveFile>

#include <gst/app/gstappsink.h>
#include <gst/app/gstappsrc.h>

#include <cmath>

namespace pantau::demo {

namespace {
constexpr quint32 kCacheMagic = 0x50414e31; // "PAN1"
constexpr int kRenderVersion = 3;           // bump when renderFrame changes

std::shared_ptr<EncodedClip> readCache(const QString &path, const ClipSpec &spec)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return nullptr;
    QDataStream in(&f);
    quint32 magic = 0;
    qint32 count = 0;
    in >> magic >> count;
    if (magic != kCacheMagic || count <= 0 || count > 100000)
        return nullptr;
    auto clip = std::make_shared<EncodedClip>();
    clip->spec = spec;
    for (int i = 0; i < count && in.status() == QDataStream::Ok; ++i) {
        bool key = false;
        QByteArray unit;
        in >> key >> unit;
        clip->isKeyframe.push_back(key);
        clip->units.push_back(unit);
    }
    if (in.status() != QDataStream::Ok || !clip->isValid() || !clip->isKeyframe.first())
        return nullptr;
    return clip;
}

void writeCache(const QString &path, const EncodedClip &clip)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return;
    QDataStream out(&f);
    out << kCacheMagic << qint32(clip.units.size());
    for (int i = 0; i < clip.units.size(); ++i)
        out << clip.isKeyframe[i] << clip.units[i];
    if (!f.commit())
        qCWarning(lcDemo) << "could not cache clip" << path;
}

struct Collector
{
    QMutex mutex;
    EncodedClip *clip;
};

GstFlowReturn collect(GstAppSink *sink, gpointer user)
{
    auto *c = static_cast<Collector *>(user);
    gst::SamplePtr sample(gst_app_sink_pull_sample(sink));
    if (!sample)
        return GST_FLOW_EOS;
    GstBuffer *buf = gst_sample_get_buffer(sample.get());
    GstMapInfo map;
    if (!gst_buffer_map(buf, &map, GST_MAP_READ))
        return GST_FLOW_ERROR;
    QMutexLocker lock(&c->mutex);
    c->clip->units.push_back(QByteArray(reinterpret_cast<const char *>(map.data), int(map.size)));
    c->clip->isKeyframe.push_back(!GST_BUFFER_FLAG_IS_SET(buf, GST_BUFFER_FLAG_DELTA_UNIT));
    gst_buffer_unmap(buf, &map);
    return GST_FLOW_OK;
}
} // namespace

QByteArray ClipSpec::cacheKey() const
{
    QCryptographicHash h(QCryptographicHash::Sha1);
    h.addData(QStringLiteral("%1|%2|%3|%4|%5x%6|%7|%8|%9|%10|%11|%12|%13")
                  .arg(title, subtitle, color.name())
                  .arg(solidColor)
                  .arg(frameBarcode)
                  .arg(size.width())
                  .arg(size.height())
                  .arg(fps)
                  .arg(keyframeIntervalFrames)
                  .arg(frameCount)
                  .arg(int(codec))
                  .arg(bitrateKbps)
                  .arg(kRenderVersion)
                  .toUtf8());
    return h.result().toHex().left(20);
}

void renderFrame(const ClipSpec &spec, int index, QImage &img)
{
    if (img.size() != spec.size || img.format() != QImage::Format_RGB32)
        img = QImage(spec.size, QImage::Format_RGB32);
    if (spec.solidColor) {
        img.fill(spec.color);
        if (spec.frameBarcode)
            drawFrameBarcode(img, index);
        return;
    }
    const int w = spec.size.width(), h = spec.size.height();
    const double phase = double(index) / std::max(1, spec.frameCount); // 0..1 over the loop
    QPainter p(&img);
    p.setRenderHint(QPainter::Antialiasing);
    // Sky and ground in the camera's own colour, so operators tell the demo cameras apart at a glance.
    QLinearGradient sky(0, 0, 0, h * 0.55);
    sky.setColorAt(0, spec.color.darker(260));
    sky.setColorAt(1, spec.color.darker(140));
    p.fillRect(QRectF(0, 0, w, h * 0.55), sky);
    p.fillRect(QRectF(0, h * 0.55, w, h * 0.45), QColor(48, 52, 56));
    // Lane markings that move towards the viewer.
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(230, 230, 210));
    for (int i = 0; i < 8; ++i) {
        const double x = std::fmod(i * w / 6.0 + phase * w * 2, w * 1.33) - w * 0.16;
        p.drawRect(QRectF(x, h * 0.77, w * 0.08, h * 0.018));
    }
    // Two "vehicles" crossing in opposite directions.
    const double carW = w * 0.16, carH = h * 0.1;
    p.setBrush(spec.color.lighter(150));
    p.drawRoundedRect(QRectF(-carW + phase * (w + carW), h * 0.62, carW, carH), 6, 6);
    p.setBrush(QColor(240, 200, 40));
    p.drawRoundedRect(QRectF(w - std::fmod(phase * 2, 1.0) * (w + carW), h * 0.83, carW * 0.8, carH * 0.9), 6,
                      6);
    // A sweeping beacon so motion is visible even in a small tile.
    p.setBrush(QColor(255, 255, 255, 70));
    p.drawPie(QRectF(w * 0.78, h * 0.08, h * 0.3, h * 0.3), int(-phase * 360 * 16 * 2), 40 * 16);
    // Name burned in, with a shadow so it reads on any colour.
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(std::max(12, h / 12));
    font.setBold(true);
    p.setFont(font);
    const QRectF titleRect(w * 0.03, h * 0.05, w * 0.9, h * 0.2);
    p.setPen(QColor(0, 0, 0, 180));
    p.drawText(titleRect.translated(2, 2), Qt::AlignLeft | Qt::AlignTop, spec.title);
    p.setPen(Qt::white);
    p.drawText(titleRect, Qt::AlignLeft | Qt::AlignTop, spec.title);
    font.setBold(false);
    font.setPixelSize(std::max(10, h / 22));
    p.setFont(font);
    p.drawText(QRectF(w * 0.03, h * 0.05 + h / 10.0, w * 0.9, h * 0.1), Qt::AlignLeft | Qt::AlignTop,
               spec.subtitle);
    p.end();
    if (spec.frameBarcode)
        drawFrameBarcode(img, index);
}

std::shared_ptr<const EncodedClip> encodeClip(const ClipSpec &spec, const QString &cacheDir)
{
    const QString cachePath =
        cacheDir.isEmpty() ? QString()
                           : QDir(cacheDir).filePath(QString::fromLatin1("clip-" + spec.cacheKey() + ".bin"));
    if (!cachePath.isEmpty())
        if (auto cached = readCache(cachePath, spec))
            return cached;
    auto clip = encodeFrames(spec, [&spec](int index, QImage &frame) { renderFrame(spec, index, frame); });
    if (clip && !cachePath.isEmpty())
        writeCache(cachePath, *clip);
    return clip;
}

std::shared_ptr<const EncodedClip> encodeFrames(const ClipSpec &spec,
                                                const std::function<void(int index, QImage &frame)> &render)
{
    const bool h265 = spec.codec == Codec::H265;
    gst::ElementPtr pipeline(gst_pipeline_new(nullptr));
    gst_object_ref_sink(pipeline.get());
    gst::ElementPtr src = gst::makeElement("appsrc"), convert = gst::makeElement("videoconvert"),
                    enc = gst::makeElement(h265 ? "x265enc" : "x264enc"),
                    filter = gst::makeElement("capsfilter"), sink = gst::makeElement("appsink");
    if (!src || !convert || !enc || !filter || !sink) {
        qCWarning(lcDemo) << "missing GStreamer elements to encode the demo clip (x264enc/x265enc: "
                             "gstreamer1.0-plugins-ugly / -bad)";
        return nullptr;
    }
    for (GstElement *e : {src.get(), convert.get(), enc.get(), filter.get(), sink.get()})
        gst_bin_add(GST_BIN(pipeline.get()), e);
    gst_element_link_many(src.get(), convert.get(), enc.get(), filter.get(), sink.get(), nullptr);

    gst::CapsPtr rawCaps(gst_caps_new_simple(
        "video/x-raw", "format", G_TYPE_STRING, "BGRx", "width", G_TYPE_INT, spec.size.width(), "height",
        G_TYPE_INT, spec.size.height(), "framerate", GST_TYPE_FRACTION, spec.fps, 1, nullptr));
    g_object_set(src.get(), "caps", rawCaps.get(), "format", GST_FORMAT_TIME, "block", TRUE, "max-bytes",
                 guint64(spec.size.width() * spec.size.height() * 4 * 4), nullptr);
    if (h265) {
        gst_util_set_object_arg(G_OBJECT(enc.get()), "speed-preset", "ultrafast");
        gst_util_set_object_arg(G_OBJECT(enc.get()), "tune", "zerolatency");
        g_object_set(enc.get(), "key-int-max", spec.keyframeIntervalFrames, "bitrate",
                     guint(spec.bitrateKbps), nullptr);
    } else {
        gst_util_set_object_arg(G_OBJECT(enc.get()), "speed-preset", "ultrafast");
        gst_util_set_object_arg(G_OBJECT(enc.get()), "tune", "zerolatency");
        g_object_set(enc.get(), "key-int-max", guint(spec.keyframeIntervalFrames), "bframes", 0u, "bitrate",
                     guint(spec.bitrateKbps), nullptr);
    }
    gst::CapsPtr outCaps(h265 ? gst_caps_from_string("video/x-h265,stream-format=byte-stream,alignment=au")
                              : gst_caps_from_string("video/x-h264,stream-format=byte-stream,alignment=au,"
                                                     "profile=constrained-baseline"));
    g_object_set(filter.get(), "caps", outCaps.get(), nullptr);
    g_object_set(sink.get(), "sync", FALSE, nullptr);

    auto clip = std::make_shared<EncodedClip>();
    clip->spec = spec;
    Collector collector{{}, clip.get()};
    GstAppSinkCallbacks cb{};
    cb.new_sample = &collect;
    gst_app_sink_set_callbacks(GST_APP_SINK(sink.get()), &cb, &collector, nullptr);

    gst_element_set_state(pipeline.get(), GST_STATE_PLAYING);
    QImage frame;
    const GstClockTime frameNs = GST_SECOND / spec.fps;
    for (int i = 0; i < spec.frameCount; ++i) {
        if (frame.size() != spec.size || frame.format() != QImage::Format_RGB32)
            frame = QImage(spec.size, QImage::Format_RGB32);
        render(i, frame);
        const qsizetype bytes = frame.sizeInBytes();
        GstBuffer *buf = gst_buffer_new_allocate(nullptr, gsize(bytes), nullptr);
        gst_buffer_fill(buf, 0, frame.constBits(), gsize(bytes)); // the buffer owns a copy
        GST_BUFFER_PTS(buf) = GST_BUFFER_DTS(buf) = i * frameNs;
        GST_BUFFER_DURATION(buf) = frameNs;
        if (gst_app_src_push_buffer(GST_APP_SRC(src.get()), buf) != GST_FLOW_OK)
            break;
    }
    gst_app_src_end_of_stream(GST_APP_SRC(src.get()));
    gst::BusPtr bus(gst_element_get_bus(pipeline.get()));
    gst::MessagePtr msg(gst_bus_timed_pop_filtered(bus.get(), 120 * GST_SECOND,
                                                   GstMessageType(GST_MESSAGE_EOS | GST_MESSAGE_ERROR)));
    const bool ok = msg && GST_MESSAGE_TYPE(msg.get()) == GST_MESSAGE_EOS;
    gst_element_set_state(pipeline.get(), GST_STATE_NULL);
    if (!ok || !clip->isValid() || !clip->isKeyframe.first()) {
        qCWarning(lcDemo) << "encoding the demo clip failed for" << spec.title;
        return nullptr;
    }
    return clip;
}

} // namespace pantau::demo
