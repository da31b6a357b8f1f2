// Evidence export of footage that the real pantau-recorder made: a loopback RTSP camera whose
// pictures carry their frame number (a barcode), recorded in 3-second segments; exported from the
// archive on disk (file://) and from the recorder over HTTP on 127.0.0.1. The exported file's
// first frame is the source's keyframe at or before the in-point (read from the pixels), its
// duration is the range's from that keyframe, its SHA-256 is the one written beside it, the
// manifest holds the fields, a wrong password says so, and a cancelled export leaves nothing.
#include "RecorderStatusReader.h"
#include "Wait.h"
#include "app/demo/ClipRtspServer.h"
#include "app/demo/FrameBarcode.h"
#include "core/media/GstPtr.h"
#include "core/playback/EvidenceExporter.h"
#include "core/playback/ExportQueue.h"
#include "core/recording/RecorderClient.h"
#include "core/recording/SegmentIndex.h"
#include "core/site/SiteFile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTimer>
#include <QtEndian>

#include <catch2/catch.hpp>

#include <gst/app/gstappsink.h>
#include <gst/gst.h>

#include <limits>

using namespace pantau;
using namespace pantau::playback;
using namespace pantau::recording;
using pantau::test::kPlayingBoundMs;
using pantau::test::kStateBoundMs;
using pantau::test::waitUntil;

namespace {

constexpr int kStartBoundMs = 15000;
const QString kPassword = QStringLiteral("kata-sandi-rekaman");

QString recorderBinary()
{
    return QStringLiteral(PANTAU_BIN_DIR "/pantau-recorder");
}

std::shared_ptr<const demo::EncodedClip> barcodeClip(demo::Codec codec = demo::Codec::H264)
{
    demo::ClipSpec spec;
    spec.title = QStringLiteral("barcode");
    spec.color = QColor(40, 90, 160);
    spec.frameBarcode = true;
    spec.size = {320, 180};
    spec.frameCount = 1000; // 40 s: every frame of the recording has its own number
    spec.keyframeIntervalFrames = 25;
    spec.bitrateKbps = 400;
    spec.codec = codec;
    return demo::encodeClip(spec);
}

// A decoded frame of a file: its time on the file's own timeline, its number, a keyframe or not.
struct DecodedFrame
{
    qint64 ptsNs = 0;
    qint64 durationNs = 0;
    int barcode = -1;
    bool keyframe = false;
};

struct Decoded
{
    QVector<DecodedFrame> frames;
    qint64 durationNs = -1;   // what the file's header says
    QStringList dateTimeTags; // every GST_TAG_DATE_TIME the demuxer posts (©day, mvhd creation time)
    QString comment;
    QString error;
};

// Decodes a whole MP4 file (frame numbers from the pixels; keyframes from the demuxed stream).
Decoded decodeFile(const QString &path, bool h265 = false)
{
    Decoded out;
    GError *err = nullptr;
    GstElement *parsed = gst_parse_launch(
        h265 ? "filesrc name=src ! qtdemux ! h265parse name=parse ! avdec_h265 ! videoconvert ! "
               "video/x-raw,format=RGBx ! appsink name=sink sync=false"
             : "filesrc name=src ! qtdemux ! h264parse name=parse ! avdec_h264 ! videoconvert ! "
               "video/x-raw,format=RGBx ! appsink name=sink sync=false",
        &err);
    if (!parsed) {
        out.error = QString::fromUtf8(err ? err->message : "parse");
        g_clear_error(&err);
        return out;
    }
    gst::ElementPtr pipeline(GST_ELEMENT(gst_object_ref_sink(parsed)));
    gst::ElementPtr src(gst_bin_get_by_name(GST_BIN(pipeline.get()), "src"));
    g_object_set(src.get(), "location", QFile::encodeName(path).constData(), nullptr);
    gst::ElementPtr parse(gst_bin_get_by_name(GST_BIN(pipeline.get()), "parse"));
    gst::ElementPtr sink(gst_bin_get_by_name(GST_BIN(pipeline.get()), "sink"));
    QSet<qint64> keyframes;
    gst::PadPtr parseSrc(gst_element_get_static_pad(parse.get(), "src"));
    gst_pad_add_probe(
        parseSrc.get(), GST_PAD_PROBE_TYPE_BUFFER,
        [](GstPad *, GstPadProbeInfo *info, gpointer user) {
            GstBuffer *b = GST_PAD_PROBE_INFO_BUFFER(info);
            if (!GST_BUFFER_FLAG_IS_SET(b, GST_BUFFER_FLAG_DELTA_UNIT))
                static_cast<QSet<qint64> *>(user)->insert(qint64(GST_BUFFER_PTS(b)));
            return GST_PAD_PROBE_OK;
        },
        &keyframes, nullptr);
    gst::BusPtr bus(gst_element_get_bus(pipeline.get()));
    gst_element_set_state(pipeline.get(), GST_STATE_PLAYING);
    for (;;) {
        gst::SamplePtr sample(gst_app_sink_try_pull_sample(GST_APP_SINK(sink.get()), 200 * GST_MSECOND));
        if (sample) {
            GstBuffer *b = gst_sample_get_buffer(sample.get());
            const GstStructure *s = gst_caps_get_structure(gst_sample_get_caps(sample.get()), 0);
            int w = 0, h = 0;
            gst_structure_get_int(s, "width", &w);
            gst_structure_get_int(s, "height", &h);
            GstMapInfo map;
            gst_buffer_map(b, &map, GST_MAP_READ);
            const QImage image(map.data, w, h, int(map.size / size_t(h)), QImage::Format_RGBX8888);
            DecodedFrame f;
            f.ptsNs = qint64(GST_BUFFER_PTS(b));
            f.durationNs = GST_BUFFER_DURATION_IS_VALID(b) ? qint64(GST_BUFFER_DURATION(b)) : 0;
            f.barcode = demo::readFrameBarcode(image);
            gst_buffer_unmap(b, &map);
            out.frames << f;
            continue;
        }
        while (gst::MessagePtr m{gst_bus_pop_filtered(bus.get(), GST_MESSAGE_TAG)}) {
            GstTagList *tags = nullptr;
            gst_message_parse_tag(m.get(), &tags);
            GstDateTime *dt = nullptr;
            if (gst_tag_list_get_date_time(tags, GST_TAG_DATE_TIME, &dt)) {
                gst::CharPtr iso(gst_date_time_to_iso8601_string(dt));
                out.dateTimeTags << QString::fromUtf8(iso.get());
                gst_date_time_unref(dt);
            }
            gchar *comment = nullptr;
            if (gst_tag_list_get_string(tags, GST_TAG_COMMENT, &comment)) {
                out.comment = QString::fromUtf8(comment);
                g_free(comment);
            }
            gst_tag_list_unref(tags);
        }
        if (gst::MessagePtr m{gst_bus_pop_filtered(bus.get(), GST_MESSAGE_ERROR)}) {
            GError *e = nullptr;
            gst_message_parse_error(m.get(), &e, nullptr);
            out.error = QString::fromUtf8(e->message);
            g_clear_error(&e);
            break;
        }
        if (gst_app_sink_is_eos(GST_APP_SINK(sink.get())))
            break;
    }
    gint64 duration = -1;
    if (gst_element_query_duration(pipeline.get(), GST_FORMAT_TIME, &duration))
        out.durationNs = duration;
    gst_element_set_state(pipeline.get(), GST_STATE_NULL);
    for (DecodedFrame &f : out.frames)
        f.keyframe = keyframes.contains(f.ptsNs);
    return out;
}

// A source frame on the wall clock, as the exporter maps it: segment start + time in the file.
struct SourceFrame
{
    qint64 utcMs = 0;
    int barcode = -1;
    bool keyframe = false;
};

QVector<SourceFrame> sourceFrames(const QString &archive, const QVector<ArchiveSegment> &segments)
{
    QVector<SourceFrame> frames;
    for (const ArchiveSegment &s : segments) {
        const Decoded d = decodeFile(archive + "/" + SegmentIndex::relativePathFor(s.cameraId, s.startUtcMs),
                                     s.codec == "h265");
        if (d.frames.isEmpty())
            continue;
        const qint64 first = d.frames.first().ptsNs;
        for (const DecodedFrame &f : d.frames)
            frames << SourceFrame{s.startUtcMs + (f.ptsNs - first) / 1'000'000, f.barcode, f.keyframe};
    }
    return frames;
}

// The top-level boxes of an MP4 file, in order.
QStringList topLevelBoxes(const QString &path)
{
    QStringList boxes;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return boxes;
    qint64 pos = 0;
    while (pos + 8 <= f.size()) {
        f.seek(pos);
        const QByteArray head = f.read(16);
        quint64 size = qFromBigEndian<quint32>(head.constData());
        if (size == 1)
            size = qFromBigEndian<quint64>(head.constData() + 8);
        boxes << QString::fromLatin1(head.mid(4, 4));
        if (size < 8)
            break;
        pos += qint64(size);
    }
    return boxes;
}

QByteArray sha256Of(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    QCryptographicHash h(QCryptographicHash::Sha256);
    REQUIRE(h.addData(&f));
    return h.result().toHex();
}

QStringList everythingIn(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
}

// pantau-recorder recording one barcode camera into a temporary archive, serving over HTTP
// with a password on 127.0.0.1.
struct BarcodeRecorder
{
    demo::ClipRtspServer server;
    QTemporaryDir dir;
    QString archive = dir.filePath("archive");
    QString socket = dir.filePath("status.sock");
    QString passwordFile = dir.filePath("recorder-password");
    QProcess process;
    std::unique_ptr<test::RecorderStatusReader> status;
    Camera camera;

    ~BarcodeRecorder() { stop(); }
    void stop()
    {
        if (process.state() != QProcess::NotRunning) {
            process.terminate();
            process.waitForFinished(15000);
        }
    }
    void start(int segmentFiles, demo::Codec codec = demo::Codec::H264)
    {
        auto clip = barcodeClip(codec);
        REQUIRE(clip);
        server.addMount("a", codec, clip);
        REQUIRE(server.start());
        {
            QProcess setPassword;
            setPassword.start(recorderBinary(),
                              {"--language", "en", "--set-password", "--password-file", passwordFile});
            REQUIRE(setPassword.waitForStarted(5000));
            setPassword.write(kPassword.toUtf8() + "\n");
            setPassword.closeWriteChannel();
            REQUIRE(setPassword.waitForFinished(30000));
            REQUIRE(setPassword.exitCode() == 0);
        }
        camera.id = "cam-a";
        camera.name = "Simpang Lampu Merah Sekayu";
        camera.area = {"Lumajang", "Sukodono", "Dawuhan Lor", "Simpang Lampu Merah"};
        camera.mainStreamUrl = server.url("a");
        camera.recording.enabled = true;
        Site site;
        site.cameras = {camera};
        QString error;
        REQUIRE(SiteFile::save(dir.filePath("site.json"), site, &error));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("QT_LOGGING_RULES", "pantau.recording.debug=false");
        process.setProcessEnvironment(env);
        process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process.start(recorderBinary(),
                      {"--site", dir.filePath("site.json"), "--archive", archive, "--credentials",
                       dir.filePath("credentials.json"), "--status-socket", socket, "--segment-seconds", "3",
                       "--host", "rekam-test", "--language", "en", "--listen", "127.0.0.1:0",
                       "--password-file", passwordFile});
        REQUIRE(process.waitForStarted(5000));
        status = std::make_unique<test::RecorderStatusReader>(socket, kStartBoundMs);
        REQUIRE(waitUntil([&] { return test::segmentFilesIn(archive, "cam-a").size() >= segmentFiles; },
                          kPlayingBoundMs + 3000 * segmentFiles));
        REQUIRE(waitUntil([&] { return !httpAddress().isEmpty(); }, kStartBoundMs));
    }
    QString httpAddress() const
    {
        return status ? status->latest.value("recorder").toObject().value("http").toString() : QString();
    }
    // After stop(): the segments of the archive on disk, as file:// URLs.
    QVector<ArchiveSegment> localSegments()
    {
        SegmentIndex index(archive);
        REQUIRE(index.open());
        QVector<ArchiveSegment> out;
        for (const Segment &s : index.segments("cam-a", 0, std::numeric_limits<qint64>::max())) {
            if (s.state != Segment::State::Complete || s.durationMs() <= 0)
                continue;
            ArchiveSegment a;
            a.id = s.id;
            a.cameraId = s.cameraId;
            a.url = QUrl::fromLocalFile(archive + "/" + s.relativePath);
            a.startUtcMs = s.startUtcMs;
            a.endUtcMs = s.endUtcMs;
            a.bytes = s.bytes;
            a.codec = s.codec;
            a.resolution = s.resolution;
            out << a;
        }
        return out;
    }
};

QVector<ArchiveSegment> remoteSegments(RecorderClient &client)
{
    bool done = false;
    QVector<RemoteSegment> rows;
    RecorderError error;
    client.segments("cam-a", 0, std::numeric_limits<qint64>::max(),
                    [&](const QVector<RemoteSegment> &r, const RecorderError &e) {
                        rows = r;
                        error = e;
                        done = true;
                    });
    REQUIRE(waitUntil([&] { return done; }, kStateBoundMs));
    REQUIRE_FALSE(error);
    QVector<ArchiveSegment> out;
    for (const RemoteSegment &r : rows) {
        if (r.state != "complete")
            continue;
        ArchiveSegment a;
        a.id = r.id;
        a.cameraId = r.cameraId;
        a.url = r.url;
        a.authorization = client.authorizationHeader();
        a.startUtcMs = r.startUtcMs;
        a.endUtcMs = r.endUtcMs;
        a.bytes = r.bytes;
        a.codec = r.codec;
        a.resolution = r.resolution;
        out << a;
    }
    return out;
}

// The segments `times` over, one after another (a long archive from a short recording).
QVector<ArchiveSegment> repeated(const QVector<ArchiveSegment> &segments, int times)
{
    QVector<ArchiveSegment> out;
    const qint64 span = segments.last().endUtcMs - segments.first().startUtcMs + 40;
    for (int k = 0; k < times; ++k)
        for (ArchiveSegment s : segments) {
            s.startUtcMs += k * span;
            s.endUtcMs += k * span;
            out << s;
        }
    return out;
}

// Checks an export of [in, out) against the source frames.
void checkExport(const ExportResult &result, const QVector<SourceFrame> &source, qint64 inMs, qint64 outMs,
                 bool h265 = false)
{
    REQUIRE(result.ok());
    // The source's keyframe at or before the in-point, and the frames from it to the out-point.
    int startIndex = -1;
    for (int i = 0; i < source.size(); ++i)
        if (source[i].keyframe && source[i].utcMs <= inMs)
            startIndex = i;
    REQUIRE(startIndex >= 0);
    const SourceFrame start = source[startIndex];
    REQUIRE(start.barcode >= 0);
    int expectedFrames = 0;
    for (int i = startIndex; i < source.size() && source[i].utcMs < outMs; ++i)
        ++expectedFrames;

    const Decoded exported = decodeFile(result.mp4Path, h265);
    INFO(exported.error.toStdString());
    REQUIRE(exported.error.isEmpty());
    REQUIRE_FALSE(exported.frames.isEmpty());
    // First frame: the keyframe at or before the in-point, at time 0 of the file.
    CHECK(exported.frames.first().barcode == start.barcode);
    CHECK(exported.frames.first().keyframe);
    CHECK(exported.frames.first().ptsNs == 0);
    CHECK(result.startUtcMs == start.utcMs);
    CHECK(result.startUtcMs <= inMs);
    CHECK(exported.frames.size() == expectedFrames);
    // Frame numbers follow on without a hole (the camera's clip does not loop in 40 s).
    for (int i = 1; i < exported.frames.size(); ++i)
        if (exported.frames[i].barcode != exported.frames[i - 1].barcode + 1) {
            FAIL_CHECK("frame " << i << " reads " << exported.frames[i].barcode << " after "
                                << exported.frames[i - 1].barcode);
            break;
        }
    // Duration: from the keyframe to the out-point, within a frame.
    const qint64 expectedMs = outMs - start.utcMs;
    CHECK(std::abs(exported.durationNs / 1'000'000 - expectedMs) <= 80);
    CHECK(std::abs((result.endUtcMs - result.startUtcMs) - expectedMs) <= 80);
    // The true start in the file's metadata.
    CHECK(exported.comment.contains(QString::number(result.startUtcMs)));
    const QString startText =
        QDateTime::fromMSecsSinceEpoch(result.startUtcMs, Qt::UTC).toString("yyyy-MM-ddTHH:mm:ss");
    INFO("date-time tags: " << exported.dateTimeTags.join(", ").toStdString() << " start "
                            << startText.toStdString());
    CHECK(std::any_of(exported.dateTimeTags.begin(), exported.dateTimeTags.end(),
                      [&](const QString &t) { return t.startsWith(startText); }));
    // Faststart: the index before the media.
    const QStringList boxes = topLevelBoxes(result.mp4Path);
    INFO(boxes.join(",").toStdString());
    CHECK(boxes.indexOf("moov") >= 0);
    CHECK(boxes.indexOf("moov") < boxes.indexOf("mdat"));
    // SHA-256 computed here, independently, against the line written beside the file.
    QFile sumFile(result.sha256Path);
    REQUIRE(sumFile.open(QIODevice::ReadOnly));
    const QByteArray line = sumFile.readAll();
    CHECK(line == sha256Of(result.mp4Path) + "  " + QFileInfo(result.mp4Path).fileName().toUtf8() + "\n");
    CHECK(result.sha256Hex.toLatin1() == sha256Of(result.mp4Path));
}

void checkManifest(const ExportResult &result, const QString &recorder)
{
    QFile text(result.textPath);
    REQUIRE(text.open(QIODevice::ReadOnly));
    const QString t = QString::fromUtf8(text.readAll());
    for (const QString &needle : {QStringLiteral("Simpang Lampu Merah Sekayu"), QStringLiteral("Sukodono"),
                                  QStringLiteral("Dawuhan Lor"), QStringLiteral("petugas-uji"), recorder,
                                  result.sha256Hex, QFileInfo(result.mp4Path).fileName()}) {
        INFO(needle.toStdString());
        CHECK(t.contains(needle));
    }
    QFile json(result.jsonPath);
    REQUIRE(json.open(QIODevice::ReadOnly));
    const QJsonObject o = QJsonDocument::fromJson(json.readAll()).object();
    CHECK(o.value("camera").toString() == "Simpang Lampu Merah Sekayu");
    CHECK(o.value("kecamatan").toString() == "Sukodono");
    CHECK(o.value("location").toString().contains("Dawuhan Lor"));
    CHECK(o.value("start_utc_ms").toInteger() == result.startUtcMs);
    CHECK(o.value("end_utc_ms").toInteger() == result.endUtcMs);
    CHECK(o.value("exported_by").toString() == "petugas-uji");
    CHECK(o.value("exported_at_utc_ms").toInteger() > 0);
    CHECK(o.value("recorder").toString() == recorder);
    CHECK(o.value("sha256").toString() == result.sha256Hex);
}

ExportRequest requestFor(const Camera &camera, const QVector<ArchiveSegment> &segments, qint64 inMs,
                         qint64 outMs, const QString &outputDir, const QString &recorder)
{
    ExportRequest r;
    r.camera = camera;
    r.segments = segments;
    r.inUtcMs = inMs;
    r.outUtcMs = outMs;
    r.outputDir = outputDir;
    r.exportedBy = "petugas-uji";
    r.recorder = recorder;
    return r;
}

} // namespace

TEST_CASE("An export of the recorder's archive starts at the keyframe before the in-point and is checksummed",
          "[integration][playback][export]")
{
    BarcodeRecorder rec;
    rec.start(5);
    rec.stop();
    const QVector<ArchiveSegment> segments = rec.localSegments();
    REQUIRE(segments.size() >= 3);
    const QVector<SourceFrame> source = sourceFrames(rec.archive, segments);
    REQUIRE(source.size() > 100);
    // Mid-GOP in the second segment to mid third: two files concatenated.
    const qint64 inMs = segments[1].startUtcMs + 1500;
    const qint64 outMs = segments[2].startUtcMs + 1200;
    QTemporaryDir out;
    std::atomic<bool> cancelled{false};
    const ExportResult result = EvidenceExporter::exportNow(
        requestFor(rec.camera, segments, inMs, outMs, out.path(), "PC ini"), cancelled);
    INFO(result.error.toStdString());
    checkExport(result, source, inMs, outMs);
    checkManifest(result, "PC ini");
    // Nothing else is left in the folder: no temporary file.
    CHECK(everythingIn(out.path()).size() == 4);
}

TEST_CASE(
    "An H.265 export of the recorder's archive starts at the keyframe before the in-point and is checksummed",
    "[integration][playback][export]")
{
    BarcodeRecorder rec;
    rec.start(4, demo::Codec::H265);
    rec.stop();
    const QVector<ArchiveSegment> segments = rec.localSegments();
    REQUIRE(segments.size() >= 3);
    for (const ArchiveSegment &s : segments)
        REQUIRE(s.codec == "h265");
    const QVector<SourceFrame> source = sourceFrames(rec.archive, segments);
    REQUIRE(source.size() > 100);
    // Mid-GOP in the second segment to mid third: two files concatenated.
    const qint64 inMs = segments[1].startUtcMs + 1500;
    const qint64 outMs = segments[2].startUtcMs + 1200;
    QTemporaryDir out;
    std::atomic<bool> cancelled{false};
    const ExportResult result = EvidenceExporter::exportNow(
        requestFor(rec.camera, segments, inMs, outMs, out.path(), "PC ini"), cancelled);
    INFO(result.error.toStdString());
    checkExport(result, source, inMs, outMs, true);
    checkManifest(result, "PC ini");
    CHECK(everythingIn(out.path()).size() == 4);
}

TEST_CASE("An export from a recorder over HTTP on 127.0.0.1 matches the footage",
          "[integration][playback][export][http]")
{
    BarcodeRecorder rec;
    rec.start(5);
    RecorderClient client(QUrl("http://" + rec.httpAddress()), kPassword);
    const QVector<ArchiveSegment> segments = remoteSegments(client);
    REQUIRE(segments.size() >= 3);
    REQUIRE(segments.first().url.scheme() == "http");
    const QVector<SourceFrame> source = sourceFrames(rec.archive, segments);
    const qint64 inMs = segments[0].startUtcMs + 2300;
    const qint64 outMs = segments[2].startUtcMs + 500;
    QTemporaryDir out;
    std::atomic<bool> cancelled{false};
    const ExportResult result = EvidenceExporter::exportNow(
        requestFor(rec.camera, segments, inMs, outMs, out.path(), client.recorderName()), cancelled);
    INFO(result.error.toStdString());
    checkExport(result, source, inMs, outMs);
    checkManifest(result, client.recorderName());

    SECTION("a wrong password gives the clear message and leaves no file")
    {
        QVector<ArchiveSegment> wrong = segments;
        RecorderClient wrongClient(QUrl("http://" + rec.httpAddress()), "bukan-kata-sandi");
        for (ArchiveSegment &s : wrong)
            s.authorization = wrongClient.authorizationHeader();
        QTemporaryDir out2;
        const ExportResult refused = EvidenceExporter::exportNow(
            requestFor(rec.camera, wrong, inMs, outMs, out2.path(), client.recorderName()), cancelled);
        CHECK(refused.status == ExportResult::Status::Failed);
        CHECK(refused.error ==
              QStringLiteral("The recorder at %1 refused the password.").arg(client.recorderName()));
        CHECK(everythingIn(out2.path()).isEmpty());
    }
}

TEST_CASE("A cancelled export leaves nothing in the folder", "[integration][playback][export]")
{
    BarcodeRecorder rec;
    rec.start(3);
    rec.stop();
    const QVector<ArchiveSegment> segments = rec.localSegments();
    REQUIRE(segments.size() >= 2);
    QTemporaryDir out;

    SECTION("cancelled while reading its second file")
    {
        std::atomic<bool> cancelled{false};
        int progressCalls = 0;
        bool partialFileSeen = false;
        const ExportResult result = EvidenceExporter::exportNow(
            requestFor(rec.camera, segments, segments.first().startUtcMs, segments.last().endUtcMs,
                       out.path(), "PC ini"),
            cancelled, [&](double) {
                if (++progressCalls == 2) { // the second file begins: the first is in the export
                    partialFileSeen = !everythingIn(out.path()).isEmpty();
                    cancelled = true;
                }
            });
        CHECK(result.status == ExportResult::Status::Cancelled);
        CHECK(partialFileSeen);
        CHECK(everythingIn(out.path()).isEmpty());
    }
    SECTION("cancelled through the exporter's own thread")
    {
        EvidenceExporter exporter;
        std::optional<ExportResult> finished;
        QObject::connect(&exporter, &EvidenceExporter::progressChanged, [&] { exporter.cancel(); });
        QObject::connect(&exporter, &EvidenceExporter::finished,
                         [&](const ExportResult &r) { finished = r; });
        const QVector<ArchiveSegment> many = repeated(segments, 200); // seconds of work
        REQUIRE(exporter.start(requestFor(rec.camera, many, many.first().startUtcMs, many.last().endUtcMs,
                                          out.path(), "PC ini")));
        REQUIRE(waitUntil([&] { return finished.has_value(); }, kStateBoundMs));
        CHECK(finished->status == ExportResult::Status::Cancelled);
        CHECK(everythingIn(out.path()).isEmpty());
    }
}

namespace {

// This PC's archive as an ArchiveSource (test stand-in for h-playback's): answers on the next
// turn of the event loop, as a real source does; counts the locks asked.
class ArchiveOnDisk : public ArchiveSource
{
public:
    explicit ArchiveOnDisk(QString archive) : m_archive(std::move(archive)) {}
    QString displayName() const override { return QStringLiteral("PC ini"); }
    void ranges(
        const QStringList &, qint64, qint64,
        std::function<void(const QHash<QString, QVector<TimeRange>> &, const RecorderError &)> done) override
    {
        QTimer::singleShot(0, this, [done] { done({}, {}); });
    }
    void segments(const QString &cameraId, qint64 fromUtcMs, qint64 toUtcMs,
                  std::function<void(const QVector<ArchiveSegment> &, const RecorderError &)> done) override
    {
        QTimer::singleShot(0, this, [=, this] {
            QVector<ArchiveSegment> out;
            for (const ArchiveSegment &s : all)
                if (s.cameraId == cameraId && s.endUtcMs > fromUtcMs && s.startUtcMs < toUtcMs)
                    out << s;
            done(out, {});
        });
    }
    void lock(const QString &cameraId, qint64 fromUtcMs, qint64 toUtcMs, bool locked,
              std::function<void(int, const RecorderError &)> done) override
    {
        QTimer::singleShot(0, this, [=, this] {
            SegmentIndex index(m_archive);
            REQUIRE(index.open());
            const int count = index.setLocked(cameraId, fromUtcMs, toUtcMs, locked);
            ++locks;
            done(count, {});
        });
    }
    QVector<ArchiveSegment> all;
    int locks = 0;

private:
    QString m_archive;
};

} // namespace

TEST_CASE("The export queue runs jobs one at a time, locks the range and drops a cancelled job",
          "[integration][playback][export]")
{
    BarcodeRecorder rec;
    rec.start(3);
    rec.stop();
    ArchiveOnDisk source(rec.archive);
    source.all = rec.localSegments();
    REQUIRE(source.all.size() >= 2);
    QTemporaryDir out;
    ExportQueue queue;
    QStringList events;
    QHash<int, ExportResult> results;
    QObject::connect(&queue, &ExportQueue::jobStarted,
                     [&](int id) { events << QStringLiteral("start %1").arg(id); });
    QObject::connect(&queue, &ExportQueue::jobFinished, [&](int id, const ExportResult &r) {
        events << QStringLiteral("end %1").arg(id);
        results.insert(id, r);
    });
    ExportJob job;
    job.request = requestFor(rec.camera, {}, source.all.first().startUtcMs + 500, source.all.last().endUtcMs,
                             out.path(), source.displayName());
    job.source = &source;
    job.lockOnRecorder = true;
    const int first = queue.enqueue(job);
    job.lockOnRecorder = false;
    job.request.baseName = "kedua";
    const int second = queue.enqueue(job);
    job.request.baseName = "ketiga";
    const int third = queue.enqueue(job);
    CHECK(queue.runningId() == first);
    CHECK(queue.waitingIds() == QVector<int>{second, third});
    queue.cancel(third);
    REQUIRE(waitUntil([&] { return queue.isIdle(); }, kStateBoundMs * 2));
    CHECK(events == QStringList{"start 1", "end 3", "end 1", "start 2", "end 2"});
    INFO(results.value(first).error.toStdString());
    INFO(results.value(second).error.toStdString());
    REQUIRE(results.value(first).ok());
    REQUIRE(results.value(second).ok());
    CHECK(results.value(third).status == ExportResult::Status::Cancelled);
    CHECK(QFileInfo(results.value(second).mp4Path).fileName() == "kedua.mp4");
    CHECK(source.locks == 1);
    SegmentIndex index(rec.archive);
    REQUIRE(index.open());
    for (const Segment &s : index.segments("cam-a", job.request.inUtcMs, job.request.outUtcMs))
        CHECK(s.locked);
    // Two exports, four files each, nothing else.
    CHECK(everythingIn(out.path()).size() == 8);
}
