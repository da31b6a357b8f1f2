#pragma once
// Reads what a segment file really holds, without decoding: filesrc -> qtdemux -> fakesink, as
// fast as the disk gives it. The duration is that of the last whole sample the demuxer finds, so
// a file cut by a crash or a power loss (fragmented MP4 without its last fragment) reports what
// plays, not what its header promised.
//
// A plain blocking function with its own pipeline: call it from a worker thread or at start-up,
// never from a thread that must stay responsive. Any thread.
#include <QSize>
#include <QString>

#include <optional>

namespace pantau::recording {

struct SegmentFileInfo
{
    qint64 durationMs = 0; // from the first to the end of the last whole sample
    qint64 frames = 0;
    QString codec; // "h264", "h265", or the caps name for anything else
    QSize resolution;
};

// nullopt when the file cannot be demuxed at all (missing, empty, not MP4, no video sample).
std::optional<SegmentFileInfo> probeSegmentFile(const QString &path, int timeoutMs = 10000);

// A closed segment file that holds no footage at all: no video sample could be demuxed and it is
// no bigger than an MP4 header (a kill or a failed start before its first fragment leaves 863
// bytes). Such a file is removed with its row at start-up: nothing is lost, and every file left
// in the archive plays. A bigger file that does not demux is kept for a person to look at. Pure.
constexpr qint64 kHeaderOnlyMaxBytes = 16 * 1024;
inline bool holdsNoFootage(bool demuxed, qint64 bytes)
{
    return !demuxed && bytes >= 0 && bytes <= kHeaderOnlyMaxBytes;
}

} // namespace pantau::recording
