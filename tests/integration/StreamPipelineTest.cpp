// Real RTSP over loopback: a gst-rtsp-server serving solid-colour clips, played by StreamPipeline
// and StreamPool exactly as the wall plays cameras.
#include <catch2/catch.hpp>

#include "MjpegHttpServer.h"
#include "TestCameras.h"
#include "Wait.h"
#include "core/media/GstPtr.h"
#include "core/media/StreamGraph.h"
#include "core/media/StreamPool.h"
#include "core/media/StreamRun.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <gst/gst.h>

using namespace pantau;
using namespace pantau::test;

namespace {
// Playing is set on the GUI thread when the first frame's notification arrives; the frame
// itself may be visible a moment earlier. Wait for both.
bool isPlaying(const StreamPipeline &p)
{
    return p.status().state == StreamState::Playing && !p.latestFrame().isNull();
}

QColor centreColour(const VideoFrame &f)
{
    return f.image.pixelColor(f.image.width() / 2, f.image.height() / 2);
}

struct Fixture
{
    demo::ClipRtspServer server;
    QVector<Camera> cameras;

    explicit Fixture(demo::Codec codec = demo::Codec::H264)
    {
        const auto colours = distinctColours();
        for (int i = 0; i < colours.size(); ++i) {
            const QString path = QStringLiteral("cam%1").arg(i);
            server.addMount(path, codec, solidClip(colours[i], codec));
        }
        REQUIRE(server.start());
        for (int i = 0; i < colours.size(); ++i) {
            Camera c;
            c.id = QStringLiteral("cam%1").arg(i);
            c.name = c.id;
            c.mainStreamUrl = server.url(c.id);
            cameras.push_back(c);
        }
    }
    StreamPool::CameraLookup lookup() const
    {
        return [this](const QString &id) -> std::optional<Camera> {
            for (const Camera &c : cameras)
                if (c.id == id)
                    return c;
            return std::nullopt;
        };
    }
};
} // namespace

TEST_CASE("Each RTSP camera delivers frames of its own colour", "[integration][media]")
{
    Fixture fx;
    StreamPool pool(fx.lookup());
    std::vector<std::unique_ptr<StreamLease>> leases;
    for (const Camera &c : fx.cameras)
        leases.push_back(pool.acquire(c.id, StreamKind::Main));
    REQUIRE(pool.pipelineCount() == 4);
    const bool allPlaying = waitUntil(
        [&] {
            for (auto &l : leases)
                if (!isPlaying(*l->pipeline()))
                    return false;
            return true;
        },
        kPlayingBoundMs);
    for (auto &l : leases)
        UNSCOPED_INFO(l->cameraId().toStdString()
                      << " received " << l->pipeline()->stats().framesReceived << " image "
                      << l->pipeline()->latestFrame().image.width() << "x"
                      << l->pipeline()->latestFrame().image.height() << " null "
                      << l->pipeline()->latestFrame().isNull() << " state "
                      << l->pipeline()->status().text().toStdString());
    REQUIRE(allPlaying);
    // A frame decoded from a keyframe with lost packets (a loaded machine, UDP) can be smeared;
    // the next keyframe heals it. Wait, within a bound, for every camera's own colour.
    const auto colours = distinctColours();
    waitUntil(
        [&] {
            for (int i = 0; i < 4; ++i)
                if (!closeTo(centreColour(leases[i]->pipeline()->latestFrame()), colours[i]))
                    return false;
            return true;
        },
        kStateBoundMs);
    for (int i = 0; i < 4; ++i) {
        const VideoFrame f = leases[i]->pipeline()->latestFrame();
        INFO("camera " << i << " centre " << centreColour(f).name().toStdString());
        CHECK(closeTo(centreColour(f), colours[i]));
        CHECK(leases[i]->pipeline()->status().state == StreamState::Playing);
        CHECK(f.image.format() == QImage::Format_RGB32);
    }
}

TEST_CASE("Two tiles of one camera share one decode, the last release stops it after the linger",
          "[integration][media]")
{
    Fixture fx;
    StreamPool pool(fx.lookup());
    StreamSettings settings;
    settings.lingerMs = 200;
    pool.setSettings(settings);
    auto a = pool.acquire("cam0", StreamKind::Main);
    auto b = pool.acquire("cam0", StreamKind::Sub); // no sub stream: falls back to main, same pipeline
    REQUIRE(a);
    REQUIRE(b);
    CHECK(a->pipeline() == b->pipeline());
    CHECK(pool.pipelineCount() == 1);
    a.reset();
    CHECK(pool.pipelineCount() == 1);
    b.reset();
    CHECK(waitUntil([&] { return pool.pipelineCount() == 0; }, 5000));
}

TEST_CASE("Frames are scaled in the pipeline to the tile size, keeping the aspect ratio",
          "[integration][media]")
{
    Fixture fx;
    StreamPool pool(fx.lookup());
    auto lease = pool.acquire("cam1", StreamKind::Main);
    lease->setTargetSize(QSize(160, 160)); // square tile: width limits, 16:9 kept
    REQUIRE(waitUntil([&] { return lease->pipeline()->latestFrame().image.size() == QSize(160, 90); },
                      kPlayingBoundMs));
    CHECK(lease->pipeline()->stats().sourceSize == QSize(320, 180));
}

TEST_CASE("H.265 over RTSP with TCP transport plays", "[integration][media]")
{
    Fixture fx(demo::Codec::H265);
    StreamSource source;
    source.url = fx.server.url("cam2");
    source.transport = RtspTransport::Tcp;
    StreamPipeline pipeline(source, nullptr);
    pipeline.start();
    REQUIRE(waitUntil([&] { return isPlaying(pipeline); }, kPlayingBoundMs));
    CHECK(waitUntil([&] { return closeTo(centreColour(pipeline.latestFrame()), distinctColours()[2]); },
                    kStateBoundMs));
}

TEST_CASE("Credentials: a wrong password is AuthFailed, the right one plays", "[integration][media]")
{
    demo::ClipRtspServer server;
    server.requireCredentials("operator", "s3kayu!");
    server.addMount("secure", demo::Codec::H264, solidClip(QColor(30, 200, 40)));
    REQUIRE(server.start());

    StreamSource wrong;
    wrong.url = server.url("secure");
    wrong.username = "operator";
    wrong.password = "salah";
    StreamPipeline refused(wrong, nullptr);
    QList<StreamState> states;
    QObject::connect(&refused, &StreamPipeline::statusChanged,
                     [&](const StreamStatus &s) { states << s.state; });
    refused.start();
    REQUIRE(waitUntil([&] { return refused.status().state == StreamState::AuthFailed; }, 15000));
    CHECK(states.first() == StreamState::Connecting);
    CHECK(refused.status().retryInSeconds > 0);
    CHECK(refused.latestFrame().isNull());

    StreamSource right = wrong;
    right.password = "s3kayu!";
    StreamPipeline accepted(right, nullptr);
    accepted.start();
    CHECK(waitUntil([&] { return accepted.status().state == StreamState::Playing; }, 15000));
}

TEST_CASE("A camera nobody answers for goes Offline with a retry countdown", "[integration][media]")
{
    quint16 deadPort = 0;
    {
        demo::ClipRtspServer probe; // take a free port, then close it again
        REQUIRE(probe.start());
        deadPort = probe.port();
    }
    StreamSource source;
    source.url = QUrl(QStringLiteral("rtsp://127.0.0.1:%1/none").arg(deadPort));
    StreamPipeline pipeline(source, nullptr);
    pipeline.start();
    REQUIRE(waitUntil([&] { return pipeline.status().state == StreamState::Offline; }, 15000));
    CHECK(pipeline.status().retryInSeconds >= 1);
    CHECK_FALSE(pipeline.status().text().isEmpty());
}

TEST_CASE("A URL containing pipeline syntax never becomes an element", "[integration][media][security]")
{
    QTemporaryDir dir;
    const QString target = dir.filePath("pwned.bin");
    StreamSource source;
    source.url = QUrl(QStringLiteral("rtsp://127.0.0.1:1/x ! filesink location=%1").arg(target));

    // The pipeline Pantau builds for it holds exactly its own five elements, and the source
    // element is given the whole URL as its location, not a piece of it.
    {
        const media::StreamGraph::Built built =
            media::StreamGraph::build(source, std::make_shared<media::StreamRun>());
        REQUIRE(built.pipeline);
        gst::ElementPtr graph(built.pipeline);
        QStringList factories;
        GstElement *rtspSource = nullptr;
        GstIterator *it = gst_bin_iterate_elements(GST_BIN(graph.get()));
        GValue item = G_VALUE_INIT;
        while (gst_iterator_next(it, &item) == GST_ITERATOR_OK) {
            auto *element = GST_ELEMENT(g_value_get_object(&item));
            const QString factory = QString::fromUtf8(GST_OBJECT_NAME(gst_element_get_factory(element)));
            factories << factory;
            if (factory == QLatin1String("rtspsrc"))
                rtspSource = element; // the bin keeps it alive
            g_value_reset(&item);
        }
        g_value_unset(&item);
        gst_iterator_free(it);
        factories.sort();
        INFO("elements: " << factories.join(", ").toStdString());
        CHECK(factories == QStringList{"appsink", "capsfilter", "decodebin", "rtspsrc", "videoconvert"});
        REQUIRE(rtspSource);
        gchar *location = nullptr;
        g_object_get(rtspSource, "location", &location, nullptr);
        const QByteArray given = source.url.toString(QUrl::FullyEncoded).toUtf8();
        INFO("location " << (location ? location : "(none)") << ", URL " << given.toStdString());
        CHECK(QByteArray(location) == given);
        CHECK(QUrl::fromEncoded(QByteArray(location), QUrl::StrictMode) == source.url);
        g_free(location);
    }

    StreamPipeline pipeline(source, nullptr);
    pipeline.start();
    REQUIRE(waitUntil(
        [&] {
            const StreamState s = pipeline.status().state;
            return s == StreamState::Offline || s == StreamState::Error;
        },
        15000));
    CHECK_FALSE(QFileInfo::exists(target));

    StreamSource fake;
    fake.url = QUrl(QStringLiteral("videotestsrc ! filesink location=%1").arg(target));
    StreamPipeline unsupported(fake, nullptr);
    unsupported.start();
    CHECK(unsupported.status().state == StreamState::Error);
    CHECK_FALSE(QFileInfo::exists(target));
}

TEST_CASE("An HTTP MJPEG camera plays", "[integration][media]")
{
    MjpegHttpServer server(QColor(230, 220, 30));
    REQUIRE(server.hasJpeg());
    StreamSource source;
    source.url = server.url();
    StreamPipeline pipeline(source, nullptr);
    pipeline.start();
    REQUIRE(waitUntil([&] { return isPlaying(pipeline); }, kPlayingBoundMs));
    CHECK(pipeline.status().state == StreamState::Playing);
    CHECK(closeTo(centreColour(pipeline.latestFrame()), QColor(230, 220, 30)));
    CHECK(pipeline.stats().sourceSize == QSize(320, 240));
}

TEST_CASE("A local video file plays (and loops)", "[integration][media]")
{
    QTemporaryDir dir;
    const auto clip = solidClip(QColor(30, 60, 220));
    REQUIRE(clip);
    QFile f(dir.filePath("clip.h264"));
    REQUIRE(f.open(QIODevice::WriteOnly));
    for (const QByteArray &unit : clip->units)
        f.write(unit);
    f.close();
    StreamSource source;
    source.url = QUrl::fromLocalFile(f.fileName());
    StreamPipeline pipeline(source, nullptr);
    pipeline.start();
    REQUIRE(waitUntil([&] { return isPlaying(pipeline); }, kPlayingBoundMs));
    CHECK(closeTo(centreColour(pipeline.latestFrame()), QColor(30, 60, 220)));
}

TEST_CASE("A camera disabled and enabled again within the linger plays again", "[integration][media]")
{
    Fixture fx;
    StreamPool pool(fx.lookup());
    auto lease = pool.acquire("cam0", StreamKind::Main);
    REQUIRE(waitUntil([&] { return isPlaying(*lease->pipeline()); }, kPlayingBoundMs));
    fx.cameras[0].enabled = false;
    pool.refreshSources(); // what an edit in the console triggers
    lease.reset();         // the tile lets go; the pipeline lingers
    CHECK_FALSE(pool.acquire("cam0", StreamKind::Main));
    fx.cameras[0].enabled = true;
    pool.refreshSources();
    lease = pool.acquire("cam0", StreamKind::Main);
    REQUIRE(lease);
    CHECK(waitUntil([&] { return isPlaying(*lease->pipeline()); }, kPlayingBoundMs));
}
