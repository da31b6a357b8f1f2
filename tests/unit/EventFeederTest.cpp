// The event feeder: camera offline and recording stopped events from stream states and the
// recorder's status channel; a real pipeline on a loopback RTSP server that goes away and returns.
#include "CatchQt.h"
#include "TestCameras.h"
#include "Wait.h"

#include "core/events/EventFeeder.h"
#include "core/media/StreamPool.h"
#include "core/recording/RecorderStatusClient.h"
#include "core/recording/RecorderStatusServer.h"

#include <QJsonArray>
#include <QTemporaryDir>

using namespace pantau;
using namespace pantau::events;
using namespace pantau::test;

namespace {
constexpr qint64 kT0 = 1'789'999'980'000LL;

QVector<Event> all(const EventStore &store)
{
    return store.query({});
}
} // namespace

TEST_CASE("A camera offline past the grace makes one event, ended when it plays again")
{
    QTemporaryDir dir;
    EventStore store(dir.path());
    REQUIRE(store.open());
    qint64 now = kT0;
    EventFeeder feeder(&store, 10'000, [&] { return now; });
    const QString cam = QStringLiteral("cam-1");
    feeder.cameraState(cam, StreamState::Connecting);
    feeder.cameraState(cam, StreamState::Offline, QStringLiteral("could not connect"));
    now += 4'000;
    feeder.cameraState(cam, StreamState::Connecting); // a retry
    feeder.cameraState(cam, StreamState::Offline);
    CHECK(store.count() == 0);
    now += 6'000;
    feeder.cameraState(cam, StreamState::Offline);
    REQUIRE(store.count() == 1);
    const Event e = all(store).first();
    CHECK(e.kind == EventKind::CameraOffline);
    CHECK(e.startUtcMs == kT0);
    CHECK(e.isActive());
    now += 60'000;
    feeder.cameraState(cam, StreamState::Reconnecting);
    CHECK(store.count() == 1);
    feeder.cameraState(cam, StreamState::Playing);
    CHECK(store.event(e.id)->endUtcMs == now);
}

TEST_CASE("Cameras that connect at start-up make no events")
{
    QTemporaryDir dir;
    EventStore store(dir.path());
    REQUIRE(store.open());
    qint64 now = kT0;
    EventFeeder feeder(&store, 10'000, [&] { return now; });
    for (int i = 0; i < 50; ++i) {
        const QString cam = QStringLiteral("cam-%1").arg(i);
        feeder.cameraState(cam, StreamState::Connecting);
        if (i % 2)
            feeder.cameraState(cam, StreamState::Reconnecting);
    }
    now += 3'000;
    for (int i = 0; i < 50; ++i)
        feeder.cameraState(QStringLiteral("cam-%1").arg(i), StreamState::Playing);
    now += 60'000;
    for (int i = 0; i < 50; ++i)
        feeder.cameraState(QStringLiteral("cam-%1").arg(i), StreamState::Playing);
    CHECK(store.count() == 0);
}

TEST_CASE("An offline event of the last run is continued after a restart, not repeated")
{
    QTemporaryDir dir;
    qint64 now = kT0;
    {
        EventStore store(dir.path());
        REQUIRE(store.open());
        EventFeeder feeder(&store, 0, [&] { return now; });
        feeder.cameraState(QStringLiteral("cam-1"), StreamState::Offline);
        REQUIRE(store.count() == 1);
    }
    EventStore store(dir.path());
    REQUIRE(store.open());
    EventFeeder feeder(&store, 0, [&] { return now; });
    now += 30'000;
    feeder.cameraState(QStringLiteral("cam-1"), StreamState::Offline);
    CHECK(store.count() == 1);
    feeder.cameraState(QStringLiteral("cam-1"), StreamState::Playing);
    CHECK_FALSE(all(store).first().isActive());
}

TEST_CASE("A recording stopped and resumed, read from the recorder's status channel")
{
    QTemporaryDir dir;
    EventStore store(dir.path());
    REQUIRE(store.open());
    EventFeeder feeder(&store, 0);
    QHash<QString, QString> states{{QStringLiteral("cam-1"), QStringLiteral("recording")},
                                   {QStringLiteral("cam-2"), QStringLiteral("connecting")}};
    recording::RecorderStatusServer server([&] {
        QJsonArray cameras;
        for (auto it = states.begin(); it != states.end(); ++it)
            cameras.push_back(QJsonObject{{"id", it.key()}, {"state", it.value()}, {"reason", "disk full"}});
        return QJsonObject{{"format", "pantau-recorder-status"}, {"version", 1}, {"cameras", cameras}};
    });
    const QString socket = QDir(dir.path()).filePath(QStringLiteral("recorder.sock"));
    REQUIRE(server.listen(socket));
    recording::RecorderStatusClient client(socket);
    feeder.watchRecorder(&client);
    client.start();
    REQUIRE(waitUntil([&] { return client.isConnected(); }, kStateBoundMs));
    CHECK(store.count() == 0);

    states[QStringLiteral("cam-1")] = QStringLiteral("write-error");
    server.statusChanged();
    REQUIRE(waitUntil([&] { return store.count() == 1; }, kStateBoundMs));
    const Event e = all(store).first();
    CHECK(e.cameraId == QStringLiteral("cam-1"));
    CHECK(e.kind == EventKind::RecordingStopped);
    CHECK(e.detail.contains(QStringLiteral("write-error")));

    states[QStringLiteral("cam-1")] = QStringLiteral("recording");
    server.statusChanged();
    REQUIRE(waitUntil([&] { return !store.event(e.id)->isActive(); }, kStateBoundMs));
    CHECK(store.count() == 1);
}

TEST_CASE("A wall camera whose server goes away makes an offline event, ended when it returns")
{
    demo::ClipRtspServer server;
    server.addMount(QStringLiteral("cam"), demo::Codec::H264, solidClip(QColor(30, 200, 40)));
    REQUIRE(server.start());
    const quint16 port = server.port();
    Camera camera;
    camera.id = QStringLiteral("cam-1");
    camera.name = QStringLiteral("Sekayu");
    camera.mainStreamUrl = server.url(QStringLiteral("cam"));
    StreamPool pool([&](const QString &id) -> std::optional<Camera> {
        return id == camera.id ? std::optional<Camera>(camera) : std::nullopt;
    });
    QTemporaryDir dir;
    EventStore store(dir.path());
    REQUIRE(store.open());
    EventFeeder feeder(&store, 500);
    feeder.watchPool(&pool);
    auto lease = pool.acquire(camera.id, StreamKind::Main);
    REQUIRE(lease);
    REQUIRE(waitUntil([&] { return lease->pipeline()->status().state == StreamState::Playing; },
                      kPlayingBoundMs));
    CHECK(store.count() == 0);

    server.stop();
    REQUIRE(waitUntil([&] { return store.count() == 1; }, kPlayingBoundMs));
    const Event e = all(store).first();
    CHECK(e.kind == EventKind::CameraOffline);
    CHECK(e.cameraId == camera.id);
    CHECK_FALSE(e.detail.isEmpty());
    CHECK(e.isActive());

    REQUIRE(server.start(port));
    REQUIRE(waitUntil([&] { return !store.event(e.id)->isActive(); }, kPlayingBoundMs));
    CHECK(store.count() == 1);
}
