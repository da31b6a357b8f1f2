#pragma once
// Opening a SQLite file that must hold one of Pantau's schemas (the footage index, the event
// store): a file that does not open or holds something else is set aside as
// "<file>.corrupt-<time>" (never deleted, its -wal/-shm with it) and an empty file takes its
// place. The caller creates its schema afterwards. Threads: the database connection's thread.
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace pantau::storage {

struct SqliteSchema
{
    int version = 0;    // PRAGMA user_version
    QStringList tables; // every one must be there
    QString what;       // "index", "event store": for the messages
};

// Opens `db` (added as `connectionName` with the QSQLITE driver on first use) on `path`. Sets
// *setAsidePath when it had to set the file aside. False with *error when nothing usable opened.
bool openSqliteFile(QSqlDatabase &db, const QString &connectionName, const QString &path,
                    const SqliteSchema &schema, const QLoggingCategory &category, QString *setAsidePath,
                    QString *error);

// True when `db` holds `schema`, or is an empty SQLite file (no tables, version 0).
bool holdsSchema(QSqlDatabase &db, const SqliteSchema &schema, QString *error);

} // namespace pantau::storage
