#include "core/storage/SqliteFile.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace pantau::storage {
namespace {

bool setAside(QSqlDatabase &db, const QString &path, const SqliteSchema &schema, QString *setAsidePath,
              QString *error)
{
    db.close();
    const QString target = path + QStringLiteral(".corrupt-") +
                           QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddTHHmmsszzz"));
    if (!QFile::rename(path, target)) {
        if (error)
            *error = QStringLiteral("cannot move the bad %1 %2 aside").arg(schema.what, path);
        return false;
    }
    for (const char *suffix : {"-wal", "-shm"}) {
        const QString from = path + QLatin1String(suffix);
        if (QFile::exists(from) && !QFile::rename(from, target + QLatin1String(suffix)))
            QFile::remove(from); // a journal of a file set aside is of no use to the new one
    }
    if (setAsidePath)
        *setAsidePath = target;
    return true;
}

} // namespace

bool holdsSchema(QSqlDatabase &db, const SqliteSchema &schema, QString *error)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
        *error = q.lastError().text();
        return false;
    }
    const int version = q.value(0).toInt();
    q.finish();
    if (!q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"))) {
        *error = q.lastError().text();
        return false;
    }
    QSet<QString> tables;
    while (q.next())
        tables.insert(q.value(0).toString());
    if (version == 0 && tables.isEmpty())
        return true; // an empty SQLite file: the schema is created next
    bool allTables = true;
    for (const QString &table : schema.tables)
        allTables = allTables && tables.contains(table);
    if (version != schema.version || !allTables) {
        *error = QStringLiteral("schema version %1, not %2").arg(version).arg(schema.version);
        return false;
    }
    return true;
}

bool openSqliteFile(QSqlDatabase &db, const QString &connectionName, const QString &path,
                    const SqliteSchema &schema, const QLoggingCategory &category, QString *setAsidePath,
                    QString *error)
{
    if (!db.isValid()) {
        db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
        if (!db.isValid()) {
            if (error)
                *error = QStringLiteral("the QSQLITE driver is missing (Debian: libqt6sql6-sqlite)");
            return false;
        }
        db.setDatabaseName(path);
    }
    const bool existed = QFileInfo(path).size() > 0;
    QString why;
    bool good = db.open();
    if (good && existed)
        good = holdsSchema(db, schema, &why);
    else if (!good)
        why = db.lastError().text();
    if (good)
        return true;
    if (!existed) {
        if (error)
            *error = why;
        return false;
    }
    qCWarning(category) << schema.what << path << "is not usable (" << why << "): set aside, starting afresh";
    if (!setAside(db, path, schema, setAsidePath, error))
        return false;
    if (!db.open()) {
        if (error)
            *error = db.lastError().text();
        return false;
    }
    return true;
}

} // namespace pantau::storage
