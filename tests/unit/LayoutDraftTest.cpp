// A wall window's working copy of a saved layout: edits, undo, revert, save, and following a saved
// layout that changed meanwhile. Expected layouts are written out tile by tile.
#include <catch2/catch.hpp>

#include "CatchQt.h"
#include "core/layout/LayoutDraft.h"

using namespace pantau;

namespace {
Layout saved2x2()
{
    Layout l = layouts::filledWith(layouts::grid(2, 2), {"a", "b", "c"}); // tile 3 empty
    l.id = "simpang";
    l.name = "Simpang";
    return l;
}

QStringList camerasOf(const Layout &l)
{
    QStringList ids;
    for (const TileSlot &t : l.tiles)
        ids << t.cameraId;
    return ids;
}
} // namespace

TEST_CASE("A wall edit changes the working copy, never the saved layout", "[unit][layout]")
{
    LayoutDraft draft(saved2x2());
    CHECK_FALSE(draft.isChanged());
    const TileChanges changes = draft.edit(layouts::withCamera(draft.working(), 3, "x"));
    CHECK(changes == TileChanges{{3, "", "x"}});
    CHECK(draft.isChanged());
    CHECK(camerasOf(draft.working()) == QStringList{"a", "b", "c", "x"});
    CHECK(camerasOf(draft.saved()) == QStringList{"a", "b", "c", ""});
}

TEST_CASE("A swap is two tile changes and undo puts both cameras back", "[unit][layout]")
{
    LayoutDraft draft(saved2x2());
    const TileChanges swap = draft.edit(layouts::withSwappedTiles(draft.working(), 0, 2));
    CHECK(swap == TileChanges{{0, "a", "c"}, {2, "c", "a"}});
    draft.apply(swap, true);
    CHECK_FALSE(draft.isChanged());
    CHECK(camerasOf(draft.working()) == QStringList{"a", "b", "c", ""});
    draft.apply(swap); // redo
    CHECK(camerasOf(draft.working()) == QStringList{"c", "b", "a", ""});
}

TEST_CASE("Revert gives the saved layout back and can itself be undone", "[unit][layout]")
{
    LayoutDraft draft(saved2x2());
    draft.edit(layouts::withCamera(draft.working(), 1, {}));
    draft.edit(layouts::withCamera(draft.working(), 3, "x"));
    const TileChanges reverted = draft.revert();
    CHECK(reverted == TileChanges{{1, "", "b"}, {3, "x", ""}});
    CHECK_FALSE(draft.isChanged());
    draft.apply(reverted, true);
    CHECK(camerasOf(draft.working()) == QStringList{"a", "", "c", "x"});
}

TEST_CASE("A working copy never takes another geometry", "[unit][layout]")
{
    LayoutDraft draft(saved2x2());
    CHECK(draft.edit(layouts::merged(draft.working(), QRect(0, 0, 2, 1))).isEmpty());
    CHECK_FALSE(draft.isChanged());
}

TEST_CASE("After a save the working copy is the saved layout", "[unit][layout]")
{
    LayoutDraft draft(saved2x2());
    draft.edit(layouts::withCamera(draft.working(), 0, "x"));
    draft.markSaved();
    CHECK_FALSE(draft.isChanged());
    CHECK(draft.saved().tiles[0].cameraId == "x");
}

TEST_CASE("A saved layout changed elsewhere keeps the operator's tiles and takes the others",
          "[unit][layout]")
{
    LayoutDraft draft(saved2x2());
    draft.edit(layouts::withCamera(draft.working(), 0, "x")); // the operator: tile 0
    Layout theirs = saved2x2();
    theirs.name = "Simpang Senduro";
    theirs.tiles[0].cameraId = "y"; // both changed tile 0: the operator's stays
    theirs.tiles[3].cameraId = "z"; // only they changed tile 3: it follows
    CHECK(draft.follow(theirs) == LayoutDraft::Follow::Kept);
    CHECK(camerasOf(draft.working()) == QStringList{"x", "b", "c", "z"});
    CHECK(camerasOf(draft.saved()) == QStringList{"y", "b", "c", "z"});
    CHECK(draft.working().name == "Simpang Senduro");
    CHECK(draft.isChanged());
}

TEST_CASE("A saved layout given another grid replaces the working copy", "[unit][layout]")
{
    LayoutDraft draft(saved2x2());
    draft.edit(layouts::withCamera(draft.working(), 0, "x"));
    Layout theirs = layouts::filledWith(layouts::grid(3, 3), {"a"});
    theirs.id = "simpang";
    CHECK(draft.follow(theirs) == LayoutDraft::Follow::Replaced);
    CHECK(draft.working() == theirs);
    CHECK_FALSE(draft.isChanged());
}
