#include "core/playback/TileClocks.h"

#include <algorithm>

namespace pantau::playback {

TileClocks::Clock TileClocks::clockFor(int tileIndex) const
{
    if (m_own.contains(tileIndex))
        return Clock::Own;
    return m_sharedPlayback ? Clock::Shared : Clock::Live;
}

QList<int> TileClocks::ownTiles() const
{
    QList<int> tiles(m_own.begin(), m_own.end());
    std::sort(tiles.begin(), tiles.end());
    return tiles;
}

QList<int> TileClocks::setSharedPlayback(bool playback)
{
    const bool entering = playback && !m_sharedPlayback;
    m_sharedPlayback = playback;
    return entering ? clear() : QList<int>();
}

qint64 TileClocks::startOwn(int tileIndex, bool hasCamera, qint64 nowUtcMs, qint64 sharedPositionUtcMs)
{
    if (tileIndex < 0 || !hasCamera || m_own.contains(tileIndex))
        return -1;
    m_own.insert(tileIndex);
    return m_sharedPlayback ? sharedPositionUtcMs : nowUtcMs - kOwnReplayMs;
}

bool TileClocks::endOwn(int tileIndex)
{
    return m_own.remove(tileIndex);
}

QList<int> TileClocks::clear()
{
    const QList<int> ended = ownTiles();
    m_own.clear();
    return ended;
}

int TileClocks::timelineTile(int selectedTile) const
{
    return m_own.contains(selectedTile) ? selectedTile : -1;
}

QStringList TileClocks::sharedCameraIds(const QStringList &tileCameraIds, const QString &shownCameraId) const
{
    QStringList ids;
    if (!shownCameraId.isEmpty())
        ids << shownCameraId;
    for (int i = 0; i < tileCameraIds.size(); ++i) {
        const QString &id = tileCameraIds.at(i);
        if (!id.isEmpty() && !m_own.contains(i) && !ids.contains(id))
            ids << id;
    }
    return ids;
}

} // namespace pantau::playback
