#include "core/playback/ExportPlan.h"

#include <algorithm>

namespace pantau::playback {

ExportPlan ExportPlan::make(QVector<ArchiveSegment> segments, qint64 inUtcMs, qint64 outUtcMs,
                            qint64 minGapMs)
{
    ExportPlan plan;
    plan.inUtcMs = inUtcMs;
    plan.outUtcMs = outUtcMs;
    if (outUtcMs <= inUtcMs)
        return plan;
    std::stable_sort(segments.begin(), segments.end(), [](const ArchiveSegment &a, const ArchiveSegment &b) {
        return a.startUtcMs != b.startUtcMs ? a.startUtcMs < b.startUtcMs : a.endUtcMs > b.endUtcMs;
    });
    qint64 coveredUntil = inUtcMs; // the time the parts so far cover up to
    bool first = true;
    for (const ArchiveSegment &s : segments) {
        if (s.endUtcMs <= s.startUtcMs || s.endUtcMs <= inUtcMs || s.startUtcMs >= outUtcMs)
            continue;
        if (!first && s.endUtcMs <= coveredUntil)
            continue; // inside what an earlier segment covers
        ExportPart part;
        part.segment = s;
        const bool seam =
            !first && s.startUtcMs < coveredUntil && s.startUtcMs >= coveredUntil - kSeamToleranceMs;
        part.fromUtcMs = first  ? std::max(s.startUtcMs, inUtcMs)
                         : seam ? std::max(s.startUtcMs, inUtcMs)
                                : std::max(s.startUtcMs, coveredUntil);
        part.toUtcMs = std::min(s.endUtcMs, outUtcMs);
        const qint64 gapStart = coveredUntil;
        if (part.fromUtcMs - gapStart >= minGapMs)
            plan.gaps.append({gapStart, part.fromUtcMs});
        plan.recordedMs += part.toUtcMs - std::max(part.fromUtcMs, gapStart);
        plan.bytes += s.bytes;
        coveredUntil = part.toUtcMs;
        plan.parts.append(part);
        first = false;
    }
    if (outUtcMs - coveredUntil >= minGapMs || plan.parts.isEmpty())
        plan.gaps.append({coveredUntil, outUtcMs});
    return plan;
}

qint64 ExportPlan::keyframeAtOrBefore(const QVector<qint64> &keyframesUtcMs, qint64 utcMs)
{
    if (keyframesUtcMs.isEmpty())
        return -1;
    auto after = std::upper_bound(keyframesUtcMs.begin(), keyframesUtcMs.end(), utcMs);
    return after == keyframesUtcMs.begin() ? keyframesUtcMs.first() : *(after - 1);
}

} // namespace pantau::playback
