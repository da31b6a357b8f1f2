#pragma once
// A wall window's working copies of saved layouts. A drop onto a tile, a swap or Delete changes
// the window's working copy of the shown layout, never the saved layout: per layout the operator
// changed here, a LayoutDraft and an undo stack (QUndoStack; the shown layout's stack is the
// group's active one, so Ctrl+Z acts on what the window shows). save() writes the working copy
// into the saved layout and to disk at once; revert() gives the saved layout back and can be
// undone. Working copies live in memory only: a restart shows the saved layouts. Owns its drafts
// and stacks; reads and writes the SiteStore. GUI thread only.
#include "core/layout/LayoutDraft.h"

#include <QHash>
#include <QObject>
#include <QUndoGroup>

#include <map>
#include <memory>
#include <optional>

class QUndoStack;

namespace pantau {

class SiteStore;

class LayoutWorkingCopies : public QObject
{
    Q_OBJECT
public:
    explicit LayoutWorkingCopies(SiteStore *store, QObject *parent = nullptr);
    ~LayoutWorkingCopies() override;

    // What the window shows for this layout: its working copy, else the saved layout; nullopt
    // when the site has no such layout.
    std::optional<Layout> layout(const QString &layoutId) const;
    // The layout the window shows now: Ctrl+Z and the marker act on its working copy.
    void setShownLayout(const QString &layoutId);
    QString shownLayoutId() const { return m_shown; }

    // The operator changed the shown layout on the wall (same grid); `what` names the change for
    // the undo menu ("camera on tile 3"). Nothing changed: nothing is pushed.
    void edit(const Layout &changed, const QString &what);
    bool isChanged(const QString &layoutId) const;
    // The working copy becomes the saved layout, on disk before this returns. False: the write
    // failed (the store keeps retrying and says why through saveFailed).
    bool save(const QString &layoutId);
    // Back to the saved layout; undoable.
    void revert(const QString &layoutId);

    QUndoGroup *undoGroup() { return &m_undo; }
    QUndoStack *undoStack(const QString &layoutId) const; // nullptr: never changed here

Q_SIGNALS:
    // What the window shows for this layout may have changed (an edit, undo, redo, revert, a save,
    // or the saved layout changed elsewhere).
    void changed(const QString &layoutId);

private:
    class TileEdit;
    struct Copy
    {
        LayoutDraft draft;
        std::unique_ptr<QUndoStack> stack;
    };
    Copy &copyFor(const QString &layoutId); // made on first change from the saved layout
    void applyChanges(const QString &layoutId, const TileChanges &changes, bool undo);
    void onSavedLayoutChanged(const QString &layoutId);
    void onLayoutsChanged();

    SiteStore *m_store;
    QUndoGroup m_undo;
    std::map<QString, Copy> m_copies; // by layout id
    QString m_shown;
};

} // namespace pantau
