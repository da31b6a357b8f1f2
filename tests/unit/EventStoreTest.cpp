// The event store: add, end, acknowledge, filters, retention, a restart and a corrupt file.
#include "CatchQt.h"

#include "core/events/EventKinds.h"
#include "core/events/EventStore.h"

#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace pantau::events;

namespace {
constexpr qint64 kMinute = 60'000;
constexpr qint64 kDay = 86'400'000;
constexpr qint64 kT0 = 1'789'999'980'000LL; // 2026-09-21

Event makeEvent(const QString &cameraId, EventKind kind, qint64 startUtcMs, qint64 endUtcMs = 0)
{
    Event e;
    e.cameraId = cameraId;
    e.kind = kind;
    e.startUtcMs = startUtcMs;
    e.endUtcMs = endUtcMs;
    e.box = QRectF(0.25, 0.5, 0.125, 0.25);
    e.detail = QStringLiteral("test");
    return e;
}

QVector<qint64> idsOf(const QVector<Event> &events)
{
    QVector<qint64> ids;
    for (const Event &e : events)
        ids << e.id;
    return ids;
}
} // namespace

TEST_CASE("An event is stored with its box, detail and snapshot as a JPEG beside the database")
{
    QTemporaryDir dir;
    EventStore store(dir.path());
    REQUIRE(store.open());
    CHECK(store.journalMode() == QStringLiteral("wal"));
    QImage snapshot(64, 36, QImage::Format_RGB32);
    snapshot.fill(Qt::darkGreen);
    int added = 0;
    QObject::connect(&store, &EventStore::eventAdded, [&] { ++added; });
    QVector<QStringList> changed;
    QObject::connect(&store, &EventSource::eventsChanged, [&](const QStringList &ids) { changed << ids; });
    const qint64 id = store.add(makeEvent(QStringLiteral("cam-1"), EventKind::Motion, kT0), snapshot);
    REQUIRE(id > 0);
    CHECK(added == 1);
    REQUIRE(changed.size() == 1);
    CHECK(changed.at(0) == QStringList{QStringLiteral("cam-1")});
    const std::optional<Event> stored = store.event(id);
    REQUIRE(stored);
    CHECK(stored->id == id);
    CHECK(stored->kind == EventKind::Motion);
    CHECK(stored->box == QRectF(0.25, 0.5, 0.125, 0.25));
    CHECK(stored->detail == QStringLiteral("test"));
    CHECK(stored->isActive());
    CHECK_FALSE(stored->isAcknowledged());
    REQUIRE_FALSE(stored->snapshotPath.isEmpty());
    CHECK(stored->snapshotPath.startsWith(dir.path()));
    CHECK(stored->snapshotPath.endsWith(QStringLiteral(".jpg")));
    const QImage back(stored->snapshotPath);
    CHECK(back.size() == QSize(64, 36));
}

TEST_CASE("An event without a camera or a kind is refused")
{
    QTemporaryDir dir;
    EventStore store(dir.path());
    REQUIRE(store.open());
    CHECK(store.add(makeEvent(QString(), EventKind::Motion, kT0)) == 0);
    CHECK(store.add(makeEvent(QStringLiteral("cam-1"), EventKind::Invalid, kT0)) == 0);
    CHECK(store.count() == 0);
}

TEST_CASE("An acknowledged event stays acknowledged after the store is reopened")
{
    QTemporaryDir dir;
    qint64 id = 0;
    {
        EventStore store(dir.path());
        REQUIRE(store.open());
        id = store.add(makeEvent(QStringLiteral("cam-1"), EventKind::CameraOffline, kT0));
        REQUIRE(id > 0);
        int acknowledged = 0;
        QObject::connect(&store, &EventStore::eventAcknowledged, [&] { ++acknowledged; });
        CHECK(
            store.acknowledge(id, QStringLiteral("Sari"), kT0 + kMinute, QStringLiteral("Petugas dikirim")));
        CHECK(acknowledged == 1);
        // The first acknowledgement stays.
        CHECK_FALSE(
            store.acknowledge(id, QStringLiteral("Budi"), kT0 + 2 * kMinute, QStringLiteral("again")));
    }
    EventStore reopened(dir.path()); // Pantau restarted
    REQUIRE(reopened.open());
    CHECK(reopened.setAsidePath().isEmpty());
    const std::optional<Event> e = reopened.event(id);
    REQUIRE(e);
    CHECK(e->isAcknowledged());
    CHECK(e->acknowledgedUtcMs == kT0 + kMinute);
    CHECK(e->acknowledgedBy == QStringLiteral("Sari"));
    CHECK(e->acknowledgeNote == QStringLiteral("Petugas dikirim"));
    EventFilter unacknowledged;
    unacknowledged.unacknowledgedOnly = true;
    CHECK(reopened.query(unacknowledged).isEmpty());
}

TEST_CASE("An event ends once and stays active until then")
{
    QTemporaryDir dir;
    EventStore store(dir.path());
    REQUIRE(store.open());
    const qint64 id = store.add(makeEvent(QStringLiteral("cam-1"), EventKind::CameraOffline, kT0));
    CHECK(store.activeEvents(EventKind::CameraOffline).size() == 1);
    int ended = 0;
    QObject::connect(&store, &EventStore::eventEnded, [&] { ++ended; });
    CHECK(store.end(id, kT0 + kMinute));
    CHECK(ended == 1);
    CHECK_FALSE(store.end(id, kT0 + 2 * kMinute));
    CHECK(store.event(id)->endUtcMs == kT0 + kMinute);
    CHECK(store.activeEvents(EventKind::CameraOffline).isEmpty());
}

TEST_CASE("The event query filters by kind, camera, time and acknowledgement, newest first")
{
    QTemporaryDir dir;
    EventStore store(dir.path());
    REQUIRE(store.open());
    const QString a = QStringLiteral("cam-a"), b = QStringLiteral("cam-b"), c = QStringLiteral("cam-c");
    const qint64 motionA = store.add(makeEvent(a, EventKind::Motion, kT0, kT0 + kMinute));
    const qint64 offlineB = store.add(makeEvent(b, EventKind::CameraOffline, kT0 + 10 * kMinute));
    const qint64 coveredC =
        store.add(makeEvent(c, EventKind::TamperCovered, kT0 + 20 * kMinute, kT0 + 21 * kMinute));
    const qint64 motionB = store.add(makeEvent(b, EventKind::Motion, kT0 + 30 * kMinute, kT0 + 31 * kMinute));
    store.acknowledge(coveredC, QStringLiteral("Sari"), kT0 + 22 * kMinute, QString());

    CHECK(idsOf(store.query({})) == QVector<qint64>{motionB, coveredC, offlineB, motionA});

    EventFilter kinds;
    kinds.kinds = {EventKind::Motion};
    CHECK(idsOf(store.query(kinds)) == QVector<qint64>{motionB, motionA});

    EventFilter area; // a kecamatan: the cameras in it
    area.cameraIds = {b, c};
    area.restrictCameras = true;
    CHECK(idsOf(store.query(area)) == QVector<qint64>{motionB, coveredC, offlineB});
    EventFilter emptyArea;
    emptyArea.restrictCameras = true;
    CHECK(store.query(emptyArea).isEmpty());

    EventFilter window; // overlapping [T0+15, T0+25): the active offline event and the covered one
    window.fromUtcMs = kT0 + 15 * kMinute;
    window.toUtcMs = kT0 + 25 * kMinute;
    CHECK(idsOf(store.query(window)) == QVector<qint64>{coveredC, offlineB});

    EventFilter open;
    open.unacknowledgedOnly = true;
    CHECK(idsOf(store.query(open)) == QVector<qint64>{motionB, offlineB, motionA});

    EventFilter limited;
    limited.limit = 2;
    CHECK(idsOf(store.query(limited)) == QVector<qint64>{motionB, coveredC});

    // The playback timeline's question: oldest first, only these cameras.
    CHECK(idsOf(store.events({a, b}, kT0, kT0 + 60 * kMinute)) ==
          QVector<qint64>{motionA, offlineB, motionB});
    CHECK(idsOf(store.events({a}, kT0 + 2 * kMinute, kT0 + 60 * kMinute)).isEmpty());
}

TEST_CASE("Retention removes events that ended over the kept days, with their snapshots")
{
    QTemporaryDir dir;
    EventStore store(dir.path());
    REQUIRE(store.open());
    QImage snapshot(16, 16, QImage::Format_RGB32);
    snapshot.fill(Qt::red);
    const qint64 now = kT0 + 40 * kDay;
    const qint64 old =
        store.add(makeEvent(QStringLiteral("cam-1"), EventKind::Motion, kT0, kT0 + kMinute), snapshot);
    const qint64 oldActive = store.add(makeEvent(QStringLiteral("cam-1"), EventKind::CameraOffline, kT0));
    const qint64 recent =
        store.add(makeEvent(QStringLiteral("cam-2"), EventKind::Motion, now - kDay, now - kDay + 1));
    const QString oldSnapshot = store.event(old)->snapshotPath;
    REQUIRE(QFile::exists(oldSnapshot));
    QVector<QStringList> changed;
    QObject::connect(&store, &EventSource::eventsChanged, [&](const QStringList &ids) { changed << ids; });

    CHECK(store.removeExpired(now, 30) == 1);
    CHECK_FALSE(store.event(old));
    CHECK_FALSE(QFile::exists(oldSnapshot));
    CHECK(store.event(oldActive)); // still lasting: never removed
    CHECK(store.event(recent));
    REQUIRE(changed.size() == 1);
    CHECK(changed.at(0) == QStringList{QStringLiteral("cam-1")});
    CHECK(store.removeExpired(now, 30) == 0);
    CHECK(store.removeExpired(now, 0) == 0); // 0 days: keep everything
    CHECK(store.count() == 2);
}

TEST_CASE("A corrupt event database is set aside and an empty store starts")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("events.sqlite"));
    {
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'x')); // not SQLite
    }
    EventStore store(dir.path());
    QString error;
    REQUIRE(store.open(&error));
    CHECK(error.isEmpty());
    REQUIRE_FALSE(store.setAsidePath().isEmpty());
    CHECK(store.setAsidePath().startsWith(path + QStringLiteral(".corrupt-")));
    CHECK(QFileInfo(store.setAsidePath()).size() == 4096); // kept, never deleted
    CHECK(store.count() == 0);
    CHECK(store.add(makeEvent(QStringLiteral("cam-1"), EventKind::Motion, kT0)) > 0);
    CHECK(store.count() == 1);
}

TEST_CASE("An event database of another schema version is set aside")
{
    QTemporaryDir dir;
    {
        EventStore store(dir.path());
        REQUIRE(store.open());
        store.add(makeEvent(QStringLiteral("cam-1"), EventKind::Motion, kT0));
    }
    {
        // A later Pantau's store: another schema version.
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bump"));
        db.setDatabaseName(dir.filePath(QStringLiteral("events.sqlite")));
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("PRAGMA user_version = 99")));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bump"));
    EventStore store(dir.path());
    REQUIRE(store.open());
    CHECK_FALSE(store.setAsidePath().isEmpty());
    CHECK(store.count() == 0);
}

TEST_CASE("Event kinds keep their stored names")
{
    for (EventKind kind : allEventKinds()) {
        CHECK_FALSE(eventKindKey(kind).isEmpty());
        CHECK(eventKindFromKey(eventKindKey(kind)) == kind);
    }
    CHECK(eventKindKey(EventKind::CameraOffline) == QStringLiteral("camera-offline"));
    CHECK(eventKindFromKey(QStringLiteral("unknown")) == EventKind::Invalid);
}
