// pantau-export-bench: evidence export (remux, no re-encoding) of N minutes of ~2 Mb/s H.264
// footage, against a plain copy of the same bytes in the same run. The footage is made once: a
// segment of noise (which no encoder can squeeze below its bitrate) encoded at a constant
// bitrate and muxed as the recorder writes its files (fragmented MP4, 1 s fragments), then
// listed N times in a row as consecutive segments. Prints one JSON line.
//   pantau-export-bench --minutes 60 --segment-seconds 60 --kbps 2000 [--keep]
#include "core/media/GstInit.h"
#include "core/media/GstPtr.h"
#include "core/playback/EvidenceExporter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gst/gst.h>

#include <cstdio>

using namespace pantau;
using namespace pantau::playback;

namespace {

// Encodes `seconds` of 640x360 noise at `kbps` into a recorder-like fragmented MP4.
bool makeSegment(const QString &path, int seconds, int kbps, QString *error)
{
    const QString description =
        QStringLiteral(
            "videotestsrc pattern=snow num-buffers=%1 ! video/x-raw,width=640,height=360,framerate=25/1 ! "
            "x264enc bitrate=%2 pass=cbr vbv-buf-capacity=1000 key-int-max=50 bframes=0 "
            "speed-preset=ultrafast tune=zerolatency ! h264parse ! "
            "mp4mux fragment-duration=1000 streamable=true ! filesink name=sink")
            .arg(seconds * 25)
            .arg(kbps);
    GError *raw = nullptr;
    GstElement *parsed = gst_parse_launch(description.toUtf8().constData(), &raw);
    gst::ErrorPtr parseError(raw);
    if (!parsed) {
        *error = QString::fromUtf8(parseError ? parseError->message : "parse");
        return false;
    }
    gst::ElementPtr pipeline(GST_ELEMENT(gst_object_ref_sink(parsed)));
    gst::ElementPtr sink(gst_bin_get_by_name(GST_BIN(pipeline.get()), "sink"));
    g_object_set(sink.get(), "location", QFile::encodeName(path).constData(), nullptr);
    gst::BusPtr bus(gst_element_get_bus(pipeline.get()));
    gst_element_set_state(pipeline.get(), GST_STATE_PLAYING);
    gst::MessagePtr m(gst_bus_timed_pop_filtered(bus.get(), GST_CLOCK_TIME_NONE,
                                                 GstMessageType(GST_MESSAGE_EOS | GST_MESSAGE_ERROR)));
    const bool ok = m && GST_MESSAGE_TYPE(m.get()) == GST_MESSAGE_EOS;
    if (!ok && m) {
        GError *e = nullptr;
        gst_message_parse_error(m.get(), &e, nullptr);
        *error = QString::fromUtf8(e ? e->message : "error");
        g_clear_error(&e);
    }
    gst_element_set_state(pipeline.get(), GST_STATE_NULL);
    return ok;
}

// The baseline: the same bytes read and written once, as a file copy does.
double copySeconds(const QString &from, int times, const QString &to)
{
    QElapsedTimer t;
    t.start();
    QFile out(to);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return -1;
    QByteArray chunk(1024 * 1024, Qt::Uninitialized);
    for (int i = 0; i < times; ++i) {
        QFile in(from);
        if (!in.open(QIODevice::ReadOnly))
            return -1;
        for (qint64 n; (n = in.read(chunk.data(), chunk.size())) > 0;)
            out.write(chunk.constData(), n);
    }
    out.close();
    return t.elapsed() / 1000.0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    QCommandLineOption minutesOpt("minutes", "Minutes of footage to export.", "N", "60");
    QCommandLineOption segmentOpt("segment-seconds", "Length of each recorded segment.", "S", "60");
    QCommandLineOption kbpsOpt("kbps", "Bitrate of the footage.", "K", "2000");
    QCommandLineOption dirOpt("dir", "Folder for the footage and the exports (default: a temporary one).",
                              "DIR");
    QCommandLineOption keepOpt("keep",
                               "Keep the footage and the export (their folder is printed on stderr).");
    parser.addOptions({minutesOpt, segmentOpt, kbpsOpt, dirOpt, keepOpt});
    parser.process(app);
    const int minutes = std::max(1, parser.value(minutesOpt).toInt());
    const int segmentSeconds = std::max(2, parser.value(segmentOpt).toInt());
    const int kbps = std::max(100, parser.value(kbpsOpt).toInt());
    media::initGStreamer();

    QTemporaryDir temp(parser.isSet(dirOpt) ? parser.value(dirOpt) + "/pantau-export-bench-XXXXXX"
                                            : QString());
    const QString segmentPath = temp.filePath("segment.mp4");
    QString error;
    QElapsedTimer made;
    made.start();
    if (!makeSegment(segmentPath, segmentSeconds, kbps, &error)) {
        std::fprintf(stderr, "cannot make the footage: %s\n", qPrintable(error));
        return 1;
    }
    const double makeSeconds = made.elapsed() / 1000.0;
    const qint64 segmentBytes = QFileInfo(segmentPath).size();
    const int segments = (minutes * 60 + segmentSeconds - 1) / segmentSeconds;

    ExportRequest request;
    request.camera.id = "cam-bench";
    request.camera.name = "Bench";
    request.outputDir = temp.filePath("export");
    request.exportedBy = "bench";
    request.recorder = "PC ini";
    const qint64 t0 = 1'796'000'000'000;
    for (int i = 0; i < segments; ++i) {
        ArchiveSegment s;
        s.id = i + 1;
        s.cameraId = request.camera.id;
        s.url = QUrl::fromLocalFile(segmentPath);
        s.startUtcMs = t0 + qint64(i) * segmentSeconds * 1000;
        s.endUtcMs = s.startUtcMs + segmentSeconds * 1000;
        s.bytes = segmentBytes;
        s.codec = "h264";
        request.segments << s;
    }
    request.inUtcMs = t0;
    request.outUtcMs = t0 + qint64(minutes) * 60'000;

    // Baseline first (it also brings the footage into the page cache for both).
    const double copyS = copySeconds(segmentPath, segments, temp.filePath("copy.bin"));
    QFile::remove(temp.filePath("copy.bin"));
    std::atomic<bool> cancelled{false};
    QElapsedTimer t;
    t.start();
    const ExportResult result = EvidenceExporter::exportNow(request, cancelled);
    const double exportS = t.elapsed() / 1000.0;
    if (!result.ok())
        std::fprintf(stderr, "export failed: %s\n", qPrintable(result.error));

    QJsonObject out;
    out["minutes"] = minutes;
    out["segments"] = segments;
    out["segment_bytes"] = segmentBytes;
    out["kbps"] = double(segmentBytes) * 8 / 1000 / segmentSeconds;
    out["footage_make_s"] = makeSeconds;
    out["export_s"] = exportS;
    out["copy_s"] = copyS;
    out["export_remux_s"] = result.remuxMs / 1000.0;
    out["export_sha256_s"] = result.hashMs / 1000.0;
    out["export_to_copy_ratio"] = copyS > 0 ? exportS / copyS : -1;
    out["export_bytes"] = result.bytes;
    out["export_frames"] = result.frames;
    out["export_duration_s"] = (result.endUtcMs - result.startUtcMs) / 1000.0;
    out["ok"] = result.ok() && result.frames >= qint64(minutes) * 60 * 25 - 1;
    std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
    if (parser.isSet(keepOpt)) {
        temp.setAutoRemove(false);
        std::fprintf(stderr, "kept: %s\n", qPrintable(result.mp4Path));
    }
    return result.ok() ? 0 : 1;
}
