// pantau-soak: an offscreen wall of 16 tiles playing 16 RTSP cameras while their server is
// stopped and started again at random intervals. Not run by CI (it takes minutes); run it with
// tests/soak/run-soak.sh. Prints one JSON line per minute and a summary at the end.
//
//   pantau-soak [--minutes M] [--tiles N] [--max-gap-s S]
#include "ProcessStats.h"
#include "TestCameras.h"
#include "core/media/GstInit.h"
#include "core/media/MallocArenas.h"
#include "core/settings/Settings.h"
#include "core/site/SiteStore.h"
#include "ui/wall/WallWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

using namespace pantau;
using pantau::test::rssMb;

int main(int argc, char **argv)
{
    media::limitMallocArenas(); // before any thread starts, as pantau does
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    media::initGStreamer();
    QCommandLineParser cli;
    cli.addOptions({{"minutes", "How long to run.", "M", "10"},
                    {"tiles", "Cameras and tiles.", "N", "16"},
                    {"max-gap-s", "Longest time between two server restarts.", "S", "40"},
                    {"keyframes-only", "Decode keyframes only (the overview dashboard's pipelines)."}});
    cli.addHelpOption();
    cli.process(app);
    const int minutes = std::max(1, cli.value("minutes").toInt());
    const int tiles = std::max(1, cli.value("tiles").toInt());
    const int maxGapS = std::max(5, cli.value("max-gap-s").toInt());

    demo::ClipSpec spec;
    spec.title = "Soak";
    spec.color = QColor(60, 140, 90);
    spec.size = {640, 360};
    spec.bitrateKbps = 600;
    auto clip = demo::encodeClip(spec);
    demo::ClipRtspServer server;
    Site site;
    QStringList ids;
    for (int i = 0; i < tiles; ++i)
        server.addMount(QStringLiteral("cam%1").arg(i), demo::Codec::H264, clip);
    if (!clip || !server.start())
        return 1;
    const quint16 port = server.port();
    for (int i = 0; i < tiles; ++i) {
        Camera c;
        c.id = QStringLiteral("cam%1").arg(i);
        c.name = c.id;
        c.mainStreamUrl = server.url(c.id);
        site.cameras.push_back(c);
        ids << c.id;
    }
    const int side = int(std::ceil(std::sqrt(double(tiles))));
    Layout l = layouts::filledWith(layouts::grid(side, (tiles + side - 1) / side), ids);
    l.id = "soak";
    l.name = "soak";
    site.layouts.push_back(l);
    QTemporaryDir dir;
    SiteStore store(dir.filePath("site.json"), site);
    StreamPool pool(store.cameraLookup());
    if (cli.isSet("keyframes-only")) {
        StreamSettings settings = pool.settings();
        settings.keyframesOnly = true;
        pool.setSettings(settings);
    }
    Settings wallSettings(dir.filePath("pantau.conf")); // the defaults
    WallWindow wall(WallContext{.store = &store, .pool = &pool, .settings = &wallSettings},
                    QGuiApplication::primaryScreen());
    wall.resize(1920, 1080);
    wall.show();

    quint64 reconnects = 0, restarts = 0;
    QSet<StreamPipeline *> watched;
    auto watch = [&] {
        for (TileView *t : wall.view()->tiles())
            if (StreamPipeline *p = t->activePipeline(); p && !watched.contains(p)) {
                watched.insert(p);
                QObject::connect(p, &StreamPipeline::statusChanged, [&](const StreamStatus &s) {
                    if (s.state == StreamState::Reconnecting && s.retryInSeconds < 0)
                        ++reconnects; // an attempt, not a countdown tick
                });
            }
    };
    auto painted = [&] {
        quint64 n = 0;
        for (TileView *t : wall.view()->tiles())
            n += t->framesPainted();
        return n;
    };
    auto livePlaying = [&] {
        int n = 0;
        for (TileView *t : wall.view()->tiles())
            n += t->activePipeline() && t->activePipeline()->status().state == StreamState::Playing;
        return n;
    };

    // Keyframes-only: how many tiles' current connections have had delta-frame RTP packets
    // filtered out (the count starts again at each reconnection).
    auto rtpFiltering = [&] {
        int n = 0;
        for (TileView *t : wall.view()->tiles())
            n += t->activePipeline() && t->activePipeline()->stats().rtpPacketsSkipped > 0;
        return n;
    };

    QElapsedTimer clock;
    clock.start();
    const double rssStart = rssMb();
    QJsonObject start{{"event", "start"},
                      {"tiles", tiles},
                      {"minutes", minutes},
                      {"rss_mb", rssStart},
                      {"keyframes_only", cli.isSet("keyframes-only")}};
    std::printf("%s\n", QJsonDocument(start).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);

    // Restart the server at random: down for 0.5 to 5 s, up for 5 s to max-gap-s.
    QTimer chaos;
    chaos.setSingleShot(true);
    std::function<void()> cycle = [&] {
        server.stop();
        ++restarts;
        QTimer::singleShot(QRandomGenerator::global()->bounded(500, 5000), [&] {
            if (!server.start(port))
                std::fprintf(stderr, "restart failed\n");
            chaos.start(QRandomGenerator::global()->bounded(5000, maxGapS * 1000));
        });
    };
    QObject::connect(&chaos, &QTimer::timeout, cycle);
    chaos.start(QRandomGenerator::global()->bounded(5000, maxGapS * 1000));

    QTimer minute;
    minute.setInterval(60000);
    QObject::connect(&minute, &QTimer::timeout, [&] {
        watch();
        QJsonObject o{{"event", "minute"},
                      {"t_s", clock.elapsed() / 1000},
                      {"frames_painted", qint64(painted())},
                      {"playing", livePlaying()},
                      {"server_restarts", qint64(restarts)},
                      {"reconnects", qint64(reconnects)},
                      {"rss_mb", rssMb()},
                      {"rtp_filtering", rtpFiltering()}};
        std::printf("%s\n", QJsonDocument(o).toJson(QJsonDocument::Compact).constData());
        std::fflush(stdout);
    });
    minute.start();
    QTimer watcher;
    watcher.setInterval(500);
    QObject::connect(&watcher, &QTimer::timeout, watch);
    watcher.start();

    QTimer::singleShot(minutes * 60000, [&] {
        chaos.stop();
        if (!server.isRunning())
            server.start(port);
        // Give every stream the chance to come back, then report.
        QTimer::singleShot(15000, [&] {
            QJsonObject end{{"event", "end"},
                            {"t_s", clock.elapsed() / 1000},
                            {"frames_painted", qint64(painted())},
                            {"playing_at_end", livePlaying()},
                            {"tiles", tiles},
                            {"server_restarts", qint64(restarts)},
                            {"reconnects", qint64(reconnects)},
                            {"rss_mb_start", rssStart},
                            {"rss_mb_end", rssMb()},
                            {"rtp_filtering_at_end", rtpFiltering()}};
            std::printf("%s\n", QJsonDocument(end).toJson(QJsonDocument::Compact).constData());
            std::fflush(stdout);
            QCoreApplication::exit(livePlaying() == tiles ? 0 : 3);
        });
    });
    return app.exec();
}
