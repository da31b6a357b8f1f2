#include "core/layout/LayoutDraft.h"

namespace pantau {

LayoutDraft::LayoutDraft(Layout saved) : m_saved(std::move(saved)), m_working(m_saved) {}

TileChanges LayoutDraft::changesTo(const Layout &other) const
{
    TileChanges changes;
    if (!m_working.sameGeometry(other))
        return changes;
    for (int i = 0; i < m_working.tiles.size(); ++i)
        if (m_working.tiles[i].cameraId != other.tiles[i].cameraId)
            changes.push_back({i, m_working.tiles[i].cameraId, other.tiles[i].cameraId});
    return changes;
}

void LayoutDraft::apply(const TileChanges &changes, bool undo)
{
    for (const TileChange &c : changes)
        if (c.tileIndex >= 0 && c.tileIndex < m_working.tiles.size())
            m_working.tiles[c.tileIndex].cameraId = undo ? c.before : c.after;
}

TileChanges LayoutDraft::edit(const Layout &changed)
{
    const TileChanges changes = changesTo(changed);
    apply(changes);
    return changes;
}

TileChanges LayoutDraft::revert()
{
    const TileChanges changes = changesTo(m_saved);
    apply(changes);
    return changes;
}

LayoutDraft::Follow LayoutDraft::follow(const Layout &newSaved)
{
    if (!m_working.sameGeometry(newSaved) || !m_saved.sameGeometry(newSaved)) {
        m_saved = m_working = newSaved;
        return Follow::Replaced;
    }
    Layout next = newSaved;
    for (int i = 0; i < next.tiles.size(); ++i)
        if (m_working.tiles[i].cameraId != m_saved.tiles[i].cameraId) // the operator changed it
            next.tiles[i].cameraId = m_working.tiles[i].cameraId;
    m_saved = newSaved;
    m_working = next;
    return Follow::Kept;
}

} // namespace pantau
