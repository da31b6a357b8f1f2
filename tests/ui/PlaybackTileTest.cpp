// A wall window in playback (ui/wall: TileView, TileOverlayPainter, WallView's PlaybackSession):
// the whole layout goes to playback together, each tile is unmistakably not live (amber border,
// "RECORDED", the footage's time, no live stream held), a camera without footage says so instead
// of a frozen picture, and one click on "LIVE" brings every tile back to live.
#include "CatchQt.h"
#include "Wait.h"
#include "WallFixture.h"
#include "core/playback/PlaybackSession.h"
#include "ui/wall/TileOverlayPainter.h"
#include "ui/wall/WallWindow.h"

#include <QApplication>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QMouseEvent>

#include <catch2/catch.hpp>

using namespace pantau;
using namespace pantau::test;

TEST_CASE("A wall window goes to playback together and back to live with one click", "[ui][wall][playback]")
{
    WallFixture fx;
    const QStringList cams{"cam0", "cam1", "cam2", "cam3"};
    fx.addLayout("2x2", cams, "grid");
    WallWindow window(fx.context(), QGuiApplication::primaryScreen());
    window.resize(960, 540);
    window.show();
    WallView *view = window.view();
    REQUIRE(view->tiles().size() == 4);
    playback::PlaybackSession *session = window.playback();
    REQUIRE(session);
    CHECK(session->cameraIds() == cams);
    REQUIRE(waitUntil(
        [&] {
            for (TileView *t : view->tiles())
                if (!t->activePipeline())
                    return false;
            return true;
        },
        kStateBoundMs));

    // No archive in this context: every camera has no footage at any time.
    session->seek(QDateTime::currentMSecsSinceEpoch() - 3'600'000, true);
    for (TileView *t : view->tiles()) {
        CHECK(t->isPlayback());
        CHECK(t->activePipeline() == nullptr); // the live stream is let go
        REQUIRE(waitUntil([&] { return t->playbackText() == TileOverlayPainter::noFootageText(); },
                          kStateBoundMs));
        CHECK(t->playbackText() == "No footage");
        const QImage shot = t->grab().toImage();
        const QColor border = shot.pixelColor(1, shot.height() / 2);
        INFO("border " << border.name().toStdString());
        CHECK(border.red() > 200);
        CHECK(border.green() > 140);
        CHECK(border.blue() < 60); // amber: not a live tile
    }

    TileView *first = view->tiles().first();
    const QPointF pos = TileOverlayPainter::liveButtonRect(first->rect()).center();
    QMouseEvent press(QEvent::MouseButtonPress, pos, first->mapToGlobal(pos), Qt::LeftButton, Qt::LeftButton,
                      Qt::NoModifier);
    QApplication::sendEvent(first, &press);
    CHECK_FALSE(session->isPlayback());
    for (TileView *t : view->tiles()) {
        CHECK_FALSE(t->isPlayback());
        CHECK(t->playbackText().isEmpty());
    }
    REQUIRE(waitUntil(
        [&] {
            for (TileView *t : view->tiles())
                if (!t->activePipeline())
                    return false;
            return true;
        },
        kStateBoundMs));
}

TEST_CASE("The L key on a tile in playback goes back to live", "[ui][wall][playback]")
{
    WallFixture fx;
    fx.addLayout("2x2", {"cam0", "cam1", "cam2", "cam3"}, "grid");
    WallWindow window(fx.context(), QGuiApplication::primaryScreen());
    window.resize(640, 360);
    window.show();
    playback::PlaybackSession *session = window.playback();
    session->seek(QDateTime::currentMSecsSinceEpoch() - 60'000, true);
    REQUIRE(session->isPlayback());
    QKeyEvent l(QEvent::KeyPress, Qt::Key_L, Qt::NoModifier, QStringLiteral("l"));
    QApplication::sendEvent(window.view()->tiles().at(2), &l);
    CHECK_FALSE(session->isPlayback());
}
