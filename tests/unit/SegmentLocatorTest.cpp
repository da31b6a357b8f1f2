// The rule for what plays at time T (core/playback/SegmentLocator): segment and offset, or a gap
// until the next footage in the playing direction.
#include "core/playback/SegmentLocator.h"

#include <catch2/catch.hpp>

using namespace pantau::playback;

namespace {
QVector<ArchiveSegment> twoWithGap()
{
    ArchiveSegment a;
    a.startUtcMs = 1000;
    a.endUtcMs = 4000;
    ArchiveSegment b = a;
    b.startUtcMs = 4000; // contiguous
    b.endUtcMs = 7000;
    ArchiveSegment c = a;
    c.startUtcMs = 10'000; // after a 3 s gap
    c.endUtcMs = 13'000;
    return {a, b, c};
}
} // namespace

TEST_CASE("SegmentLocator finds the segment and the offset holding T", "[unit][playback]")
{
    CHECK(SegmentLocator::at(twoWithGap(), 2500, 1) == SegmentSpot{0, 1500, -1});
    CHECK(SegmentLocator::at(twoWithGap(), 11'000, 1) == SegmentSpot{2, 1000, -1});
}

TEST_CASE("SegmentLocator forward at a boundary takes the segment that starts there", "[unit][playback]")
{
    CHECK(SegmentLocator::at(twoWithGap(), 4000, 1) == SegmentSpot{1, 0, -1});
}

TEST_CASE("SegmentLocator backwards at a boundary takes the segment that ends there", "[unit][playback]")
{
    CHECK(SegmentLocator::at(twoWithGap(), 4000, -1) == SegmentSpot{0, 3000, -1});
}

TEST_CASE("SegmentLocator in a gap forward says where footage resumes", "[unit][playback]")
{
    const SegmentSpot s = SegmentLocator::at(twoWithGap(), 8000, 1);
    CHECK_FALSE(s.hasFootage());
    CHECK(s.gapEndsUtcMs == 10'000);
}

TEST_CASE("SegmentLocator in a gap backwards resumes at the previous segment's end", "[unit][playback]")
{
    const SegmentSpot s = SegmentLocator::at(twoWithGap(), 8000, -1);
    CHECK_FALSE(s.hasFootage());
    CHECK(s.gapEndsUtcMs == 7000);
}

TEST_CASE("SegmentLocator after the last footage says it never resumes", "[unit][playback]")
{
    CHECK(SegmentLocator::at(twoWithGap(), 20'000, 1) == SegmentSpot{-1, 0, -1});
    CHECK(SegmentLocator::at(twoWithGap(), 500, -1) == SegmentSpot{-1, 0, -1});
    CHECK(SegmentLocator::at({}, 500, 1) == SegmentSpot{-1, 0, -1});
}

TEST_CASE("SegmentLocator before the first footage resumes at its start", "[unit][playback]")
{
    CHECK(SegmentLocator::at(twoWithGap(), 0, 1).gapEndsUtcMs == 1000);
}
