#pragma once
// The random-access index (mfra) that mp4mux appends to a fragmented MP4 when it finalises it,
// taken off the recorder's segment files once they are closed. GStreamer 1.22's mp4mux writes
// the index's times from the running time the segment began at (splitmuxsink's) while the
// fragments' own decode times start at 0, so in every file after a recording's first the index is
// off by the file's start, and qtdemux, which trusts it, seeks to the wrong fragment and stamps
// it with the wrong time. Without the index qtdemux walks the fragments' headers instead (a few
// dozen small reads for a minute's file) and a seek lands on the keyframe at or before the target
// with its true time: the same as for a file cut by a crash or one still being written, which
// never have an index. Cutting it off is one truncate: a crash at any moment leaves a file that
// plays either way.
//
// tailOffset() and isIndexHead() are pure (any thread); drop() does the file I/O on the calling
// thread.
#include <QByteArray>
#include <QString>

namespace pantau::recording {

struct RandomAccessIndex
{
    // Where the mfra box begins in a file of `fileSize` bytes whose last bytes are `tail` (at
    // least the 16 of the mfro box that ends it) and whose bytes at that place begin `mfraHead`
    // (8 bytes, read by the caller at the offset tailOffset() names); -1 when the file has none.
    static qint64 tailOffset(const QByteArray &tail, qint64 fileSize);
    static bool isIndexHead(const QByteArray &mfraHead);

    // Cuts the file's mfra off; true when it had one and it is gone, false when it had none or
    // the file cannot be changed (`error` then says why).
    static bool drop(const QString &path, QString *error = nullptr);
};

} // namespace pantau::recording
