#pragma once
// The grid of tiles for one layout inside a wall window. Applies layout changes without
// reconnecting: tiles whose camera stays keep their lease, and new tiles lease before old ones let
// go. Double-click (or the context menu) shows one tile full screen within the window; Escape or
// another double-click returns. showCamera() puts any camera of the site full screen over the
// layout without editing it (the console's search); Escape returns to the layout. A drop, a swap
// or Delete changes this window's working copy of the layout (LayoutWorkingCopies, owned), never
// the saved layout; the window saves, reverts or undoes it. Playback: the window's session puts
// the whole layout on one clock; playTileBack() gives one tile a session of its own while the
// others stay as they are (TileClocks decides who follows which clock). GUI thread only.
#include "core/layout/Layout.h"
#include "core/playback/TileClocks.h"
#include "core/site/SiteStore.h"
#include "ui/wall/LayoutWorkingCopies.h"
#include "ui/wall/TileView.h"
#include "ui/wall/WallContext.h"

#include <QHash>
#include <QPointer>
#include <QTimer>
#include <QWidget>

namespace pantau {

class PtzPanel;
namespace ptz {
class PtzDriver;
}
namespace playback {
class PlaybackSession;
}

class WallView : public QWidget
{
    Q_OBJECT
public:
    explicit WallView(const WallContext &context, QWidget *parent = nullptr);

    void setLayoutId(const QString &layoutId);
    QString layoutId() const { return m_layout.id; }
    // What the window shows: the working copy of the layout (the saved layout until changed here).
    const Layout &currentLayout() const { return m_layout; }
    LayoutWorkingCopies *workingCopies() const { return m_workingCopies; }
    QString uid() const { return m_uid; }

    // This window's statistics (its menu), until the setting changes; the setting at first.
    void setShowStats(bool show);
    bool showStats() const { return m_showStats; }
    void setFullScreenTile(int tileIndex); // -1: the whole grid
    PtzPanel *ptzPanel() const { return m_ptzPanel; }
    void selectTile(int tileIndex);
    void syncPlaybackCameras(); // the session plays the shown camera and the layout's cameras
    int selectedTile() const { return m_selected; }
    int fullScreenTile() const { return m_fullTile; }

    const QList<TileView *> &tiles() const { return m_tiles; }

    // A camera full screen over the layout, main stream, whether or not the layout shows it; the
    // layout's tiles are hidden (their streams released) and the layout is not edited. Empty (or
    // Escape, a double-click, another layout): back to the layout.
    void showCamera(const QString &cameraId);
    QString shownCameraId() const;
    TileView *cameraTile() const { return m_cameraTile; } // nullptr until a camera was shown
    // This window's playback: every tile of the layout on one clock (the timeline drives it).
    playback::PlaybackSession *playback() const { return m_playback; }
    // Tile `tileIndex` alone to playback on a clock of its own (from live: a minute ago; from the
    // window's playback: where the shared clock is); its LIVE ends it. Selects the tile.
    void playTileBack(int tileIndex);
    // The tile's own session while it plays back on its own; nullptr otherwise.
    playback::PlaybackSession *tilePlayback(int tileIndex) const { return m_ownPlayback.value(tileIndex); }
    // What the timeline and the controls drive: the selected tile's own session, else playback().
    playback::PlaybackSession *activePlayback() const;
    // What every tile adds to its context menu (WallWindow: the layout menu).
    void setWindowMenu(TileView::MenuFiller filler);

Q_SIGNALS:
    void layoutReplaced();
    void activePlaybackChanged(); // activePlayback() is another session

protected:
    void resizeEvent(QResizeEvent *) override;
    void keyPressEvent(QKeyEvent *) override;

private:
    void apply(const Layout &layout);
    void placeTiles();
    std::optional<Camera> cameraFor(const QString &id) const;
    void onTileDropped(const QString &fromWall, int from, int to, const QString &cameraId);
    void editLayout(const Layout &changed, const QString &what);
    void updatePtz(); // the selected PTZ tile gets its controller and the panel
    void placePtzPanel();
    void endTilePlayback(int tileIndex); // the tile follows the window's session again
    void updateActivePlayback();         // activePlaybackChanged() when it changed

    WallContext m_context;
    QString m_uid;
    LayoutWorkingCopies *m_workingCopies; // owned (child)
    Layout m_layout;
    QList<TileView *> m_tiles;
    int m_fullTile = -1;
    int m_selected = -1;
    bool m_showStats = false;
    QTimer m_clock;                           // repaints the time overlay of tiles that get no frames
    QPointer<ptz::PtzDriver> m_gamepadDriver; // what this view last gave the gamepad
    PtzPanel *m_ptzPanel = nullptr;   // owned (child), made on first use: the selected PTZ tile's presets
    TileView *m_cameraTile = nullptr; // owned (child), made on first use: showCamera()'s tile
    TileView::MenuFiller m_windowMenu;
    playback::PlaybackSession *m_playback = nullptr; // owned (child)
    playback::TileClocks m_tileClocks;
    QHash<int, playback::PlaybackSession *> m_ownPlayback; // owned (children): tile -> its own session
    playback::PlaybackSession *m_active = nullptr;         // what activePlayback() said last
};

} // namespace pantau
