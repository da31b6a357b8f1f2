#pragma once
// Which recorded segments to delete, and why: a pure function over plain values (any thread). The
// recorder gathers the segments (SegmentIndex::allSegments) and the disk's figures, calls
// decideRetention(), deletes the files and then the rows, and shows warning().
//
// Rules, in order:
//   1. Age: a segment whose END is older than its camera's maximum age is deleted.
//   2. Reserve: while the disk's free space (after step 1) is below the reserve, the OLDEST
//      segments (by start, across all cameras) are deleted.
//   Never a segment being written; never an evidence-locked one. When what may not be deleted
//   alone leaves less than the reserve free, what may be deleted is, and reserveCannotBeMet says so.
//
// The reserve kept free is the largest of
//   - kMinReserveBytes (5 GiB): room for the file system, logs and the index to breathe on a small
//     disk;
//   - kReserveDiskPercent (5 %) of the disk: file systems slow down and fragment when nearly full
//     (ext4 keeps 5 % for root by default for the same reason);
//   - kReserveRecordingSeconds (2 hours) at the current total bitrate: retention runs every few
//     minutes, and a burst (many cameras at night in colour, a camera that raises its bitrate) must
//     not fill the disk between two passes, nor while an operator looks at a full-disk warning.
#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QVector>

namespace pantau::recording {

struct RetentionSegment
{
    qint64 id = 0;
    QString cameraId;
    qint64 startUtcMs = 0;
    qint64 endUtcMs = 0;
    qint64 bytes = 0;
    bool locked = false;  // evidence lock
    bool writing = false; // the segment being recorded now
};

struct RetentionInput
{
    QVector<RetentionSegment> segments;
    QHash<QString, int> maxAgeDaysByCamera; // cameras not listed keep defaultMaxAgeDays
    int defaultMaxAgeDays = 30;
    qint64 nowUtcMs = 0;
    qint64 diskTotalBytes = 0;
    qint64 diskFreeBytes = 0;
    qint64 totalBitrateBytesPerSecond = 0; // every camera the recorder records, together
    // The "disk" is a byte budget of the archive on a larger disk (a quota): the reserve is then
    // only kReserveDiskPercent of the budget, room for the segments being written. The 5 GiB
    // floor and the two hours are for a real disk, whose file system must never fill.
    bool diskIsBudget = false;
};

enum class RetentionReason { Invalid = 0, Age, Reserve };

struct RetentionDeletion
{
    qint64 segmentId = 0;
    RetentionReason reason = RetentionReason::Invalid;
    friend bool operator==(const RetentionDeletion &, const RetentionDeletion &) = default;
};

struct RetentionDecision
{
    QVector<RetentionDeletion> deletions; // ages first, then oldest first
    qint64 reserveBytes = 0;
    qint64 freeBytesAfter = 0; // free space once the deletions are done
    bool reserveCannotBeMet = false;
    // Days of footage the disk holds at the current bitrate:
    //   (bytes of footage + free bytes - reserve) / (bitrate * 86400); -1 when the bitrate is 0.
    double daysThatFit = -1;
    int configuredDays = 0; // the longest maximum age of the cameras
    bool fewerDaysThanConfigured = false;

    // "The disk holds only 11 of the 30 days configured", translated; empty when they fit.
    QString warning() const;
};

class RetentionPolicy
{
    Q_DECLARE_TR_FUNCTIONS(RetentionPolicy)

public:
    static constexpr qint64 kMinReserveBytes = 5LL * 1024 * 1024 * 1024; // 5 GiB
    static constexpr qint64 kReserveDiskPercent = 5;                     // 5 % of the disk
    static constexpr qint64 kReserveRecordingSeconds = 2 * 3600;         // 2 hours of recording
    static constexpr qint64 kDayMs = 86'400'000;

    // max(kMinReserveBytes, kReserveDiskPercent of the disk, kReserveRecordingSeconds at the bitrate)
    static qint64 reserveBytes(qint64 diskTotalBytes, qint64 totalBitrateBytesPerSecond);
    // A budget's reserve: kReserveDiskPercent of it.
    static qint64 budgetReserveBytes(qint64 budgetBytes);
    static RetentionDecision decide(const RetentionInput &input);
};

} // namespace pantau::recording
