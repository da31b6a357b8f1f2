// pantau-recorder-bench: what recording costs against only receiving the same streams.
//
// A child process serves N main streams on 127.0.0.1 (1280x720 H.264, about 2 Mb/s, a keyframe
// every second; one clip encoded once and looped; see RecorderBenchKit.h), so its CPU is never
// counted. Phase A, baseline: this process receives the N streams and throws them away
//     rtspsrc protocols=tcp latency=200 ! rtph264depay ! fakesink
// and its CPU (getrusage) is measured over S seconds after a warm-up. Phase B: the real
// pantau-recorder, a child process following a site file, records N other mounts of the same
// clip; its CPU and resident memory are read from /proc/<pid> over S seconds after the warm-up.
// The recorder is a child process, not a RecorderService in here, so that what is measured is the
// program that runs on a server (site follower, status channel, index, everything) and so that
// its memory is its own: this process's heap, grown by phase A, would hide part of it.
//
// Memory per camera: the recorder's resident memory while recording N cameras, less its resident
// memory idle (started with an empty site, then given the N cameras), divided by N.
//
// Frames: the server counts the access units each recorder mount's payloader takes, from the
// recorder's connection on (no one else connects to those mounts). At the end the server stops
// sending on every mount, the bench waits for what is in flight to arrive (2 s: the recorder's
// jitter buffer holds 200 ms), then stops the recorder with SIGTERM (every open segment finished
// by EOS). Every frame sent is then in a file, so the totals must be equal: frames in the files
// are counted by demuxing every file to its end (filesrc ! qtdemux ! fakesink).
//
//   pantau-recorder-bench --cameras 64 --seconds 20
//
// Prints one line of JSON; exits 0 when every camera recorded, the frame totals are equal and
// every file demuxes to its end. Main thread only (the pipelines and servers run their own threads).
#include "RecorderBenchKit.h"
#include "core/media/GstInit.h"
#include "core/media/MallocArenas.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>

#include <sys/resource.h>

#include <atomic>

using namespace pantau;
using namespace pantau::bench;

namespace {

double ownCpuSeconds()
{
    rusage ru{};
    getrusage(RUSAGE_SELF, &ru);
    return ru.ru_utime.tv_sec + ru.ru_stime.tv_sec + (ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1e6;
}

// Phase A: one receive-only pipeline per stream.
class ReceiveOnly
{
public:
    explicit ReceiveOnly(const QUrl &url)
    {
        m_pipeline.reset(gst_pipeline_new(nullptr));
        gst_object_ref_sink(m_pipeline.get());
        gst::ElementPtr src = gst::makeElement("rtspsrc");
        gst::ElementPtr depay = gst::makeElement("rtph264depay");
        gst::ElementPtr sink = gst::makeElement("fakesink");
        if (!src || !depay || !sink)
            return;
        g_object_set(src.get(), "location", url.toString().toUtf8().constData(), "latency", 200u, nullptr);
        gst_util_set_object_arg(G_OBJECT(src.get()), "protocols", "tcp");
        g_object_set(sink.get(), "sync", FALSE, "async", FALSE, nullptr);
        gst::PadPtr sinkPad(gst_element_get_static_pad(sink.get(), "sink"));
        gst_pad_add_probe(
            sinkPad.get(), GST_PAD_PROBE_TYPE_BUFFER,
            [](GstPad *, GstPadProbeInfo *, gpointer n) {
                ++*static_cast<std::atomic<qint64> *>(n);
                return GST_PAD_PROBE_OK;
            },
            &m_frames, nullptr);
        g_signal_connect(src.get(), "pad-added", G_CALLBACK(+[](GstElement *, GstPad *pad, gpointer depay) {
                             gst::PadPtr sink(gst_element_get_static_pad(GST_ELEMENT(depay), "sink"));
                             if (!gst_pad_is_linked(sink.get()))
                                 gst_pad_link(pad, sink.get());
                         }),
                         depay.get());
        gst_bin_add_many(GST_BIN(m_pipeline.get()), src.get(), depay.get(), sink.get(), nullptr);
        gst_element_link(depay.get(), sink.get());
        gst_element_set_state(m_pipeline.get(), GST_STATE_PLAYING);
    }
    ~ReceiveOnly()
    {
        if (m_pipeline)
            gst_element_set_state(m_pipeline.get(), GST_STATE_NULL);
    }
    qint64 frames() const { return m_frames.load(); }

private:
    gst::ElementPtr m_pipeline;
    std::atomic<qint64> m_frames{0};
};

struct Baseline
{
    bool allReceiving = false;
    double cpuCores = -1;
    qint64 frames = -1;
};

Baseline measureBaseline(const CameraServerProcess &server, int cameras, int warmupS, int seconds)
{
    Baseline b;
    std::vector<std::unique_ptr<ReceiveOnly>> streams;
    for (int i = 0; i < cameras; ++i)
        streams.push_back(std::make_unique<ReceiveOnly>(server.url(baselineMount(i))));
    const auto framesNow = [&] {
        qint64 n = 0;
        for (const auto &s : streams)
            n += s->frames();
        return n;
    };
    b.allReceiving = waitUntil(
        [&] {
            return std::all_of(streams.begin(), streams.end(), [](const auto &s) { return s->frames() > 0; });
        },
        60000 + cameras * 1000);
    waitUntil([] { return false; }, warmupS * 1000);
    const qint64 frames0 = framesNow();
    const double cpu0 = ownCpuSeconds();
    QElapsedTimer wall;
    wall.start();
    waitUntil([] { return false; }, seconds * 1000);
    b.cpuCores = (ownCpuSeconds() - cpu0) / (double(wall.elapsed()) / 1000.0);
    b.frames = framesNow() - frames0;
    return b;
}

} // namespace

int main(int argc, char **argv)
{
    media::limitMallocArenas(); // as pantau-recorder does
    const auto app = makeApplication(argc, argv);
    QCoreApplication::setApplicationName("pantau-recorder-bench");
    if (!media::initGStreamer())
        return 1;

    QCommandLineParser cli;
    cli.addOptions(
        {{"cameras", "Number of cameras.", "N", "16"},
         {"seconds", "Measurement time per phase.", "S", "20"},
         {"warmup", "Seconds between every camera running and the measurement.", "W", "3"},
         {"segment-seconds", "The recorder's segment length (cuts are part of what is counted).", "S", "10"},
         {"keep", "Keep the archive (its folder is printed) for a look afterwards."},
         {"serve", "Internal: run the camera server for N cameras.", "N"}});
    cli.addHelpOption();
    cli.process(*app);
    if (cli.isSet("serve"))
        return serveCameras(cli.value("serve").toInt());

    const int cameras = std::max(1, cli.value("cameras").toInt());
    const int seconds = std::max(1, cli.value("seconds").toInt());
    const int warmupS = std::max(0, cli.value("warmup").toInt());
    CameraServerProcess server;
    if (!server.start(cameras)) {
        std::fprintf(stderr, "the camera server did not start\n");
        return 1;
    }

    // Phase A.
    const Baseline base = measureBaseline(server, cameras, warmupS, seconds);
    std::fprintf(stderr, "baseline: %.3f cores, %lld frames in %d s\n", base.cpuCores,
                 static_cast<long long>(base.frames), seconds);

    // Phase B: the recorder idle, then recording every camera.
    RecorderProcess rec;
    rec.segmentSeconds = std::max(2, cli.value("segment-seconds").toInt());
    if (cli.isSet("keep")) {
        rec.dir.setAutoRemove(false);
        std::fprintf(stderr, "the archive is kept in %s\n", qPrintable(rec.archive));
    }
    StatusReader status(rec.socket);
    if (!rec.saveSite(server, 0) || !rec.start() || !status.connect(30000)) {
        std::fprintf(stderr, "pantau-recorder did not start\n");
        return 1;
    }
    waitUntil([] { return false; }, 2000); // idle: the index open, the status channel up
    const double rssIdleMb = procRssMb(rec.pid());
    rec.saveSite(server, cameras);
    const bool allRecording =
        waitUntil([&] { return status.recording() == cameras; }, 60000 + cameras * 1000);
    waitUntil([] { return false; }, warmupS * 1000);
    const double cpu0 = procCpuSeconds(rec.pid());
    QElapsedTimer wall;
    wall.start();
    waitUntil([] { return false; }, seconds * 1000);
    const double cpuRecorder = (procCpuSeconds(rec.pid()) - cpu0) / (double(wall.elapsed()) / 1000.0);
    const double rssRecordingMb = procRssMb(rec.pid());
    const double load = loadAverage1m();
    const bool stillRecording = status.recording() == cameras;
    std::fprintf(stderr, "recorder: %.3f cores, %.1f MB resident (idle %.1f MB)\n", cpuRecorder,
                 rssRecordingMb, rssIdleMb);

    // The end of the window: nothing more is sent, what was sent arrives, the files are finished.
    const bool frozen = server.freeze();
    waitUntil([] { return false; }, 2000);
    const bool cleanExit = rec.terminate();
    const QVector<qint64> sent = server.counts();

    qint64 framesSent = 0, framesInFiles = 0, bytes = 0;
    int files = 0, filesUnclean = 0, camerasUnequal = 0;
    for (int i = 0; i < cameras; ++i) {
        qint64 inFiles = 0;
        for (const QString &f : rec.segmentFiles(cameraId(i))) {
            const DemuxResult r = demuxToEnd(f);
            ++files;
            bytes += QFileInfo(f).size();
            inFiles += r.frames;
            if (!r.endOfStream) {
                ++filesUnclean;
                std::fprintf(stderr, "%s: %s\n", qPrintable(f), qPrintable(r.error));
            }
        }
        const qint64 s = sent.value(i, -1);
        if (s != inFiles) {
            ++camerasUnequal;
            std::fprintf(stderr, "%s: %lld frames sent, %lld in its files\n", qPrintable(cameraId(i)),
                         static_cast<long long>(s), static_cast<long long>(inFiles));
        }
        framesSent += std::max<qint64>(0, s);
        framesInFiles += inFiles;
    }
    const bool framesEqual = !sent.isEmpty() && camerasUnequal == 0 && framesSent > 0;
    const double recordedS = framesInFiles / 25.0 / cameras;
    const double kbpsPerCamera = recordedS > 0 ? bytes * 8.0 / 1000.0 / recordedS / cameras : -1;
    const double rssPerCameraMb =
        rssIdleMb > 0 && rssRecordingMb > 0 ? (rssRecordingMb - rssIdleMb) / cameras : -1;
    const bool ok = base.allReceiving && allRecording && stillRecording && frozen && cleanExit &&
                    framesEqual && filesUnclean == 0;
    std::printf("{\"all_receiving\":%s,\"all_recording\":%s,\"cameras\":%d,\"cameras_frames_unequal\":%d,"
                "\"clean_exit\":%s,\"cpu_baseline\":%.4f,\"cpu_ratio\":%.4f,\"cpu_recorder\":%.4f,"
                "\"files\":%d,\"files_unclean\":%d,\"frames_baseline\":%lld,\"frames_equal\":%s,"
                "\"frames_in_files\":%lld,\"frames_sent\":%lld,\"kbps_per_camera\":%.1f,\"load_avg_1m\":%.2f,"
                "\"ok\":%s,\"rss_idle_mb\":%.1f,\"rss_per_camera_mb\":%.3f,\"rss_recording_mb\":%.1f,"
                "\"seconds\":%d}\n",
                base.allReceiving ? "true" : "false", allRecording && stillRecording ? "true" : "false",
                cameras, camerasUnequal, cleanExit ? "true" : "false", base.cpuCores,
                base.cpuCores > 0 ? cpuRecorder / base.cpuCores : -1.0, cpuRecorder, files, filesUnclean,
                static_cast<long long>(base.frames), framesEqual ? "true" : "false",
                static_cast<long long>(framesInFiles), static_cast<long long>(framesSent), kbpsPerCamera,
                load, ok ? "true" : "false", rssIdleMb, rssPerCameraMb, rssRecordingMb, seconds);
    return ok ? 0 : 1;
}
