// The overview dashboard over a site of many loopback cameras sharing a few mounts: some live,
// some at a closed port (offline), some refused for a wrong password (in trouble). The counts per
// kecamatan, the thumbnails' states and the full-screen view are checked on the real widgets.
#include <catch2/catch.hpp>

#include "LumajangSite.h"
#include "TestCameras.h"
#include "Wait.h"
#include "core/health/HealthMonitor.h"
#include "core/recording/RecorderStatusClient.h"
#include "core/recording/RecorderStatusServer.h"
#include "core/site/SiteStore.h"
#include "ui/dashboard/AreaHealthRow.h"
#include "ui/dashboard/DashboardWindow.h"
#include "ui/dashboard/HeadlineFigure.h"
#include "ui/dashboard/LiveCameraWindow.h"
#include "ui/dashboard/MosaicView.h"
#include "ui/dashboard/OnlineChartView.h"
#include "ui/wall/TileView.h"

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QTcpServer>
#include <QTemporaryDir>

using namespace pantau;
using namespace pantau::test;

namespace {

// Real Lumajang kecamatan; in the i-th, 2+i cameras are offline and 1+i refused.
const QStringList kKecamatan = {"Senduro", "Pasirian", "Tempeh", "Candipuro"};
constexpr int kPerKecamatan = 50; // 201 cameras in all
int offlineIn(int k)
{
    return 2 + k;
}
int refusedIn(int k)
{
    return 1 + k;
}

quint16 closedPort()
{
    QTcpServer s;
    s.listen(QHostAddress::LocalHost, 0);
    const quint16 port = s.serverPort();
    s.close();
    return port;
}

struct DashboardSite
{
    demo::ClipRtspServer open;   // shared mounts, no password
    demo::ClipRtspServer locked; // asks for a password the cameras do not have
    QTemporaryDir dir;
    std::unique_ptr<SiteStore> store;
    std::unique_ptr<StreamPool> wallPool;
    QVector<QColor> colours = {QColor(30, 200, 40), QColor(30, 60, 220), QColor(230, 220, 30)};
    int expectedOnline = 0, expectedOffline = 0, expectedTrouble = 0;

    DashboardSite()
    {
        for (int m = 0; m < colours.size(); ++m)
            open.addMount(QStringLiteral("shared/%1").arg(m), demo::Codec::H264,
                          solidClip(colours[m], demo::Codec::H264, {160, 90}));
        locked.requireCredentials("admin", "benar");
        locked.addMount("locked", demo::Codec::H264, solidClip(colours[0], demo::Codec::H264, {160, 90}));
        REQUIRE(open.start());
        REQUIRE(locked.start());
        const QUrl dead(QStringLiteral("rtsp://127.0.0.1:%1/mati").arg(closedPort()));

        Site site;
        site.name = "Lumajang (test)";
        int n = 0;
        auto add = [&](const QStringList &area, const QUrl &url, bool enabled = true) {
            Camera c;
            c.id = QStringLiteral("cam-%1").arg(n, 3, 10, QLatin1Char('0'));
            c.name = QStringLiteral("Kamera %1").arg(++n);
            c.area = area;
            c.mainStreamUrl = url;
            c.username = "operator";
            c.password = "salah";
            c.enabled = enabled;
            site.cameras.push_back(c);
        };
        for (int k = 0; k < kKecamatan.size(); ++k)
            for (int i = 0; i < kPerKecamatan; ++i) {
                const QStringList area{"Lumajang", kKecamatan[k],
                                       QStringLiteral("Desa %1 %2").arg(kKecamatan[k]).arg(i / 15 + 1)};
                if (i < offlineIn(k))
                    add(area, dead);
                else if (i < offlineIn(k) + refusedIn(k))
                    add(area, locked.url("locked"));
                else
                    add(area, open.url(QStringLiteral("shared/%1").arg(i % colours.size())));
            }
        add({"Lumajang"}, open.url("shared/0"));                   // no kecamatan
        add({"Lumajang", "Senduro"}, open.url("shared/1"), false); // disabled
        for (int k = 0; k < kKecamatan.size(); ++k) {
            expectedOffline += offlineIn(k);
            expectedTrouble += refusedIn(k);
        }
        expectedOnline = kKecamatan.size() * kPerKecamatan + 1 - expectedOffline - expectedTrouble;
        store = std::make_unique<SiteStore>(dir.filePath("site.json"), site);
        wallPool = std::make_unique<StreamPool>(store->cameraLookup());
    }
};

bool settled(const HealthMonitor &m, const DashboardSite &s)
{
    const HealthCounts c = m.health().counts();
    return c.online == s.expectedOnline && c.offline == s.expectedOffline && c.trouble == s.expectedTrouble;
}

bool anyClipColour(QColor c, const QVector<QColor> &colours)
{
    for (const QColor &clip : colours)
        if (closeTo(c, clip))
            return true;
    return false;
}

void click(QWidget *w, QPoint pos)
{
    QMouseEvent press(QEvent::MouseButtonPress, pos, w->mapToGlobal(pos), Qt::LeftButton, Qt::LeftButton,
                      Qt::NoModifier);
    QMouseEvent release(QEvent::MouseButtonRelease, pos, w->mapToGlobal(pos), Qt::LeftButton, Qt::NoButton,
                        Qt::NoModifier);
    QApplication::sendEvent(w, &press);
    QApplication::sendEvent(w, &release);
}

} // namespace

TEST_CASE("The dashboard counts cameras per kecamatan and shows offline thumbnails as offline",
          "[ui][dashboard]")
{
    // Every camera connected at once, or swept 24 at a time (what a 1,000-camera site does).
    const int maxConnected = GENERATE(1000, 24);
    const bool sweeping = maxConnected < kKecamatan.size() * kPerKecamatan + 1;
    INFO("at most " << maxConnected << " cameras connected");
    DashboardSite fx;
    const Site before = fx.store->site();
    HealthMonitor monitor(fx.store.get(), StreamSettings{}, fx.dir.filePath("site-online-history.json"));
    monitor.setMaxConnected(maxConnected);
    DashboardWindow window(fx.store.get(), &monitor, fx.wallPool.get());
    window.resize(1600, 1000);
    QElapsedTimer clock;
    clock.start();
    window.show();
    REQUIRE(monitor.isActive());
    // Every enabled camera is watched, each by one keyframes-only sub-stream pipeline, or a
    // bounded number at a time.
    CHECK(monitor.isSweeping() == sweeping);
    CHECK(monitor.pool().pipelineCount() ==
          std::min<qsizetype>(maxConnected, kKecamatan.size() * kPerKecamatan + 1));
    CHECK(monitor.pool().settings().keyframesOnly);

    int mostPipelines = 0;
    REQUIRE(waitUntil(
        [&] {
            mostPipelines = std::max(mostPipelines, monitor.connectedCount());
            return settled(monitor, fx);
        },
        60000));
    CHECK(mostPipelines <= maxConnected);
    WARN("states settled in " << clock.elapsed() << " ms for " << monitor.pool().pipelineCount()
                              << " cameras");
    window.refreshNow();
    // The chart's first point comes once every state is known, with the settled count: no dip
    // for the cameras that were still being checked.
    REQUIRE(waitUntil([&] { return !monitor.history().samples().isEmpty(); }, 5000));
    CHECK(monitor.history().samples().first().online == fx.expectedOnline);

    // Headline figures.
    CHECK(window.figureTotal()->value() == kKecamatan.size() * kPerKecamatan + 1);
    CHECK(window.figureOnline()->value() == fx.expectedOnline);
    CHECK(window.figureOffline()->value() == fx.expectedOffline);
    CHECK(window.figureTrouble()->value() == fx.expectedTrouble);

    // One row per kecamatan with its own counts; the camera without one has its row.
    for (int k = 0; k < kKecamatan.size(); ++k) {
        AreaHealthRow *row = window.rowFor(kKecamatan[k]);
        REQUIRE(row);
        const HealthCounts c = row->counts();
        INFO(kKecamatan[k].toStdString());
        CHECK(c.total == kPerKecamatan);
        CHECK(c.offline == offlineIn(k));
        CHECK(c.trouble == refusedIn(k));
        CHECK(c.online == kPerKecamatan - offlineIn(k) - refusedIn(k));
        CHECK(c.disabled == (k == 0 ? 1 : 0));
    }
    REQUIRE(window.rowFor(QString()));
    CHECK(window.rowFor(QString())->counts().online == 1);
    CHECK(window.rowFor(std::nullopt)->counts().total == kKecamatan.size() * kPerKecamatan + 1);

    // Worst first by default: Candipuro has 3 + 6 of 50 failing, Senduro 3, no kecamatan none.
    auto shownOrder = [&] {
        QStringList names;
        for (AreaHealthRow *row : window.areaRows())
            names << row->key().kecamatan;
        return names;
    };
    CHECK(window.areaOrder() == AreaOrder::WorstFirst);
    CHECK(shownOrder() == QStringList{"Candipuro", "Tempeh", "Pasirian", "Senduro", ""});
    // The choice above the rows orders them by name.
    window.orderChoice()->setCurrentIndex(window.orderChoice()->findData(int(AreaOrder::ByName)));
    Q_EMIT window.orderChoice()->activated(window.orderChoice()->currentIndex());
    CHECK(window.areaOrder() == AreaOrder::ByName);
    CHECK(shownOrder() == QStringList{"Candipuro", "Pasirian", "Senduro", "Tempeh", ""});

    // Clicking a kecamatan shows its cameras only.
    const int k = 2; // Tempeh
    click(window.rowFor(kKecamatan[k]), {10, 10});
    REQUIRE(window.selectedKecamatan() == kKecamatan[k]);
    MosaicView *mosaic = window.mosaic();
    REQUIRE(mosaic->count() == kPerKecamatan);
    for (int i = 0; i < mosaic->count(); ++i)
        CHECK(fx.store->site().camera(mosaic->cameraIdAt(i))->area.value(1) == kKecamatan[k]);

    // Live thumbnails show their picture once a keyframe came; the others show their state.
    REQUIRE(waitUntil(
        [&] {
            for (int i = offlineIn(k) + refusedIn(k); i < mosaic->count(); ++i)
                if (!mosaic->thumbnail(i).showsPicture)
                    return false;
            return true;
        },
        kPlayingBoundMs));
    for (int i = 0; i < mosaic->count(); ++i) {
        const MosaicView::Thumbnail t = mosaic->thumbnail(i);
        mosaic->scrollToIndex(i);
        const QImage shot = mosaic->viewport()->grab().toImage();
        const QRect r = mosaic->cellRect(i);
        const QColor inside = shot.pixelColor(r.left() + r.width() * 3 / 4, r.top() + r.height() / 6);
        INFO("thumbnail " << i);
        if (i < offlineIn(k)) {
            CHECK(t.bucket == HealthBucket::Offline);
            CHECK_FALSE(t.showsPicture);
            CHECK(t.text == QStringLiteral("Offline"));
            CHECK_FALSE(anyClipColour(inside, fx.colours)); // not a picture
        } else if (i < offlineIn(k) + refusedIn(k)) {
            CHECK(t.bucket == HealthBucket::Trouble);
            CHECK(t.state == StreamState::AuthFailed);
            CHECK_FALSE(t.showsPicture);
            CHECK(t.text == QStringLiteral("Authentication failed"));
            CHECK_FALSE(anyClipColour(inside, fx.colours));
        } else {
            CHECK(t.bucket == HealthBucket::Online);
            CHECK(t.showsPicture);
            CHECK(closeTo(inside, fx.colours[i % fx.colours.size()]));
        }
    }

    // A thumbnail click opens the camera full screen on its main stream; Escape comes back.
    const int live = mosaic->count() - 1;
    mosaic->scrollToIndex(live);
    click(mosaic->viewport(), mosaic->cellRect(live).center());
    REQUIRE(window.liveWindow());
    TileView *tile = window.liveWindow()->tile();
    CHECK(tile->cameraId() == mosaic->cameraIdAt(live));
    REQUIRE(waitUntil(
        [&] {
            return tile->activePipeline() && tile->activePipeline()->status().state == StreamState::Playing;
        },
        15000));
    CHECK(tile->activeKind() == StreamKind::Main);
    CHECK_FALSE(fx.wallPool->settings().keyframesOnly);
    // Sized to its screen even where no window manager does it (it opened at 32x18 px).
    CHECK(window.liveWindow()->size() == window.liveWindow()->screen()->geometry().size());
    QKeyEvent esc(QEvent::KeyPress, Qt::Key_Escape, Qt::NoModifier);
    QApplication::sendEvent(window.liveWindow(), &esc);
    REQUIRE(waitUntil([&] { return !window.liveWindow(); }, 5000));

    // "All" again, and a history sample with today's count.
    click(window.rowFor(std::nullopt), {10, 10});
    CHECK(mosaic->count() == fx.store->site().cameras.size());
    monitor.sampleNow();
    REQUIRE_FALSE(monitor.history().samples().isEmpty());
    CHECK(monitor.history().samples().last().online == fx.expectedOnline);
    CHECK(monitor.history().samples().last().total == kKecamatan.size() * kPerKecamatan + 1);
    CHECK(QFile::exists(fx.dir.filePath("site-online-history.json")));
    CHECK(window.chart()->lineCount() == 1);

    // Read-only: the site is what it was.
    CHECK(fx.store->site() == before);

    // Ctrl+W closes the dashboard and its live camera window; hidden, it decodes nothing.
    click(mosaic->viewport(), mosaic->cellRect(live).center());
    REQUIRE(window.liveWindow());
    QKeyEvent ctrlW(QEvent::KeyPress, Qt::Key_W, Qt::ControlModifier);
    QApplication::sendEvent(&window, &ctrlW);
    CHECK_FALSE(window.isVisible());
    REQUIRE(waitUntil([&] { return !window.liveWindow(); }, 5000));
    CHECK_FALSE(monitor.isActive());
    CHECK(waitUntil([&] { return monitor.pool().pipelineCount() == 0; }, 5000));
}

TEST_CASE("A swept site whose cameras cannot be leased does not spin", "[ui][dashboard]")
{
    // ONVIF-only rows before onboarding, or cameras without any address: nothing to lease.
    QTemporaryDir dir;
    Site site;
    for (int i = 0; i < 10; ++i) {
        Camera c;
        c.id = QStringLiteral("cam-%1").arg(i);
        c.name = QStringLiteral("Tanpa alamat %1").arg(i);
        c.area = {"Lumajang", "Tempeh"};
        site.cameras.push_back(c);
    }
    SiteStore store(dir.filePath("site.json"), site);
    HealthMonitor monitor(&store, StreamSettings{}, QString());
    monitor.setMaxConnected(2);
    monitor.setActive(true); // returned: no endless refill of the sweep queue
    CHECK(monitor.isSweeping());
    CHECK(monitor.connectedCount() == 0);
    CHECK(monitor.health().counts().checking == 10);
    monitor.setActive(false);
}

TEST_CASE("Escape leaves the dashboard's full screen, then closes it, and Ctrl+Q closes every window",
          "[ui][dashboard]")
{
    QTemporaryDir dir;
    Site site;
    Camera c;
    c.id = QStringLiteral("cam-1");
    c.name = QStringLiteral("Simpang Lampu Merah Sekayu");
    c.area = {"Musi Banyuasin", "Sekayu"};
    site.cameras.push_back(c);
    SiteStore store(dir.filePath("site.json"), site);
    HealthMonitor monitor(&store, StreamSettings{}, QString());
    DashboardWindow window(&store, &monitor, nullptr);
    window.showFullScreen();
    REQUIRE(window.isVisible());
    QKeyEvent esc(QEvent::KeyPress, Qt::Key_Escape, Qt::NoModifier);
    QApplication::sendEvent(&window, &esc);
    CHECK(window.isVisible());
    CHECK_FALSE(window.isFullScreen());
    QApplication::sendEvent(&window, &esc);
    CHECK_FALSE(window.isVisible());

    window.show();
    QWidget other;
    other.show();
    QKeyEvent ctrlQ(QEvent::KeyPress, Qt::Key_Q, Qt::ControlModifier);
    QApplication::sendEvent(&window, &ctrlQ);
    CHECK_FALSE(window.isVisible());
    CHECK_FALSE(other.isVisible());
}

TEST_CASE("A swept camera that refuses waits for the next round instead of being retried at once",
          "[ui][dashboard]")
{
    // A loopback port nobody listens on: every connection is refused within milliseconds.
    quint16 deadPort = 0;
    {
        QTcpServer probe;
        REQUIRE(probe.listen(QHostAddress::LocalHost, 0));
        deadPort = probe.serverPort();
    }
    QTemporaryDir dir;
    Site site;
    for (int i = 0; i < 6; ++i) {
        Camera c;
        c.id = QStringLiteral("cam-%1").arg(i);
        c.name = QStringLiteral("Menolak %1").arg(i);
        c.area = {"Lumajang", "Tempeh"};
        c.mainStreamUrl = QUrl(QStringLiteral("rtsp://127.0.0.1:%1/cam%2").arg(deadPort).arg(i));
        c.subStreamUrl = c.mainStreamUrl;
        site.cameras.push_back(c);
    }
    SiteStore store(dir.filePath("site.json"), site);
    HealthMonitor monitor(&store, StreamSettings{}, QString());
    monitor.setMaxConnected(2);
    monitor.setMinRoundMs(3600000);
    monitor.setActive(true);
    REQUIRE(monitor.isSweeping());
    // One round finds every camera not online and lets them all go ...
    REQUIRE(waitUntil([&] { return monitor.health().counts().checking == 0; }, kPlayingBoundMs));
    CHECK(monitor.health().counts().online == 0);
    REQUIRE(waitUntil([&] { return monitor.connectedCount() == 0; }, kStateBoundMs));
    // ... and none is connected again before the next round is due (before the pacer, the sweep
    // started over at once: a tight loop over refusing cameras).
    CHECK_FALSE(waitUntil([&] { return monitor.connectedCount() > 0; }, 1500));
    CHECK(monitor.sweepsCompleted() == 0);
    // Once the round is due, the sweep visits them again.
    monitor.setMinRoundMs(0);
    CHECK(waitUntil([&] { return monitor.sweepsCompleted() >= 1; }, kPlayingBoundMs));
    monitor.setActive(false);
}

TEST_CASE("The dashboard shows how many cameras record while a recorder answers",
          "[ui][dashboard][recording]")
{
    QTemporaryDir dir;
    Site site;
    site.name = "Musi Banyuasin (test)";
    for (int i = 0; i < 3; ++i) {
        Camera c;
        c.id = QStringLiteral("cam-%1").arg(i);
        c.name = QStringLiteral("Kamera %1").arg(i + 1);
        c.area = {"Musi Banyuasin", "Sekayu"};
        c.mainStreamUrl = QUrl(QStringLiteral("rtsp://127.0.0.1:%1/mati").arg(closedPort()));
        c.recording.enabled = i < 2;
        site.cameras << c;
    }
    SiteStore store(dir.filePath("site.json"), site);
    HealthMonitor monitor(&store, StreamSettings{}, dir.filePath("site-online-history.json"));
    DashboardWindow window(&store, &monitor, nullptr);
    window.resize(1200, 800);
    window.show();
    CHECK_FALSE(window.figureRecording()->isVisible()); // no recorder: no figure

    QString cam1State = "waiting";
    auto status = [&] {
        return QJsonObject{{"format", "pantau-recorder-status"},
                           {"version", 1},
                           {"recorder", QJsonObject{{"cameras", 2},
                                                    {"recording", cam1State == "recording" ? 2 : 1},
                                                    {"daysThatFit", 28.4}}},
                           {"cameras", QJsonArray{QJsonObject{{"id", "cam-0"}, {"state", "recording"}},
                                                  QJsonObject{{"id", "cam-1"}, {"state", cam1State}}}}};
    };
    auto server = std::make_unique<recording::RecorderStatusServer>(status);
    REQUIRE(server->listen(dir.filePath("recorder.sock")));
    recording::RecorderStatusClient client(dir.filePath("recorder.sock"));
    client.start();
    window.setRecorder(&client);
    REQUIRE(waitUntil([&] { return window.figureRecording()->isVisible(); }, kStateBoundMs));
    CHECK(window.figureRecording()->value() == 1);
    cam1State = "recording";
    server->statusChanged();
    REQUIRE(waitUntil([&] { return window.figureRecording()->value() == 2; }, kStateBoundMs));
    server.reset(); // the recorder stops: the figure goes rather than show stale numbers
    REQUIRE(waitUntil([&] { return !window.figureRecording()->isVisible(); }, kStateBoundMs));
}

TEST_CASE("At the dashboard's default size many of Lumajang's 21 kecamatan rows show at once",
          "[ui][dashboard]")
{
    // The generated 1,000-camera Lumajang site, without addresses: nothing is leased or decoded.
    QTemporaryDir dir;
    Site site;
    site.name = QStringLiteral("Kabupaten Lumajang");
    site.cameras = lumajangCameras(1000);
    for (Camera &c : site.cameras)
        c.mainStreamUrl = c.subStreamUrl = c.onvifUrl = QUrl();
    SiteStore store(dir.filePath("site.json"), site);
    HealthMonitor monitor(&store, StreamSettings{}, QString());
    DashboardWindow window(&store, &monitor, nullptr); // its default size, 1600x900
    window.show();
    REQUIRE(waitUntil([&] { return window.visibleAreaRows() > 0; }, kStateBoundMs));
    CHECK(window.size() == QSize(1600, 900));
    CHECK(window.areaRows().size() == 21);
    // Before: 84 px rows under the "all" row, 4.5 of 21 in view.
    WARN(window.visibleAreaRows() << " of 21 kecamatan rows in view");
    CHECK(window.visibleAreaRows() >= 8);
    // "All kecamatan" and its figure are not squeezed: the title is painted whole.
    AreaHealthRow *all = window.rowFor(std::nullopt);
    REQUIRE(all);
    CHECK(all->counts().total == 980); // every 50th camera is disabled
    CHECK(all->paintedTitle() == all->title());
    for (AreaHealthRow *row : window.areaRows()) {
        INFO(row->title().toStdString());
        CHECK(row->paintedTitle() == row->title()); // no Lumajang kecamatan name is cut
    }
}

TEST_CASE("Kecamatan of the same name in two kabupaten are two rows that name their kabupaten",
          "[ui][dashboard]")
{
    QTemporaryDir dir;
    Site site;
    auto add = [&](const QString &id, const QString &kabupaten, const QString &kecamatan) {
        Camera c;
        c.id = id;
        c.name = QStringLiteral("Kamera %1").arg(id);
        c.area = {kabupaten, kecamatan, QStringLiteral("Desa %1").arg(id)};
        site.cameras.push_back(c);
    };
    add("a", "Lumajang", "Sukodono");
    add("b", "Lumajang", "Sukodono");
    add("c", "Sidoarjo", "Sukodono");
    add("d", "Sidoarjo", "Taman");
    SiteStore store(dir.filePath("site.json"), site);
    HealthMonitor monitor(&store, StreamSettings{}, QString());
    DashboardWindow window(&store, &monitor, nullptr);
    window.setAreaOrder(AreaOrder::ByName);
    QStringList titles;
    for (AreaHealthRow *row : window.areaRows())
        titles << row->title();
    CHECK(titles == QStringList{"Sukodono (Lumajang)", "Sukodono (Sidoarjo)", "Taman (Sidoarjo)"});
    AreaHealthRow *sidoarjo = window.rowFor(AreaKey{"Sidoarjo", "Sukodono"});
    REQUIRE(sidoarjo);
    CHECK(sidoarjo->counts().total == 1);
    click(sidoarjo, {10, 10});
    REQUIRE(window.selectedArea() == AreaKey{"Sidoarjo", "Sukodono"});
    REQUIRE(window.mosaic()->count() == 1);
    CHECK(window.mosaic()->cameraIdAt(0) == QStringLiteral("c"));
}
