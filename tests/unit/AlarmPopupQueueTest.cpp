// AlarmPopupQueue: which event the alarm screen shows, one at a time, newest high first.
#include "CatchQt.h"

#include "core/events/AlarmPopupQueue.h"

using namespace pantau::events;

namespace {
Event event(qint64 id, EventKind kind, const QString &cameraId)
{
    Event e;
    e.id = id;
    e.cameraId = cameraId;
    e.kind = kind;
    e.startUtcMs = 1'790'000'000'000LL + id * 1000;
    return e;
}
} // namespace

TEST_CASE("The alarm screen pops up a new high event")
{
    AlarmPopupQueue queue;
    CHECK(queue.add(event(1, EventKind::TamperCovered, "cam-1")));
    REQUIRE(queue.shown());
    CHECK(queue.shown()->id == 1);
}

TEST_CASE("The alarm screen ignores medium and low events")
{
    AlarmPopupQueue queue;
    CHECK_FALSE(queue.add(event(1, EventKind::Motion, "cam-1")));
    CHECK_FALSE(queue.add(event(2, EventKind::RecordingStopped, "cam-2")));
    CHECK_FALSE(queue.shown());
}

TEST_CASE("The alarm screen ignores an event already acknowledged")
{
    AlarmPopupQueue queue;
    Event e = event(1, EventKind::CameraOffline, "cam-1");
    e.acknowledgedUtcMs = e.startUtcMs;
    CHECK_FALSE(queue.add(e));
    CHECK_FALSE(queue.shown());
}

TEST_CASE("The alarm screen follows the priorities set per kind")
{
    AlarmConfig config;
    config.priorities.insert(EventKind::Motion, EventPriority::High);
    config.priorities.insert(EventKind::CameraOffline, EventPriority::Low);
    AlarmPopupQueue queue{AlarmPolicy(config)};
    CHECK_FALSE(queue.add(event(1, EventKind::CameraOffline, "cam-1")));
    CHECK(queue.add(event(2, EventKind::Motion, "cam-2")));
}

TEST_CASE("The alarm screen shows one event at a time: a new one waits")
{
    AlarmPopupQueue queue;
    queue.add(event(1, EventKind::TamperCovered, "cam-1"));
    CHECK_FALSE(queue.add(event(2, EventKind::CameraOffline, "cam-2")));
    CHECK(queue.shown()->id == 1);
    CHECK(queue.waiting().size() == 1);
}

TEST_CASE("The alarm screen shows the newest waiting event after an acknowledgement")
{
    AlarmPopupQueue queue;
    queue.add(event(1, EventKind::TamperCovered, "cam-1"));
    queue.add(event(2, EventKind::CameraOffline, "cam-2"));
    queue.add(event(3, EventKind::TamperMoved, "cam-3"));
    CHECK(queue.acknowledged(1));
    REQUIRE(queue.shown());
    CHECK(queue.shown()->id == 3);
    CHECK(queue.acknowledged(3));
    CHECK(queue.shown()->id == 2);
    CHECK(queue.acknowledged(2));
    CHECK_FALSE(queue.shown());
}

TEST_CASE("Escape dismisses the shown alarm and the next one shows")
{
    AlarmPopupQueue queue;
    queue.add(event(1, EventKind::TamperCovered, "cam-1"));
    queue.add(event(2, EventKind::CameraOffline, "cam-2"));
    CHECK(queue.dismiss());
    CHECK(queue.shown()->id == 2);
    CHECK(queue.dismiss());
    CHECK_FALSE(queue.shown());
    CHECK_FALSE(queue.dismiss());
}

TEST_CASE("The alarm screen does not queue a camera already shown or waiting")
{
    AlarmPopupQueue queue;
    queue.add(event(1, EventKind::TamperCovered, "cam-1"));
    queue.add(event(2, EventKind::TamperMoved, "cam-1"));
    queue.add(event(3, EventKind::CameraOffline, "cam-2"));
    queue.add(event(4, EventKind::TamperDefocused, "cam-2"));
    CHECK(queue.waiting().size() == 1);
    CHECK(queue.waiting().first().id == 3);
}

TEST_CASE("An event acknowledged in the events panel leaves the alarm queue")
{
    AlarmPopupQueue queue;
    queue.add(event(1, EventKind::TamperCovered, "cam-1"));
    queue.add(event(2, EventKind::CameraOffline, "cam-2"));
    CHECK_FALSE(queue.acknowledged(2));
    CHECK(queue.waiting().isEmpty());
    CHECK(queue.shown()->id == 1);
}

TEST_CASE("A storm of high events keeps only the newest waiting")
{
    AlarmPopupQueue queue(AlarmPolicy(), 4);
    for (int i = 1; i <= 50; ++i)
        queue.add(event(i, EventKind::CameraOffline, QStringLiteral("cam-%1").arg(i)));
    CHECK(queue.shown()->id == 1);
    REQUIRE(queue.waiting().size() == 4);
    CHECK(queue.waiting().first().id == 47);
    queue.dismiss();
    CHECK(queue.shown()->id == 50);
}
