// Video analytics end to end: synthetic clips served over loopback RTSP, decoded by a
// StreamPipeline, tapped for small grey pictures and analysed by the AnalyticsService.
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

#include <atomic>
#include <chrono>

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
} // namespace

TEST_CASE("A moving square over loopback RTSP is one motion event within 1 s of its first moving frame",
          "[integration][analytics]")
{
    REQUIRE(media::initGStreamer());
    const auto clip = movingSquareClip();
    REQUIRE(clip);
    demo::ClipRtspServer server;
    std::atomic<qint64> pushStartUs{0};
    server.setEvenTimestamps(true);
    server.setPushStartObserver([&](const QString &, qint64 us) {
        qint64 none = 0;
        pushStartUs.compare_exchange_strong(none, us); // the first media only
    });
    server.addMount(QStringLiteral("square"), demo::Codec::H264, clip);
    REQUIRE(server.start());

    AnalyticsService service;
    std::vector<events::Event> started;
    QImage snapshot;
    qint64 eventUs = 0;
    QObject::connect(&service, &AnalyticsService::eventStarted, [&](const events::Event &e, const QImage &s) {
        if (started.empty()) {
            eventUs = steadyUs();
            snapshot = s;
        }
        started.push_back(e);
    });
    CameraAnalyticsSettings settings;
    settings.tamperEnabled = false;
    service.setCamera(QStringLiteral("cam-1"), settings);

    StreamSource source;
    source.url = server.url(QStringLiteral("square"));
    StreamPipeline pipeline(source, nullptr);
    service.attachPipeline(QStringLiteral("cam-1"), &pipeline);
    pipeline.start();

    REQUIRE(waitUntil([&] { return !started.empty(); }, kPlayingBoundMs + 5000));
    REQUIRE(pushStartUs.load() != 0);
    const qint64 firstMovingFrameUs = pushStartUs.load() + qint64(kStillFrames) * 1'000'000 / kFps;
    const double latencyMs = (eventUs - firstMovingFrameUs) / 1000.0;
    INFO("latency from the first moving frame to the event: " << latencyMs << " ms");
    CHECK(latencyMs > 0);
    CHECK(latencyMs <= 1000);
    REQUIRE(started.size() == 1);
    const events::Event &e = started.front();
    CHECK(e.kind == events::EventKind::Motion);
    CHECK(e.cameraId == QStringLiteral("cam-1"));
    // Around the square: on its row, about its size (it moves along x).
    const double squareTop = 160.0 / kClipSize.height(), squareBottom = 208.0 / kClipSize.height();
    CHECK(e.box.top() <= squareTop + 0.03);
    CHECK(e.box.bottom() >= squareBottom - 0.03);
    CHECK(e.box.height() <= 0.25);
    CHECK(e.box.width() <= 0.25);
    CHECK_FALSE(snapshot.isNull());
    service.removeCamera(QStringLiteral("cam-1"));
    pipeline.stop();
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
