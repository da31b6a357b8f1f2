#pragma once
// A wall window's working copy of one saved layout: what the operator changed on the wall (a
// camera dropped on a tile, two tiles swapped, a tile emptied) kept apart from the layout the
// supervisor saved, until it is saved or reverted. A value type: every decision (which tiles an
// edit changed, undo and redo of those changes, following a saved layout that changed meanwhile)
// is a pure function here; the wall (ui/wall/LayoutWorkingCopies) acts. Any thread, one at a time.
#include "core/layout/Layout.h"

namespace pantau {

// One tile's camera before and after an edit (empty: no camera).
struct TileChange
{
    int tileIndex = -1;
    QString before;
    QString after;
    friend bool operator==(const TileChange &, const TileChange &) = default;
};
using TileChanges = QVector<TileChange>;

class LayoutDraft
{
public:
    explicit LayoutDraft(Layout saved = {});

    const Layout &saved() const { return m_saved; }
    const Layout &working() const { return m_working; }
    // True while the working copy shows something the saved layout does not.
    bool isChanged() const { return m_working != m_saved; }

    // The tiles whose camera differs between the working copy and `other`, working copy first.
    // Empty when nothing differs, or when `other` has another geometry (a wall edit never changes
    // the grid; that is the layout editor's work on the saved layout).
    TileChanges changesTo(const Layout &other) const;
    // Applies changes to the working copy: forwards (each tile gets `after`) or, for undo,
    // backwards (`before`). A change whose tile does not exist is skipped.
    void apply(const TileChanges &changes, bool undo = false);
    // The operator's edit: the working copy becomes `changed` (same geometry); returns what changed.
    TileChanges edit(const Layout &changed);
    // The working copy back to the saved layout; returns what that changed (to undo the revert).
    TileChanges revert();
    // The working copy was saved: it is now the saved layout.
    void markSaved() { m_saved = m_working; }

    enum class Follow {
        Kept,     // same geometry: the operator's changed tiles stay, the rest follows
        Replaced, // another geometry: the working copy is now the new saved layout
    };
    // The saved layout changed under the working copy (another window saved its copy, the layout
    // editor, a deleted camera). Same geometry: each tile the operator changed keeps the working
    // copy's camera, every other tile (and the name) takes the new saved layout's. Another
    // geometry: the operator's changes cannot be placed, the working copy becomes the new saved
    // layout (the caller forgets its undo history).
    Follow follow(const Layout &newSaved);

private:
    Layout m_saved;
    Layout m_working;
};

} // namespace pantau
