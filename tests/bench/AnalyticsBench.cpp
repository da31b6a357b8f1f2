// pantau-analytics-bench: what motion and tamper detection cost and how they behave.
//  1. CPU: N cameras decoded from loopback RTSP (640x360, 25 fps, the sub stream's size), first
//     decode only (the baseline), then the same pipelines with the AnalyticsService on the frame
//     tap at 5 pictures a second; the difference is the analysis. The loopback server runs in
//     this process and counts in both phases. Also the detectors' own CPU per picture (thread
//     time over synthetic pictures) and what that makes for 64 cameras at 5 a second.
//  2. Latency: from the first frame with motion leaving the server to the event.
//  3. False events per hour of a torture sequence at 5 pictures a second, run straight through
//     the detectors at the default settings: rain-like noise and streaks, a slow light change, a
//     sudden lights-on, the day/night switch to a flat infrared picture.
// Prints one JSON line.
//
// With --off-wall N it measures instead what analysing N cameras that no tile shows costs: the same
// N cameras first not analysed (configured, no stream pulled), then each on an analysis-only
// pipeline of its own (AnalyticsService's ownSource: keyframes only, 320x180), in one run. The
// loopback server that sends them runs in this process, so the difference is an upper bound.
#include "SyntheticScene.h"
#include "TortureScene.h"
#include "Wait.h"
#include "app/demo/ClipRtspServer.h"
#include "app/demo/EncodedClip.h"
#include "core/analytics/AnalyticsService.h"
#include "core/media/GstInit.h"
#include "core/media/MallocArenas.h"
#include "core/media/StreamPipeline.h"

#include <QCommandLineParser>
#include <QGuiApplication>
#include <QPainter>
#include <QThread>

#include <sys/resource.h>

#include <atomic>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <memory>
#include <vector>

using namespace pantau;
using namespace pantau::test;
using pantau::analytics::AnalyticsService;
using pantau::analytics::CameraAnalyticsSettings;
using pantau::analytics::MotionDetector;
using pantau::analytics::TamperDetector;

namespace {
constexpr int kFps = 25;
constexpr int kStillFrames = 75;
constexpr QSize kClipSize{640, 360};

double processCpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_utime.tv_sec + usage.ru_stime.tv_sec +
           (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

double threadCpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return ts.tv_sec + ts.tv_nsec / 1e9;
}

qint64 steadyUs()
{
    return std::chrono::duration_cast<std::chrono::microseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

std::shared_ptr<const demo::EncodedClip> movingSquareClip()
{
    demo::ClipSpec spec;
    spec.title = QStringLiteral("analytics bench");
    spec.size = kClipSize;
    spec.fps = kFps;
    spec.frameCount = 150;
    spec.keyframeIntervalFrames = 25;
    spec.bitrateKbps = 1000;
    const cv::Mat grey = syntheticScene();
    const QImage scene = QImage(grey.data, grey.cols, grey.rows, int(grey.step), QImage::Format_Grayscale8)
                             .convertToFormat(QImage::Format_RGB32)
                             .scaled(kClipSize);
    return demo::encodeFrames(spec, [&](int index, QImage &frame) {
        QPainter p(&frame);
        p.drawImage(0, 0, scene);
        p.fillRect(QRect(60 + 8 * std::max(0, index - kStillFrames + 1), 160, 48, 48), QColor(245, 245, 245));
    });
}

struct CpuPhase
{
    double cores = 0;
    quint64 frames = 0;
    quint64 pictures = 0;
};

CpuPhase measureCpu(std::vector<std::unique_ptr<StreamPipeline>> &pipelines, AnalyticsService *service,
                    int seconds)
{
    // Settle a second, then measure.
    QElapsedTimer settle;
    settle.start();
    waitUntil([&] { return settle.elapsed() >= 1000; }, 5000);
    quint64 framesBefore = 0, picturesBefore = 0;
    for (size_t i = 0; i < pipelines.size(); ++i) {
        framesBefore += pipelines[i]->stats().framesReceived;
        if (service)
            picturesBefore += service->picturesAnalysed(QStringLiteral("cam%1").arg(i));
    }
    const double cpu0 = processCpuSeconds();
    QElapsedTimer wall;
    wall.start();
    waitUntil([&] { return wall.elapsed() >= seconds * 1000; }, seconds * 1000 + 5000);
    const double elapsed = wall.elapsed() / 1000.0;
    CpuPhase phase;
    phase.cores = (processCpuSeconds() - cpu0) / elapsed;
    for (size_t i = 0; i < pipelines.size(); ++i) {
        phase.frames += pipelines[i]->stats().framesReceived;
        if (service)
            phase.pictures += service->picturesAnalysed(QStringLiteral("cam%1").arg(i));
    }
    phase.frames -= framesBefore;
    phase.pictures -= picturesBefore;
    return phase;
}

// The detectors' own CPU per picture at the default settings (motion and tamper).
double detectorMsPerPicture()
{
    MotionDetector motion(QStringLiteral("bench"));
    analytics::TamperSettings learnQuickly;
    learnQuickly.learnMs = 5000; // measure the learned detector, with its move checks
    TamperDetector tamper(QStringLiteral("bench"), learnQuickly);
    const cv::Mat scene = syntheticScene();
    cv::RNG rng(5);
    std::vector<cv::Mat> pictures;
    for (int i = 0; i < 20; ++i)
        pictures.push_back(withNoise(withSquare(scene, cv::Rect(20 + 10 * i, 80, 24, 24)), 4, rng));
    const int count = 500;
    const double cpu0 = threadCpuSeconds();
    for (int i = 0; i < count; ++i) {
        const cv::Mat &picture = pictures[size_t(i) % pictures.size()];
        motion.process(picture, 1'700'000'000'000 + i * 200);
        tamper.process(picture, 1'700'000'000'000 + i * 200);
    }
    return (threadCpuSeconds() - cpu0) * 1000.0 / count;
}

struct Torture
{
    int pictures = 0;
    int motionEvents = 0;
    int tamperEvents = 0;
    double hours = 0;
};

Torture runTorture(double minutes)
{
    MotionDetector motion(QStringLiteral("torture"));
    TamperDetector tamper(QStringLiteral("torture"));
    TortureScene scene;
    Torture result;
    result.pictures = int(minutes * 60 * 5);
    for (int i = 0; i < result.pictures; ++i) {
        const cv::Mat picture = scene.picture(i);
        const qint64 utcMs = 1'700'000'000'000 + qint64(i) * 200;
        for (const events::Event &e : motion.process(picture, utcMs)) {
            result.motionEvents += e.isActive() ? 1 : 0;
            if (e.isActive())
                std::fprintf(stderr, "torture: motion event at %.0f s: %s\n", i / 5.0, qPrintable(e.detail));
        }
        for (const events::Event &e : tamper.process(picture, utcMs)) {
            result.tamperEvents += e.isActive() ? 1 : 0;
            if (e.isActive()) // a false event: say which, for whoever tunes the detector
                std::fprintf(stderr, "torture: tamper event %d at %.0f s: %s\n", int(e.kind), i / 5.0,
                             qPrintable(e.detail));
        }
    }
    result.hours = minutes / 60.0;
    return result;
}
} // namespace

// The CPU of `cameras` cameras off the wall: not analysed, then analysed from their own streams.
int measureOffWall(demo::ClipRtspServer &server, int cameras, int seconds)
{
    std::vector<std::unique_ptr<StreamPipeline>> none;
    AnalyticsService service;
    CameraAnalyticsSettings settings; // motion and tamper: the dearer case
    for (int i = 0; i < cameras; ++i)
        service.setCamera(QStringLiteral("cam%1").arg(i), settings); // no own source: not analysed
    const CpuPhase idle = measureCpu(none, nullptr, seconds);
    StreamSource source;
    source.url = server.url(QStringLiteral("cam"));
    for (int i = 0; i < cameras; ++i)
        service.setCamera(QStringLiteral("cam%1").arg(i), settings, source);
    const bool allOwn = waitUntil(
        [&] {
            for (int i = 0; i < cameras; ++i)
                if (service.picturesAnalysed(QStringLiteral("cam%1").arg(i)) == 0)
                    return false;
            return true;
        },
        kPlayingBoundMs + cameras * 300);
    quint64 picturesBefore = 0;
    for (int i = 0; i < cameras; ++i)
        picturesBefore += service.picturesAnalysed(QStringLiteral("cam%1").arg(i));
    QElapsedTimer elapsed;
    elapsed.start();
    const CpuPhase analysed = measureCpu(none, nullptr, seconds);
    quint64 pictures = 0;
    for (int i = 0; i < cameras; ++i)
        pictures += service.picturesAnalysed(QStringLiteral("cam%1").arg(i));
    pictures -= picturesBefore;
    const double extra = analysed.cores - idle.cores;
    std::printf(
        "{\"all_analysed\":%s,\"cameras\":%d,\"cpu_ratio\":%.3f,\"not_analysed_cpu_cores\":%.4f,"
        "\"off_wall_cpu_cores\":%.4f,\"off_wall_cpu_cores_per_camera\":%.5f,"
        "\"off_wall_cpu_share_of_machine\":%.4f,\"pictures_per_camera_second\":%.2f,\"seconds\":%d}\n",
        allOwn ? "true" : "false", cameras, idle.cores > 0 ? analysed.cores / idle.cores : 0.0, idle.cores,
        extra, extra / cameras, extra / std::max(1, QThread::idealThreadCount()),
        double(pictures) / cameras / (elapsed.elapsed() / 1000.0), seconds);
    for (int i = 0; i < cameras; ++i)
        service.removeCamera(QStringLiteral("cam%1").arg(i));
    return allOwn ? 0 : 1;
}

int main(int argc, char **argv)
{
    media::limitMallocArenas();
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName("pantau-analytics-bench");
    media::initGStreamer();
    QCommandLineParser cli;
    cli.addOptions(
        {{"cameras", "Cameras decoded and analysed.", "N", "16"},
         {"seconds", "Measurement time per CPU phase.", "T", "10"},
         {"torture-minutes", "Minutes of the torture sequence (at 5 pictures a second).", "M", "60"},
         {"off-wall", "Measure N cameras analysed off the wall (keyframes-only own streams) instead.", "N",
          "0"}});
    cli.addHelpOption();
    cli.process(app);
    const int cameras = std::max(1, cli.value("cameras").toInt());
    const int seconds = std::max(1, cli.value("seconds").toInt());
    const double tortureMinutes = std::max(1.0, cli.value("torture-minutes").toDouble());
    const int offWall = std::max(0, cli.value("off-wall").toInt());

    const auto clip = movingSquareClip();
    if (!clip) {
        std::fprintf(stderr, "the clip could not be encoded\n");
        return 1;
    }
    demo::ClipRtspServer server;
    server.setEvenTimestamps(true);
    std::atomic<qint64> latencyPushUs{0};
    server.setPushStartObserver([&](const QString &path, qint64 us) {
        if (path.contains(QStringLiteral("latency"))) {
            qint64 none = 0;
            latencyPushUs.compare_exchange_strong(none, us);
        }
    });
    server.addMount(QStringLiteral("cam"), demo::Codec::H264, clip);
    server.addMount(QStringLiteral("latency"), demo::Codec::H264, clip);
    if (!server.start()) {
        std::fprintf(stderr, "the RTSP server did not start\n");
        return 1;
    }

    if (offWall > 0)
        return measureOffWall(server, offWall, seconds);

    // 1. CPU: decode only, then decode and analysis, on the same pipelines.
    std::vector<std::unique_ptr<StreamPipeline>> pipelines;
    StreamSource source;
    source.url = server.url(QStringLiteral("cam"));
    for (int i = 0; i < cameras; ++i) {
        pipelines.push_back(std::make_unique<StreamPipeline>(source, nullptr));
        pipelines.back()->setTargetSize(QSize(320, 180)); // a small tile
        pipelines.back()->start();
    }
    const bool allPlaying = waitUntil(
        [&] {
            for (const auto &p : pipelines)
                if (p->status().state != StreamState::Playing)
                    return false;
            return true;
        },
        kPlayingBoundMs + cameras * 200);
    const CpuPhase base = measureCpu(pipelines, nullptr, seconds);
    AnalyticsService service;
    for (int i = 0; i < cameras; ++i) {
        service.setCamera(QStringLiteral("cam%1").arg(i), {});
        service.attachPipeline(QStringLiteral("cam%1").arg(i), pipelines[size_t(i)].get());
    }
    const CpuPhase analysed = measureCpu(pipelines, &service, seconds);
    for (int i = 0; i < cameras; ++i)
        service.removeCamera(QStringLiteral("cam%1").arg(i));
    pipelines.clear();

    // 2. Latency from the first moving frame to the event.
    AnalyticsService latencyService;
    qint64 eventUs = 0;
    QObject::connect(&latencyService, &AnalyticsService::eventStarted,
                     [&](const events::Event &, const QImage &) {
                         if (eventUs == 0)
                             eventUs = steadyUs();
                     });
    CameraAnalyticsSettings motionOnly;
    motionOnly.tamperEnabled = false;
    latencyService.setCamera(QStringLiteral("latency"), motionOnly);
    StreamSource latencySource;
    latencySource.url = server.url(QStringLiteral("latency"));
    StreamPipeline latencyPipeline(latencySource, nullptr);
    latencyService.attachPipeline(QStringLiteral("latency"), &latencyPipeline);
    latencyPipeline.start();
    waitUntil([&] { return eventUs != 0; }, kPlayingBoundMs + 5000);
    const double latencyMs =
        eventUs && latencyPushUs
            ? (eventUs - (latencyPushUs + qint64(kStillFrames) * 1'000'000 / kFps)) / 1000.0
            : -1;
    latencyService.removeCamera(QStringLiteral("latency"));
    latencyPipeline.stop();

    // 3. The detectors' own cost, and the torture sequence.
    const double msPerPicture = detectorMsPerPicture();
    const Torture torture = runTorture(tortureMinutes);
    const double falsePerHour = (torture.motionEvents + torture.tamperEvents) / torture.hours;

    const double extraCores = analysed.cores - base.cores;
    std::printf(
        "{\"all_playing\":%s,\"analysed_pictures_per_camera_second\":%.2f,\"analysis_cpu_cores\":%.3f,"
        "\"analysis_cpu_cores_per_camera\":%.4f,\"baseline_cpu_cores\":%.3f,\"cameras\":%d,"
        "\"cpu_ratio\":%.3f,\"decoded_frames_per_camera_second\":%.2f,\"detector_ms_per_picture\":%.3f,"
        "\"false_events_per_hour\":%.2f,\"false_motion_events\":%d,\"false_tamper_events\":%d,"
        "\"latency_ms\":%.1f,\"projected_cores_64_cameras_5fps\":%.3f,\"seconds\":%d,"
        "\"torture_hours\":%.3f,\"torture_pictures\":%d}\n",
        allPlaying ? "true" : "false", double(analysed.pictures) / cameras / seconds, extraCores,
        extraCores / cameras, base.cores, cameras, base.cores > 0 ? analysed.cores / base.cores : 0.0,
        double(base.frames) / cameras / seconds, msPerPicture, falsePerHour, torture.motionEvents,
        torture.tamperEvents, latencyMs, 64 * 5 * msPerPicture / 1000.0, seconds, torture.hours,
        torture.pictures);
    return allPlaying && latencyMs > 0 ? 0 : 1;
}
