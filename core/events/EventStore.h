#pragma once
// The site's events in SQLite (Qt SQL, QSQLITE, WAL, synchronous=NORMAL): add, end, acknowledge
// with a note, query with filters, remove by days (EventRetention). Snapshots are JPEG files
// beside the database (<folder>/snapshots/<YYYY-MM-DD UTC>/<id>.jpg), removed with their event.
//
// open() sets a corrupt file, a file that is not SQLite or one of another schema version aside
// (events.sqlite.corrupt-<time>, never deleted) and starts an empty store; setAsidePath() says
// where it went, so the application can tell the operator.
//
// Implements EventSource for the playback timeline and the events panel. Every change emits
// eventsChanged(cameraIds) and one of eventAdded / eventEnded / eventAcknowledged.
//
// Threads: owner thread only (the GUI thread in Pantau). Each instance has its own uniquely named
// Qt SQL connection, removed in the destructor.
#include "core/events/EventFilter.h"
#include "core/events/EventSource.h"

#include <QImage>

#include <memory>
#include <optional>

namespace pantau::events {

class EventStore : public EventSource
{
    Q_OBJECT
public:
    static constexpr int kSchemaVersion = 1;
    static constexpr int kSnapshotQuality = 80;

    // The database is <folder>/events.sqlite.
    explicit EventStore(QString folder, QObject *parent = nullptr);
    ~EventStore() override;

    QString folder() const { return m_folder; }
    QString databasePath() const;
    // false only when no store can be opened at all (unwritable folder, no QSQLITE driver).
    bool open(QString *error = nullptr);
    bool isOpen() const;
    QString setAsidePath() const { return m_setAsidePath; } // empty unless open() set a file aside
    QString journalMode();

    // Stores the event (its id, snapshotPath and acknowledgement are ignored) and the snapshot,
    // if any, as a JPEG. Returns the new id, 0 when the event has no camera or kind, or on a failed
    // write.
    qint64 add(const Event &event, const QImage &snapshot = QImage());
    // Ends an active event; false when unknown or already ended.
    bool end(qint64 id, qint64 endUtcMs);
    // false when unknown or already acknowledged (the first acknowledgement stays).
    bool acknowledge(qint64 id, const QString &by, qint64 atUtcMs, const QString &note);

    std::optional<Event> event(qint64 id) const;
    // Newest first (by start, then id).
    QVector<Event> query(const EventFilter &filter) const;
    // Events of this kind that still last, of every camera (the feeder adopts them after a restart).
    QVector<Event> activeEvents(EventKind kind) const;
    qint64 count() const;

    // EventSource: oldest first.
    QVector<Event> events(const QStringList &cameraIds, qint64 fromUtcMs, qint64 toUtcMs) const override;

    // Removes what EventRetention says has expired, with its snapshot. Returns how many, -1 on a
    // failed write.
    int removeExpired(qint64 nowUtcMs, int keepDays);

Q_SIGNALS:
    void eventAdded(const pantau::events::Event &event);
    void eventEnded(const pantau::events::Event &event);
    void eventAcknowledged(const pantau::events::Event &event);

private:
    bool createSchema(QString *error);
    QString saveSnapshot(qint64 id, qint64 startUtcMs, const QImage &snapshot); // relative path
    QString absolute(const QString &relativePath) const;
    void changed(const Event &event);

    QString m_folder;
    QString m_connectionName;
    struct Connection; // the QSqlDatabase: QtSql stays out of this header
    std::unique_ptr<Connection> m_d;
    QString m_setAsidePath;
};

} // namespace pantau::events
