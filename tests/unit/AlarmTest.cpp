// The alarm over a real event store, with a fake sound: tones, repeats, mutes, flashing tiles.
#include "CatchQt.h"
#include "FakeAlarmSound.h"
#include "Wait.h"

#include "core/events/Alarm.h"

#include <QDateTime>
#include <QTemporaryDir>

using namespace pantau;
using namespace pantau::events;
using namespace pantau::test;

namespace {
Event newEvent(const QString &cameraId, EventKind kind)
{
    Event e;
    e.cameraId = cameraId;
    e.kind = kind;
    e.startUtcMs = QDateTime::currentMSecsSinceEpoch();
    return e;
}

AlarmPolicy fastRepeat()
{
    AlarmConfig config;
    config.repeatIntervalMs = 100; // checked every 250 ms
    return AlarmPolicy(config);
}
} // namespace

TEST_CASE("An alarm asks for its sound and a repeating one stops on acknowledge")
{
    QTemporaryDir dir;
    EventStore store(dir.path());
    REQUIRE(store.open());
    FakeAlarmSound sound;
    Alarm alarm(&store, &sound, fastRepeat());
    int flashing = 0;
    QObject::connect(&alarm, &Alarm::flashingCamerasChanged, [&] { ++flashing; });

    const qint64 id = store.add(newEvent(QStringLiteral("cam-1"), EventKind::CameraOffline));
    REQUIRE(sound.played == QVector<AlarmTone>{AlarmTone::High});
    CHECK(alarm.isRepeating());
    CHECK(alarm.flashingCameras() == QStringList{QStringLiteral("cam-1")});
    CHECK(flashing == 1);
    REQUIRE(waitUntil([&] { return sound.count(AlarmTone::High) >= 3; }, kReactionBoundMs));

    // Back online but unanswered: the tile stops flashing, the tone goes on.
    store.end(id, QDateTime::currentMSecsSinceEpoch());
    CHECK(alarm.flashingCameras().isEmpty());
    const int before = sound.count(AlarmTone::High);
    REQUIRE(waitUntil([&] { return sound.count(AlarmTone::High) > before; }, kReactionBoundMs));

    const int stopsBefore = sound.stops;
    store.acknowledge(id, QStringLiteral("Sari"), QDateTime::currentMSecsSinceEpoch(), QString());
    CHECK_FALSE(alarm.isRepeating());
    CHECK(sound.stops == stopsBefore + 1);
    CHECK(alarm.pending().isEmpty());
}

TEST_CASE("A medium event sounds once and a low one not at all")
{
    QTemporaryDir dir;
    EventStore store(dir.path());
    REQUIRE(store.open());
    FakeAlarmSound sound;
    Alarm alarm(&store, &sound, fastRepeat());
    store.add(newEvent(QStringLiteral("cam-2"), EventKind::Motion));
    store.add(newEvent(QStringLiteral("cam-3"), EventKind::RecordingStopped));
    CHECK(sound.played == QVector<AlarmTone>{AlarmTone::Medium});
    CHECK_FALSE(alarm.isRepeating());
    CHECK(alarm.flashingCameras() == QStringList{QStringLiteral("cam-2")});
}

TEST_CASE("A muted alarm is silent but its tiles still flash")
{
    QTemporaryDir dir;
    EventStore store(dir.path());
    REQUIRE(store.open());
    FakeAlarmSound sound;
    Alarm alarm(&store, &sound, fastRepeat());
    int muted = 0;
    QObject::connect(&alarm, &Alarm::mutedChanged, [&] { ++muted; });
    alarm.mute(AlarmPolicy::kShortMuteMinutes);
    CHECK(alarm.isMuted());
    CHECK(muted == 1);
    CHECK(alarm.mutedUntilUtcMs() - QDateTime::currentMSecsSinceEpoch() > 4 * 60'000);
    store.add(newEvent(QStringLiteral("cam-1"), EventKind::TamperCovered));
    CHECK(sound.played.isEmpty());
    CHECK(alarm.flashingCameras() == QStringList{QStringLiteral("cam-1")});
    alarm.unmute();
    CHECK_FALSE(alarm.isMuted());
    REQUIRE(waitUntil([&] { return sound.count(AlarmTone::High) >= 1; }, kReactionBoundMs));
}

TEST_CASE("An alarm takes up the active unanswered events of the last run")
{
    QTemporaryDir dir;
    {
        EventStore store(dir.path());
        REQUIRE(store.open());
        store.add(newEvent(QStringLiteral("cam-7"), EventKind::CameraOffline));
    }
    EventStore store(dir.path());
    REQUIRE(store.open());
    FakeAlarmSound sound;
    Alarm alarm(&store, &sound, fastRepeat());
    CHECK(alarm.flashingCameras() == QStringList{QStringLiteral("cam-7")});
    CHECK(alarm.isRepeating());
}
