#pragma once
// Which clock each tile of a wall window follows: live, the window's shared clock (the whole
// layout in synchronised playback) or a clock of its own (one tile played back while the others
// stay as they are). Pure: WallView tells it what happened and acts on the answers (it owns the
// sessions). The rules:
//  - a tile goes to its own clock in one action; from live it starts kOwnReplayMs before now, from
//    the window's synchronised playback at the shared position (it leaves the shared clock there);
//  - LIVE on a tile with its own clock (or its camera leaving the tile) ends that clock: the tile
//    follows the window again (live, or the shared clock when the window is in playback);
//  - the whole window entering synchronised playback puts every tile on the shared clock: every
//    own clock ends ("the whole layout at the same moment");
//  - the timeline and the controls drive the selected tile's own clock, else the shared one;
//  - the shared clock plays only the cameras of the tiles that follow it (and the camera shown
//    full screen over the layout).
// Value type; GUI thread in practice.
#include <QList>
#include <QSet>
#include <QStringList>
#include <QtGlobal>

namespace pantau::playback {

class TileClocks
{
public:
    enum class Clock { Live, Shared, Own };
    static constexpr qint64 kOwnReplayMs = 60'000; // a live tile played back starts a minute ago

    Clock clockFor(int tileIndex) const;
    bool isSharedPlayback() const { return m_sharedPlayback; }
    bool hasOwnClock(int tileIndex) const { return m_own.contains(tileIndex); }
    QList<int> ownTiles() const; // ascending

    // The window's shared clock entered (true) or left playback. Entering returns the tiles
    // whose own clock ends; otherwise nothing ends.
    QList<int> setSharedPlayback(bool playback);
    // Tile `tileIndex` (showing a camera) to its own clock: returns where that clock starts, or
    // -1 (nothing changes) for a tile without a camera, outside the layout or already on its own.
    qint64 startOwn(int tileIndex, bool hasCamera, qint64 nowUtcMs, qint64 sharedPositionUtcMs);
    // Its own clock went live or its camera left: false when it had none.
    bool endOwn(int tileIndex);
    // The tiles were rebuilt (another layout): every own clock ends; returns those tiles.
    QList<int> clear();

    // The tile whose own clock the timeline drives: `selectedTile` when it has one, else -1 (the
    // shared clock).
    int timelineTile(int selectedTile) const;
    // The cameras the shared clock plays: `shownCameraId` (a camera full screen over the layout)
    // first, then the cameras of the tiles that follow the shared clock, in tile order, once each.
    // `tileCameraIds` holds one id per tile (empty for an empty tile).
    QStringList sharedCameraIds(const QStringList &tileCameraIds, const QString &shownCameraId) const;

private:
    bool m_sharedPlayback = false;
    QSet<int> m_own;
};

} // namespace pantau::playback
