// Cameras that drop, stall, lie or send garbage, on loopback: the states a stream goes through,
// and that it comes back by itself. Bounds are generous; waits are on conditions.
#include <catch2/catch.hpp>

#include "TestCameras.h"
#include "Wait.h"
#include "core/media/PipelineReaper.h"
#include "core/media/StreamPipeline.h"

#include <QElapsedTimer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <random>

using namespace pantau;
using namespace pantau::test;

namespace {
struct StateLog
{
    QList<StreamState> states;
    explicit StateLog(StreamPipeline &p)
    {
        QObject::connect(&p, &StreamPipeline::statusChanged, [this](const StreamStatus &s) {
            if (states.isEmpty() || states.last() != s.state)
                states << s.state;
        });
    }
    bool saw(StreamState s) const { return states.contains(s); }
};

bool playing(const StreamPipeline &p)
{
    return p.status().state == StreamState::Playing && !p.latestFrame().isNull();
}

// Measures the longest time the GUI thread went without running its event loop.
struct UiStallMeter
{
    QTimer timer;
    QElapsedTimer sinceLast;
    qint64 worstGapMs = 0;
    UiStallMeter()
    {
        timer.setInterval(10);
        QObject::connect(&timer, &QTimer::timeout,
                         [this] { worstGapMs = std::max(worstGapMs, sinceLast.restart()); });
        sinceLast.start();
        timer.start();
    }
};
} // namespace

TEST_CASE("The RTSP server killed and restarted: the stream reconnects by itself within 3 s of its return",
          "[integration][faults]")
{
    demo::ClipRtspServer server;
    server.addMount("cam", demo::Codec::H264, solidClip(QColor(30, 200, 40)));
    REQUIRE(server.start());
    const quint16 port = server.port();
    StreamSource source;
    source.url = server.url("cam");
    StreamPipeline pipeline(source, nullptr);
    pipeline.setStallTimeoutMs(2000);
    StateLog log(pipeline);
    pipeline.start();
    REQUIRE(waitUntil([&] { return playing(pipeline); }, kPlayingBoundMs));

    server.stop();
    REQUIRE(waitUntil([&] { return pipeline.status().state == StreamState::Reconnecting; }, kStateBoundMs));
    CHECK(pipeline.status().retryInSeconds >= 0);
    REQUIRE(server.start(port));
    QElapsedTimer back;
    back.start();
    REQUIRE(waitUntil([&] { return playing(pipeline); }, 15000));
    INFO("back after " << back.elapsed() << " ms");
    CHECK(back.elapsed() <= 3000);
    CHECK(log.states.first() == StreamState::Connecting);
    CHECK(log.states.contains(StreamState::Reconnecting));
    CHECK(log.states.last() == StreamState::Playing);
    CHECK(closeTo(pipeline.latestFrame().image.pixelColor(10, 10), QColor(30, 200, 40)));
}

TEST_CASE("A server that accepts the connection and never answers: Offline, and the UI never waits",
          "[integration][faults]")
{
    QTcpServer silent; // takes the TCP connection, reads nothing, says nothing
    REQUIRE(silent.listen(QHostAddress::LocalHost, 0));
    QList<QTcpSocket *> held;
    QObject::connect(&silent, &QTcpServer::newConnection, [&] {
        while (QTcpSocket *s = silent.nextPendingConnection())
            held << s;
    });
    StreamSource source;
    source.url = QUrl(QStringLiteral("rtsp://127.0.0.1:%1/cam").arg(silent.serverPort()));
    source.connectTimeoutMs = 2000;
    StreamPipeline pipeline(source, nullptr);
    StateLog log(pipeline);
    UiStallMeter ui;
    pipeline.start();
    REQUIRE(waitUntil([&] { return pipeline.status().state == StreamState::Offline; }, 15000));
    CHECK(log.states.first() == StreamState::Connecting);
    CHECK(pipeline.status().retryInSeconds >= 1);
    CHECK_FALSE(held.isEmpty());
    // The next attempt comes and fails the same way; the event loop kept running all along.
    REQUIRE(waitUntil([&] { return held.size() >= 2 && pipeline.status().state == StreamState::Offline; },
                      15000));
    INFO("worst GUI-thread gap " << ui.worstGapMs << " ms");
    CHECK(ui.worstGapMs < 1000);
}

TEST_CASE("A camera that stops sending mid-stream is found stalled and reconnected when it sends again",
          "[integration][faults]")
{
    demo::ClipRtspServer server;
    server.addMount("cam", demo::Codec::H264, solidClip(QColor(30, 60, 220)));
    REQUIRE(server.start());
    StreamSource source;
    source.url = server.url("cam");
    StreamPipeline pipeline(source, nullptr);
    pipeline.setStallTimeoutMs(2000);
    StateLog log(pipeline);
    pipeline.start();
    REQUIRE(waitUntil([&] { return playing(pipeline); }, kPlayingBoundMs));

    server.setFrozen("cam", true); // the session stays open; no packet arrives
    REQUIRE(waitUntil([&] { return pipeline.status().state == StreamState::Reconnecting; }, kStateBoundMs));
    CHECK(pipeline.status().reason.contains("2"));
    server.setFrozen("cam", false);
    REQUIRE(waitUntil([&] { return playing(pipeline); }, kPlayingBoundMs));
    CHECK(log.states == QList<StreamState>{StreamState::Connecting, StreamState::Playing,
                                           StreamState::Reconnecting, StreamState::Playing});
}

TEST_CASE("A stream with corrupted NAL units keeps playing and heals at the next keyframe",
          "[integration][faults]")
{
    const QColor colour(220, 30, 30);
    auto good = solidClip(colour);
    REQUIRE(good);
    auto broken = std::make_shared<demo::EncodedClip>(*good);
    std::mt19937 rng(42);
    for (int i = 5; i < broken->units.size(); i += 7) { // every 7th unit, keyframes included
        QByteArray &unit = broken->units[i];
        for (int b = unit.size() / 3; b < unit.size() && b < unit.size() / 3 + 64; ++b)
            unit[b] = char(rng());
    }
    demo::ClipRtspServer server;
    server.addMount("cam", demo::Codec::H264, broken, /*serverParses=*/false);
    REQUIRE(server.start());
    StreamSource source;
    source.url = server.url("cam");
    StreamPipeline pipeline(source, nullptr);
    StateLog log(pipeline);
    pipeline.start();
    REQUIRE(waitUntil([&] { return playing(pipeline); }, kPlayingBoundMs));
    // Garbage in the middle of the stream: it keeps delivering pictures of the right colour.
    const quint64 before = pipeline.stats().framesReceived;
    REQUIRE(waitUntil([&] { return pipeline.stats().framesReceived > before + 60; }, kPlayingBoundMs));
    CHECK(pipeline.status().state == StreamState::Playing);
    CHECK(waitUntil([&] { return closeTo(pipeline.latestFrame().image.pixelColor(5, 5), colour); },
                    kStateBoundMs));
    CHECK(log.states == QList<StreamState>{StreamState::Connecting, StreamState::Playing}); // never dropped
}

TEST_CASE("Torn-down pipelines are freed: reconnects do not pile up memory", "[integration][faults]")
{
    demo::ClipRtspServer server;
    server.addMount("cam", demo::Codec::H264, solidClip(QColor(230, 220, 30)));
    REQUIRE(server.start());
    REQUIRE(
        waitUntil([] { return StreamPipeline::liveRuns() == 0; }, kStateBoundMs)); // earlier tests' runs gone
    {
        PipelineReaper reaper;
        StreamSource source;
        source.url = server.url("cam");
        StreamPipeline pipeline(source, &reaper);
        pipeline.start();
        for (int i = 0; i < 4; ++i) { // four reconnects, each a new run
            REQUIRE(waitUntil([&] { return playing(pipeline); }, kPlayingBoundMs));
            source.latencyMs += 1;
            pipeline.setSource(source);
        }
        REQUIRE(waitUntil([&] { return playing(pipeline); }, kPlayingBoundMs));
        CHECK(waitUntil([] { return StreamPipeline::liveRuns() == 1; }, kStateBoundMs));
    }
    CHECK(waitUntil([] { return StreamPipeline::liveRuns() == 0; }, kStateBoundMs));
}
