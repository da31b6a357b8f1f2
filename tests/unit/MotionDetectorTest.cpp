// analytics::MotionDetector on synthetic grey pictures at 5 a second (one every 200 ms): a moving
// square is one event with its box around it; masks, zones, lights and noise are not motion.
#include "core/analytics/MotionDetector.h"

#include "SyntheticScene.h"

#include <catch2/catch.hpp>

#include <opencv2/imgproc.hpp>

using pantau::analytics::MotionDetector;
using pantau::analytics::MotionSettings;
using pantau::events::Event;
using pantau::events::EventKind;
using namespace pantau::test;

namespace {
constexpr qint64 kStepMs = 200;
constexpr qint64 kStartMs = 1'700'000'000'000;

struct Run
{
    std::vector<Event> started;
    std::vector<Event> ended;
    void add(const std::vector<Event> &events)
    {
        for (const Event &e : events)
            (e.isActive() ? started : ended).push_back(e);
    }
};

// The square's place in picture `i`: still at the left until `moveFrom`, then 6 px a picture.
cv::Rect squareAt(int i, int moveFrom = 10)
{
    const int x = 30 + 6 * std::max(0, i - moveFrom);
    return {x, 80, 24, 24};
}

QRectF normalised(cv::Rect r)
{
    return {r.x / double(kSceneWidth), r.y / double(kSceneHeight), r.width / double(kSceneWidth),
            r.height / double(kSceneHeight)};
}

Run runSquare(MotionDetector &detector, int frames, int *firstEventFrame = nullptr)
{
    const cv::Mat scene = syntheticScene();
    Run run;
    for (int i = 0; i < frames; ++i) {
        const size_t before = run.started.size();
        run.add(detector.process(withSquare(scene, squareAt(i)), kStartMs + i * kStepMs));
        if (firstEventFrame && before == 0 && run.started.size() == 1)
            *firstEventFrame = i;
    }
    return run;
}
} // namespace

TEST_CASE("A square moving across a still scene is one motion event with its box around the square")
{
    MotionDetector detector(QStringLiteral("cam-1"));
    int eventFrame = -1;
    const Run run = runSquare(detector, 40, &eventFrame);
    REQUIRE(run.started.size() == 1);
    const Event &e = run.started.front();
    CHECK(e.kind == EventKind::Motion);
    CHECK(e.cameraId == QStringLiteral("cam-1"));
    CHECK(e.endUtcMs == 0);
    // Within a second of the first moving picture (picture 11; 3 pictures must agree).
    CHECK(eventFrame >= 11);
    CHECK((eventFrame - 11) * kStepMs <= 1000);
    const QRectF square = normalised(squareAt(eventFrame));
    CHECK(e.box.contains(square.center()));
    CHECK(e.box.adjusted(-0.02, -0.03, 0.02, 0.03).contains(square));
    CHECK(e.box.width() * e.box.height() <= 3 * square.width() * square.height());
}

TEST_CASE("A motion event ends after a quiet spell once the square has stopped")
{
    MotionDetector detector(QStringLiteral("cam-1"));
    const cv::Mat scene = syntheticScene();
    Run run;
    for (int i = 0; i < 60; ++i) // moves during pictures 11..24, then stands still
        run.add(detector.process(withSquare(scene, squareAt(std::min(i, 24))), kStartMs + i * kStepMs));
    REQUIRE(run.started.size() == 1);
    REQUIRE(run.ended.size() == 1);
    CHECK(run.ended.front().startUtcMs == run.started.front().startUtcMs);
    CHECK(run.ended.front().endUtcMs > run.started.front().startUtcMs);
    CHECK_FALSE(detector.isEventActive());
}

TEST_CASE("The same moving square inside a mask is no motion event")
{
    MotionSettings settings;
    settings.masks.append(QPolygonF(QRectF(0.0, 0.35, 1.0, 0.3)));
    MotionDetector detector(QStringLiteral("cam-1"), settings);
    CHECK(runSquare(detector, 40).started.empty());
}

TEST_CASE("A moving square outside every watched zone is no motion event")
{
    MotionSettings settings;
    settings.zones.append(QPolygonF(QRectF(0.0, 0.0, 1.0, 0.3))); // the top only
    MotionDetector detector(QStringLiteral("cam-1"), settings);
    CHECK(runSquare(detector, 40).started.empty());
}

TEST_CASE("A sudden brightness step of the whole picture is no motion event")
{
    MotionDetector detector(QStringLiteral("cam-1"));
    const cv::Mat scene = syntheticScene();
    cv::Mat bright;
    scene.convertTo(bright, CV_8U, 1.0, 60); // the lights come on
    Run run;
    for (int i = 0; i < 60; ++i)
        run.add(detector.process(i < 20 ? scene : bright, kStartMs + i * kStepMs));
    CHECK(run.started.empty());
    CHECK(detector.recalibrations() >= 1);
}

TEST_CASE("A day-night switch to a different grey rendering is no motion event")
{
    MotionDetector detector(QStringLiteral("cam-1"));
    const cv::Mat scene = syntheticScene();
    cv::Mat night;
    scene.convertTo(night, CV_8U, 0.5, 10); // infrared: darker, flatter
    Run run;
    for (int i = 0; i < 60; ++i)
        run.add(detector.process(i < 20 ? scene : night, kStartMs + i * kStepMs));
    CHECK(run.started.empty());
}

TEST_CASE("A slow change of light over minutes is no motion event")
{
    MotionDetector detector(QStringLiteral("cam-1"));
    const cv::Mat scene = syntheticScene();
    Run run;
    for (int i = 0; i < 1500; ++i) { // 5 minutes, 80 grey levels darker
        cv::Mat dimmed;
        scene.convertTo(dimmed, CV_8U, 1.0 - 0.5 * i / 1500.0);
        run.add(detector.process(dimmed, kStartMs + i * kStepMs));
    }
    CHECK(run.started.empty());
}

TEST_CASE("Heavy noise on a still scene is no motion event")
{
    MotionDetector detector(QStringLiteral("cam-1"));
    const cv::Mat scene = syntheticScene();
    cv::RNG rng(11);
    Run run;
    for (int i = 0; i < 300; ++i)
        run.add(detector.process(withNoise(scene, 30, rng), kStartMs + i * kStepMs));
    CHECK(run.started.empty());
}

TEST_CASE("A moving square is one motion event with MOG2 background subtraction")
{
    MotionSettings settings;
    settings.method = MotionSettings::Method::Mog2;
    MotionDetector detector(QStringLiteral("cam-1"), settings);
    int eventFrame = -1;
    const Run run = runSquare(detector, 40, &eventFrame);
    REQUIRE(run.started.size() == 1);
    CHECK(run.started.front().box.contains(normalised(squareAt(eventFrame)).center()));
}

TEST_CASE("Motion must last several pictures: one picture with a square is no event")
{
    MotionDetector detector(QStringLiteral("cam-1"));
    const cv::Mat scene = syntheticScene();
    Run run;
    for (int i = 0; i < 30; ++i)
        run.add(
            detector.process(i == 15 ? withSquare(scene, {100, 60, 30, 30}) : scene, kStartMs + i * kStepMs));
    CHECK(run.started.empty());
}

TEST_CASE("A second motion within the cooldown is no new event")
{
    MotionSettings settings;
    settings.cooldownMs = 60000;
    MotionDetector detector(QStringLiteral("cam-1"), settings);
    const cv::Mat scene = syntheticScene();
    Run run;
    // Moves, rests 6 s (the event ends after 2 s quiet), moves again within the cooldown.
    for (int i = 0; i < 100; ++i) {
        const int step = i < 25 ? i : (i < 55 ? 24 : i - 30);
        run.add(detector.process(withSquare(scene, squareAt(step)), kStartMs + i * kStepMs));
    }
    CHECK(run.started.size() == 1);
    CHECK(run.ended.size() == 1);
}

TEST_CASE("A small blob under the minimum object size is no motion event")
{
    MotionSettings settings;
    settings.minObjectFraction = 0.05; // 2880 px: larger than the 24x24 square
    MotionDetector detector(QStringLiteral("cam-1"), settings);
    CHECK(runSquare(detector, 40).started.empty());
}

TEST_CASE("The motion mask shows the moving square for the zone editor's overlay")
{
    MotionDetector detector(QStringLiteral("cam-1"));
    runSquare(detector, 14);
    const cv::Mat &mask = detector.motionMask();
    REQUIRE(mask.size() == cv::Size(kSceneWidth, kSceneHeight));
    const cv::Rect square = squareAt(13);
    CHECK(cv::countNonZero(mask(square)) > square.area() / 2);
    CHECK(cv::countNonZero(mask) < 3 * square.area());
}
