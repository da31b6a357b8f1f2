// The torture sequence (tests/support/TortureScene.h: rain, a slow light change, lights switched
// on, the day/night switch) through both detectors at their default settings, as a camera
// analysed at 5 pictures a second: not one event. pantau-analytics-bench runs it for an hour.
#include "TortureScene.h"
#include "core/analytics/MotionDetector.h"
#include "core/analytics/TamperDetector.h"

#include <catch2/catch.hpp>

using pantau::analytics::MotionDetector;
using pantau::analytics::TamperDetector;
using pantau::events::Event;
using namespace pantau::test;

TEST_CASE(
    "21 minutes of rain, light changes, lights on and day-night switches is no event at the default settings",
    "[unit][analytics]")
{
    MotionDetector motion(QStringLiteral("cam-1"));
    TamperDetector tamper(QStringLiteral("cam-1"));
    TortureScene scene;
    // Past the tamper baseline's two minutes, through four lights-on steps, the switch to night
    // at 10 minutes and back to day at 20.
    const int pictures = 21 * 60 * 5;
    QStringList started;
    for (int i = 0; i < pictures; ++i) {
        const cv::Mat picture = scene.picture(i);
        const qint64 utcMs = 1'700'000'000'000 + qint64(i) * 200;
        for (const Event &e : motion.process(picture, utcMs))
            if (e.isActive())
                started << QStringLiteral("motion at %1 s: %2").arg(i / 5.0).arg(e.detail);
        for (const Event &e : tamper.process(picture, utcMs))
            if (e.isActive())
                started
                    << QStringLiteral("tamper %1 at %2 s: %3").arg(int(e.kind)).arg(i / 5.0).arg(e.detail);
    }
    INFO(started.join(QLatin1Char('\n')).toStdString());
    CHECK(started.isEmpty());
    CHECK(tamper.isLearned());
    CHECK(motion.recalibrations() >= 4); // the lights and the switches were seen, and not as motion
}
