#include "core/playback/SegmentLocator.h"

namespace pantau::playback {

SegmentSpot SegmentLocator::at(const QVector<ArchiveSegment> &segments, qint64 utcMs, int direction)
{
    const bool backwards = direction < 0;
    for (int i = int(segments.size()) - 1; i >= 0; --i) {
        const ArchiveSegment &s = segments.at(i);
        const bool inside = backwards ? (utcMs > s.startUtcMs && utcMs <= s.endUtcMs)
                                      : (utcMs >= s.startUtcMs && utcMs < s.endUtcMs);
        if (inside)
            return {i, utcMs - s.startUtcMs, -1};
    }
    SegmentSpot gap;
    if (backwards) {
        for (int i = int(segments.size()) - 1; i >= 0; --i) {
            const ArchiveSegment &s = segments.at(i);
            if (s.endUtcMs < utcMs && s.endUtcMs > s.startUtcMs) {
                gap.gapEndsUtcMs = s.endUtcMs;
                break;
            }
        }
    } else {
        for (const ArchiveSegment &s : segments) {
            if (s.startUtcMs > utcMs && s.endUtcMs > s.startUtcMs) {
                gap.gapEndsUtcMs = s.startUtcMs;
                break;
            }
        }
    }
    return gap;
}

} // namespace pantau::playback
