// Video analytics end to end: synthetic clips served over loopback RTSP, decoded by a
// StreamPipeline, tapped for small grey pictures and analysed by the AnalyticsService: a moving
// square is one event; the square in a mask, a brightness step and heavy noise are none; black,
// blurred and shifted pictures are covered, defocused and moved about 10 s after they start.
#include <catch2/catch.hpp>

#include "SyntheticScene.h"
#include "Wait.h"
#include "app/demo/ClipRtspServer.h"
#include "app/demo/EncodedClip.h"
#include "core/analytics/AnalyticsService.h"
#include "core/media/GstInit.h"
#include "core/media/StreamPipeline.h"

#include <QElapsedTimer>
#include <QPainter>

#include <opencv2/imgproc.hpp>

#include <atomic>
#include <chrono>
#include <functional>

using namespace pantau;
using namespace pantau::test;
using pantau::analytics::AnalyticsService;
using pantau::analytics::CameraAnalyticsSettings;

namespace {
constexpr int kFps = 25;
constexpr int kStillFrames = 75; // 3 s of a still scene, then the square moves
constexpr int kFrames = 150;
constexpr QSize kClipSize{640, 360};

QRect squareInFrame(int index)
{
    const int x = 60 + 8 * std::max(0, index - kStillFrames + 1);
    return {x, 160, 48, 48};
}

std::shared_ptr<const demo::EncodedClip> movingSquareClip()
{
    demo::ClipSpec spec;
    spec.title = QStringLiteral("moving square");
    spec.size = kClipSize;
    spec.fps = kFps;
    spec.frameCount = kFrames;
    spec.keyframeIntervalFrames = 25;
    spec.bitrateKbps = 1500;
    const cv::Mat grey = syntheticScene();
    const QImage scene = QImage(grey.data, grey.cols, grey.rows, int(grey.step), QImage::Format_Grayscale8)
                             .convertToFormat(QImage::Format_RGB32)
                             .scaled(kClipSize);
    return demo::encodeFrames(spec, [&](int index, QImage &frame) {
        QPainter p(&frame);
        p.drawImage(0, 0, scene);
        p.fillRect(squareInFrame(index), QColor(245, 245, 245));
    });
}

qint64 steadyUs()
{
    return std::chrono::duration_cast<std::chrono::microseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

// A clip of `frames` grey scene pictures (kSceneWidth x kSceneHeight, drawn by `draw`), shown at
// kClipSize as a camera would send them.
std::shared_ptr<const demo::EncodedClip> greyClip(const QString &title, int fps, int frames,
                                                  const std::function<cv::Mat(int index)> &draw)
{
    demo::ClipSpec spec;
    spec.title = title;
    spec.size = kClipSize;
    spec.fps = fps;
    spec.frameCount = frames;
    spec.keyframeIntervalFrames = fps;
    spec.bitrateKbps = 1500;
    return demo::encodeFrames(spec, [&](int index, QImage &frame) {
        const cv::Mat grey = draw(index);
        const QImage picture(grey.data, grey.cols, grey.rows, int(grey.step), QImage::Format_Grayscale8);
        QPainter p(&frame);
        p.setRenderHint(QPainter::SmoothPixmapTransform);
        p.drawImage(QRect(QPoint(0, 0), kClipSize), picture);
    });
}

// What the AnalyticsService reported for one clip served over loopback RTSP.
struct ClipRun
{
    std::vector<events::Event> started;
    std::vector<qint64> startedUs; // steady clock, each start's arrival
    QImage firstSnapshot;          // the first event's
    qint64 pushStartUs = 0;        // steady clock, when the server pushed the clip's first frame
    quint64 picturesAnalysed = 0;
    quint64 framesReceived = 0;
};

// Serves `clip` on 127.0.0.1, decodes it as a wall tile does and analyses it with `settings`
// until `framesToWatch` frames have been decoded or an event started (`stopAtEvent`).
ClipRun analyseOverRtsp(const std::shared_ptr<const demo::EncodedClip> &clip,
                        const CameraAnalyticsSettings &settings, quint64 framesToWatch, bool stopAtEvent)
{
    ClipRun run;
    demo::ClipRtspServer server;
    std::atomic<qint64> pushStartUs{0};
    server.setEvenTimestamps(true);
    server.setPushStartObserver([&](const QString &, qint64 us) {
        qint64 none = 0;
        pushStartUs.compare_exchange_strong(none, us);
    });
    server.addMount(QStringLiteral("clip"), demo::Codec::H264, clip);
    if (!server.start())
        return run;

    AnalyticsService service;
    QObject::connect(&service, &AnalyticsService::eventStarted,
                     [&](const events::Event &e, const QImage &snapshot) {
                         if (run.started.empty())
                             run.firstSnapshot = snapshot;
                         run.started.push_back(e);
                         run.startedUs.push_back(steadyUs());
                     });
    service.setCamera(QStringLiteral("cam-1"), settings);
    StreamSource source;
    source.url = server.url(QStringLiteral("clip"));
    StreamPipeline pipeline(source, nullptr);
    service.attachPipeline(QStringLiteral("cam-1"), &pipeline);
    pipeline.start();
    const int boundMs = kPlayingBoundMs + int(framesToWatch * 1000 / clip->spec.fps) * 2;
    waitUntil(
        [&] {
            return (stopAtEvent && !run.started.empty()) || pipeline.stats().framesReceived >= framesToWatch;
        },
        boundMs);
    run.pushStartUs = pushStartUs.load();
    run.picturesAnalysed = service.picturesAnalysed(QStringLiteral("cam-1"));
    run.framesReceived = pipeline.stats().framesReceived;
    service.removeCamera(QStringLiteral("cam-1"));
    pipeline.stop();
    return run;
}

constexpr int kGreyFps = 10;

CameraAnalyticsSettings motionOnly()
{
    CameraAnalyticsSettings settings;
    settings.tamperEnabled = false;
    return settings;
}

// Serves `clip` for `frames` frames with motion detection on and checks that it was analysed (at
// least `minPictures` pictures) and gave no event.
void checkNoMotionOverRtsp(const std::shared_ptr<const demo::EncodedClip> &clip,
                           const CameraAnalyticsSettings &settings, int frames, quint64 minPictures)
{
    REQUIRE(clip);
    const ClipRun run = analyseOverRtsp(clip, settings, quint64(frames), false);
    INFO(run.framesReceived << " frames decoded, " << run.picturesAnalysed << " pictures analysed");
    REQUIRE(run.framesReceived >= quint64(frames));
    CHECK(run.picturesAnalysed >= minPictures);
    CHECK(run.started.empty());
}

// Tamper learns its baseline over the clip's first 3 s (two minutes on a real camera), then the
// clip turns into `tampered` at kTamperAtFrame and stays so for 17 s, long enough for the 10 s hold.
constexpr int kTamperAtFrame = 5 * kGreyFps;
constexpr int kTamperFrames = kTamperAtFrame + 17 * kGreyFps;

CameraAnalyticsSettings tamperOnly()
{
    CameraAnalyticsSettings settings;
    settings.motionEnabled = false;
    settings.tamper.learnMs = 3000;
    return settings;
}

// Serves the scene, then `tampered` from kTamperAtFrame, and checks that exactly one event of
// `kind` started about 10 s (the hold) after the first tampered frame left the server.
void checkTamperOverRtsp(const cv::Mat &tampered, events::EventKind kind, double lateMs)
{
    const cv::Mat scene = syntheticScene();
    cv::RNG rng(5);
    const auto clip = greyClip(QStringLiteral("tamper"), kGreyFps, kTamperFrames, [&](int index) {
        return withNoise(index < kTamperAtFrame ? scene : tampered, 3, rng);
    });
    REQUIRE(clip);
    const ClipRun run = analyseOverRtsp(clip, tamperOnly(), kTamperFrames, true);
    REQUIRE(run.pushStartUs != 0);
    REQUIRE(run.started.size() == 1);
    CHECK(run.started.front().kind == kind);
    const qint64 tamperedSentUs = run.pushStartUs + qint64(kTamperAtFrame) * 1'000'000 / kGreyFps;
    const double afterMs = (run.startedUs.front() - tamperedSentUs) / 1000.0;
    INFO("reported " << afterMs << " ms after the first tampered frame was sent");
    CHECK(afterMs >= 9500);
    CHECK(afterMs <= 10000 + lateMs);
}
} // namespace

TEST_CASE("A moving square over loopback RTSP is one motion event within 1 s of its first moving frame",
          "[integration][analytics]")
{
    REQUIRE(media::initGStreamer());
    const auto clip = movingSquareClip();
    REQUIRE(clip);
    const ClipRun run = analyseOverRtsp(clip, motionOnly(), kFrames, true);
    REQUIRE(run.pushStartUs != 0);
    REQUIRE(run.started.size() == 1);
    const qint64 firstMovingFrameUs = run.pushStartUs + qint64(kStillFrames) * 1'000'000 / kFps;
    const double latencyMs = (run.startedUs.front() - firstMovingFrameUs) / 1000.0;
    INFO("latency from the first moving frame to the event: " << latencyMs << " ms");
    CHECK(latencyMs > 0);
    CHECK(latencyMs <= 1000);
    const events::Event &e = run.started.front();
    CHECK(e.kind == events::EventKind::Motion);
    CHECK(e.cameraId == QStringLiteral("cam-1"));
    // Around the square: on its row, about its size (it moves along x).
    const double squareTop = 160.0 / kClipSize.height(), squareBottom = 208.0 / kClipSize.height();
    CHECK(e.box.top() <= squareTop + 0.03);
    CHECK(e.box.bottom() >= squareBottom - 0.03);
    CHECK(e.box.height() <= 0.25);
    CHECK(e.box.width() <= 0.25);
    CHECK_FALSE(run.firstSnapshot.isNull());
}

TEST_CASE("A camera on the wall is analysed from the wall's decode at most 5 pictures a second",
          "[integration][analytics]")
{
    REQUIRE(media::initGStreamer());
    const auto clip = movingSquareClip();
    REQUIRE(clip);
    demo::ClipRtspServer server;
    server.addMount(QStringLiteral("square"), demo::Codec::H264, clip);
    REQUIRE(server.start());
    StreamSource source;
    source.url = server.url(QStringLiteral("square"));
    StreamPipeline pipeline(source, nullptr);
    pipeline.start();

    AnalyticsService service;
    StreamSource own = source; // would be used only if the camera left the wall
    service.setCamera(QStringLiteral("cam-1"), {}, own);
    service.attachPipeline(QStringLiteral("cam-1"), &pipeline);
    CHECK_FALSE(service.isOnOwnStream(QStringLiteral("cam-1")));
    REQUIRE(
        waitUntil([&] { return service.picturesAnalysed(QStringLiteral("cam-1")) >= 2; }, kPlayingBoundMs));

    QElapsedTimer clock;
    clock.start();
    const quint64 picturesBefore = service.picturesAnalysed(QStringLiteral("cam-1"));
    const quint64 framesBefore = pipeline.stats().framesReceived;
    REQUIRE(waitUntil([&] { return clock.elapsed() >= 2000; }, kStateBoundMs));
    const double seconds = clock.elapsed() / 1000.0;
    const double picturesPerSecond =
        (service.picturesAnalysed(QStringLiteral("cam-1")) - picturesBefore) / seconds;
    const double framesPerSecond = (pipeline.stats().framesReceived - framesBefore) / seconds;
    INFO("analysed " << picturesPerSecond << " pictures/s of " << framesPerSecond << " decoded frames/s");
    CHECK(picturesPerSecond >= 3.0);
    CHECK(picturesPerSecond <= 5.6);
    CHECK(framesPerSecond >= 15.0); // the wall still gets every frame
    const QImage grey = service.latestPicture(QStringLiteral("cam-1"));
    CHECK(grey.size() == QSize(320, 180));
    CHECK(grey.format() == QImage::Format_Grayscale8);
    service.removeCamera(QStringLiteral("cam-1"));
    pipeline.stop();
}

TEST_CASE("A camera no tile shows is analysed from its own keyframes-only stream", "[integration][analytics]")
{
    REQUIRE(media::initGStreamer());
    const auto clip = movingSquareClip();
    REQUIRE(clip);
    demo::ClipRtspServer server;
    server.addMount(QStringLiteral("square"), demo::Codec::H264, clip);
    REQUIRE(server.start());
    StreamSource source;
    source.url = server.url(QStringLiteral("square"));

    AnalyticsService service;
    service.setCamera(QStringLiteral("cam-1"), {}, source);
    CHECK(service.isOnOwnStream(QStringLiteral("cam-1")));
    REQUIRE(
        waitUntil([&] { return service.picturesAnalysed(QStringLiteral("cam-1")) >= 2; }, kPlayingBoundMs));
    CHECK(service.latestPicture(QStringLiteral("cam-1")).size() == QSize(320, 180));
    service.removeCamera(QStringLiteral("cam-1"));
    CHECK_FALSE(service.isOnOwnStream(QStringLiteral("cam-1")));
}

TEST_CASE("The moving square inside a mask, over loopback RTSP, is no motion event",
          "[integration][analytics]")
{
    REQUIRE(media::initGStreamer());
    CameraAnalyticsSettings settings = motionOnly();
    // The square's row (160..208 of 360) lies inside this band.
    settings.motion.masks.append(QPolygonF(QRectF(0.0, 0.35, 1.0, 0.3)));
    checkNoMotionOverRtsp(movingSquareClip(), settings, kFrames, 15); // the square moved for 3 s of them
}

TEST_CASE("A sudden brightness step over loopback RTSP is no motion event", "[integration][analytics]")
{
    REQUIRE(media::initGStreamer());
    const cv::Mat scene = syntheticScene();
    cv::Mat bright;
    scene.convertTo(bright, CV_8U, 1.0, 60); // the lights come on
    const int frames = 8 * kGreyFps;
    const auto clip = greyClip(QStringLiteral("lights on"), kGreyFps, frames,
                               [&](int index) { return index < 3 * kGreyFps ? scene : bright; });
    checkNoMotionOverRtsp(clip, motionOnly(), frames, 20);
}

TEST_CASE("Heavy noise on a still scene over loopback RTSP is no motion event", "[integration][analytics]")
{
    REQUIRE(media::initGStreamer());
    const cv::Mat scene = syntheticScene();
    cv::RNG rng(11);
    const int frames = 8 * kGreyFps;
    const auto clip =
        greyClip(QStringLiteral("noise"), kGreyFps, frames, [&](int) { return withNoise(scene, 30, rng); });
    checkNoMotionOverRtsp(clip, motionOnly(), frames, 20);
}

TEST_CASE("Black pictures over loopback RTSP are a covered camera about 10 s after they start",
          "[integration][analytics]")
{
    REQUIRE(media::initGStreamer());
    checkTamperOverRtsp(cv::Mat(kSceneHeight, kSceneWidth, CV_8UC1, cv::Scalar(4)),
                        events::EventKind::TamperCovered, 1500);
}

TEST_CASE("A blurred picture over loopback RTSP is a defocused camera about 10 s after it starts",
          "[integration][analytics]")
{
    REQUIRE(media::initGStreamer());
    cv::Mat blurred;
    cv::GaussianBlur(syntheticScene(), blurred, cv::Size(0, 0), 4);
    checkTamperOverRtsp(blurred, events::EventKind::TamperDefocused, 1500);
}

TEST_CASE("A shifted view over loopback RTSP is a moved camera about 10 s after it starts",
          "[integration][analytics]")
{
    REQUIRE(media::initGStreamer());
    checkTamperOverRtsp(syntheticScene(40, 12), events::EventKind::TamperMoved, 2500); // judged once a second
}
