#include "core/events/EventStore.h"

#include "core/Log.h"
#include "core/events/EventKinds.h"
#include "core/events/EventRetention.h"
#include "core/storage/SqliteFile.h"

#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <atomic>

namespace pantau::events {

namespace {
const QString kDatabaseFileName = QStringLiteral("events.sqlite");
const QString kColumns = QStringLiteral("id, camera_id, kind, start_ms, end_ms, box_x, box_y, box_w, box_h, "
                                        "snapshot, detail, ack_ms, ack_by, ack_note");
std::atomic<int> g_connectionCounter{0};

// Qt binds a null QString as SQL NULL; the text columns are NOT NULL.
QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

QString placeholders(int count)
{
    QStringList marks;
    for (int i = 0; i < count; ++i)
        marks << QStringLiteral("?");
    return marks.join(QLatin1Char(','));
}
} // namespace

struct EventStore::Connection
{
    QSqlDatabase db;
};

EventStore::EventStore(QString folder, QObject *parent)
    : EventSource(parent), m_folder(std::move(folder)),
      m_connectionName(QStringLiteral("pantau-event-store-%1").arg(g_connectionCounter.fetch_add(1))),
      m_d(std::make_unique<Connection>())
{
}

EventStore::~EventStore()
{
    if (m_d->db.isValid())
        m_d->db.close();
    m_d->db = QSqlDatabase();
    if (QSqlDatabase::contains(m_connectionName))
        QSqlDatabase::removeDatabase(m_connectionName);
}

QString EventStore::databasePath() const
{
    return QDir(m_folder).filePath(kDatabaseFileName);
}

bool EventStore::isOpen() const
{
    return m_d->db.isValid() && m_d->db.isOpen();
}

bool EventStore::open(QString *error)
{
    if (!QDir().mkpath(m_folder)) {
        if (error)
            *error = QStringLiteral("cannot create the events folder %1").arg(m_folder);
        return false;
    }
    const storage::SqliteSchema schema{
        kSchemaVersion, {QStringLiteral("events")}, QStringLiteral("event store")};
    if (!storage::openSqliteFile(m_d->db, m_connectionName, databasePath(), schema, lcEvents(),
                                 &m_setAsidePath, error))
        return false;
    return createSchema(error);
}

bool EventStore::createSchema(QString *error)
{
    const QStringList statements = {
        QStringLiteral("PRAGMA journal_mode = WAL"),
        QStringLiteral("PRAGMA synchronous = NORMAL"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS events ("
                       " id INTEGER PRIMARY KEY AUTOINCREMENT, camera_id TEXT NOT NULL, kind TEXT NOT NULL,"
                       " start_ms INTEGER NOT NULL, end_ms INTEGER NOT NULL DEFAULT 0,"
                       " box_x REAL NOT NULL DEFAULT 0, box_y REAL NOT NULL DEFAULT 0,"
                       " box_w REAL NOT NULL DEFAULT 0, box_h REAL NOT NULL DEFAULT 0,"
                       " snapshot TEXT NOT NULL DEFAULT '', detail TEXT NOT NULL DEFAULT '',"
                       " ack_ms INTEGER NOT NULL DEFAULT 0, ack_by TEXT NOT NULL DEFAULT '',"
                       " ack_note TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS events_start ON events (start_ms)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS events_camera_start ON events (camera_id, start_ms)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS events_end ON events (end_ms)"),
        QStringLiteral("PRAGMA user_version = %1").arg(kSchemaVersion),
    };
    for (const QString &sql : statements) {
        QSqlQuery q(m_d->db);
        if (!q.exec(sql)) {
            if (error)
                *error = q.lastError().text();
            qCWarning(lcEvents) << "event store:" << sql.left(60) << q.lastError().text();
            return false;
        }
    }
    return true;
}

QString EventStore::journalMode()
{
    QSqlQuery q(m_d->db);
    if (!q.exec(QStringLiteral("PRAGMA journal_mode")) || !q.next())
        return {};
    return q.value(0).toString();
}

QString EventStore::absolute(const QString &relativePath) const
{
    return relativePath.isEmpty() ? QString() : QDir(m_folder).filePath(relativePath);
}

namespace {
Event readRow(const QSqlQuery &q)
{
    Event e;
    e.id = q.value(0).toLongLong();
    e.cameraId = q.value(1).toString();
    e.kind = eventKindFromKey(q.value(2).toString());
    e.startUtcMs = q.value(3).toLongLong();
    e.endUtcMs = q.value(4).toLongLong();
    e.box =
        QRectF(q.value(5).toDouble(), q.value(6).toDouble(), q.value(7).toDouble(), q.value(8).toDouble());
    e.snapshotPath = q.value(9).toString(); // relative here: made absolute by the caller
    e.detail = q.value(10).toString();
    e.acknowledgedUtcMs = q.value(11).toLongLong();
    e.acknowledgedBy = q.value(12).toString();
    e.acknowledgeNote = q.value(13).toString();
    return e;
}
} // namespace

QString EventStore::saveSnapshot(qint64 id, qint64 startUtcMs, const QImage &snapshot)
{
    const QString day = QDateTime::fromMSecsSinceEpoch(startUtcMs, Qt::UTC).date().toString(Qt::ISODate);
    const QString relative = QStringLiteral("snapshots/%1/%2.jpg").arg(day).arg(id);
    const QString path = absolute(relative);
    if (!QDir().mkpath(QFileInfo(path).absolutePath()) || !snapshot.save(path, "JPEG", kSnapshotQuality)) {
        qCWarning(lcEvents) << "event" << id << ": the snapshot could not be written to" << path;
        return QString();
    }
    return relative;
}

qint64 EventStore::add(const Event &event, const QImage &snapshot)
{
    if (!isOpen() || event.cameraId.isEmpty() || event.kind == EventKind::Invalid)
        return 0;
    QSqlQuery q(m_d->db);
    q.prepare(QStringLiteral("INSERT INTO events (camera_id, kind, start_ms, end_ms, box_x, box_y, box_w,"
                             " box_h, detail) VALUES (?,?,?,?,?,?,?,?,?)"));
    q.addBindValue(event.cameraId);
    q.addBindValue(eventKindKey(event.kind));
    q.addBindValue(event.startUtcMs);
    q.addBindValue(event.endUtcMs);
    q.addBindValue(event.box.x());
    q.addBindValue(event.box.y());
    q.addBindValue(event.box.width());
    q.addBindValue(event.box.height());
    q.addBindValue(text(event.detail));
    if (!q.exec()) {
        qCWarning(lcEvents) << "event store: add:" << q.lastError().text();
        return 0;
    }
    const qint64 id = q.lastInsertId().toLongLong();
    if (!snapshot.isNull()) {
        const QString relative = saveSnapshot(id, event.startUtcMs, snapshot);
        if (!relative.isEmpty()) {
            QSqlQuery u(m_d->db);
            u.prepare(QStringLiteral("UPDATE events SET snapshot = ? WHERE id = ?"));
            u.addBindValue(relative);
            u.addBindValue(id);
            if (!u.exec())
                qCWarning(lcEvents) << "event store: snapshot path:" << u.lastError().text();
        }
    }
    const std::optional<Event> stored = this->event(id);
    if (!stored)
        return 0;
    qCInfo(lcEvents) << "event" << id << eventKindKey(stored->kind) << "camera" << stored->cameraId
                     << stored->detail;
    Q_EMIT eventAdded(*stored);
    changed(*stored);
    return id;
}

bool EventStore::end(qint64 id, qint64 endUtcMs)
{
    if (!isOpen())
        return false;
    QSqlQuery q(m_d->db);
    q.prepare(QStringLiteral("UPDATE events SET end_ms = ? WHERE id = ? AND end_ms = 0"));
    q.addBindValue(std::max<qint64>(endUtcMs, 1));
    q.addBindValue(id);
    if (!q.exec() || q.numRowsAffected() != 1)
        return false;
    const std::optional<Event> stored = event(id);
    if (!stored)
        return false;
    qCInfo(lcEvents) << "event" << id << "ended";
    Q_EMIT eventEnded(*stored);
    changed(*stored);
    return true;
}

bool EventStore::acknowledge(qint64 id, const QString &by, qint64 atUtcMs, const QString &note)
{
    if (!isOpen())
        return false;
    QSqlQuery q(m_d->db);
    q.prepare(
        QStringLiteral("UPDATE events SET ack_ms = ?, ack_by = ?, ack_note = ? WHERE id = ? AND ack_ms = 0"));
    q.addBindValue(std::max<qint64>(atUtcMs, 1));
    q.addBindValue(text(by));
    q.addBindValue(text(note));
    q.addBindValue(id);
    if (!q.exec() || q.numRowsAffected() != 1)
        return false;
    const std::optional<Event> stored = event(id);
    if (!stored)
        return false;
    qCInfo(lcEvents) << "event" << id << "acknowledged by" << by;
    Q_EMIT eventAcknowledged(*stored);
    changed(*stored);
    return true;
}

void EventStore::changed(const Event &event)
{
    Q_EMIT eventsChanged(QStringList{event.cameraId});
}

std::optional<Event> EventStore::event(qint64 id) const
{
    if (!isOpen())
        return std::nullopt;
    QSqlQuery q(m_d->db);
    q.prepare(QStringLiteral("SELECT %1 FROM events WHERE id = ?").arg(kColumns));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    Event e = readRow(q);
    e.snapshotPath = absolute(e.snapshotPath);
    return e;
}

QVector<Event> EventStore::query(const EventFilter &filter) const
{
    QVector<Event> out;
    if (!isOpen() || (filter.restrictCameras && filter.cameraIds.isEmpty()) || filter.limit <= 0)
        return out;
    QStringList where;
    QVariantList binds;
    if (!filter.kinds.isEmpty()) {
        where << QStringLiteral("kind IN (%1)").arg(placeholders(int(filter.kinds.size())));
        for (EventKind kind : filter.kinds)
            binds << eventKindKey(kind);
    }
    if (filter.restrictCameras) {
        where << QStringLiteral("camera_id IN (%1)").arg(placeholders(int(filter.cameraIds.size())));
        for (const QString &id : filter.cameraIds)
            binds << id;
    }
    where << QStringLiteral("start_ms < ?") << QStringLiteral("(end_ms = 0 OR end_ms >= ?)");
    binds << filter.toUtcMs << filter.fromUtcMs;
    if (filter.unacknowledgedOnly)
        where << QStringLiteral("ack_ms = 0");
    QSqlQuery q(m_d->db);
    q.prepare(QStringLiteral("SELECT %1 FROM events WHERE %2 ORDER BY start_ms DESC, id DESC LIMIT ?")
                  .arg(kColumns, where.join(QStringLiteral(" AND "))));
    for (const QVariant &v : binds)
        q.addBindValue(v);
    q.addBindValue(filter.limit);
    if (!q.exec()) {
        qCWarning(lcEvents) << "event store: query:" << q.lastError().text();
        return out;
    }
    while (q.next()) {
        Event e = readRow(q);
        e.snapshotPath = absolute(e.snapshotPath);
        out.push_back(e);
    }
    return out;
}

QVector<Event> EventStore::activeEvents(EventKind kind) const
{
    QVector<Event> out;
    if (!isOpen())
        return out;
    QSqlQuery q(m_d->db);
    q.prepare(QStringLiteral("SELECT %1 FROM events WHERE kind = ? AND end_ms = 0 ORDER BY start_ms, id")
                  .arg(kColumns));
    q.addBindValue(eventKindKey(kind));
    if (!q.exec())
        return out;
    while (q.next()) {
        Event e = readRow(q);
        e.snapshotPath = absolute(e.snapshotPath);
        out.push_back(e);
    }
    return out;
}

qint64 EventStore::count() const
{
    if (!isOpen())
        return 0;
    QSqlQuery q(m_d->db);
    if (!q.exec(QStringLiteral("SELECT count(*) FROM events")) || !q.next())
        return 0;
    return q.value(0).toLongLong();
}

QVector<Event> EventStore::events(const QStringList &cameraIds, qint64 fromUtcMs, qint64 toUtcMs) const
{
    EventFilter filter;
    filter.cameraIds = cameraIds;
    filter.restrictCameras = true;
    filter.fromUtcMs = fromUtcMs;
    filter.toUtcMs = toUtcMs;
    filter.limit = std::numeric_limits<int>::max();
    QVector<Event> out = query(filter);
    std::reverse(out.begin(), out.end());
    return out;
}

int EventStore::removeExpired(qint64 nowUtcMs, int keepDays)
{
    const std::optional<qint64> cutoff = EventRetention::cutoffUtcMs(nowUtcMs, keepDays);
    if (!isOpen() || !cutoff)
        return isOpen() ? 0 : -1;
    QSqlQuery q(m_d->db);
    q.prepare(QStringLiteral("SELECT %1 FROM events WHERE end_ms != 0 AND end_ms < ?").arg(kColumns));
    q.addBindValue(*cutoff);
    if (!q.exec())
        return -1;
    QVector<Event> expired;
    while (q.next()) {
        Event e = readRow(q);
        if (EventRetention::isExpired(e, nowUtcMs, keepDays))
            expired.push_back(e);
    }
    q.finish();
    if (expired.isEmpty())
        return 0;
    if (!m_d->db.transaction())
        return -1;
    QSqlQuery del(m_d->db);
    del.prepare(QStringLiteral("DELETE FROM events WHERE id = ?"));
    QSet<QString> cameras;
    for (const Event &e : expired) {
        del.addBindValue(e.id);
        if (!del.exec()) {
            m_d->db.rollback();
            return -1;
        }
        cameras.insert(e.cameraId);
    }
    if (!m_d->db.commit()) {
        m_d->db.rollback();
        return -1;
    }
    for (const Event &e : expired)
        if (!e.snapshotPath.isEmpty())
            QFile::remove(absolute(e.snapshotPath));
    qCInfo(lcEvents) << "retention removed" << expired.size() << "events that ended over" << keepDays
                     << "days ago";
    QStringList ids(cameras.begin(), cameras.end());
    ids.sort();
    Q_EMIT eventsChanged(ids);
    return int(expired.size());
}

} // namespace pantau::events
