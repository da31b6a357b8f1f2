// analytics::TamperDetector on synthetic grey pictures at 5 a second: covered, defocused and moved
// each reported after about 10 s against the learned baseline; a day/night switch is none of them.
#include "core/analytics/TamperDetector.h"

#include "SyntheticScene.h"

#include <catch2/catch.hpp>

#include <opencv2/imgproc.hpp>

#include <functional>

using pantau::analytics::TamperDetector;
using pantau::analytics::TamperSettings;
using pantau::events::Event;
using pantau::events::EventKind;
using namespace pantau::test;

namespace {
constexpr qint64 kStepMs = 200;
constexpr qint64 kStartMs = 1'700'000'000'000;
constexpr qint64 kLearnMs = 20000;
constexpr qint64 kTamperAtMs = 30000; // after learning

TamperSettings testSettings()
{
    TamperSettings settings;
    settings.learnMs = kLearnMs; // shorter than the default two minutes, to keep the test short
    return settings;
}

struct Reported
{
    Event event;
    qint64 atMs = -1; // since the start
};

// Feeds the scene (with light noise) until kTamperAtMs, then `tampered`, for `totalMs`. Returns the
// starts reported, with when.
std::vector<Reported> feed(TamperDetector &detector, const cv::Mat &tampered, qint64 totalMs = 60000)
{
    const cv::Mat scene = syntheticScene();
    cv::RNG rng(3);
    std::vector<Reported> reported;
    for (qint64 t = 0; t <= totalMs; t += kStepMs) {
        const cv::Mat picture = withNoise(t < kTamperAtMs ? scene : tampered, 3, rng);
        for (const Event &e : detector.process(picture, kStartMs + t))
            if (e.isActive())
                reported.push_back({e, t});
    }
    return reported;
}
} // namespace

TEST_CASE("Black pictures are reported as covered after about 10 seconds")
{
    TamperDetector detector(QStringLiteral("cam-1"), testSettings());
    const cv::Mat black(kSceneHeight, kSceneWidth, CV_8UC1, cv::Scalar(4));
    const std::vector<Reported> reported = feed(detector, black);
    REQUIRE(reported.size() == 1);
    CHECK(reported.front().event.kind == EventKind::TamperCovered);
    CHECK(reported.front().event.startUtcMs == kStartMs + kTamperAtMs);
    CHECK(reported.front().atMs >= kTamperAtMs + 10000);
    CHECK(reported.front().atMs <= kTamperAtMs + 10400);
}

TEST_CASE("A blurred picture is reported as defocused after about 10 seconds")
{
    TamperDetector detector(QStringLiteral("cam-1"), testSettings());
    cv::Mat blurred;
    cv::GaussianBlur(syntheticScene(), blurred, cv::Size(0, 0), 4);
    const std::vector<Reported> reported = feed(detector, blurred);
    REQUIRE(reported.size() == 1);
    CHECK(reported.front().event.kind == EventKind::TamperDefocused);
    CHECK(reported.front().atMs >= kTamperAtMs + 10000);
    CHECK(reported.front().atMs <= kTamperAtMs + 10400);
}

TEST_CASE("A shifted view is reported as moved after about 10 seconds")
{
    TamperDetector detector(QStringLiteral("cam-1"), testSettings());
    const std::vector<Reported> reported = feed(detector, syntheticScene(40, 12));
    REQUIRE(reported.size() == 1);
    CHECK(reported.front().event.kind == EventKind::TamperMoved);
    CHECK(reported.front().atMs >= kTamperAtMs + 10000);
    CHECK(reported.front().atMs <= kTamperAtMs + 11200); // the view is compared once a second
}

TEST_CASE("A view turned to another scene is reported as moved")
{
    TamperDetector detector(QStringLiteral("cam-1"), testSettings());
    const std::vector<Reported> reported = feed(detector, syntheticScene(0, 0, 99));
    REQUIRE(reported.size() == 1);
    CHECK(reported.front().event.kind == EventKind::TamperMoved);
}

TEST_CASE("A still scene with noise is no tamper event")
{
    TamperDetector detector(QStringLiteral("cam-1"), testSettings());
    CHECK(feed(detector, syntheticScene()).empty());
    CHECK(detector.isLearned());
}

TEST_CASE("A day-night switch is no tamper event")
{
    TamperDetector detector(QStringLiteral("cam-1"), testSettings());
    cv::Mat night;
    syntheticScene().convertTo(night, CV_8U, 0.6, 20);
    CHECK(feed(detector, night).empty());
}

TEST_CASE("A covering shorter than 10 seconds is no tamper event")
{
    TamperDetector detector(QStringLiteral("cam-1"), testSettings());
    const cv::Mat scene = syntheticScene();
    const cv::Mat black(kSceneHeight, kSceneWidth, CV_8UC1, cv::Scalar(4));
    std::vector<Event> events;
    for (qint64 t = 0; t <= 60000; t += kStepMs) {
        const bool covered = t >= kTamperAtMs && t < kTamperAtMs + 8000;
        for (const Event &e : detector.process(covered ? black : scene, kStartMs + t))
            events.push_back(e);
    }
    CHECK(events.empty());
}

TEST_CASE("A covered camera's event ends once the picture is back")
{
    TamperDetector detector(QStringLiteral("cam-1"), testSettings());
    const cv::Mat scene = syntheticScene();
    const cv::Mat black(kSceneHeight, kSceneWidth, CV_8UC1, cv::Scalar(4));
    std::vector<Event> started, ended;
    for (qint64 t = 0; t <= 80000; t += kStepMs) {
        const bool covered = t >= kTamperAtMs && t < kTamperAtMs + 20000;
        for (const Event &e : detector.process(covered ? black : scene, kStartMs + t))
            (e.isActive() ? started : ended).push_back(e);
    }
    REQUIRE(started.size() == 1);
    REQUIRE(ended.size() == 1);
    CHECK(ended.front().kind == EventKind::TamperCovered);
    CHECK(ended.front().startUtcMs == started.front().startUtcMs);
}

TEST_CASE("Nothing is judged defocused or moved before the baseline is learned")
{
    TamperDetector detector(QStringLiteral("cam-1"), testSettings());
    cv::Mat blurred;
    cv::GaussianBlur(syntheticScene(), blurred, cv::Size(0, 0), 4);
    std::vector<Event> events;
    for (qint64 t = 0; t < kLearnMs; t += kStepMs)
        for (const Event &e : detector.process(blurred, kStartMs + t))
            events.push_back(e);
    CHECK(events.empty());
    CHECK_FALSE(detector.isLearned());
}
