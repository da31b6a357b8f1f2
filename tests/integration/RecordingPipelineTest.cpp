// The recording pipeline against a real RTSP server on 127.0.0.1 (H.264 and H.265): segments cut
// at keyframes, wall-clock times that follow each other, files that demux to the footage sent,
// and faults: a camera that goes away and comes back, a folder that cannot be written.
#include "core/recording/RecordingPipeline.h"
#include "TestCameras.h"
#include "Wait.h"
#include "core/media/GstPtr.h"
#include "core/recording/RandomAccessIndex.h"
#include "core/recording/SegmentFileProbe.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QMutex>
#include <QMutexLocker>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <gst/gst.h>

using namespace pantau;
using namespace pantau::recording;
using pantau::test::kPlayingBoundMs;
using pantau::test::kReactionBoundMs;
using pantau::test::kStateBoundMs;
using pantau::test::waitUntil;

namespace {

constexpr int kSegmentSeconds = 4;
constexpr int kConnectBoundMs = 15000;

struct Recorded
{
    QVector<SegmentFile> opened, closed;
    QVector<RecordingStatus> states;
    bool finished = false;
    qint64 closedMs() const
    {
        qint64 ms = 0;
        for (const SegmentFile &s : closed)
            ms += s.endUtcMs - s.startUtcMs;
        return ms;
    }
};

struct Rig
{
    QTemporaryDir dir;
    RecordingPipeline pipeline;
    Recorded seen;
    Rig(const QUrl &url, const QString &cameraId)
        : pipeline(RecordingSource{cameraId, url, {}, {}, kSegmentSeconds, 1000, 5000, 5000},
                   [root = dir.path(), cameraId](qint64 startUtcMs) {
                       return root + "/" + cameraId + "/" + QString::number(startUtcMs) + ".mp4";
                   })
    {
        QObject::connect(&pipeline, &RecordingPipeline::segmentOpened,
                         [this](const SegmentFile &s) { seen.opened.push_back(s); });
        QObject::connect(&pipeline, &RecordingPipeline::segmentClosed,
                         [this](const SegmentFile &s) { seen.closed.push_back(s); });
        QObject::connect(&pipeline, &RecordingPipeline::statusChanged,
                         [this](const RecordingStatus &s) { seen.states.push_back(s); });
        QObject::connect(&pipeline, &RecordingPipeline::finished, [this] { seen.finished = true; });
    }
};

} // namespace

TEST_CASE("Recording H.264 and H.265 for 20 s gives keyframe-cut segments that play",
          "[integration][recording]")
{
    demo::ClipRtspServer server;
    server.addMount("h264", demo::Codec::H264, test::solidClip(QColor(220, 30, 30), demo::Codec::H264));
    server.addMount("h265", demo::Codec::H265, test::solidClip(QColor(30, 200, 40), demo::Codec::H265));
    REQUIRE(server.start());
    Rig h264(server.url("h264"), "cam-h264");
    Rig h265(server.url("h265"), "cam-h265");
    const qint64 startedUtcMs = QDateTime::currentMSecsSinceEpoch();
    h264.pipeline.start();
    h265.pipeline.start();
    REQUIRE(waitUntil([&] { return h264.pipeline.status().state == RecordingState::Recording; },
                      kConnectBoundMs));
    REQUIRE(waitUntil([&] { return h265.pipeline.status().state == RecordingState::Recording; },
                      kConnectBoundMs));
    // Segments close every 4 s; record until 16 s are closed, then stop (the last one is finalised).
    REQUIRE(waitUntil([&] { return h264.seen.closedMs() >= 16000 && h265.seen.closedMs() >= 16000; }, 40000));
    h264.pipeline.stop();
    h265.pipeline.stop();
    REQUIRE(waitUntil([&] { return h264.seen.finished && h265.seen.finished; }, kStateBoundMs));
    const qint64 stoppedUtcMs = QDateTime::currentMSecsSinceEpoch();

    for (Rig *rig : {&h264, &h265}) {
        const QString codec = rig == &h264 ? "h264" : "h265";
        INFO(codec.toStdString());
        const QVector<SegmentFile> &closed = rig->seen.closed;
        REQUIRE(closed.size() >= 5);
        REQUIRE(closed.size() == rig->seen.opened.size());
        qint64 probedMs = 0;
        for (int i = 0; i < closed.size(); ++i) {
            const SegmentFile &s = closed[i];
            INFO(s.absolutePath.toStdString());
            CHECK_FALSE(s.interrupted); // stopped with EOS: every file finalised
            CHECK(s.codec == codec);
            CHECK(s.resolution == QSize(320, 180));
            CHECK(s.bytes == QFileInfo(s.absolutePath).size());
            CHECK(s.startUtcMs >= startedUtcMs - 1000);
            CHECK(s.endUtcMs <= stoppedUtcMs + 1000);
            if (i > 0) // one after the other, no gap and no overlap beyond a frame or two
                CHECK(std::abs(s.startUtcMs - closed[i - 1].endUtcMs) <= 200);
            const auto info = probeSegmentFile(s.absolutePath);
            REQUIRE(info);
            CHECK(info->codec == codec);
            CHECK(info->resolution == QSize(320, 180));
            // splitmuxsink cuts at the last keyframe (one a second here) that keeps a segment
            // within 4 s.
            CHECK(info->durationMs <= kSegmentSeconds * 1000 + 100);
            if (i + 1 < closed.size())
                CHECK(info->durationMs >= (kSegmentSeconds - 1) * 1000 - 100);
            CHECK(std::abs(info->durationMs - (s.endUtcMs - s.startUtcMs)) <= 1000);
            probedMs += info->durationMs;
        }
        // What the files hold matches the wall-clock span recorded, within a second.
        const qint64 spanMs = closed.last().endUtcMs - closed.first().startUtcMs;
        CHECK(std::abs(probedMs - spanMs) <= 1000);
        CHECK(probedMs >= 16000);
    }
    CHECK(waitUntil([] { return RecordingPipeline::liveRuns() == 0; }, 5000));
}

TEST_CASE("A camera that goes away is recorded again when it returns, with a gap", "[integration][recording]")
{
    demo::ClipRtspServer server;
    server.addMount("cam", demo::Codec::H264, test::solidClip(QColor(30, 60, 220)));
    REQUIRE(server.start());
    const quint16 port = server.port();
    Rig rig(server.url("cam"), "cam-flap");
    rig.pipeline.start();
    REQUIRE(
        waitUntil([&] { return rig.pipeline.status().state == RecordingState::Recording; }, kConnectBoundMs));
    REQUIRE(waitUntil([&] { return !rig.seen.opened.isEmpty(); }, kConnectBoundMs));
    server.stop();
    const qint64 downUtcMs = QDateTime::currentMSecsSinceEpoch();
    REQUIRE(waitUntil([&] { return rig.pipeline.status().state == RecordingState::Waiting; }, 15000));
    // The segment open when the camera went away is closed (finalised when the camera ended the
    // stream, cut otherwise) and plays.
    REQUIRE(rig.seen.closed.size() == 1);
    CHECK(probeSegmentFile(rig.seen.closed[0].absolutePath));
    REQUIRE(
        waitUntil([&] { return QDateTime::currentMSecsSinceEpoch() - downUtcMs >= 3000; }, kStateBoundMs));
    REQUIRE(server.start(port));
    const qint64 upUtcMs = QDateTime::currentMSecsSinceEpoch();
    REQUIRE(waitUntil([&] { return rig.seen.opened.size() == 2; }, 40000)); // backoff at most 30 s
    const SegmentFile &before = rig.seen.closed[0];
    const SegmentFile &after = rig.seen.opened[1];
    // The gap covers the time the camera was away: it starts before the server stopped (plus
    // the stall time) and the new segment starts after it came back.
    CHECK(before.endUtcMs <= downUtcMs + 1000);
    CHECK(after.startUtcMs >= upUtcMs - 200);
    rig.pipeline.stop();
    REQUIRE(waitUntil([&] { return rig.seen.finished; }, kStateBoundMs));
    CHECK(waitUntil([] { return RecordingPipeline::liveRuns() == 0; }, 5000));
}

TEST_CASE("A folder that cannot be written is a write error, and recording resumes when it clears",
          "[integration][recording]")
{
    demo::ClipRtspServer server;
    server.addMount("cam", demo::Codec::H264, test::solidClip(QColor(230, 220, 30)));
    REQUIRE(server.start());
    QTemporaryDir dir;
    const QString blocked = dir.path() + "/archive"; // a file where the folder should be
    {
        QFile f(blocked);
        REQUIRE(f.open(QIODevice::WriteOnly));
    }
    RecordingPipeline pipeline(
        RecordingSource{"cam-w", server.url("cam"), {}, {}, kSegmentSeconds, 1000, 5000, 5000},
        [blocked](qint64 start) { return blocked + "/cam-w/" + QString::number(start) + ".mp4"; });
    QVector<SegmentFile> opened;
    QObject::connect(&pipeline, &RecordingPipeline::segmentOpened,
                     [&](const SegmentFile &s) { opened << s; });
    pipeline.start();
    REQUIRE(
        waitUntil([&] { return pipeline.status().state == RecordingState::WriteError; }, kConnectBoundMs));
    CHECK_FALSE(pipeline.status().reason.isEmpty());
    CHECK(pipeline.status().retryInMs > 0);
    REQUIRE(QFile::remove(blocked)); // the operator frees the path
    REQUIRE(waitUntil(
        [&] { return pipeline.status().state == RecordingState::Recording && !opened.isEmpty(); }, 30000));
    CHECK(QFileInfo::exists(opened.last().absolutePath));
    pipeline.stop();
    REQUIRE(waitUntil([&] { return pipeline.status().state == RecordingState::Stopped; }, kStateBoundMs));
    CHECK(waitUntil([] { return RecordingPipeline::liveRuns() == 0; }, 5000));
}

TEST_CASE("A stream that is not RTSP is refused with a reason, not recorded", "[integration][recording]")
{
    RecordingPipeline pipeline(RecordingSource{"cam-x", QUrl("http://127.0.0.1:9/video.mjpg")},
                               [](qint64) { return QString(); });
    pipeline.start();
    REQUIRE(waitUntil([&] { return pipeline.status().state == RecordingState::Error; }, kReactionBoundMs));
    CHECK_FALSE(pipeline.status().reason.isEmpty());
    pipeline.stop();
}

namespace {

// What qtdemux gives of a file: every buffer's time and sync flag, from the start or from a seek.
struct Demuxed
{
    QVector<qint64> ptsNs;
    QVector<bool> keyframe;
};

// Demuxes `path` (buffers as they leave qtdemux, before any clipping); with `seekNs` >= 0, after
// a flushing key-unit seek (snap before) to that time, as playback seeks.
Demuxed demux(const QString &path, qint64 seekNs = -1)
{
    Demuxed out;
    gst::ElementPtr pipeline(GST_ELEMENT(gst_object_ref_sink(gst_pipeline_new(nullptr))));
    gst::ElementPtr src = gst::makeElement("filesrc");
    gst::ElementPtr demuxer = gst::makeElement("qtdemux");
    gst::ElementPtr sink = gst::makeElement("fakesink");
    REQUIRE((src && demuxer && sink));
    g_object_set(src.get(), "location", QFile::encodeName(path).constData(), nullptr);
    g_object_set(sink.get(), "sync", FALSE, nullptr);
    gst_bin_add_many(GST_BIN(pipeline.get()), src.get(), demuxer.get(), sink.get(), nullptr);
    REQUIRE(gst_element_link(src.get(), demuxer.get()));
    struct Seen
    {
        QMutex mutex;
        Demuxed demuxed;
        bool armed = true;
    } seen;
    seen.armed = seekNs < 0;
    g_signal_connect(demuxer.get(), "pad-added",
                     G_CALLBACK(+[](GstElement *, GstPad *pad, gpointer sinkElement) {
                         gst::PadPtr sinkPad(gst_element_get_static_pad(GST_ELEMENT(sinkElement), "sink"));
                         gst_pad_link(pad, sinkPad.get());
                     }),
                     sink.get());
    gst::PadPtr sinkPad(gst_element_get_static_pad(sink.get(), "sink"));
    gst_pad_add_probe(
        sinkPad.get(), GST_PAD_PROBE_TYPE_BUFFER,
        [](GstPad *, GstPadProbeInfo *info, gpointer user) {
            auto &s = *static_cast<Seen *>(user);
            GstBuffer *b = GST_PAD_PROBE_INFO_BUFFER(info);
            QMutexLocker lock(&s.mutex);
            if (s.armed) {
                s.demuxed.ptsNs << qint64(GST_BUFFER_PTS(b));
                s.demuxed.keyframe << !GST_BUFFER_FLAG_IS_SET(b, GST_BUFFER_FLAG_DELTA_UNIT);
            }
            return GST_PAD_PROBE_OK;
        },
        &seen, nullptr);
    gst::BusPtr bus(gst_element_get_bus(pipeline.get()));
    if (seekNs >= 0) {
        gst_element_set_state(pipeline.get(), GST_STATE_PAUSED);
        REQUIRE(gst_element_get_state(pipeline.get(), nullptr, nullptr, 5 * GST_SECOND) ==
                GST_STATE_CHANGE_SUCCESS);
        {
            QMutexLocker lock(&seen.mutex);
            seen.armed = true; // what comes after the seek's flush
        }
        REQUIRE(gst_element_seek_simple(
            pipeline.get(), GST_FORMAT_TIME,
            GstSeekFlags(GST_SEEK_FLAG_FLUSH | GST_SEEK_FLAG_KEY_UNIT | GST_SEEK_FLAG_SNAP_BEFORE), seekNs));
        {
            QMutexLocker lock(&seen.mutex);
            seen.demuxed = {}; // a buffer prerolled before the flush is not the seek's
        }
    }
    gst_element_set_state(pipeline.get(), GST_STATE_PLAYING);
    gst::MessagePtr m(gst_bus_timed_pop_filtered(bus.get(), 10 * GST_SECOND,
                                                 GstMessageType(GST_MESSAGE_EOS | GST_MESSAGE_ERROR)));
    CHECK((m && GST_MESSAGE_TYPE(m.get()) == GST_MESSAGE_EOS));
    gst_element_set_state(pipeline.get(), GST_STATE_NULL);
    QMutexLocker lock(&seen.mutex);
    return seen.demuxed;
}

} // namespace

TEST_CASE("A finished segment after a recording's first seeks to its frames with their true times",
          "[integration][recording]")
{
    // mp4mux's random-access index is off by the file's start in every file after the first of a
    // run, and qtdemux, trusting it, jumped to the wrong fragment and gave its frames the wrong
    // times. The recorder takes the index off on close: qtdemux walks the fragments instead.
    demo::ClipRtspServer server;
    server.addMount("h264", demo::Codec::H264, test::solidClip(QColor(220, 30, 30), demo::Codec::H264));
    server.addMount("h265", demo::Codec::H265, test::solidClip(QColor(30, 200, 40), demo::Codec::H265));
    REQUIRE(server.start());
    Rig h264(server.url("h264"), "cam-h264");
    Rig h265(server.url("h265"), "cam-h265");
    h264.pipeline.start();
    h265.pipeline.start();
    REQUIRE(waitUntil([&] { return h264.seen.closed.size() >= 3 && h265.seen.closed.size() >= 3; }, 60000));
    h264.pipeline.stop();
    h265.pipeline.stop();
    REQUIRE(waitUntil([&] { return h264.seen.finished && h265.seen.finished; }, kStateBoundMs));
    for (Rig *rig : {&h264, &h265}) {
        // The second and third files: the first of a run starts at 0 and never showed the fault.
        for (int i = 1; i < 3; ++i) {
            const QString path = rig->seen.closed[i].absolutePath;
            INFO(path.toStdString());
            QFile file(path);
            REQUIRE(file.open(QIODevice::ReadOnly));
            REQUIRE(file.seek(file.size() - 16));
            CHECK(RandomAccessIndex::tailOffset(file.read(16), file.size()) < 0); // no index left
            const Demuxed all = demux(path);
            REQUIRE(all.ptsNs.size() > 50);
            for (qint64 targetMs : {500, 1700, 2900}) {
                INFO("seek to " << targetMs << " ms");
                const qint64 targetNs = all.ptsNs.first() + targetMs * 1'000'000;
                const Demuxed after = demux(path, targetNs);
                REQUIRE_FALSE(after.ptsNs.isEmpty());
                // From the target (or a keyframe before it) to the end, every frame at its own time.
                CHECK(after.ptsNs.first() <= targetNs + 40'000'000);
                CHECK(after.ptsNs.first() >= targetNs - 1'000'000'000);
                CHECK(after.ptsNs == all.ptsNs.mid(all.ptsNs.size() - after.ptsNs.size()));
            }
        }
    }
}
