// Where a segment's start time comes from: the camera's RTCP sender reports when sane and steady,
// arrival otherwise, and never backwards. Pure class, one behaviour per case.
#include "core/recording/SegmentClock.h"

#include <catch2/catch.hpp>

using namespace pantau::recording;

namespace {
constexpr qint64 kArrival = 1'789'999'980'000LL;
constexpr qint64 kSegmentMs = 60'000;
} // namespace

TEST_CASE("A segment starts at the camera's sender-report time when it has one", "[recording][clock]")
{
    SegmentClock clock;
    CHECK(clock.next(kArrival, kArrival - 40) ==
          SegmentStart{kArrival - 40, SegmentTimeSource::SenderReport});
}

TEST_CASE("A segment starts at arrival when the camera sends no sender reports", "[recording][clock]")
{
    SegmentClock clock;
    CHECK(clock.next(kArrival, std::nullopt) == SegmentStart{kArrival, SegmentTimeSource::Arrival});
}

TEST_CASE("A camera clock within five minutes of arrival is trusted, beyond it is not", "[recording][clock]")
{
    const qint64 bound = SegmentClock::kSenderSanityBoundMs;
    CHECK(SegmentClock().next(kArrival, kArrival + bound).source == SegmentTimeSource::SenderReport);
    CHECK(SegmentClock().next(kArrival, kArrival - bound).source == SegmentTimeSource::SenderReport);
    CHECK(SegmentClock().next(kArrival, kArrival + bound + 1) ==
          SegmentStart{kArrival, SegmentTimeSource::Arrival});
    CHECK(SegmentClock().next(kArrival, kArrival - 3'600'000).source == SegmentTimeSource::Arrival);
    CHECK(SegmentClock().next(kArrival, 0).source == SegmentTimeSource::Arrival); // never set: 1970
}

TEST_CASE("A clock stepped back never starts a segment at or before the one before", "[recording][clock]")
{
    SegmentClock clock;
    CHECK(clock.next(kArrival, std::nullopt).startUtcMs == kArrival);
    // NTP corrected this PC's clock two seconds back.
    CHECK(clock.next(kArrival - 2000, std::nullopt).startUtcMs == kArrival + 1);
    CHECK(clock.next(kArrival + 8000, std::nullopt).startUtcMs == kArrival + 8000);
}

TEST_CASE("A clock continues after the start of the recording's previous run", "[recording][clock]")
{
    SegmentClock clock(kArrival + 500); // the run before opened a segment then (clock stepped since)
    CHECK(clock.next(kArrival, std::nullopt).startUtcMs == kArrival + 501);
}

TEST_CASE("A sender time that leaves the camera's usual offset keeps the usual offset", "[recording][clock]")
{
    // RTP timestamps jumped 20 s: until the next sender report the camera's time is 20 s off.
    SegmentClock clock;
    CHECK(clock.next(kArrival, kArrival - 30).startUtcMs == kArrival - 30);
    const SegmentStart jumped = clock.next(kArrival + 2000, kArrival + 2000 + 20'000);
    CHECK(jumped == SegmentStart{kArrival + 2000 - 30, SegmentTimeSource::SenderReport});
    // The next report puts it right; the usual offset is followed again.
    CHECK(clock.next(kArrival + 4000, kArrival + 4000 - 25).startUtcMs == kArrival + 4000 - 25);
}

TEST_CASE("A camera clock that was stepped is followed once the new offset holds", "[recording][clock]")
{
    SegmentClock clock;
    CHECK(clock.next(kArrival, kArrival).startUtcMs == kArrival);
    // The camera's NTP client stepped its clock 3 s ahead: not trusted at first...
    CHECK(clock.next(kArrival + kSegmentMs / 6, kArrival + kSegmentMs / 6 + 3000).startUtcMs ==
          kArrival + kSegmentMs / 6);
    // ...followed once it held for the confirmation time.
    const qint64 later = kArrival + kSegmentMs / 6 + SegmentClock::kOffsetConfirmMs;
    CHECK(clock.next(later, later + 3000) == SegmentStart{later + 3000, SegmentTimeSource::SenderReport});
    CHECK(clock.next(later + kSegmentMs, later + kSegmentMs + 3010).startUtcMs == later + kSegmentMs + 3010);
}

TEST_CASE("NTP nanoseconds since 1900 become UTC milliseconds since 1970", "[recording][clock]")
{
    CHECK(ntpNanosecondsToUtcMs(2'208'988'800ULL * 1'000'000'000ULL) == 0);
    CHECK(ntpNanosecondsToUtcMs((2'208'988'800ULL + 1'789'999'980ULL) * 1'000'000'000ULL + 123'456'789ULL) ==
          1'789'999'980'123LL);
}
