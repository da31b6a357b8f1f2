// pantau-bench: an offscreen wall of N tiles playing N RTSP cameras from a server in a child
// process, measured against a decode-only baseline on the same streams in the same run.
// Prints one JSON object. See README "Performance".
//
//   pantau-bench [--tiles N] [--layout ID] [--stream main|sub] [--seconds T] [--size WxH]
//                [--keyframes-only] [--switch-test] [--latency-ms MS] [--renderer auto|cpu|opengl]
//
// Threads: everything here runs on the GUI thread except the server's push observer (child).
#include "ProcessStats.h"
#include "app/demo/ClipRtspServer.h"
#include "app/demo/FrameBarcode.h"
#include "core/media/BufferListFilter.h"
#include "core/media/DecoderPolicy.h"
#include "core/media/GstInit.h"
#include "core/media/GstPtr.h"
#include "core/media/MallocArenas.h"
#include "core/media/RtpKeyframeFilter.h"
#include "core/media/StreamPool.h"
#include "core/settings/Settings.h"
#include "core/site/SiteStore.h"
#include "ui/wall/VideoRenderer.h"
#include "ui/wall/WallWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

#include <gst/rtp/gstrtpbuffer.h>

#include <sys/resource.h>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <vector>

using namespace pantau;
using pantau::test::rssMb;

namespace {

constexpr int kClipFrames = 150;
constexpr int kFps = 25;

double cpuSeconds()
{
    rusage ru{};
    getrusage(RUSAGE_SELF, &ru);
    return ru.ru_utime.tv_sec + ru.ru_stime.tv_sec + (ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1e6;
}

bool waitUntil(const std::function<bool()> &cond, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!cond()) {
        if (t.elapsed() > timeoutMs)
            return false;
        QEventLoop loop;
        QTimer::singleShot(5, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return true;
}

void runFor(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return -1;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, size_t(p / 100.0 * (v.size() - 1) + 0.5))];
}

demo::ClipSpec clipSpec(bool sub)
{
    demo::ClipSpec spec;
    spec.title = QStringLiteral("Pantau bench");
    spec.subtitle = sub ? QStringLiteral("640×360") : QStringLiteral("1280×720");
    spec.color = QColor(60, 110, 170);
    spec.size = sub ? QSize(640, 360) : QSize(1280, 720);
    spec.bitrateKbps = sub ? 600 : 2500;
    spec.frameCount = kClipFrames;
    spec.fps = kFps;
    spec.frameBarcode = true;
    return spec;
}

// Child process: serve N cameras (main and sub) and report when each mount starts pushing.
int serve(int cameras)
{
    const QString cache =
        QDir(QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation)).filePath("pantau/bench");
    auto main = demo::encodeClip(clipSpec(false), cache);
    auto sub = demo::encodeClip(clipSpec(true), cache);
    if (!main || !sub) {
        std::fprintf(stderr, "cannot encode the bench clips\n");
        return 1;
    }
    demo::ClipRtspServer server;
    for (int i = 0; i < cameras; ++i) {
        server.addMount(QStringLiteral("cam%1/main").arg(i), demo::Codec::H264, main);
        server.addMount(QStringLiteral("cam%1/sub").arg(i), demo::Codec::H264, sub);
    }
    server.setPushStartObserver([](const QString &path, qint64 us) {
        std::printf("start %s %lld\n", qPrintable(path), static_cast<long long>(us));
        std::fflush(stdout);
    });
    QString error;
    if (!server.start(0, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    std::printf("port %d\n", server.port());
    std::fflush(stdout);
    return QCoreApplication::exec(); // until the parent ends us
}

struct ServerProcess
{
    QProcess process;
    quint16 port = 0;
    QHash<QString, qint64> startUs; // mount path -> steady-clock µs of frame 0
    QByteArray buffer;

    bool start(int cameras)
    {
        QObject::connect(&process, &QProcess::readyReadStandardOutput, [this] {
            buffer += process.readAllStandardOutput();
            int nl;
            while ((nl = buffer.indexOf('\n')) >= 0) {
                const QList<QByteArray> f = buffer.left(nl).split(' ');
                buffer.remove(0, nl + 1);
                if (f.value(0) == "port")
                    port = quint16(f.value(1).toInt());
                else if (f.value(0) == "start")
                    startUs[QString::fromUtf8(f.value(1))] = f.value(2).toLongLong();
            }
        });
        process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process.start(QCoreApplication::applicationFilePath(), {"--serve", QString::number(cameras)});
        return waitUntil([this] { return port != 0 || process.state() == QProcess::NotRunning; }, 300000) &&
               port != 0;
    }
    ~ServerProcess()
    {
        process.kill();
        process.waitForFinished(5000);
    }
    // Latency of a painted frame: now minus the time the server pushed that frame number last.
    double latencyMs(const QString &path, int frameNumber, qint64 nowUs) const
    {
        auto it = startUs.find(path);
        if (it == startUs.end() || frameNumber < 0)
            return -1;
        const qint64 frameUs = 1000000 / kFps;
        const qint64 pushed = (nowUs - *it) / frameUs; // frames pushed so far, roughly
        qint64 p = pushed - ((pushed - frameNumber) % kClipFrames + kClipFrames) % kClipFrames;
        while (*it + p * frameUs > nowUs)
            p -= kClipFrames;
        return (nowUs - (*it + p * frameUs)) / 1000.0;
    }
};

qint64 nowUs()
{
    return std::chrono::duration_cast<std::chrono::microseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

// Decode-only baseline: rtspsrc ! rtph264depay ! h264parse ! decoder ! fakesink for the same
// streams, doing the decoding work the wall does, so that the ratio is of like with like: the
// decoder the wall's pipelines picked (`decoder`: hardware where the wall got one), the depayloader
// and decoder set as StreamGraph sets them, and for keyframes-only the same RTP keyframe filter
// in front of the depayloader, the same delta-frame drop in front of the decoder and one decoder
// thread. What the baseline leaves out is what is measured: conversion, scaling and painting.
struct Baseline
{
    std::vector<GstElement *> pipelines;
    std::atomic<quint64> frames{0};
    std::atomic<quint64> rtpPacketsSkipped{0};
    bool keyframesOnly = false;

    struct RtpFilter
    {
        Baseline *self;
        media::RtpKeyframeFilter filter{media::RtpKeyframeFilter::Codec::H264};
    };

    static GstPadProbeReturn count(GstPad *, GstPadProbeInfo *, gpointer self)
    {
        ++static_cast<Baseline *>(self)->frames;
        return GST_PAD_PROBE_OK;
    }
    static bool passRtp(RtpFilter &f, GstBuffer *buffer, gint64 nowMs)
    {
        GstRTPBuffer rtp = GST_RTP_BUFFER_INIT;
        if (!gst_rtp_buffer_map(buffer, GST_MAP_READ, &rtp))
            return true;
        const bool keep =
            f.filter.pass(static_cast<const std::uint8_t *>(gst_rtp_buffer_get_payload(&rtp)),
                          gst_rtp_buffer_get_payload_len(&rtp), gst_rtp_buffer_get_timestamp(&rtp), nowMs);
        gst_rtp_buffer_unmap(&rtp);
        if (!keep)
            ++f.self->rtpPacketsSkipped;
        return keep;
    }
    // The RTP keyframe filter on rtspsrc's pad, as StreamGraph installs it for thumbnails.
    static GstPadProbeReturn filterRtp(GstPad *, GstPadProbeInfo *info, gpointer user)
    {
        auto &f = *static_cast<RtpFilter *>(user);
        if (f.filter.passingAll())
            return GST_PAD_PROBE_OK;
        const gint64 nowMs = g_get_monotonic_time() / 1000;
        if (GstBuffer *buffer = GST_PAD_PROBE_INFO_BUFFER(info);
            buffer && (info->type & GST_PAD_PROBE_TYPE_BUFFER))
            return passRtp(f, buffer, nowMs) ? GST_PAD_PROBE_OK : GST_PAD_PROBE_DROP;
        if (!(info->type & GST_PAD_PROBE_TYPE_BUFFER_LIST))
            return GST_PAD_PROBE_OK;
        GstBufferList *list = GST_PAD_PROBE_INFO_BUFFER_LIST(info);
        if (!list)
            return GST_PAD_PROBE_OK;
        list = media::keepBuffers(list, [&](GstBuffer *b) { return passRtp(f, b, nowMs); });
        if (!list)
            return GST_PAD_PROBE_DROP;
        GST_PAD_PROBE_INFO_DATA(info) = list;
        return GST_PAD_PROBE_OK;
    }
    static void rtspPadAdded(GstElement *, GstPad *pad, gpointer self)
    {
        gst_pad_add_probe(pad, GstPadProbeType(GST_PAD_PROBE_TYPE_BUFFER | GST_PAD_PROBE_TYPE_BUFFER_LIST),
                          &Baseline::filterRtp, new RtpFilter{static_cast<Baseline *>(self)},
                          [](gpointer p) { delete static_cast<RtpFilter *>(p); });
    }
    static void setIfPresent(GstElement *e, const char *property, int value)
    {
        if (g_object_class_find_property(G_OBJECT_GET_CLASS(e), property))
            g_object_set(e, property, value, nullptr);
    }

    // `decoder`: the factory the wall's decodebin picked. False when it cannot be built.
    bool start(const QStringList &urls, int latencyMs, bool onlyKeyframes, const QString &decoder)
    {
        keyframesOnly = onlyKeyframes;
        for (const QString &url : urls) {
            // Our own loopback URLs and the name of an installed decoder factory only; nothing
            // typed by a user reaches this description.
            const QString desc =
                QStringLiteral(
                    "rtspsrc name=src location=%1 latency=%2 ! rtph264depay name=depay ! h264parse ! "
                    "%3 name=dec ! fakesink name=sink sync=false")
                    .arg(url)
                    .arg(latencyMs)
                    .arg(decoder);
            GError *error = nullptr;
            GstElement *p = gst_parse_launch(desc.toUtf8().constData(), &error);
            if (!p || error) {
                std::fprintf(stderr, "baseline pipeline: %s\n", error ? error->message : "not built");
                g_clear_error(&error);
                if (p)
                    gst_object_unref(p);
                return false;
            }
            pipelines.push_back(p);
            gst::ElementPtr src(gst_bin_get_by_name(GST_BIN(p), "src"));
            gst::ElementPtr depay(gst_bin_get_by_name(GST_BIN(p), "depay"));
            gst::ElementPtr dec(gst_bin_get_by_name(GST_BIN(p), "dec"));
            gst::ElementPtr sink(gst_bin_get_by_name(GST_BIN(p), "sink"));
            g_object_set(src.get(), "drop-on-latency", TRUE, nullptr);
            // As StreamGraph: behind the RTP filter the gaps are ours, so no waiting for or asking
            // for keyframes; without it the depayloader waits for a keyframe and asks after loss.
            setIfPresent(depay.get(), "wait-for-keyframe", keyframesOnly ? FALSE : TRUE);
            setIfPresent(depay.get(), "request-keyframe", keyframesOnly ? FALSE : TRUE);
            setIfPresent(dec.get(), "output-corrupt", FALSE);
            setIfPresent(dec.get(), "max-errors", -1);
            if (keyframesOnly) {
                setIfPresent(dec.get(), "max-threads", 1);
                g_signal_connect(src.get(), "pad-added", G_CALLBACK(&Baseline::rtspPadAdded), this);
                gst::PadPtr decSink(gst_element_get_static_pad(dec.get(), "sink"));
                gst_pad_add_probe(
                    decSink.get(), GST_PAD_PROBE_TYPE_BUFFER,
                    [](GstPad *, GstPadProbeInfo *info, gpointer) {
                        return GST_BUFFER_FLAG_IS_SET(GST_PAD_PROBE_INFO_BUFFER(info),
                                                      GST_BUFFER_FLAG_DELTA_UNIT)
                                   ? GST_PAD_PROBE_DROP
                                   : GST_PAD_PROBE_OK;
                    },
                    nullptr, nullptr);
            }
            gst::PadPtr pad(gst_element_get_static_pad(sink.get(), "sink"));
            gst_pad_add_probe(pad.get(), GST_PAD_PROBE_TYPE_BUFFER, &Baseline::count, this, nullptr);
            gst_element_set_state(p, GST_STATE_PLAYING);
        }
        return true;
    }
    ~Baseline()
    {
        for (GstElement *p : pipelines) {
            gst_element_set_state(p, GST_STATE_NULL);
            gst_object_unref(p);
        }
    }
};

} // namespace

int main(int argc, char **argv)
{
    media::limitMallocArenas(); // before any thread starts, as pantau does
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName("pantau-bench");
    media::initGStreamer();
    media::DecoderPolicy::apply(
        media::DecoderPolicy::fromEnvironment()); // as pantau does (PANTAU_HW_DECODE=0: off)

    QCommandLineParser cli;
    cli.addOptions(
        {{"tiles", "Number of tiles and cameras.", "N", "16"},
         {"layout", "Layout preset (default: the square grid that fits the tiles).", "ID"},
         {"stream", "main or sub.", "KIND", "sub"},
         {"seconds", "Measurement time per phase.", "T", "20"},
         {"size", "Wall window size.", "WxH", "1920x1080"},
         {"latency-ms", "RTP jitter buffer.", "MS", QString::number(StreamSettings{}.latencyMs)},
         {"keyframes-only", "Decode keyframes only (thumbnails)."},
         {"switch-test", "Measure full-screen switches of a tile already on the wall."},
         {"renderer", "auto, cpu or opengl (the GPU renderer needs an OpenGL display: xcb, not offscreen).",
          "R", "cpu"},
         {"serve", "Internal: run the camera server for N cameras.", "N"}});
    cli.addHelpOption();
    cli.process(app);
    if (cli.isSet("serve"))
        return serve(cli.value("serve").toInt());

    const int tiles = std::max(1, cli.value("tiles").toInt());
    const int seconds = std::max(1, cli.value("seconds").toInt());
    const bool sub = cli.value("stream") != "main";
    const bool keyframesOnly = cli.isSet("keyframes-only");
    const int latencyMs = cli.value("latency-ms").toInt();
    if (!isVideoRendererRequest(cli.value("renderer"))) {
        std::fprintf(stderr, "--renderer takes auto, cpu or opengl\n");
        return 2;
    }
    const VideoRendererChoice renderer = chooseVideoRenderer(cli.value("renderer"));
    const QStringList wh = cli.value("size").split('x');
    const QSize size(wh.value(0).toInt(), wh.value(1).toInt());
    QString layoutId = cli.value("layout");
    if (layoutId.isEmpty()) {
        const int side = int(std::ceil(std::sqrt(double(tiles))));
        layoutId = QStringLiteral("%1x%2").arg(side).arg((tiles + side - 1) / side);
    }
    auto preset = layouts::preset(layoutId);
    if (!preset && QRegularExpression("^\\d+x\\d+$").match(layoutId).hasMatch()) // any rows x columns
        preset = layouts::grid(layoutId.section('x', 0, 0).toInt(), layoutId.section('x', 1, 1).toInt());
    if (!preset || preset->tiles.size() < tiles) {
        std::fprintf(stderr, "layout %s has fewer than %d tiles\n", qPrintable(layoutId), tiles);
        return 2;
    }

    ServerProcess server;
    if (!server.start(tiles)) {
        std::fprintf(stderr, "the camera server did not start\n");
        return 1;
    }
    QTemporaryDir dir;
    Site site;
    QStringList ids;
    for (int i = 0; i < tiles; ++i) {
        Camera c;
        c.id = QStringLiteral("cam%1").arg(i);
        c.name = QStringLiteral("Kamera %1").arg(i + 1);
        c.mainStreamUrl = QUrl(QStringLiteral("rtsp://127.0.0.1:%1/cam%2/main").arg(server.port).arg(i));
        c.subStreamUrl = QUrl(QStringLiteral("rtsp://127.0.0.1:%1/cam%2/sub").arg(server.port).arg(i));
        site.cameras.push_back(c);
        ids << c.id;
    }
    Layout layout = layouts::filledWith(*preset, ids);
    layout.id = "bench";
    layout.name = layoutId;
    site.layouts.push_back(layout);
    SiteStore store(dir.filePath("site.json"), site);
    StreamPool pool(store.cameraLookup());
    StreamSettings settings;
    settings.latencyMs = latencyMs;
    settings.keyframesOnly = keyframesOnly;
    settings.lingerMs = 200;
    settings.yuvFrames = renderer.renderer == VideoRenderer::OpenGl;
    pool.setSettings(settings);

    QJsonObject out{{"tiles", tiles},
                    {"layout", layoutId},
                    {"stream", sub ? "sub" : "main"},
                    {"seconds", seconds},
                    {"keyframes_only", keyframesOnly},
                    {"latency_setting_ms", latencyMs},
                    {"window", QStringLiteral("%1x%2").arg(size.width()).arg(size.height())},
                    {"renderer", renderer.renderer == VideoRenderer::OpenGl ? "opengl" : "cpu"},
                    {"gl_renderer", renderer.glRenderer},
                    {"renderer_reason", renderer.reason}};

    // Forced stream for throughput runs; the product's own choice (by tile height) for the switch test.
    Settings wallSettings(dir.filePath("pantau.conf"));
    if (!cli.isSet("switch-test"))
        wallSettings.setSubStreamMaxHeightPx(sub ? Settings::kMaxSubStreamMaxHeightPx : 0);
    auto window =
        std::make_unique<WallWindow>(WallContext{.store = &store, .pool = &pool, .settings = &wallSettings},
                                     QGuiApplication::primaryScreen());
    window->resize(size);
    window->show();
    const auto &tileViews = window->view()->tiles();

    std::vector<double> latencies;
    bool measuring = false;
    for (TileView *t : tileViews)
        t->setPaintObserver([&](const TileView &tile, const VideoFrame &frame) {
            if (!measuring)
                return;
            const QString path = tile.cameraId() + (tile.activeKind() == StreamKind::Sub ? "/sub" : "/main");
            const double ms = server.latencyMs(
                path, demo::readFrameBarcode(frame.yuv ? frame.yuv->luma() : frame.image), nowUs());
            if (ms >= 0)
                latencies.push_back(ms);
        });

    const bool allPlaying = waitUntil(
        [&] {
            for (TileView *t : tileViews)
                if (!t->cameraId().isEmpty() &&
                    (!t->activePipeline() || t->activePipeline()->status().state != StreamState::Playing))
                    return false;
            return true;
        },
        60000);
    out["all_playing"] = allPlaying;
    if (StreamPipeline *p = tileViews.isEmpty() ? nullptr : tileViews.first()->activePipeline()) {
        out["decoder"] = p->stats().decoder;
        out["hardware_decoder"] = p->stats().hardwareDecoder;
    }
    runFor(2000); // settle

    auto sums = [&] {
        quint64 decoded = 0, dropped = 0, painted = 0;
        QSet<StreamPipeline *> seen;
        for (TileView *t : tileViews) {
            painted += t->framesPainted();
            if (StreamPipeline *p = t->activePipeline(); p && !seen.contains(p)) {
                seen.insert(p);
                decoded += p->stats().framesReceived;
                dropped += p->stats().framesDropped;
            }
        }
        return std::array<quint64, 3>{decoded, dropped, painted};
    };

    if (cli.isSet("switch-test")) {
        // Full screen on a tile already on the wall, and back, several times.
        // A round whose first paint was not a picture, or whose main stream never came, failed:
        // it is counted and reported, never taken as a time (it is not the fastest switch).
        TileView *tile = tileViews.first();
        std::vector<double> firstMs, mainMs;
        int firstFailed = 0, mainFailed = 0;
        constexpr int kRounds = 5;
        for (int round = 0; round < kRounds; ++round) {
            QElapsedTimer t;
            bool painted = false;
            qint64 mainAt = -1;
            tile->setPaintObserver([&](const TileView &tv, const VideoFrame &) {
                if (mainAt < 0 && tv.activeKind() == StreamKind::Main)
                    mainAt = t.elapsed();
            });
            t.start();
            window->view()->setFullScreenTile(0);
            tile->repaint(); // the next paint the operator sees
            painted = tile->activePipeline() && !tile->activePipeline()->latestFrame().isNull() &&
                      tile->blackFramesPainted() == 0;
            if (painted)
                firstMs.push_back(t.nsecsElapsed() / 1e6);
            else
                ++firstFailed;
            if (waitUntil([&] { return mainAt >= 0; }, 10000))
                mainMs.push_back(double(mainAt));
            else
                ++mainFailed;
            window->view()->setFullScreenTile(-1);
            runFor(3000);
        }
        out["switch_first_frame_ms"] = percentile(firstMs, 50);
        out["switch_main_frame_ms"] = percentile(mainMs, 50);
        out["switch_main_frame_ms_max"] =
            mainMs.empty() ? -1 : *std::max_element(mainMs.begin(), mainMs.end());
        out["switch_rounds"] = kRounds;
        out["switch_rounds_without_first_picture"] = firstFailed;
        out["switch_rounds_without_main_stream"] = mainFailed;
        out["black_frames"] = qint64(tile->blackFramesPainted());
    } else {
        const auto before = sums();
        const double cpu0 = cpuSeconds();
        measuring = true;
        runFor(seconds * 1000);
        measuring = false;
        const double cpu = cpuSeconds() - cpu0;
        const auto after = sums();
        out["frames_decoded"] = qint64(after[0] - before[0]);
        out["frames_dropped"] = qint64(after[1] - before[1]);
        out["frames_painted"] = qint64(after[2] - before[2]);
        out["frames_expected"] = qint64(keyframesOnly ? tiles * seconds * kFps / 50 : tiles * seconds * kFps);
        out["cpu_seconds"] = cpu;
        out["rss_mb"] = rssMb();
        out["latency_p50_ms"] = percentile(latencies, 50);
        out["latency_p99_ms"] = percentile(latencies, 99);
        out["latency_samples"] = qint64(latencies.size());

        // Baseline on the same streams: the wall goes away first.
        window.reset();
        waitUntil([&] { return pool.pipelineCount() == 0; }, 10000);
        QStringList urls;
        for (const Camera &c : site.cameras)
            urls << (sub ? c.subStreamUrl : c.mainStreamUrl).toString();
        Baseline baseline;
        const QString decoder = out["decoder"].toString();
        out["baseline_decoder"] = decoder;
        out["baseline_rtp_filter"] = keyframesOnly;
        const bool baselineBuilt =
            !decoder.isEmpty() && baseline.start(urls, latencyMs, keyframesOnly, decoder);
        out["baseline_built"] = baselineBuilt;
        waitUntil([&] { return baselineBuilt && baseline.frames > quint64(tiles); }, 60000);
        runFor(2000);
        const quint64 f0 = baseline.frames;
        const double b0 = cpuSeconds();
        runFor(seconds * 1000);
        const double baseCpu = cpuSeconds() - b0;
        out["baseline_frames_decoded"] = qint64(baseline.frames - f0);
        out["baseline_rtp_packets_skipped"] = qint64(baseline.rtpPacketsSkipped.load());
        out["baseline_cpu_seconds"] = baseCpu;
        out["cpu_ratio"] = baseCpu > 0 ? cpu / baseCpu : -1;
        // The same per decoded frame: the server (a child process on the same cores) can fall
        // behind while the wall runs and catch up during the baseline, so the two phases need not
        // decode the same number of frames.
        const quint64 wallFrames = after[0] - before[0];
        const quint64 baseFrames = baseline.frames - f0;
        const double wallMsPerFrame = wallFrames ? 1000.0 * cpu / double(wallFrames) : -1;
        const double baseMsPerFrame = baseFrames ? 1000.0 * baseCpu / double(baseFrames) : -1;
        out["cpu_ms_per_frame"] = wallMsPerFrame;
        out["baseline_cpu_ms_per_frame"] = baseMsPerFrame;
        out["cpu_ratio_per_frame"] =
            wallMsPerFrame > 0 && baseMsPerFrame > 0 ? wallMsPerFrame / baseMsPerFrame : -1;
    }
    std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
    return 0;
}
