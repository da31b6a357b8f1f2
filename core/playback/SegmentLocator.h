#pragma once
// The rule for "what plays at time T" of one camera: the segment holding T and the offset into
// it, or a gap (no footage at T) that ends at the next footage in the playing direction (the
// next segment's start going forward, the previous segment's end going backwards), or nothing
// more in that direction. Pure; any thread.
#include "core/playback/ArchiveSegment.h"

#include <QVector>

namespace pantau::playback {

struct SegmentSpot
{
    int index = -1;           // into the segments; -1: a gap at T
    qint64 offsetMs = 0;      // from the segment's start, when index >= 0
    qint64 gapEndsUtcMs = -1; // in a gap: where footage resumes in the direction; -1: never
    bool hasFootage() const { return index >= 0; }
    friend bool operator==(const SegmentSpot &, const SegmentSpot &) = default;
};

class SegmentLocator
{
public:
    // `segments`: one camera's, sorted by start. A segment holds [start, end). Backwards
    // (direction < 0) a segment holds (start, end], so a reverse play at a segment's start
    // moves on to the previous one. Overlapping segments: the later-starting one wins.
    static SegmentSpot at(const QVector<ArchiveSegment> &segments, qint64 utcMs, int direction);
};

} // namespace pantau::playback
