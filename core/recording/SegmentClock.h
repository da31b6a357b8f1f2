#pragma once
// Decides the wall-clock start (UTC ms) of each new segment of one camera's recording:
// - the camera's own time of the segment's first frame (its RTCP sender reports map every frame
//   to the camera's NTP clock) when the camera sends them and that time lies within
//   kSenderSanityBoundMs of the frame's arrival here: cameras synced to NTP then line up to the
//   millisecond whatever the network delay;
// - otherwise the frame's arrival (this PC's clock): a camera without sender reports, or one whose
//   clock is plainly wrong (never set, a 1970 or a 2038 date, another time zone);
// - the camera's time less arrival (its offset) is steady: a segment whose offset leaves the
//   usual one by more than kOffsetToleranceMs takes the usual one instead, until the new offset
//   has held for kOffsetConfirmMs (RTP timestamps that jump skew the camera's time until its
//   next sender report, a few seconds; a camera clock that was stepped stays stepped);
// - and never at or before the previous segment's start, so a clock step (an NTP correction here
//   or at the camera) cannot break the order of the camera's segments in the index.
// A pure value class: one per recording run, used by whichever thread opens segments (under the
// caller's lock).
#include <QtGlobal>

#include <limits>
#include <optional>

namespace pantau::recording {

enum class SegmentTimeSource { Arrival, SenderReport };

struct SegmentStart
{
    qint64 startUtcMs = 0;
    SegmentTimeSource source = SegmentTimeSource::Arrival;
    friend bool operator==(const SegmentStart &, const SegmentStart &) = default;
};

class SegmentClock
{
public:
    static constexpr qint64 kSenderSanityBoundMs = 5 * 60 * 1000;
    static constexpr qint64 kOffsetToleranceMs = 1000; // network and scheduling jitter
    static constexpr qint64 kOffsetConfirmMs = 20000;  // longer than a few RTCP report intervals

    // `previousStartUtcMs`: of the segment before this clock's first (lowest qint64: none).
    explicit SegmentClock(qint64 previousStartUtcMs = std::numeric_limits<qint64>::min())
        : m_previousStartUtcMs(previousStartUtcMs)
    {
    }

    // The start of the next segment, whose first frame arrived at `arrivalUtcMs` (this PC's clock)
    // and carries the camera's time `senderUtcMs` (nullopt: no sender report yet).
    SegmentStart next(qint64 arrivalUtcMs, std::optional<qint64> senderUtcMs);
    qint64 previousStartUtcMs() const { return m_previousStartUtcMs; }

private:
    qint64 m_previousStartUtcMs;
    std::optional<qint64> m_offsetMs;          // camera less arrival, as accepted
    std::optional<qint64> m_candidateOffsetMs; // a different one, not yet held long enough
    qint64 m_candidateSinceUtcMs = 0;          // arrival when the candidate was first seen
};

// NTP time (nanoseconds since 1900, as GStreamer's timestamp/x-ntp reference timestamps carry it)
// to UTC milliseconds since 1970.
qint64 ntpNanosecondsToUtcMs(quint64 ntpNs);

} // namespace pantau::recording
