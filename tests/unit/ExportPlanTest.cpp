// ExportPlan: which segments and times of them an evidence export reads, and the gaps it reports.
#include "core/playback/ExportPlan.h"

#include <catch2/catch.hpp>

using namespace pantau::playback;
using pantau::recording::TimeRange;

namespace {

ArchiveSegment seg(qint64 id, qint64 startMs, qint64 endMs, qint64 bytes = 1000)
{
    ArchiveSegment s;
    s.id = id;
    s.cameraId = QStringLiteral("cam-a");
    s.url = QUrl::fromLocalFile(QStringLiteral("/arsip/cam-a/%1.mp4").arg(startMs));
    s.startUtcMs = startMs;
    s.endUtcMs = endMs;
    s.bytes = bytes;
    return s;
}

QVector<qint64> ids(const ExportPlan &plan)
{
    QVector<qint64> out;
    for (const ExportPart &p : plan.parts)
        out << p.segment.id;
    return out;
}

} // namespace

TEST_CASE("ExportPlan takes the segments overlapping the range, oldest first, clipped to it",
          "[unit][playback][export]")
{
    const ExportPlan plan = ExportPlan::make(
        {seg(3, 120'000, 180'000), seg(1, 0, 60'000), seg(2, 60'000, 120'000), seg(4, 180'000, 240'000)},
        70'000, 150'000);
    CHECK(ids(plan) == QVector<qint64>{2, 3});
    CHECK(plan.parts[0].fromUtcMs == 70'000);
    CHECK(plan.parts[0].toUtcMs == 120'000);
    CHECK(plan.parts[1].fromUtcMs == 120'000);
    CHECK(plan.parts[1].toUtcMs == 150'000);
    CHECK(plan.bytes == 2000);
    CHECK(plan.recordedMs == 80'000);
    CHECK(plan.gaps.isEmpty());
}

TEST_CASE("ExportPlan reports a gap inside the range between two segments", "[unit][playback][export]")
{
    const ExportPlan plan = ExportPlan::make({seg(1, 0, 60'000), seg(2, 90'000, 150'000)}, 30'000, 120'000);
    CHECK(ids(plan) == QVector<qint64>{1, 2});
    REQUIRE(plan.gaps.size() == 1);
    CHECK(plan.gaps[0] == TimeRange{60'000, 90'000});
    CHECK(plan.recordedMs == 60'000);
}

TEST_CASE("ExportPlan does not call the recorder's seams below the minimum a gap", "[unit][playback][export]")
{
    const ExportPlan plan = ExportPlan::make({seg(1, 0, 60'000), seg(2, 60'400, 120'000)}, 0, 120'000);
    CHECK(plan.gaps.isEmpty());
    CHECK(plan.parts.size() == 2);
}

TEST_CASE("ExportPlan reports the missing footage before the first and after the last segment",
          "[unit][playback][export]")
{
    const ExportPlan plan = ExportPlan::make({seg(1, 50'000, 100'000)}, 20'000, 130'000);
    REQUIRE(plan.gaps.size() == 2);
    CHECK(plan.gaps[0] == TimeRange{20'000, 50'000});
    CHECK(plan.gaps[1] == TimeRange{100'000, 130'000});
    CHECK(plan.firstPartStartUtcMs() == 50'000);
}

TEST_CASE("ExportPlan of a range without footage is empty and one gap", "[unit][playback][export]")
{
    const ExportPlan plan = ExportPlan::make({seg(1, 0, 60'000)}, 70'000, 80'000);
    CHECK(plan.isEmpty());
    REQUIRE(plan.gaps.size() == 1);
    CHECK(plan.gaps[0] == TimeRange{70'000, 80'000});
    CHECK(plan.bytes == 0);
}

TEST_CASE("ExportPlan of an empty or reversed range is empty", "[unit][playback][export]")
{
    CHECK(ExportPlan::make({seg(1, 0, 60'000)}, 30'000, 30'000).isEmpty());
    CHECK(ExportPlan::make({seg(1, 0, 60'000)}, 40'000, 30'000).isEmpty());
}

TEST_CASE("ExportPlan leaves out a segment inside one already taken and trims an overlap",
          "[unit][playback][export]")
{
    // A duplicate row, one inside the first, and a restart that overlaps the first's end.
    const ExportPlan plan = ExportPlan::make(
        {seg(1, 0, 60'000), seg(5, 0, 60'000), seg(2, 10'000, 50'000), seg(3, 55'000, 110'000)}, 0, 100'000);
    CHECK(ids(plan) == QVector<qint64>{1, 3});
    CHECK(plan.parts[1].fromUtcMs == 60'000);
    CHECK(plan.parts[1].toUtcMs == 100'000);
    CHECK(plan.recordedMs == 100'000);
}

TEST_CASE("ExportPlan leaves out segments without a positive duration", "[unit][playback][export]")
{
    const ExportPlan plan = ExportPlan::make({seg(1, 10'000, 10'000), seg(2, 20'000, 15'000)}, 0, 30'000);
    CHECK(plan.isEmpty());
}

TEST_CASE("ExportPlan's start is the latest keyframe at or before the in-point", "[unit][playback][export]")
{
    const QVector<qint64> keyframes{1000, 3000, 5000};
    CHECK(ExportPlan::keyframeAtOrBefore(keyframes, 4999) == 3000);
    CHECK(ExportPlan::keyframeAtOrBefore(keyframes, 3000) == 3000);
    CHECK(ExportPlan::keyframeAtOrBefore(keyframes, 9000) == 5000);
    CHECK(ExportPlan::keyframeAtOrBefore(keyframes, 500) == 1000);
    CHECK(ExportPlan::keyframeAtOrBefore({}, 500) == -1);
}

TEST_CASE("ExportPlan reads a segment that overlaps the previous one by a seam's milliseconds whole",
          "[unit][playback][export]")
{
    const ExportPlan plan = ExportPlan::make({seg(1, 0, 3'005), seg(2, 2'990, 6'000)}, 1'000, 6'000);
    REQUIRE(plan.parts.size() == 2);
    CHECK(plan.parts[1].fromUtcMs == 2'990);
    CHECK(plan.recordedMs == 5'000);
    CHECK(plan.gaps.isEmpty());
}
