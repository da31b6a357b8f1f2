// pantau-search-bench: "a named camera on screen now" at regency scale. A generated Lumajang site
// of N cameras in the real console and wall (ConsoleWindow, WallManager), the wall's 4x4 layout
// full and live (sub streams over RTSP on 127.0.0.1); the target camera is on no tile. Each run
// sets the search text to the target's name, presses Enter in the search box and times
//   - enter_sync_ms: Pantau's work until Enter returns (search result, full-screen tile, lease,
//     pipeline started);
//   - enter_to_picture_ms: until the wall window has painted the target's first main-stream
//     picture (includes the loopback camera's RTSP set-up and its wait for a keyframe: the clip
//     has one every `keyframe_ms`);
//   - frame_to_paint_ms: from the decoded picture's arrival on the GUI thread to its paint.
// then Escape, and waits until the target's pipeline has gone (each run starts cold). Prints one
// JSON object; performance is read, never asserted. Only 127.0.0.1 is ever contacted.
//
//   pantau-search-bench [--cameras N] [--runs R]
//
// Threads: everything but GStreamer's own threads runs on the GUI thread.
#include "LumajangSite.h"
#include "TestCameras.h"
#include "Wait.h"
#include "app/demo/ClipRtspServer.h"
#include "core/i18n/LanguageManager.h"
#include "core/inventory/CameraRegistry.h"
#include "core/inventory/OnboardingQueue.h"
#include "core/media/GstInit.h"
#include "core/media/StreamPool.h"
#include "core/settings/Settings.h"
#include "core/site/SiteStore.h"
#include "ui/console/ConsoleWindow.h"
#include "ui/wall/WallManager.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QKeyEvent>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace pantau;
using namespace pantau::test;

namespace {
double median(std::vector<double> v)
{
    if (v.empty())
        return -1;
    std::sort(v.begin(), v.end());
    const size_t mid = v.size() / 2;
    return v.size() % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
}

void sendKey(QWidget *target, int key)
{
    QKeyEvent press(QEvent::KeyPress, key, Qt::NoModifier);
    QApplication::sendEvent(target, &press);
    QKeyEvent release(QEvent::KeyRelease, key, Qt::NoModifier);
    QApplication::sendEvent(target, &release);
}
} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName("pantau-search-bench");
    media::initGStreamer();
    QCommandLineParser cli;
    cli.addOptions({{"cameras", "Cameras in the generated Lumajang site.", "N", "1000"},
                    {"runs", "Enter presses (each from cold).", "R", "5"}});
    cli.addHelpOption();
    cli.process(app);
    const int cameraCount = std::max(20, cli.value("cameras").toInt());
    const int runs = std::max(1, cli.value("runs").toInt());

    // Loopback cameras: one clip for the 16 live tiles, another for the target.
    const int keyframeFrames = 25; // 1 s at 25 fps, as CCTV cameras are often set
    auto clip = [&](QColor colour, QSize size) {
        demo::ClipSpec spec;
        spec.title = QStringLiteral("Pantau");
        spec.color = colour;
        spec.solidColor = true;
        spec.size = size;
        spec.keyframeIntervalFrames = keyframeFrames;
        spec.frameCount = 100;
        return demo::encodeClip(spec);
    };
    demo::ClipRtspServer server;
    server.addMount("live/sub", demo::Codec::H264, clip(QColor(30, 200, 40), {320, 180}));
    server.addMount("target/main", demo::Codec::H264, clip(QColor(230, 220, 30), {1280, 720}));
    server.addMount("target/sub", demo::Codec::H264, clip(QColor(230, 220, 30), {320, 180}));
    server.start();

    Site site;
    site.cameras = lumajangCameras(cameraCount);
    const int targetIndex = cameraCount * 2 / 3;
    for (int i = 0; i < site.cameras.size(); ++i) {
        Camera &c = site.cameras[i];
        c.enabled = true;
        c.ptz = false;
        c.onvifUrl = QUrl();
        c.password.clear();
        c.username.clear();
        if (i == targetIndex) {
            c.mainStreamUrl = server.url("target/main");
            c.subStreamUrl = server.url("target/sub");
        } else { // the layout's cameras play the live clip; the others are never played
            c.mainStreamUrl = server.url(QStringLiteral("live/main-%1").arg(i));
            c.subStreamUrl = server.url("live/sub");
        }
    }
    const Camera target = site.cameras[targetIndex];
    QStringList onLayout;
    for (int i = 0; i < 16; ++i)
        onLayout << site.cameras[i].id;
    Layout full = layouts::filledWith(*layouts::preset("4x4"), onLayout);
    full.id = "full";
    full.name = "Lumajang 4x4";
    site.layouts << full;

    QTemporaryDir dir;
    SiteStore store(dir.filePath("site.json"), site);
    StreamPool pool(store.cameraLookup());
    StreamSettings streamSettings = pool.settings();
    streamSettings.lingerMs = 500; // each run starts cold sooner
    pool.setSettings(streamSettings);
    Settings settings(dir.filePath("pantau.conf"));
    WallManager walls(WallContext{.store = &store, .pool = &pool, .settings = &settings});
    LanguageManager language;
    QNetworkAccessManager network;
    OnboardingQueue queue;
    CameraRegistry registry(&store, nullptr, &queue, &network);
    ConsoleWindow console(&store, &pool, &walls, &language, &settings, &network, &registry, &queue);
    console.show();
    walls.open(false);
    WallWindow *wall = walls.windows().value(0);
    if (!wall) {
        std::fprintf(stderr, "no wall window\n");
        return 1;
    }
    wall->resize(1280, 720);
    WallView *view = wall->view();
    const bool layoutLive = waitUntil(
        [&] {
            for (TileView *t : view->tiles())
                if (!t->activePipeline() || t->activePipeline()->latestFrame().isNull())
                    return false;
            return true;
        },
        kPlayingBoundMs);

    std::vector<double> syncMs, pictureMs, frameToPaintMs;
    bool allShown = layoutLive;
    for (int r = 0; r < runs && allShown; ++r) {
        console.searchBox()->setText(target.name);
        QApplication::processEvents();
        QElapsedTimer t;
        t.start();
        sendKey(console.searchBox(), Qt::Key_Return);
        syncMs.push_back(t.nsecsElapsed() / 1e6);
        TileView *tile = view->cameraTile();
        if (!tile || view->shownCameraId() != target.id) {
            allShown = false;
            break;
        }
        double arrivedMs = -1, paintedMs = -1;
        QMetaObject::Connection arrived;
        if (StreamPipeline *p = tile->activePipeline())
            arrived = QObject::connect(p, &StreamPipeline::frameAvailable, [&] {
                if (arrivedMs < 0)
                    arrivedMs = t.nsecsElapsed() / 1e6;
            });
        tile->setPaintObserver([&](const TileView &, const VideoFrame &) {
            if (paintedMs < 0 && tile->activeKind() == StreamKind::Main)
                paintedMs = t.nsecsElapsed() / 1e6;
        });
        const bool painted = waitUntil([&] { return paintedMs >= 0; }, kPlayingBoundMs);
        QObject::disconnect(arrived);
        tile->setPaintObserver({});
        if (!painted) {
            allShown = false;
            break;
        }
        pictureMs.push_back(paintedMs);
        if (arrivedMs >= 0)
            frameToPaintMs.push_back(paintedMs - arrivedMs);
        sendKey(console.searchBox(), Qt::Key_Escape);
        allShown = view->shownCameraId().isEmpty() &&
                   waitUntil([&] { return !pool.find(target.id, StreamKind::Main); }, kStateBoundMs);
    }

    const QJsonObject out{
        {"cameras", cameraCount},
        {"runs", int(pictureMs.size())},
        {"all_shown", allShown && int(pictureMs.size()) == runs},
        {"keyframe_ms", keyframeFrames * 40},
        {"enter_sync_ms_median", median(syncMs)},
        {"enter_sync_ms_max", syncMs.empty() ? -1 : *std::max_element(syncMs.begin(), syncMs.end())},
        {"enter_to_picture_ms_median", median(pictureMs)},
        {"enter_to_picture_ms_max",
         pictureMs.empty() ? -1 : *std::max_element(pictureMs.begin(), pictureMs.end())},
        {"frame_to_paint_ms_median", median(frameToPaintMs)},
    };
    std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
    return allShown ? 0 : 1;
}
