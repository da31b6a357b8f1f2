#include "core/recording/SegmentIndex.h"

#include "core/recording/EvidenceLockFile.h"
#include "core/storage/SqliteFile.h"

#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <atomic>
#include <limits>

namespace pantau::recording {

namespace {
Q_LOGGING_CATEGORY(lcSegmentIndex, "pantau.recording.index", QtInfoMsg)

constexpr qint64 kDayMs = 86'400'000;
constexpr qint64 kJulianDayOfEpoch = 2'440'588; // 1970-01-01
const QString kIndexFileName = QStringLiteral("index.sqlite");
const QString kSegmentSuffix = QStringLiteral(".mp4");
const QString kSegmentColumns =
    QStringLiteral("id, camera_id, path, start_ms, end_ms, bytes, codec, width, height, state, locked");

std::atomic<int> g_connectionCounter{0};

qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)));
}

QString dayFolder(qint64 utcMs)
{
    return QDate::fromJulianDay(kJulianDayOfEpoch + floorDiv(utcMs, kDayMs)).toString(Qt::ISODate);
}

qint64 dayStartMs(QDate day)
{
    return (day.toJulianDay() - kJulianDayOfEpoch) * kDayMs;
}

int stateToInt(Segment::State s)
{
    return static_cast<int>(s);
}

Segment::State stateFromInt(int v)
{
    switch (v) {
    case 1:
        return Segment::State::Writing;
    case 2:
        return Segment::State::Complete;
    default:
        return Segment::State::Invalid;
    }
}

Segment readRow(const QSqlQuery &q)
{
    Segment s;
    s.id = q.value(0).toLongLong();
    s.cameraId = q.value(1).toString();
    s.relativePath = q.value(2).toString();
    s.startUtcMs = q.value(3).toLongLong();
    s.endUtcMs = q.value(4).toLongLong();
    s.bytes = q.value(5).toLongLong();
    s.codec = q.value(6).toString();
    s.resolution = QSize(q.value(7).toInt(), q.value(8).toInt());
    s.state = stateFromInt(q.value(9).toInt());
    s.locked = q.value(10).toInt() != 0;
    return s;
}

// Qt binds a null QString as SQL NULL; the text columns are NOT NULL.
QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

bool lessByStart(const Segment &a, const Segment &b)
{
    return a.startUtcMs != b.startUtcMs ? a.startUtcMs < b.startUtcMs : a.id < b.id;
}

QVector<TimeRange> clipped(const QVector<TimeRange> &ranges, qint64 fromUtcMs, qint64 toUtcMs)
{
    QVector<TimeRange> out;
    out.reserve(ranges.size());
    for (const TimeRange &r : ranges) {
        const TimeRange c{std::max(r.startUtcMs, fromUtcMs), std::min(r.endUtcMs, toUtcMs)};
        if (c.endUtcMs > c.startUtcMs)
            out.push_back(c);
    }
    return out;
}

// Commits explicitly; rolls back when left without commit().
class Transaction
{
public:
    explicit Transaction(QSqlDatabase &db) : m_db(db), m_active(db.transaction()) {}
    ~Transaction()
    {
        if (m_active)
            m_db.rollback();
    }
    bool active() const { return m_active; }
    bool commit()
    {
        const bool ok = m_active && m_db.commit();
        m_active = !ok && m_active;
        return ok;
    }

private:
    QSqlDatabase &m_db;
    bool m_active;
};
} // namespace

QVector<TimeRange> mergeRanges(const QVector<TimeRange> &sortedByStart, qint64 mergeGapMs)
{
    const qint64 gap = std::max<qint64>(mergeGapMs, 1);
    QVector<TimeRange> out;
    for (const TimeRange &r : sortedByStart) {
        if (r.endUtcMs <= r.startUtcMs)
            continue;
        if (!out.isEmpty() && r.startUtcMs - out.last().endUtcMs < gap)
            out.last().endUtcMs = std::max(out.last().endUtcMs, r.endUtcMs);
        else
            out.push_back(r);
    }
    return out;
}

struct SegmentIndex::Connection
{
    QSqlDatabase db;
};

SegmentIndex::SegmentIndex(QString rootPath)
    : m_rootPath(std::move(rootPath)),
      m_connectionName(QStringLiteral("pantau-segment-index-%1").arg(g_connectionCounter.fetch_add(1))),
      m_d(std::make_unique<Connection>())
{
}

SegmentIndex::~SegmentIndex()
{
    if (m_d->db.isValid())
        m_d->db.close();
    m_d->db = QSqlDatabase();
    if (QSqlDatabase::contains(m_connectionName))
        QSqlDatabase::removeDatabase(m_connectionName);
}

QString SegmentIndex::indexPath() const
{
    return QDir(m_rootPath).filePath(kIndexFileName);
}

bool SegmentIndex::isOpen() const
{
    return m_d->db.isValid() && m_d->db.isOpen();
}

bool SegmentIndex::exec(const QString &sql, QString *error)
{
    QSqlQuery q(m_d->db);
    if (q.exec(sql))
        return true;
    if (error)
        *error = q.lastError().text();
    qCWarning(lcSegmentIndex) << "index:" << sql.left(60) << q.lastError().text();
    return false;
}

bool SegmentIndex::open(QString *error)
{
    if (!QDir().mkpath(m_rootPath)) {
        if (error)
            *error = QStringLiteral("cannot create the archive folder %1").arg(m_rootPath);
        return false;
    }
    const storage::SqliteSchema schema{
        kSchemaVersion, {QStringLiteral("segments"), QStringLiteral("ranges")}, QStringLiteral("index")};
    if (!storage::openSqliteFile(m_d->db, m_connectionName, indexPath(), schema, lcSegmentIndex(),
                                 &m_setAsidePath, error))
        return false;
    return createSchema(error);
}

bool SegmentIndex::createSchema(QString *error)
{
    // WAL: readers never block the writer; NORMAL: a power cut may lose the last transactions but
    // never corrupts the file (and the files are the truth anyway).
    QSqlQuery q(m_d->db);
    if (!q.exec(QStringLiteral("PRAGMA journal_mode = WAL"))) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    q.finish();
    const QStringList statements = {
        QStringLiteral("PRAGMA synchronous = NORMAL"),
        QStringLiteral(
            "CREATE TABLE IF NOT EXISTS segments ("
            " id INTEGER PRIMARY KEY AUTOINCREMENT, camera_id TEXT NOT NULL, path TEXT NOT NULL,"
            " start_ms INTEGER NOT NULL, end_ms INTEGER NOT NULL, bytes INTEGER NOT NULL DEFAULT 0,"
            " codec TEXT NOT NULL DEFAULT '', width INTEGER NOT NULL DEFAULT 0,"
            " height INTEGER NOT NULL DEFAULT 0, state INTEGER NOT NULL,"
            " locked INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS segments_camera_start ON segments (camera_id, start_ms)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS segments_camera_end ON segments (camera_id, end_ms)"),
        // Recorded time per camera: segments merged at kStoredMergeGapMs, disjoint, kept in step
        // with the segment rows in the same transactions.
        QStringLiteral("CREATE TABLE IF NOT EXISTS ranges ("
                       " id INTEGER PRIMARY KEY, camera_id TEXT NOT NULL,"
                       " start_ms INTEGER NOT NULL, end_ms INTEGER NOT NULL)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS ranges_camera_end ON ranges (camera_id, end_ms)"),
        // The longest segment ever indexed bounds how far before a window a segment that overlaps
        // it can start.
        QStringLiteral("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value INTEGER NOT NULL)"),
        QStringLiteral("PRAGMA user_version = %1").arg(kSchemaVersion),
    };
    for (const QString &sql : statements)
        if (!exec(sql, error))
            return false;
    if (!q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'max_duration_ms'"))) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    m_maxDurationMs = q.next() ? q.value(0).toLongLong() : 0;
    return true;
}

QString SegmentIndex::journalMode()
{
    QSqlQuery q(m_d->db);
    if (!q.exec(QStringLiteral("PRAGMA journal_mode")) || !q.next())
        return {};
    return q.value(0).toString();
}

bool SegmentIndex::noteDuration(qint64 durationMs)
{
    if (durationMs <= m_maxDurationMs)
        return true;
    QSqlQuery q(m_d->db);
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES ('max_duration_ms', ?)"));
    q.addBindValue(durationMs);
    if (!q.exec())
        return false;
    m_maxDurationMs = durationMs;
    return true;
}

// ---- rows -------------------------------------------------------------------------------------

qint64 SegmentIndex::beginSegment(const Segment &segment)
{
    const QString path = relativePathFor(segment.cameraId, segment.startUtcMs);
    if (path.isEmpty() || !isOpen())
        return 0;
    Transaction tx(m_d->db);
    QSqlQuery q(m_d->db);
    q.prepare(QStringLiteral("INSERT INTO segments (camera_id, path, start_ms, end_ms, bytes, codec, width,"
                             " height, state, locked) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(segment.cameraId);
    q.addBindValue(path);
    q.addBindValue(segment.startUtcMs);
    q.addBindValue(std::max(segment.endUtcMs, segment.startUtcMs));
    q.addBindValue(segment.bytes);
    q.addBindValue(text(segment.codec));
    q.addBindValue(segment.resolution.width());
    q.addBindValue(segment.resolution.height());
    q.addBindValue(stateToInt(Segment::State::Writing));
    q.addBindValue(segment.locked ? 1 : 0);
    if (!q.exec()) {
        qCWarning(lcSegmentIndex) << "cannot add a segment:" << q.lastError().text();
        return 0;
    }
    const qint64 id = q.lastInsertId().toLongLong();
    if (segment.endUtcMs > segment.startUtcMs &&
        (!noteDuration(segment.durationMs()) ||
         !rangesAdd(segment.cameraId, segment.startUtcMs, segment.endUtcMs)))
        return 0;
    return tx.commit() ? id : 0;
}

bool SegmentIndex::setEnd(qint64 id, qint64 endUtcMs, qint64 bytes, bool complete)
{
    if (!isOpen())
        return false;
    const std::optional<Segment> before = segment(id);
    if (!before)
        return false;
    Transaction tx(m_d->db);
    QSqlQuery q(m_d->db);
    q.prepare(QStringLiteral("UPDATE segments SET end_ms = ?, bytes = ?, state = ? WHERE id = ?"));
    q.addBindValue(endUtcMs);
    q.addBindValue(bytes);
    q.addBindValue(stateToInt(complete ? Segment::State::Complete : before->state));
    q.addBindValue(id);
    if (!q.exec() || !noteDuration(endUtcMs - before->startUtcMs) || !rangesChanged(*before, endUtcMs))
        return false;
    return tx.commit();
}

bool SegmentIndex::updateWriting(qint64 id, qint64 endUtcMs, qint64 bytes)
{
    return setEnd(id, endUtcMs, bytes, false);
}

bool SegmentIndex::finishSegment(qint64 id, qint64 endUtcMs, qint64 bytes)
{
    return setEnd(id, endUtcMs, bytes, true);
}

int SegmentIndex::addSegments(const QVector<Segment> &segments)
{
    if (!isOpen())
        return -1;
    Transaction tx(m_d->db);
    QSqlQuery q(m_d->db);
    q.prepare(QStringLiteral("INSERT INTO segments (camera_id, path, start_ms, end_ms, bytes, codec, width,"
                             " height, state, locked) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    QHash<QString, QVector<TimeRange>> spans;
    qint64 longestMs = 0;
    int inserted = 0;
    for (const Segment &s : segments) {
        const QString path = relativePathFor(s.cameraId, s.startUtcMs);
        if (path.isEmpty())
            continue;
        q.bindValue(0, s.cameraId);
        q.bindValue(1, path);
        q.bindValue(2, s.startUtcMs);
        q.bindValue(3, s.endUtcMs);
        q.bindValue(4, s.bytes);
        q.bindValue(5, text(s.codec));
        q.bindValue(6, s.resolution.width());
        q.bindValue(7, s.resolution.height());
        q.bindValue(8, stateToInt(s.state == Segment::State::Invalid ? Segment::State::Complete : s.state));
        q.bindValue(9, s.locked ? 1 : 0);
        if (!q.exec()) {
            qCWarning(lcSegmentIndex) << "cannot add segments:" << q.lastError().text();
            return -1;
        }
        ++inserted;
        longestMs = std::max(longestMs, s.durationMs());
        if (s.endUtcMs > s.startUtcMs)
            spans[s.cameraId].push_back({s.startUtcMs, s.endUtcMs});
    }
    if (!noteDuration(longestMs))
        return -1;
    for (auto it = spans.begin(); it != spans.end(); ++it) {
        std::sort(it->begin(), it->end(),
                  [](const TimeRange &a, const TimeRange &b) { return a.startUtcMs < b.startUtcMs; });
        for (const TimeRange &r : mergeRanges(*it, kStoredMergeGapMs))
            if (!rangesAdd(it.key(), r.startUtcMs, r.endUtcMs))
                return -1;
    }
    return tx.commit() ? inserted : -1;
}

bool SegmentIndex::removeSegment(qint64 id)
{
    if (!isOpen())
        return false;
    const std::optional<Segment> before = segment(id);
    if (!before)
        return false;
    Transaction tx(m_d->db);
    QSqlQuery q(m_d->db);
    q.prepare(QStringLiteral("DELETE FROM segments WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !rangesRemoved(*before))
        return false;
    return tx.commit();
}

int SegmentIndex::setLocked(const QString &cameraId, qint64 fromUtcMs, qint64 toUtcMs, bool locked)
{
    if (!isOpen())
        return -1;
    QSqlQuery q(m_d->db);
    q.prepare(QStringLiteral("UPDATE segments INDEXED BY segments_camera_start SET locked = ?"
                             " WHERE camera_id = ? AND start_ms >= ? AND start_ms <= ? AND end_ms >= ?"));
    q.addBindValue(locked ? 1 : 0);
    q.addBindValue(cameraId);
    q.addBindValue(fromUtcMs - m_maxDurationMs);
    q.addBindValue(toUtcMs);
    q.addBindValue(fromUtcMs);
    Transaction tx(m_d->db);
    if (!q.exec())
        return -1;
    const int changed = q.numRowsAffected();
    // The camera's lock file follows the rows, so a rebuild from the files keeps the locks. No
    // camera folder: no file of this camera to keep, nothing to write.
    const QString cameraFolder = QDir(m_rootPath).filePath(cameraId);
    if (QFileInfo(cameraFolder).isDir()) {
        QSet<qint64> lockedStarts;
        q.prepare(QStringLiteral("SELECT start_ms FROM segments INDEXED BY segments_camera_start"
                                 " WHERE camera_id = ? AND locked = 1"));
        q.addBindValue(cameraId);
        if (!q.exec())
            return -1;
        while (q.next())
            lockedStarts.insert(q.value(0).toLongLong());
        q.finish();
        if (!EvidenceLockFile::write(cameraFolder, lockedStarts)) {
            qCWarning(lcSegmentIndex) << "the evidence locks of" << cameraId << "cannot be written beside"
                                      << "its footage; the lock is not changed";
            return -1;
        }
    }
    return tx.commit() ? changed : -1;
}

std::optional<Segment> SegmentIndex::segment(qint64 id)
{
    QSqlQuery q(m_d->db);
    q.prepare(QStringLiteral("SELECT %1 FROM segments WHERE id = ?").arg(kSegmentColumns));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return readRow(q);
}

QVector<Segment> SegmentIndex::segments(const QString &cameraId, qint64 fromUtcMs, qint64 toUtcMs)
{
    QVector<Segment> out;
    QSqlQuery q(m_d->db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM segments INDEXED BY segments_camera_start"
                             " WHERE camera_id = ? AND start_ms >= ? AND start_ms <= ? AND end_ms >= ?"
                             " ORDER BY start_ms, id")
                  .arg(kSegmentColumns));
    q.addBindValue(cameraId);
    q.addBindValue(fromUtcMs - m_maxDurationMs);
    q.addBindValue(toUtcMs);
    q.addBindValue(fromUtcMs);
    if (!q.exec())
        return out;
    while (q.next())
        out.push_back(readRow(q));
    return out;
}

QVector<Segment> SegmentIndex::allSegments()
{
    QVector<Segment> out;
    QSqlQuery q(m_d->db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT %1 FROM segments").arg(kSegmentColumns)))
        return out;
    while (q.next())
        out.push_back(readRow(q));
    std::sort(out.begin(), out.end(), lessByStart); // in C++: no index orders by start alone
    return out;
}

QVector<RetentionSegment> SegmentIndex::retentionSegments()
{
    QVector<RetentionSegment> out;
    QSqlQuery q(m_d->db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, camera_id, start_ms, end_ms, bytes, locked, state FROM segments")))
        return out;
    QString cameraId;
    while (q.next()) {
        RetentionSegment s;
        s.id = q.value(0).toLongLong();
        const QString id = q.value(1).toString();
        if (id != cameraId)
            cameraId = id; // rows come mostly grouped by camera: share one copy
        s.cameraId = cameraId;
        s.startUtcMs = q.value(2).toLongLong();
        s.endUtcMs = q.value(3).toLongLong();
        s.bytes = q.value(4).toLongLong();
        s.locked = q.value(5).toInt() != 0;
        s.writing = q.value(6).toInt() == stateToInt(Segment::State::Writing);
        out.push_back(s);
    }
    return out;
}

qint64 SegmentIndex::segmentCount()
{
    QSqlQuery q(m_d->db);
    if (!q.exec(QStringLiteral("SELECT count(*) FROM segments")) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

// ---- recorded ranges --------------------------------------------------------------------------

struct SegmentIndex::RangeRow
{
    qint64 id;
    TimeRange range;
};

QVector<SegmentIndex::RangeRow> SegmentIndex::rangeRows(const QString &cameraId, qint64 afterUtcMs,
                                                        qint64 beforeUtcMs)
{
    // Ranges with end > after and start < before, in start order (ranges are disjoint, so end
    // order is start order).
    QVector<RangeRow> out;
    QSqlQuery q(m_d->db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, start_ms, end_ms FROM ranges WHERE camera_id = ? AND end_ms > ?"
                             " AND start_ms < ? ORDER BY end_ms"));
    q.addBindValue(cameraId);
    q.addBindValue(afterUtcMs);
    q.addBindValue(beforeUtcMs);
    if (!q.exec())
        return out;
    while (q.next())
        out.push_back({q.value(0).toLongLong(), {q.value(1).toLongLong(), q.value(2).toLongLong()}});
    return out;
}

bool SegmentIndex::deleteRangeRows(const QVector<RangeRow> &rows)
{
    QSqlQuery q(m_d->db);
    q.prepare(QStringLiteral("DELETE FROM ranges WHERE id = ?"));
    for (const RangeRow &r : rows) {
        q.bindValue(0, r.id);
        if (!q.exec())
            return false;
    }
    return true;
}

bool SegmentIndex::rangesAdd(const QString &cameraId, qint64 startUtcMs, qint64 endUtcMs)
{
    if (endUtcMs <= startUtcMs)
        return true;
    // Every stored range within the gap of [start, end] merges with it; the result cannot come
    // within the gap of any other range, because stored ranges are already that far apart.
    const QVector<RangeRow> near =
        rangeRows(cameraId, startUtcMs - kStoredMergeGapMs, endUtcMs + kStoredMergeGapMs);
    TimeRange merged{startUtcMs, endUtcMs};
    for (const RangeRow &r : near) {
        merged.startUtcMs = std::min(merged.startUtcMs, r.range.startUtcMs);
        merged.endUtcMs = std::max(merged.endUtcMs, r.range.endUtcMs);
    }
    if (near.size() == 1 && near.first().range == merged)
        return true; // already covered
    QSqlQuery q(m_d->db);
    if (!near.isEmpty()) {
        if (!deleteRangeRows(near.mid(1)))
            return false;
        q.prepare(QStringLiteral("UPDATE ranges SET start_ms = ?, end_ms = ? WHERE id = ?"));
        q.addBindValue(merged.startUtcMs);
        q.addBindValue(merged.endUtcMs);
        q.addBindValue(near.first().id);
    } else {
        q.prepare(QStringLiteral("INSERT INTO ranges (camera_id, start_ms, end_ms) VALUES (?, ?, ?)"));
        q.addBindValue(cameraId);
        q.addBindValue(merged.startUtcMs);
        q.addBindValue(merged.endUtcMs);
    }
    return q.exec();
}

bool SegmentIndex::rangesRecompute(const QString &cameraId, qint64 startUtcMs, qint64 endUtcMs)
{
    // Rows changed within [start, end]: the stored ranges that overlap it are dropped and made
    // again from the segment rows they span (every segment covering that span starts within it).
    const QVector<RangeRow> old = rangeRows(cameraId, startUtcMs - 1, endUtcMs + 1);
    qint64 from = startUtcMs;
    qint64 to = endUtcMs;
    for (const RangeRow &r : old) {
        from = std::min(from, r.range.startUtcMs);
        to = std::max(to, r.range.endUtcMs);
    }
    if (!deleteRangeRows(old))
        return false;
    QVector<TimeRange> spans;
    QSqlQuery q(m_d->db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT start_ms, end_ms FROM segments INDEXED BY segments_camera_start"
                             " WHERE camera_id = ? AND start_ms >= ? AND start_ms <= ? AND end_ms > start_ms"
                             " ORDER BY start_ms"));
    q.addBindValue(cameraId);
    q.addBindValue(from);
    q.addBindValue(to);
    if (!q.exec())
        return false;
    while (q.next())
        spans.push_back({q.value(0).toLongLong(), q.value(1).toLongLong()});
    q.finish();
    // New rows may reach past the old ranges: rangesAdd merges with the neighbours as needed.
    for (const TimeRange &r : mergeRanges(spans, kStoredMergeGapMs))
        if (!rangesAdd(cameraId, r.startUtcMs, r.endUtcMs))
            return false;
    return true;
}

bool SegmentIndex::rangesRemoved(const Segment &removed)
{
    if (removed.endUtcMs <= removed.startUtcMs)
        return true; // never covered anything
    // Fast path for retention, which removes the oldest segment of a range: when the next
    // segment lasts at least as long, the range just starts later.
    const QVector<RangeRow> holding =
        rangeRows(removed.cameraId, removed.startUtcMs - 1, removed.startUtcMs + 1);
    if (holding.size() == 1 && holding.first().range.startUtcMs == removed.startUtcMs) {
        const RangeRow range = holding.first();
        QSqlQuery q(m_d->db);
        q.prepare(
            QStringLiteral("SELECT start_ms, end_ms FROM segments INDEXED BY segments_camera_start"
                           " WHERE camera_id = ? AND start_ms >= ? AND start_ms <= ? AND end_ms > start_ms"
                           " ORDER BY start_ms, end_ms DESC LIMIT 1"));
        q.addBindValue(removed.cameraId);
        q.addBindValue(removed.startUtcMs);
        q.addBindValue(range.range.endUtcMs);
        if (!q.exec())
            return false;
        if (!q.next()) {
            q.finish();
            return deleteRangeRows({range}); // it was the range's only segment
        }
        const qint64 nextStart = q.value(0).toLongLong();
        const qint64 nextEnd = q.value(1).toLongLong();
        q.finish();
        if (nextEnd >= removed.endUtcMs) {
            q.prepare(QStringLiteral("UPDATE ranges SET start_ms = ? WHERE id = ?"));
            q.addBindValue(nextStart);
            q.addBindValue(range.id);
            return q.exec();
        }
    }
    return rangesRecompute(removed.cameraId, removed.startUtcMs, removed.endUtcMs);
}

bool SegmentIndex::rangesChanged(const Segment &before, qint64 newEndUtcMs)
{
    if (newEndUtcMs >= before.endUtcMs)
        return rangesAdd(before.cameraId, before.startUtcMs, newEndUtcMs); // grew: merge only
    return rangesRecompute(before.cameraId, before.startUtcMs, before.endUtcMs);
}

QVector<TimeRange> SegmentIndex::recordedRanges(const QString &cameraId, qint64 fromUtcMs, qint64 toUtcMs,
                                                qint64 mergeGapMs)
{
    if (!isOpen() || toUtcMs <= fromUtcMs)
        return {};
    QVector<TimeRange> pieces;
    if (mergeGapMs >= kStoredMergeGapMs) {
        // Stored ranges are merged at the smaller gap; merging them again at a larger one gives
        // what merging the segments at that gap would.
        for (const RangeRow &r : rangeRows(cameraId, fromUtcMs, toUtcMs))
            pieces.push_back(r.range);
    } else {
        QSqlQuery q(m_d->db);
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT start_ms, end_ms FROM segments INDEXED BY segments_camera_start"
                                 " WHERE camera_id = ? AND start_ms >= ? AND start_ms < ? AND end_ms > ?"
                                 " AND end_ms > start_ms ORDER BY start_ms"));
        q.addBindValue(cameraId);
        q.addBindValue(fromUtcMs - m_maxDurationMs);
        q.addBindValue(toUtcMs);
        q.addBindValue(fromUtcMs);
        if (!q.exec())
            return {};
        while (q.next())
            pieces.push_back({q.value(0).toLongLong(), q.value(1).toLongLong()});
    }
    return clipped(mergeRanges(pieces, mergeGapMs), fromUtcMs, toUtcMs);
}

QHash<QString, QVector<TimeRange>> SegmentIndex::recordedRanges(const QStringList &cameraIds,
                                                                qint64 fromUtcMs, qint64 toUtcMs,
                                                                qint64 mergeGapMs)
{
    QHash<QString, QVector<TimeRange>> out;
    out.reserve(cameraIds.size());
    for (const QString &id : cameraIds)
        out.insert(id, recordedRanges(id, fromUtcMs, toUtcMs, mergeGapMs));
    return out;
}

// ---- recovery ---------------------------------------------------------------------------------

RecoveryReport SegmentIndex::rebuild(const SegmentProber &probe)
{
    if (!isOpen())
        return {false, QStringLiteral("the index is not open"), 0, 0, 0, {}};
    Transaction tx(m_d->db);
    if (!exec(QStringLiteral("DELETE FROM segments")) || !exec(QStringLiteral("DELETE FROM ranges")) ||
        !exec(QStringLiteral("DELETE FROM meta")) || !tx.commit())
        return {false, m_d->db.lastError().text(), 0, 0, 0, {}};
    m_maxDurationMs = 0;
    return recover(probe);
}

RecoveryReport SegmentIndex::recover(const SegmentProber &probe)
{
    RecoveryReport report;
    if (!isOpen()) {
        report.error = QStringLiteral("the index is not open");
        return report;
    }
    const QDir root(m_rootPath);
    QSet<QString> visitedDays; // "<cameraId>/<day>" folders compared with their rows
    // 1. Every day folder: its files against its rows.
    const QStringList cameraDirs = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString &cameraId : cameraDirs) {
        if (!isValidCameraId(cameraId))
            continue;
        const QDir cameraDir(root.filePath(cameraId));
        for (const QString &day : cameraDir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
            const QDate date = QDate::fromString(day, Qt::ISODate);
            if (!date.isValid() || date.toString(Qt::ISODate) != day)
                continue;
            visitedDays.insert(cameraId + QLatin1Char('/') + day);
            const QStringList files =
                QDir(cameraDir.filePath(day)).entryList({QStringLiteral("*") + kSegmentSuffix}, QDir::Files);
            if (!recoverDay(cameraId, date, files, probe, &report)) {
                report.error = m_d->db.lastError().text();
                return report;
            }
        }
        if (!applyLockFile(cameraId, &report)) {
            report.error = m_d->db.lastError().text();
            return report;
        }
    }
    // 2. Rows whose day folder is gone altogether.
    QSqlQuery q(m_d->db);
    q.setForwardOnly(true);
    QString cameraId = QStringLiteral(""); // not null: NULL compares with nothing
    while (true) {
        q.prepare(
            QStringLiteral("SELECT camera_id FROM segments WHERE camera_id > ? ORDER BY camera_id LIMIT 1"));
        q.addBindValue(cameraId);
        if (!q.exec())
            break;
        if (!q.next())
            break;
        cameraId = q.value(0).toString();
        q.finish();
        qint64 cursor = std::numeric_limits<qint64>::min();
        while (true) {
            q.prepare(QStringLiteral("SELECT start_ms FROM segments INDEXED BY segments_camera_start"
                                     " WHERE camera_id = ? AND start_ms >= ? ORDER BY start_ms LIMIT 1"));
            q.addBindValue(cameraId);
            q.addBindValue(cursor);
            if (!q.exec() || !q.next())
                break;
            const qint64 start = q.value(0).toLongLong();
            q.finish();
            const QDate date = QDate::fromJulianDay(kJulianDayOfEpoch + floorDiv(start, kDayMs));
            cursor = dayStartMs(date) + kDayMs;
            if (visitedDays.contains(cameraId + QLatin1Char('/') + date.toString(Qt::ISODate)))
                continue;
            if (!recoverDay(cameraId, date, {}, probe, &report)) {
                report.error = m_d->db.lastError().text();
                return report;
            }
        }
        q.finish();
    }
    report.ok = true;
    qCDebug(lcSegmentIndex) << "index recovered:" << report.trimmed << "trimmed," << report.adopted
                            << "adopted," << report.removedRows << "rows without a file removed,"
                            << report.unplayable.size() << "files that do not play";
    return report;
}

bool SegmentIndex::applyLockFile(const QString &cameraId, RecoveryReport *report)
{
    const std::optional<QSet<qint64>> lockedStarts =
        EvidenceLockFile::read(QDir(m_rootPath).filePath(cameraId));
    if (!lockedStarts) {
        qCWarning(lcSegmentIndex) << "the evidence lock file of" << cameraId
                                  << "cannot be read; its locks stay as the index has them";
        return true;
    }
    if (lockedStarts->isEmpty())
        return true;
    Transaction tx(m_d->db);
    QSqlQuery q(m_d->db);
    q.prepare(QStringLiteral("UPDATE segments INDEXED BY segments_camera_start SET locked = 1"
                             " WHERE camera_id = ? AND start_ms = ? AND locked = 0"));
    for (const qint64 start : *lockedStarts) {
        q.bindValue(0, cameraId);
        q.bindValue(1, start);
        if (!q.exec())
            return false;
        report->relocked += q.numRowsAffected();
    }
    q.finish();
    return tx.commit();
}

bool SegmentIndex::recoverDay(const QString &cameraId, QDate day, const QStringList &fileNames,
                              const SegmentProber &probe, RecoveryReport *report)
{
    const QString dayName = day.toString(Qt::ISODate);
    const QString dayDir = QDir(m_rootPath).filePath(cameraId + QLatin1Char('/') + dayName);
    QHash<qint64, QString> files; // start -> file name
    for (const QString &name : fileNames) {
        const auto parsed =
            parseRelativePath(cameraId + QLatin1Char('/') + dayName + QLatin1Char('/') + name);
        if (parsed)
            files.insert(parsed->second, name);
    }
    const qint64 dayStart = dayStartMs(day);
    QVector<Segment> rows; // id, start, end and state only: a day holds 1440 rows per camera
    {
        QSqlQuery q(m_d->db);
        q.setForwardOnly(true);
        q.prepare(
            QStringLiteral("SELECT id, start_ms, end_ms, state FROM segments INDEXED BY segments_camera_start"
                           " WHERE camera_id = ? AND start_ms >= ? AND start_ms < ?"));
        q.addBindValue(cameraId);
        q.addBindValue(dayStart);
        q.addBindValue(dayStart + kDayMs);
        if (!q.exec())
            return false;
        while (q.next()) {
            Segment s;
            s.id = q.value(0).toLongLong();
            s.startUtcMs = q.value(1).toLongLong();
            s.endUtcMs = q.value(2).toLongLong();
            s.state = stateFromInt(q.value(3).toInt());
            rows.push_back(s);
        }
    }
    QVector<Segment> gone;
    QVector<std::pair<Segment, Segment>> trims; // before, after
    QSet<qint64> indexed;
    for (const Segment &light : rows) {
        if (!files.contains(light.startUtcMs) || indexed.contains(light.startUtcMs)) {
            gone.push_back(light); // no file, or a second row for the same file
            continue;
        }
        indexed.insert(light.startUtcMs);
        if (light.state == Segment::State::Complete)
            continue;
        const std::optional<Segment> full = segment(light.id);
        if (!full)
            return false;
        const Segment &row = *full;
        Segment after = row;
        const QString path = QDir(dayDir).filePath(files.value(row.startUtcMs));
        const std::optional<SegmentProbe> probed = probe(path);
        after.endUtcMs = row.startUtcMs + (probed ? std::max<qint64>(probed->durationMs, 0) : 0);
        after.bytes = QFileInfo(path).size();
        if (probed && !probed->codec.isEmpty())
            after.codec = probed->codec;
        if (probed && probed->resolution.isValid())
            after.resolution = probed->resolution;
        after.state = Segment::State::Complete;
        if (!probed)
            report->unplayable.push_back(row.relativePath);
        trims.push_back({row, after});
    }
    QVector<Segment> adopted;
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        if (indexed.contains(it.key()))
            continue;
        const QString path = QDir(dayDir).filePath(it.value());
        const std::optional<SegmentProbe> probed = probe(path);
        Segment s;
        s.cameraId = cameraId;
        s.startUtcMs = it.key();
        s.endUtcMs = it.key() + (probed ? std::max<qint64>(probed->durationMs, 0) : 0);
        s.bytes = QFileInfo(path).size();
        s.codec = probed ? probed->codec : QString();
        s.resolution = probed ? probed->resolution : QSize();
        s.state = Segment::State::Complete;
        if (!probed)
            report->unplayable.push_back(relativePathFor(cameraId, s.startUtcMs));
        adopted.push_back(s);
    }
    if (gone.isEmpty() && trims.isEmpty() && adopted.isEmpty())
        return true;

    Transaction tx(m_d->db);
    QSqlQuery q(m_d->db);
    // What shrank (rows gone, rows trimmed shorter) is recomputed; what grew (rows trimmed longer,
    // files adopted) is merged in, which costs no scan of the rows already there.
    qint64 shrunkStart = std::numeric_limits<qint64>::max();
    qint64 shrunkEnd = std::numeric_limits<qint64>::min();
    auto shrunk = [&](const Segment &s) {
        shrunkStart = std::min(shrunkStart, s.startUtcMs);
        shrunkEnd = std::max(shrunkEnd, std::max(s.startUtcMs, s.endUtcMs));
    };
    QVector<TimeRange> grown;
    q.prepare(QStringLiteral("DELETE FROM segments WHERE id = ?"));
    for (const Segment &row : gone) {
        q.bindValue(0, row.id);
        if (!q.exec())
            return false;
        shrunk(row);
    }
    q.prepare(QStringLiteral("UPDATE segments SET end_ms = ?, bytes = ?, codec = ?, width = ?, height = ?,"
                             " state = ? WHERE id = ?"));
    for (const auto &[before, after] : trims) {
        q.bindValue(0, after.endUtcMs);
        q.bindValue(1, after.bytes);
        q.bindValue(2, text(after.codec));
        q.bindValue(3, after.resolution.width());
        q.bindValue(4, after.resolution.height());
        q.bindValue(5, stateToInt(after.state));
        q.bindValue(6, after.id);
        if (!q.exec() || !noteDuration(after.durationMs()))
            return false;
        if (after.endUtcMs < before.endUtcMs)
            shrunk(before);
        else
            grown.push_back({after.startUtcMs, after.endUtcMs});
    }
    q.finish();
    if (!adopted.isEmpty()) {
        // addSegments opens its own transaction: insert rows here instead.
        q.prepare(
            QStringLiteral("INSERT INTO segments (camera_id, path, start_ms, end_ms, bytes, codec, width,"
                           " height, state, locked) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)"));
        for (const Segment &s : adopted) {
            q.bindValue(0, s.cameraId);
            q.bindValue(1, relativePathFor(s.cameraId, s.startUtcMs));
            q.bindValue(2, s.startUtcMs);
            q.bindValue(3, s.endUtcMs);
            q.bindValue(4, s.bytes);
            q.bindValue(5, text(s.codec));
            q.bindValue(6, s.resolution.width());
            q.bindValue(7, s.resolution.height());
            q.bindValue(8, stateToInt(s.state));
            if (!q.exec() || !noteDuration(s.durationMs()))
                return false;
            grown.push_back({s.startUtcMs, s.endUtcMs});
        }
        q.finish();
    }
    if (shrunkStart <= shrunkEnd && !rangesRecompute(cameraId, shrunkStart, shrunkEnd))
        return false;
    std::sort(grown.begin(), grown.end(),
              [](const TimeRange &a, const TimeRange &b) { return a.startUtcMs < b.startUtcMs; });
    for (const TimeRange &r : mergeRanges(grown, kStoredMergeGapMs))
        if (!rangesAdd(cameraId, r.startUtcMs, r.endUtcMs))
            return false;
    if (!tx.commit())
        return false;
    report->removedRows += gone.size();
    report->trimmed += trims.size();
    report->adopted += adopted.size();
    return true;
}

// ---- archive layout ---------------------------------------------------------------------------

bool SegmentIndex::isValidCameraId(const QString &cameraId)
{
    if (cameraId.isEmpty() || cameraId.size() > 200 || cameraId.startsWith(QLatin1Char('.')) ||
        cameraId.startsWith(kIndexFileName))
        return false;
    for (const QChar c : cameraId)
        if (c == QLatin1Char('/') || c == QLatin1Char('\\') || c.unicode() < 0x20 || c.unicode() == 0x7f)
            return false;
    return true;
}

QString SegmentIndex::relativePathFor(const QString &cameraId, qint64 startUtcMs)
{
    if (!isValidCameraId(cameraId))
        return {};
    return cameraId + QLatin1Char('/') + dayFolder(startUtcMs) + QLatin1Char('/') +
           QString::number(startUtcMs) + kSegmentSuffix;
}

std::optional<std::pair<QString, qint64>> SegmentIndex::parseRelativePath(const QString &relativePath)
{
    const QStringList parts = relativePath.split(QLatin1Char('/'));
    if (parts.size() != 3 || !parts[2].endsWith(kSegmentSuffix))
        return std::nullopt;
    const QString stem = parts[2].chopped(kSegmentSuffix.size());
    if (stem.isEmpty() || !std::all_of(stem.begin(), stem.end(), [](QChar c) { return c.isDigit(); }))
        return std::nullopt;
    bool ok = false;
    const qint64 startUtcMs = stem.toLongLong(&ok);
    if (!ok || relativePathFor(parts[0], startUtcMs) != relativePath)
        return std::nullopt; // invalid id, leading zeros, or a day folder that is not the start's
    return std::make_pair(parts[0], startUtcMs);
}

} // namespace pantau::recording
