// pantau-dashboard-bench: what the overview dashboard costs over N live cameras. A child process
// serves N RTSP cameras (each its own mount of one pre-encoded 640x360 H.264 clip, 25 fps, a
// keyframe every 2 s); this process watches them the dashboard's way (keyframes-only sub-stream
// pipelines, one per camera). Phase 1, baseline: the HealthMonitor alone (the same pipelines, no
// window). Phase 2: the DashboardWindow (1920x1080, offscreen) over the same cameras. Prints JSON.
//
//   pantau-dashboard-bench --cameras 200 --seconds 20
//   pantau-dashboard-bench --cameras 1000 --refusing 990 --seconds 120
//       the dashboard shown over a large site whose cameras mostly refuse connections: its CPU
//       while shown and after it is closed, and Pantau's log lines per camera per minute
//   pantau-dashboard-bench --memory --cameras 1000 --refusing 150 --seconds 90
//       where the dashboard's resident memory goes over a swept 1,000-camera site (850 live, 150
//       refusing): at the start, at the peak of a round (pipelines, threads), the thumbnails kept,
//       the free heap left between rounds and what is resident once it is given back
//   pantau-dashboard-bench --write-site FILE --lumajang 1000   (a generated site, for screenshots)
//   pantau-dashboard-bench --serve-site FILE --lumajang 1000 --live-percent 80
//       serves 80 % of a generated Lumajang site live from loopback (shared mounts) and writes
//       the site file pointing at it; runs until killed (for screenshots of a lively dashboard).
//
// Threads: everything here runs on the GUI thread; the servers run their own threads.
#include "LumajangSite.h"
#include "ProcessStats.h"
#include "Wait.h"
#include "app/demo/ClipRtspServer.h"
#include "core/health/HealthMonitor.h"
#include "core/media/GstInit.h"
#include "core/media/MallocArenas.h"
#include "core/site/SiteFile.h"
#include "core/site/SiteStore.h"
#include "ui/dashboard/DashboardWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>

#include <QDirIterator>

#include <malloc.h>
#include <sys/resource.h>

#include <atomic>
#include <cstdio>
#include <cstring>

using namespace pantau;
using pantau::test::kPlayingBoundMs;
using pantau::test::kReactionBoundMs;
using pantau::test::kStateBoundMs;
using pantau::test::rssMb;
using pantau::test::waitUntil;

namespace {

double cpuSeconds()
{
    rusage ru{};
    getrusage(RUSAGE_SELF, &ru);
    return ru.ru_utime.tv_sec + ru.ru_stime.tv_sec + (ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1e6;
}

QString cacheDir()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation))
        .filePath("pantau/bench");
}

std::shared_ptr<const demo::EncodedClip> subClip(const QString &title, QColor colour)
{
    demo::ClipSpec spec;
    spec.title = title;
    spec.subtitle = QStringLiteral("640×360");
    spec.color = colour;
    spec.size = QSize(640, 360);
    spec.bitrateKbps = 600;
    return demo::encodeClip(spec, cacheDir());
}

// Child process: N mounts of one clip.
int serve(int cameras)
{
    auto clip = subClip(QStringLiteral("Pantau bench"), QColor(60, 110, 170));
    if (!clip)
        return 1;
    demo::ClipRtspServer server;
    for (int i = 0; i < cameras; ++i)
        server.addMount(QStringLiteral("cam%1/sub").arg(i), demo::Codec::H264, clip);
    QString error;
    if (!server.start(0, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    std::printf("port %d\n", server.port());
    std::fflush(stdout);
    return QCoreApplication::exec();
}

// A generated Lumajang site; `serveFrom` set: `livePercent` of the cameras point at its mounts.
Site lumajangSite(int cameras, demo::ClipRtspServer *serveFrom, int livePercent)
{
    Site site;
    site.name = QStringLiteral("Kabupaten Lumajang");
    site.cameras = test::lumajangCameras(cameras);
    if (serveFrom) {
        const int mounts = 8;
        for (int i = 0; i < site.cameras.size(); ++i) {
            if (i % 100 >= livePercent)
                continue;
            Camera &c = site.cameras[i];
            c.mainStreamUrl = serveFrom->url(QStringLiteral("lumajang/%1").arg(i % mounts));
            c.subStreamUrl = c.mainStreamUrl;
        }
    }
    return site;
}

int serveSite(const QString &path, int cameras, int livePercent)
{
    demo::ClipRtspServer server;
    const QVector<QColor> colours = {QColor(200, 60, 50),  QColor(40, 110, 200), QColor(230, 140, 30),
                                     QColor(40, 160, 90),  QColor(140, 70, 190), QColor(30, 160, 170),
                                     QColor(210, 70, 140), QColor(150, 150, 40)};
    const QStringList titles = {"Simpang Empat", "Balai Desa", "Pasar",  "Jembatan",
                                "Masjid",        "Alun-alun",  "Gapura", "Tepi Sungai"};
    for (int m = 0; m < colours.size(); ++m)
        server.addMount(QStringLiteral("lumajang/%1").arg(m), demo::Codec::H264,
                        subClip(titles[m], colours[m]));
    QString error;
    if (!server.start(0, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    if (!SiteFile::save(path, lumajangSite(cameras, &server, livePercent), &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    std::printf("serving %s on port %d\n", qPrintable(path), server.port());
    std::fflush(stdout);
    return QCoreApplication::exec();
}

struct ServerProcess
{
    QProcess process;
    quint16 port = 0;
    QByteArray buffer;

    bool start(int cameras)
    {
        QObject::connect(&process, &QProcess::readyReadStandardOutput, [this] {
            buffer += process.readAllStandardOutput();
            int nl;
            while ((nl = buffer.indexOf('\n')) >= 0) {
                const QList<QByteArray> f = buffer.left(nl).split(' ');
                buffer.remove(0, nl + 1);
                if (f.value(0) == "port")
                    port = quint16(f.value(1).toInt());
            }
        });
        process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process.start(QCoreApplication::applicationFilePath(), {"--serve", QString::number(cameras)});
        return waitUntil([this] { return port != 0 || process.state() == QProcess::NotRunning; }, 300000) &&
               port != 0;
    }
    ~ServerProcess()
    {
        process.kill();
        process.waitForFinished(5000);
    }
};

quint64 keyframesDecoded(const HealthMonitor &monitor, const Site &site)
{
    quint64 n = 0;
    for (const Camera &c : site.cameras)
        if (StreamPipeline *p = monitor.pipeline(c.id))
            n += p->stats().framesReceived;
    return n;
}

struct Phase
{
    double cpuCores = 0;
    double rssMb = 0;
    bool allOnline = false;
    quint64 keyframes = 0;
    int settleMs = 0;
};

// Activates (with `window`: shows) and measures for `seconds` once every camera is online.
Phase measure(HealthMonitor &monitor, DashboardWindow *window, const Site &site, int seconds)
{
    Phase ph;
    QElapsedTimer clock;
    clock.start();
    if (window)
        window->show();
    else
        monitor.setActive(true);
    const int total = int(site.cameras.size());
    ph.allOnline = waitUntil([&] { return monitor.health().counts().online == total; }, 120000);
    ph.settleMs = int(clock.elapsed());
    waitUntil([] { return false; }, 2000); // settle: first keyframes, first paints
    const quint64 k0 = keyframesDecoded(monitor, site);
    const double cpu0 = cpuSeconds();
    QElapsedTimer wall;
    wall.start();
    waitUntil([] { return false; }, seconds * 1000);
    ph.cpuCores = (cpuSeconds() - cpu0) / (wall.elapsed() / 1000.0);
    ph.keyframes = keyframesDecoded(monitor, site) - k0;
    ph.rssMb = rssMb();
    if (window)
        window->hide();
    else
        monitor.setActive(false);
    waitUntil([&] { return monitor.pool().pipelineCount() == 0; }, kStateBoundMs);
    return ph;
}

// Log lines Pantau writes (its own categories), counted instead of printed.
std::atomic<long> g_logLines{0};
void countLogLine(QtMsgType, const QMessageLogContext &context, const QString &)
{
    if (context.category && std::strncmp(context.category, "pantau.", 7) == 0)
        ++g_logLines;
}

// A loopback port nobody listens on: connections to it are refused at once.
quint16 refusingPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

// `cameras` cameras of which `refusing` refuse every connection; the rest are live. The dashboard
// sweeps them (64 connected at most, as in Pantau) and is measured once every state is known.
int measureRefusing(int cameras, int refusing, int seconds)
{
    const int live = std::max(0, cameras - refusing);
    ServerProcess server;
    if (live > 0 && !server.start(live)) {
        std::fprintf(stderr, "the camera server did not start\n");
        return 1;
    }
    const quint16 deadPort = refusingPort();
    Site site;
    site.name = QStringLiteral("bench");
    site.cameras = test::lumajangCameras(cameras);
    for (int i = 0; i < cameras; ++i) {
        Camera &c = site.cameras[i];
        c.enabled = true;
        c.username.clear();
        c.password.clear();
        c.mainStreamUrl = i < live
                              ? QUrl(QStringLiteral("rtsp://127.0.0.1:%1/cam%2/sub").arg(server.port).arg(i))
                              : QUrl(QStringLiteral("rtsp://127.0.0.1:%1/cam%2").arg(deadPort).arg(i));
        c.subStreamUrl = c.mainStreamUrl;
    }
    QTemporaryDir dir;
    SiteStore store(dir.filePath("site.json"), site);
    HealthMonitor monitor(&store, StreamSettings{}, QString());
    DashboardWindow window(&store, &monitor, nullptr);
    window.resize(1920, 1080);
    qInstallMessageHandler(countLogLine);
    QElapsedTimer clock;
    clock.start();
    window.show();
    const bool settled = waitUntil([&] { return monitor.health().counts().checking == 0; }, 300000);
    const int settleMs = int(clock.elapsed());
    const HealthCounts counts = monitor.health().counts();

    const long lines0 = g_logLines;
    const int sweeps0 = monitor.sweepsCompleted();
    double cpu0 = cpuSeconds();
    QElapsedTimer wall;
    wall.start();
    waitUntil([] { return false; }, seconds * 1000);
    const double shownSeconds = wall.elapsed() / 1000.0;
    const double shownCpu = (cpuSeconds() - cpu0) / shownSeconds;
    const long shownLines = g_logLines - lines0;
    const int rounds = monitor.sweepsCompleted() - sweeps0;

    window.hide();
    waitUntil([&] { return monitor.pool().pipelineCount() == 0; }, kStateBoundMs);
    const int closedSeconds = std::max(5, seconds / 4);
    cpu0 = cpuSeconds();
    wall.restart();
    waitUntil([] { return false; }, closedSeconds * 1000);
    const double closedCpu = (cpuSeconds() - cpu0) / (wall.elapsed() / 1000.0);
    qInstallMessageHandler(nullptr);

    const double linesPerCameraMinute = double(shownLines) / cameras / (shownSeconds / 60.0);
    const bool ok =
        settled && counts.online == live && counts.online + counts.offline + counts.trouble == cameras;
    std::printf("{\"cameras\":%d,\"refusing\":%d,\"settled\":%s,\"settle_ms\":%d,\"online\":%d,"
                "\"not_online\":%d,\"seconds\":%.1f,\"sweep_rounds\":%d,\"dashboard_cpu_cores\":%.3f,"
                "\"closed_cpu_cores\":%.3f,\"log_lines\":%ld,\"log_lines_per_camera_per_minute\":%.3f,"
                "\"rss_mb\":%.1f}\n",
                cameras, refusing, settled ? "true" : "false", settleMs, counts.online,
                counts.offline + counts.trouble, shownSeconds, rounds, shownCpu, closedCpu, shownLines,
                linesPerCameraMinute, rssMb());
    return ok ? 0 : 1;
}

int threadCount()
{
    int n = 0;
    for (QDirIterator it("/proc/self/task", QDir::Dirs | QDir::NoDotAndDotDot); it.hasNext(); it.next())
        ++n;
    return n;
}

// Where the dashboard's memory goes over a swept site: `cameras` of which `refusing` refuse.
int measureMemory(int cameras, int refusing, int seconds, int maxConnected)
{
    const int live = std::max(0, cameras - refusing);
    ServerProcess server; // its own process: the cameras' memory is not ours
    if (live > 0 && !server.start(live)) {
        std::fprintf(stderr, "the camera server did not start\n");
        return 1;
    }
    const quint16 deadPort = refusingPort();
    Site site;
    site.name = QStringLiteral("bench");
    site.cameras = test::lumajangCameras(cameras);
    for (int i = 0; i < cameras; ++i) {
        Camera &c = site.cameras[i];
        c.enabled = true;
        c.username.clear();
        c.password.clear();
        c.mainStreamUrl = i < live
                              ? QUrl(QStringLiteral("rtsp://127.0.0.1:%1/cam%2/sub").arg(server.port).arg(i))
                              : QUrl(QStringLiteral("rtsp://127.0.0.1:%1/cam%2").arg(deadPort).arg(i));
        c.subStreamUrl = c.mainStreamUrl;
    }
    QTemporaryDir dir;
    SiteStore store(dir.filePath("site.json"), site);
    HealthMonitor monitor(&store, StreamSettings{}, QString());
    monitor.setMaxConnected(maxConnected);
    DashboardWindow window(&store, &monitor, nullptr);
    window.resize(1600, 900); // its default size
    QCoreApplication::processEvents();
    const double startMb = rssMb(); // Qt, GStreamer's registry, the site, the window not yet shown

    double peakMb = 0;
    int peakPipelines = 0, peakThreads = 0;
    QTimer sampler;
    QObject::connect(&sampler, &QTimer::timeout, [&] {
        peakMb = std::max(peakMb, rssMb());
        peakPipelines = std::max(peakPipelines, monitor.pool().pipelineCount());
        peakThreads = std::max(peakThreads, threadCount());
    });
    sampler.start(200);
    window.show();
    const bool settled = waitUntil([&] { return monitor.health().counts().checking == 0; }, 300000);
    // The end of a round: every pipeline gone. Before the heap is given back (2 s later): what
    // is resident and how much of the heap is free.
    const bool roundEnded =
        waitUntil([&] { return monitor.connectedCount() == 0 && monitor.pool().pipelineCount() == 0; },
                  std::max(seconds, 1) * 1000 + 60000);
    const double betweenMb = rssMb();
    // Under AddressSanitizer malloc is ASan's own and glibc's mallinfo2 knows nothing: no figure.
#if defined(__SANITIZE_ADDRESS__)
    const QByteArray heapFree = "null";
#else
    const QByteArray heapFree = QByteArray::number(double(mallinfo2().fordblks) / (1024.0 * 1024.0), 'f', 1);
#endif
    waitUntil([] { return false; }, 3000);
    const double trimmedMb = rssMb();
    qint64 thumbBytes = 0;
    int thumbs = 0;
    for (const Camera &c : site.cameras) {
        const QImage t = monitor.thumbnail(c.id);
        if (!t.isNull()) {
            thumbBytes += t.sizeInBytes();
            ++thumbs;
        }
    }
    // Further rounds until `seconds` have passed, for the peak.
    waitUntil([] { return false; }, std::max(0, seconds * 1000 - 3000));
    sampler.stop();
    const HealthCounts counts = monitor.health().counts();
    window.hide();
    waitUntil([&] { return monitor.pool().pipelineCount() == 0; }, kStateBoundMs);
    const bool ok = settled && roundEnded && counts.online == live && thumbs == live && peakPipelines > 0;
    std::printf("{\"cameras\":%d,\"refusing\":%d,\"settled\":%s,\"round_ended\":%s,\"online\":%d,"
                "\"max_connected\":%d,\"rss_start_mb\":%.1f,\"rss_peak_mb\":%.1f,\"peak_pipelines\":%d,"
                "\"peak_threads\":%d,\"rss_between_rounds_mb\":%.1f,\"heap_free_mb\":%s,"
                "\"rss_after_trim_mb\":%.1f,\"thumbnails\":%d,\"thumbnails_mb\":%.2f}\n",
                cameras, refusing, settled ? "true" : "false", roundEnded ? "true" : "false", counts.online,
                maxConnected, startMb, peakMb, peakPipelines, peakThreads, betweenMb, heapFree.constData(),
                trimmedMb, thumbs, double(thumbBytes) / (1024.0 * 1024.0));
    return ok ? 0 : 1;
}

} // namespace

int main(int argc, char **argv)
{
    media::limitMallocArenas(); // before any thread starts, as pantau does
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName("pantau-dashboard-bench");
    media::initGStreamer();

    QCommandLineParser cli;
    cli.addOptions(
        {{"cameras", "Number of live cameras.", "N", "200"},
         {"seconds", "Measurement time per phase.", "T", "20"},
         {"write-site", "Write a generated Lumajang site to FILE and exit.", "FILE"},
         {"serve-site", "Serve a generated Lumajang site live and write it to FILE.", "FILE"},
         {"lumajang", "Cameras in the generated Lumajang site.", "N", "1000"},
         {"live-percent", "With --serve-site: the share of cameras served live.", "P", "80"},
         {"refusing", "Of --cameras, this many refuse every connection (a swept site).", "N"},
         {"memory", "Where the dashboard's memory goes over --cameras (--refusing of them refuse)."},
         {"max-connected", "With --memory: cameras connected at once.", "N",
          QString::number(HealthMonitor::kDefaultMaxConnected)},
         {"serve", "Internal: run the camera server for N cameras.", "N"}});
    cli.addHelpOption();
    cli.process(app);
    if (cli.isSet("serve"))
        return serve(cli.value("serve").toInt());
    if (cli.isSet("write-site")) {
        QString error;
        if (!SiteFile::save(cli.value("write-site"), lumajangSite(cli.value("lumajang").toInt(), nullptr, 0),
                            &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        return 0;
    }
    if (cli.isSet("serve-site"))
        return serveSite(cli.value("serve-site"), cli.value("lumajang").toInt(),
                         cli.value("live-percent").toInt());

    const int cameras = std::max(1, cli.value("cameras").toInt());
    const int seconds = std::max(1, cli.value("seconds").toInt());
    if (cli.isSet("memory"))
        return measureMemory(cameras, std::clamp(cli.value("refusing").toInt(), 0, cameras), seconds,
                             std::max(1, cli.value("max-connected").toInt()));
    if (cli.isSet("refusing"))
        return measureRefusing(cameras, std::clamp(cli.value("refusing").toInt(), 0, cameras), seconds);
    ServerProcess server;
    if (!server.start(cameras)) {
        std::fprintf(stderr, "the camera server did not start\n");
        return 1;
    }
    Site site;
    site.name = QStringLiteral("bench");
    site.cameras = test::lumajangCameras(cameras);
    for (int i = 0; i < cameras; ++i) {
        Camera &c = site.cameras[i];
        c.enabled = true;
        c.username.clear();
        c.password.clear();
        c.mainStreamUrl = QUrl(QStringLiteral("rtsp://127.0.0.1:%1/cam%2/sub").arg(server.port).arg(i));
        c.subStreamUrl = c.mainStreamUrl;
    }
    QTemporaryDir dir;
    SiteStore store(dir.filePath("site.json"), site);
    HealthMonitor monitor(&store, StreamSettings{}, QString());
    monitor.setMaxConnected(cameras); // every camera connected: the same pipelines as the baseline
    // Shown once, the mosaic sets the thumbnail size: the baseline then decodes at the same size.
    DashboardWindow window(&store, &monitor, nullptr);
    window.resize(1920, 1080);
    window.show();
    QCoreApplication::processEvents();
    window.hide();
    waitUntil([&] { return monitor.pool().pipelineCount() == 0; }, kStateBoundMs);

    const Phase base = measure(monitor, nullptr, site, seconds);
    const Phase dash = measure(monitor, &window, site, seconds);
    const double expected = double(cameras) * seconds / 2.0; // a keyframe every 2 s
    std::printf(
        "{\"all_online\":%s,\"baseline_cpu_cores\":%.3f,\"baseline_keyframes\":%llu,\"baseline_rss_mb\":%.1f,"
        "\"cameras\":%d,\"cpu_ratio\":%.3f,\"dashboard_cpu_cores\":%.3f,\"dashboard_keyframes\":%llu,"
        "\"dashboard_rss_mb\":%.1f,\"expected_keyframes\":%.0f,\"seconds\":%d,\"settle_ms\":%d}\n",
        base.allOnline && dash.allOnline ? "true" : "false", base.cpuCores,
        static_cast<unsigned long long>(base.keyframes), base.rssMb, cameras,
        base.cpuCores > 0 ? dash.cpuCores / base.cpuCores : 0.0, dash.cpuCores,
        static_cast<unsigned long long>(dash.keyframes), dash.rssMb, expected, seconds, dash.settleMs);
    return base.allOnline && dash.allOnline ? 0 : 1;
}
