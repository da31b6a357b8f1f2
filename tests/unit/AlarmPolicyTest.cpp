// AlarmPolicy: priorities, tones, repeats, mutes and flashing tiles.
#include "CatchQt.h"

#include "core/events/AlarmPolicy.h"

using namespace pantau::events;

namespace {
constexpr qint64 kNow = 1'789'999'980'000LL;

Event event(EventKind kind, const QString &cameraId = QStringLiteral("cam-1"), qint64 endUtcMs = 0)
{
    Event e;
    e.id = 1;
    e.cameraId = cameraId;
    e.kind = kind;
    e.startUtcMs = kNow - 1000;
    e.endUtcMs = endUtcMs;
    return e;
}
} // namespace

TEST_CASE("Tamper and offline are high, motion medium, a stopped recording low")
{
    const AlarmPolicy policy;
    CHECK(policy.priorityOf(EventKind::TamperCovered) == EventPriority::High);
    CHECK(policy.priorityOf(EventKind::TamperDefocused) == EventPriority::High);
    CHECK(policy.priorityOf(EventKind::TamperMoved) == EventPriority::High);
    CHECK(policy.priorityOf(EventKind::CameraOffline) == EventPriority::High);
    CHECK(policy.priorityOf(EventKind::Motion) == EventPriority::Medium);
    CHECK(policy.priorityOf(EventKind::RecordingStopped) == EventPriority::Low);
}

TEST_CASE("A kind's priority can be set otherwise")
{
    AlarmConfig config;
    config.priorities.insert(EventKind::Motion, EventPriority::High);
    config.priorities.insert(EventKind::CameraOffline, EventPriority::Low);
    const AlarmPolicy policy(config);
    CHECK(policy.priorityOf(EventKind::Motion) == EventPriority::High);
    CHECK(policy.priorityOf(EventKind::CameraOffline) == EventPriority::Low);
    CHECK(policy.priorityOf(EventKind::TamperMoved) == EventPriority::High);
}

TEST_CASE("A new event plays the tone of its priority, and a low one none")
{
    const AlarmPolicy policy;
    CHECK(policy.toneForNewEvent(event(EventKind::CameraOffline), kNow, 0) == AlarmTone::High);
    CHECK(policy.toneForNewEvent(event(EventKind::Motion), kNow, 0) == AlarmTone::Medium);
    CHECK(policy.toneForNewEvent(event(EventKind::RecordingStopped), kNow, 0) == AlarmTone::None);
}

TEST_CASE("A muted alarm plays no tone until the mute runs out")
{
    const AlarmPolicy policy;
    const qint64 until = AlarmPolicy::muteUntil(kNow, AlarmPolicy::kShortMuteMinutes);
    CHECK(until == kNow + 5 * 60'000);
    CHECK(AlarmPolicy::muteUntil(kNow, AlarmPolicy::kLongMuteMinutes) == kNow + 15 * 60'000);
    CHECK(policy.toneForNewEvent(event(EventKind::TamperCovered), kNow + 1000, until) == AlarmTone::None);
    CHECK(policy.toneForNewEvent(event(EventKind::TamperCovered), until, until) == AlarmTone::High);
    CHECK_FALSE(policy.shouldRepeat({event(EventKind::TamperCovered)}, kNow + 60'000, until, kNow));
}

TEST_CASE("The high tone repeats while a high event is unacknowledged, ended or not")
{
    AlarmConfig config;
    config.repeatIntervalMs = 10'000;
    const AlarmPolicy policy(config);
    Event offline = event(EventKind::CameraOffline);
    CHECK_FALSE(policy.shouldRepeat({offline}, kNow + 9'999, 0, kNow));
    CHECK(policy.shouldRepeat({offline}, kNow + 10'000, 0, kNow));
    offline.endUtcMs = kNow; // back online, but nobody answered
    CHECK(policy.shouldRepeat({offline}, kNow + 10'000, 0, kNow));
    offline.acknowledgedUtcMs = kNow + 5'000;
    CHECK_FALSE(policy.shouldRepeat({offline}, kNow + 10'000, 0, kNow));
    CHECK_FALSE(policy.shouldRepeat({event(EventKind::Motion)}, kNow + 10'000, 0, kNow));
}

TEST_CASE("A tile flashes while its camera has an active unanswered high or medium event")
{
    const AlarmPolicy policy;
    Event answered = event(EventKind::TamperCovered, QStringLiteral("cam-4"));
    answered.acknowledgedUtcMs = kNow;
    const QVector<Event> events{event(EventKind::Motion, QStringLiteral("cam-3")),
                                event(EventKind::CameraOffline, QStringLiteral("cam-1")),
                                event(EventKind::CameraOffline, QStringLiteral("cam-1")),
                                event(EventKind::RecordingStopped, QStringLiteral("cam-2")),
                                event(EventKind::TamperMoved, QStringLiteral("cam-5"), kNow),
                                answered};
    CHECK(policy.flashingCameras(events) == QStringList{QStringLiteral("cam-1"), QStringLiteral("cam-3")});
}
