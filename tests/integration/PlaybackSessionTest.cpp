// One wall window's synchronised playback (core/playback/PlaybackSession) on footage the real
// pantau-recorder made of four loopback cameras: every tile on one clock, the four pictures of
// the same moment within 100 ms; frame step; back to live.
#include "core/playback/PlaybackSession.h"
#include "RecordingCamera.h"
#include "Wait.h"
#include "app/demo/FrameBarcode.h"
#include "core/playback/LocalArchiveSource.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <limits>

using namespace pantau;
using namespace pantau::playback;
using pantau::test::kStateBoundMs;
using pantau::test::waitUntil;

namespace {
const QStringList kCameras = {"cam-a", "cam-b", "cam-c", "cam-d"};

// The latest start of each camera's second complete segment: all four have footage from there.
qint64 commonMoment(recording::SegmentIndex &index)
{
    qint64 moment = 0;
    for (const QString &id : kCameras) {
        QVector<recording::Segment> complete;
        for (const recording::Segment &s : index.segments(id, 0, std::numeric_limits<qint64>::max()))
            if (s.state == recording::Segment::State::Complete)
                complete.push_back(s);
        if (complete.size() < 3)
            return 0;
        moment = std::max(moment, complete.at(1).startUtcMs);
    }
    return moment;
}
} // namespace

TEST_CASE("PlaybackSession keeps four tiles on one clock within 100 ms", "[integration][playback]")
{
    test::RecordingCamera rec;
    rec.start(kCameras);
    for (const QString &id : kCameras)
        REQUIRE(rec.waitForFiles(id, 3));
    recording::SegmentIndex index(rec.archive);
    REQUIRE(index.open());
    qint64 moment = 0;
    REQUIRE(waitUntil([&] { return (moment = commonMoment(index)) > 0; }, kStateBoundMs));
    LocalArchiveSource source(index);
    PlaybackSession session(&source);
    session.setCameras(kCameras);
    CHECK_FALSE(session.isPlayback());

    session.seek(moment + 100, true);
    CHECK(session.isPlayback());
    CHECK(session.cameraIds() == kCameras);
    auto allShowing = [&] {
        for (const QString &id : kCameras) {
            PlaybackStream *s = session.stream(id);
            if (!s || s->state() != PlaybackStream::State::Showing)
                return false;
        }
        return true;
    };
    REQUIRE(waitUntil(allShowing, kStateBoundMs));
    // Playing 1x for a second and a half, then read the four pictures' times at one moment.
    const qint64 until = moment + 1600;
    REQUIRE(waitUntil([&] { return session.positionUtcMs() >= until; }, kStateBoundMs));
    qint64 lo = std::numeric_limits<qint64>::max();
    qint64 hi = std::numeric_limits<qint64>::min();
    for (const QString &id : kCameras) {
        const qint64 t = session.stream(id)->frameUtcMs();
        CHECK(demo::readFrameBarcode(session.stream(id)->latestFrame().image) >= 0);
        lo = std::min(lo, t);
        hi = std::max(hi, t);
    }
    INFO("spread " << hi - lo << " ms; clock " << session.positionUtcMs() - hi << " ms ahead of the newest");
    CHECK(hi - lo <= 100);
    CHECK(std::abs(session.positionUtcMs() - lo) <= 100 + 40);

    SECTION("frame step pauses and moves every tile to the next frame of the selected camera")
    {
        session.setPaused(true);
        REQUIRE(waitUntil(allShowing, kStateBoundMs));
        const qint64 before = session.stream("cam-a")->frameUtcMs();
        session.stepFrame(+1);
        CHECK(session.isPaused());
        REQUIRE(waitUntil([&] { return session.stream("cam-a")->frameUtcMs() > before; }, kStateBoundMs));
        CHECK(session.stream("cam-a")->frameUtcMs() - before <= 80);
    }
    SECTION("going live ends the streams")
    {
        session.goLive();
        CHECK_FALSE(session.isPlayback());
        CHECK(session.stream("cam-a") == nullptr);
    }
}
