// The wall's recording mark, fed by a recorder status channel on a local socket: a red disc on a
// camera the recorder records, a slashed ring on one that should record and does not, nothing on
// a camera the site does not record; the marks follow the recorder's changes and its absence.
#include "Wait.h"
#include "WallFixture.h"
#include "core/recording/RecorderStatusClient.h"
#include "core/recording/RecorderStatusServer.h"
#include "ui/wall/TileOverlayPainter.h"
#include "ui/wall/TileView.h"
#include "ui/wall/WallView.h"
#include "ui/wall/WallWindow.h"

#include <QFontMetrics>
#include <QGuiApplication>
#include <QJsonArray>
#include <QTime>

#include <catch2/catch.hpp>

using namespace pantau;
using namespace pantau::test;
using Mark = TileOverlayPainter::RecordingMark;

namespace {

constexpr int kBoundMs = 10000;

QJsonObject statusWith(const QHash<QString, QString> &states)
{
    QJsonArray cameras;
    int recording = 0;
    for (auto it = states.begin(); it != states.end(); ++it) {
        cameras.push_back(QJsonObject{{"id", it.key()}, {"state", it.value()}});
        recording += it.value() == "recording" ? 1 : 0;
    }
    return {{"format", "pantau-recorder-status"},
            {"version", 1},
            {"recorder", QJsonObject{{"cameras", cameras.size()}, {"recording", recording}}},
            {"cameras", cameras}};
}

// The colour at the centre of the tile's recording mark, where TileOverlayPainter draws it.
QColor markCentre(TileView *tile)
{
    const QImage grab = tile->grab().toImage();
    const auto layout =
        TileOverlayPainter::barLayout(tile->rect(), tile->font(), tile->tileIndex(),
                                      TileOverlayPainter::RecordingMark::Recording, tile->camera()->name);
    REQUIRE_FALSE(layout.mark.isEmpty());
    const QRect mark = layout.mark.translated(layout.bar.topLeft());
    // A quarter in from the left edge, on the middle row: inside a disc, inside a ring's hole.
    return grab.pixelColor(mark.left() + mark.width() / 4 + 1, mark.center().y());
}

bool isMarkRed(QColor c)
{
    return c.red() > 180 && c.green() < 100 && c.blue() < 100;
}

} // namespace

TEST_CASE("Tiles mark the cameras the recorder records, and those it should but does not",
          "[ui][wall][recording]")
{
    WallFixture fx;
    for (const QString id : {"cam0", "cam1"}) {
        Camera c = *fx.store->findCamera(id);
        c.recording.enabled = true;
        fx.store->upsertCamera(c);
    }
    QHash<QString, QString> states{{"cam0", "recording"}, {"cam1", "waiting"}};
    auto server = std::make_unique<recording::RecorderStatusServer>([&] { return statusWith(states); });
    const QString socket = fx.dir.filePath("recorder.sock");
    REQUIRE(server->listen(socket));
    recording::RecorderStatusClient client(socket);
    client.start();
    REQUIRE(waitUntil([&] { return client.isConnected(); }, kBoundMs));
    CHECK(client.camerasRecording() == 1);

    const QStringList cams{"cam0", "cam1", "cam2", "cam3"};
    fx.addLayout("2x2", cams, "grid");
    WallContext context = fx.context();
    context.recorder = &client;
    WallWindow window(context, QGuiApplication::primaryScreen());
    window.resize(960, 540);
    window.show();
    const QVector<TileView *> tiles = window.view()->tiles();
    REQUIRE(tiles.size() == 4);
    auto tileOf = [&](const QString &id) {
        for (TileView *t : tiles)
            if (t->cameraId() == id)
                return t;
        return static_cast<TileView *>(nullptr);
    };
    CHECK(tileOf("cam0")->recordingMark() == Mark::Recording);
    CHECK(tileOf("cam1")->recordingMark() == Mark::NotRecording);
    CHECK(tileOf("cam2")->recordingMark() == Mark::None);
    // Painted: a red disc is red inside; a slashed ring is not (its hole shows the bar).
    CHECK(isMarkRed(markCentre(tileOf("cam0"))));
    CHECK_FALSE(isMarkRed(markCentre(tileOf("cam1"))));
    CHECK_FALSE(isMarkRed(markCentre(tileOf("cam2"))));

    // The recorder catches up with cam1: its mark follows.
    states["cam1"] = "recording";
    server->statusChanged();
    REQUIRE(waitUntil([&] { return tileOf("cam1")->recordingMark() == Mark::Recording; }, kBoundMs));
    REQUIRE(waitUntil([&] { return isMarkRed(markCentre(tileOf("cam1"))); }, kBoundMs));

    // No recorder any more: nothing is recording, and the planned cameras say so.
    server.reset();
    REQUIRE(waitUntil([&] { return !client.isConnected(); }, kBoundMs));
    CHECK(tileOf("cam0")->recordingMark() == Mark::NotRecording);
    CHECK(tileOf("cam1")->recordingMark() == Mark::NotRecording);
    CHECK(tileOf("cam2")->recordingMark() == Mark::None);
}
