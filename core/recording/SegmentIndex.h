#pragma once
// The footage index: one SQLite row per recorded segment file (Qt SQL, QSQLITE driver, WAL mode,
// synchronous=NORMAL), plus a table of recorded ranges per camera kept merged as rows change, so a
// timeline's question "what is recorded between A and B" reads a few rows, not one per minute.
//
// The files are the truth. The archive layout is
//     <root>/<cameraId>/<YYYY-MM-DD, UTC>/<startUtcMs>.mp4      index: <root>/index.sqlite
// and the index can always be rebuilt from it: open() sets a missing, corrupt or foreign index
// file aside (index.sqlite.corrupt-<time>) and starts an empty one, recover() adopts every segment
// file without a row, trims rows left "writing" by a crash to what plays, drops rows whose file
// is gone, and locks again the segments listed in each camera's evidence lock file
// (<root>/<cameraId>/locks.json, see EvidenceLockFile). Nothing here ever deletes a footage file.
//
// Threads: owner thread only (the thread that constructed it; the GUI thread in Pantau, the main
// thread in pantau-recorder). Qt SQL connections are not shareable across threads. Each instance
// has its own uniquely named connection, removed in the destructor, so several indexes may live in
// one process.
#include "core/recording/RetentionPolicy.h"

#include <QDate>
#include <QHash>
#include <QSize>
#include <QString>
#include <QStringList>
#include <QVector>

#include <functional>
#include <memory>
#include <optional>
#include <utility>

namespace pantau::recording {

struct Segment
{
    qint64 id = 0;
    QString cameraId;
    QString relativePath; // to the archive root; always relativePathFor(cameraId, startUtcMs)
    qint64 startUtcMs = 0;
    qint64 endUtcMs = 0;
    qint64 bytes = 0;
    QString codec; // "h264", "h265"
    QSize resolution;
    enum class State { Invalid, Writing, Complete } state = State::Invalid;
    bool locked = false; // evidence lock: retention never deletes it

    qint64 durationMs() const { return endUtcMs - startUtcMs; }
};

struct TimeRange
{
    qint64 startUtcMs = 0;
    qint64 endUtcMs = 0;
    friend bool operator==(const TimeRange &, const TimeRange &) = default;
};

// What a probe (GstDiscoverer in the recorder; a fake in tests) says about a segment file.
struct SegmentProbe
{
    qint64 durationMs = 0;
    QString codec;
    QSize resolution;
};
// nullopt: the file does not play at all.
using SegmentProber = std::function<std::optional<SegmentProbe>(const QString &absolutePath)>;

struct RecoveryReport
{
    bool ok = false;
    QString error;
    int trimmed = 0;        // rows left "writing", now complete with what plays
    int adopted = 0;        // files without a row, now indexed
    int removedRows = 0;    // rows whose file was gone, or second rows of one file
    int relocked = 0;       // rows locked again from their camera's lock file
    QStringList unplayable; // relative paths of files that do not play (kept, zero duration)
};

class SegmentIndex
{
public:
    // Consecutive segments of a camera whose gap is below this are stored as one recorded range.
    // recordedRanges() with a smaller mergeGapMs computes from the segment rows instead (slower).
    static constexpr qint64 kStoredMergeGapMs = 1000;
    static constexpr int kSchemaVersion = 1;

    explicit SegmentIndex(QString rootPath);
    ~SegmentIndex();
    SegmentIndex(const SegmentIndex &) = delete;
    SegmentIndex &operator=(const SegmentIndex &) = delete;

    QString rootPath() const { return m_rootPath; }
    QString indexPath() const; // <root>/index.sqlite

    // Opens (creating the root, the file and the schema as needed). A file that is not a Pantau
    // index (corrupt, not SQLite, another schema version) is moved aside, never deleted, and an
    // empty index takes its place: call recover() next, which adopts every file. false only when
    // no index can be opened at all (unwritable folder, no QSQLITE driver).
    bool open(QString *error = nullptr);
    bool isOpen() const;
    // Where open() moved a bad index file; empty when it did not.
    QString setAsidePath() const { return m_setAsidePath; }
    // The journal mode SQLite reports ("wal").
    QString journalMode();

    // A new row in state Writing (end and bytes as given, usually end == start, bytes 0). The
    // path is derived from the camera id and the start. Returns the row's id (never reused, also
    // not after rebuild()); 0 when the id is not a valid camera id or the write failed.
    qint64 beginSegment(const Segment &segment);
    // Progress of the open segment (so a crash loses little).
    bool updateWriting(qint64 id, qint64 endUtcMs, qint64 bytes);
    bool finishSegment(qint64 id, qint64 endUtcMs, qint64 bytes);
    // Many rows in one transaction (adoption, benchmarks); ids are not returned. Rows with an
    // invalid camera id are skipped. Returns the number inserted, -1 on a failed write.
    int addSegments(const QVector<Segment> &segments);
    // The row only: the caller deletes the file.
    bool removeSegment(qint64 id);
    // Evidence lock on every segment of the camera that overlaps [from, to] (bounds included, so
    // a segment ending exactly at `from` is locked too); returns how many, -1 on a failed write.
    // The camera's locks are also written beside its footage (EvidenceLockFile), so recover() and
    // rebuild() lock them again; when that file cannot be written nothing changes (-1).
    int setLocked(const QString &cameraId, qint64 fromUtcMs, qint64 toUtcMs, bool locked);

    std::optional<Segment> segment(qint64 id);
    // Segments of one camera overlapping [from, to] (bounds included), in start order (then id).
    QVector<Segment> segments(const QString &cameraId, qint64 fromUtcMs, qint64 toUtcMs);
    // Everything, in start order (retention). Reads every row: seconds on a 2.8-million-row archive.
    QVector<Segment> allSegments();
    // What RetentionPolicy needs of every row, in no particular order: a third of allSegments()'s
    // time (7 columns instead of 11, the camera id shared between rows of a camera).
    QVector<RetentionSegment> retentionSegments();
    qint64 segmentCount();

    // Recorded time of one camera within [from, to], clipped to it: segments whose gap is below
    // mergeGapMs (or that touch or overlap) form one range; larger gaps stay gaps. In start order.
    QVector<TimeRange> recordedRanges(const QString &cameraId, qint64 fromUtcMs, qint64 toUtcMs,
                                      qint64 mergeGapMs = kStoredMergeGapMs);
    QHash<QString, QVector<TimeRange>> recordedRanges(const QStringList &cameraIds, qint64 fromUtcMs,
                                                      qint64 toUtcMs, qint64 mergeGapMs = kStoredMergeGapMs);

    // Call at start, before anything records into the root. See the class comment.
    RecoveryReport recover(const SegmentProber &probe);
    // Forgets every row and adopts every file; evidence locks come back from the lock files.
    RecoveryReport rebuild(const SegmentProber &probe);

    // Archive layout. An empty string when the camera id cannot name a folder (empty, over 200
    // characters, a slash or backslash, ".", "..", a leading '.', control characters, or a name starting
    // with "index.sqlite", which would clash with the index's files).
    static QString relativePathFor(const QString &cameraId, qint64 startUtcMs);
    static bool isValidCameraId(const QString &cameraId);
    // The reverse: (cameraId, startUtcMs) of "<cameraId>/<YYYY-MM-DD>/<startUtcMs>.mp4", or nullopt
    // when the path is not one the layout makes (the day folder must match the start).
    static std::optional<std::pair<QString, qint64>> parseRelativePath(const QString &relativePath);

private:
    struct RangeRow;
    bool createSchema(QString *error);
    bool exec(const QString &sql, QString *error = nullptr);
    bool noteDuration(qint64 durationMs);
    bool setEnd(qint64 id, qint64 endUtcMs, qint64 bytes, bool complete);
    bool applyLockFile(const QString &cameraId, RecoveryReport *report);
    bool recoverDay(const QString &cameraId, QDate day, const QStringList &fileNames,
                    const SegmentProber &probe, RecoveryReport *report);
    // Recorded-range bookkeeping, inside the caller's transaction.
    QVector<RangeRow> rangeRows(const QString &cameraId, qint64 afterUtcMs, qint64 beforeUtcMs);
    bool deleteRangeRows(const QVector<RangeRow> &rows);
    bool rangesAdd(const QString &cameraId, qint64 startUtcMs, qint64 endUtcMs);
    bool rangesRecompute(const QString &cameraId, qint64 startUtcMs, qint64 endUtcMs);
    bool rangesRemoved(const Segment &removed);
    bool rangesChanged(const Segment &before, qint64 newEndUtcMs);

    QString m_rootPath;
    QString m_connectionName;
    struct Connection; // the QSqlDatabase: QtSql stays out of this header
    std::unique_ptr<Connection> m_d;
    QString m_setAsidePath;
    qint64 m_maxDurationMs = 0; // longest segment indexed: bounds window look-backs
};

// Merges time ranges sorted by start: two merge when the second starts less than mergeGapMs after
// the running end (or touches or overlaps it). Exposed for the tests and for callers merging
// ranges of several sources.
QVector<TimeRange> mergeRanges(const QVector<TimeRange> &sortedByStart, qint64 mergeGapMs);

} // namespace pantau::recording
