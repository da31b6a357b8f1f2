#pragma once
// What an evidence export of one camera reads: from the camera's segments and the marked range
// [inUtcMs, outUtcMs), the parts (a segment and the time of it inside the range, oldest first),
// the gaps inside the range that no segment covers, and the bytes to read. Pure: no I/O, any
// thread. EvidenceExporter acts on it.
//
// Byte ranges are whole files: a recorded segment is a fragmented MP4 whose sample index lives in
// its fragments, so the time inside a file is cut where the demuxed stream is read, not by bytes.
// Keyframes: the recorder cuts every segment at a keyframe, so a segment's start is one; inside a
// segment the exporter learns the keyframes from the file's own sync samples as it reads them
// (keyframeAtOrBefore() below is the rule it applies, with the keyframe times it has seen).
#include "core/playback/ArchiveSegment.h"
#include "core/recording/SegmentIndex.h"

#include <QVector>

namespace pantau::playback {

struct ExportPart
{
    ArchiveSegment segment;
    qint64 fromUtcMs = 0; // inside the range and the segment; the first part may start earlier
    qint64 toUtcMs = 0;   //   (at the keyframe at or before the in-point), never later
};

struct ExportPlan
{
    // Gaps shorter than this between segments are the recorder's seams, not missing footage.
    static constexpr qint64 kDefaultMinGapMs = 1000;
    // A segment that starts less than this before the previous one ends follows it (the
    // recorder's seams overlap by a few milliseconds of clock estimate): it is read whole, from
    // its start. A larger overlap is a second recording of the same time: read from where the
    // previous one ends, at its next keyframe.
    static constexpr qint64 kSeamToleranceMs = 500;

    qint64 inUtcMs = 0;
    qint64 outUtcMs = 0;
    QVector<ExportPart> parts;          // oldest first, never overlapping in time
    QVector<recording::TimeRange> gaps; // inside [in, out), including before the first part
    qint64 bytes = 0;                   // the files to read, in all
    qint64 recordedMs = 0;              // footage inside [in, out)

    bool isEmpty() const { return parts.isEmpty(); }
    // Where the export starts when the in-point falls in the first part: the first part's
    // segment start is a keyframe, so never before that; in a gap before any footage, at the
    // first part's start.
    qint64 firstPartStartUtcMs() const { return parts.isEmpty() ? 0 : parts.first().fromUtcMs; }

    // Segments of one camera, in any order, possibly overlapping (a recorder restart) or
    // duplicated (two sources). Segments without a positive duration and those outside the range
    // are left out; a segment wholly inside the time an earlier one covers is left out too.
    static ExportPlan make(QVector<ArchiveSegment> segments, qint64 inUtcMs, qint64 outUtcMs,
                           qint64 minGapMs = kDefaultMinGapMs);

    // The keyframe to start from: the latest of `keyframesUtcMs` (ascending) at or before
    // `utcMs`; the first keyframe when all are later; -1 when there are none.
    static qint64 keyframeAtOrBefore(const QVector<qint64> &keyframesUtcMs, qint64 utcMs);
};

} // namespace pantau::playback
