#include "ui/wall/LayoutWorkingCopies.h"

#include "core/Log.h"
#include "core/site/SiteStore.h"

#include <QUndoStack>

namespace pantau {

// One operator change on the wall (or a revert): the tiles it changed, applied to the working copy
// forwards (redo) or backwards (undo).
class LayoutWorkingCopies::TileEdit : public QUndoCommand
{
public:
    TileEdit(LayoutWorkingCopies *owner, QString layoutId, TileChanges changes, const QString &text)
        : m_owner(owner), m_layoutId(std::move(layoutId)), m_changes(std::move(changes))
    {
        setText(text);
    }
    void redo() override { m_owner->applyChanges(m_layoutId, m_changes, false); }
    void undo() override { m_owner->applyChanges(m_layoutId, m_changes, true); }

private:
    LayoutWorkingCopies *m_owner;
    QString m_layoutId;
    TileChanges m_changes;
};

LayoutWorkingCopies::LayoutWorkingCopies(SiteStore *store, QObject *parent) : QObject(parent), m_store(store)
{
    connect(store, &SiteStore::layoutChanged, this, &LayoutWorkingCopies::onSavedLayoutChanged);
    connect(store, &SiteStore::layoutsChanged, this, &LayoutWorkingCopies::onLayoutsChanged);
}

LayoutWorkingCopies::~LayoutWorkingCopies()
{
    // The window that listens to the group may already be half destroyed (it owns us through its
    // view): removing the stacks must not tell it that undo changed.
    m_undo.blockSignals(true);
    for (auto &[id, copy] : m_copies)
        m_undo.removeStack(copy.stack.get());
}

std::optional<Layout> LayoutWorkingCopies::layout(const QString &layoutId) const
{
    const Layout *saved = m_store->site().layout(layoutId);
    if (!saved)
        return std::nullopt;
    const auto it = m_copies.find(layoutId);
    return it != m_copies.end() ? it->second.draft.working() : *saved;
}

void LayoutWorkingCopies::setShownLayout(const QString &layoutId)
{
    m_shown = layoutId;
    const auto it = m_copies.find(layoutId);
    m_undo.setActiveStack(it != m_copies.end() ? it->second.stack.get() : nullptr);
}

LayoutWorkingCopies::Copy &LayoutWorkingCopies::copyFor(const QString &layoutId)
{
    auto it = m_copies.find(layoutId);
    if (it == m_copies.end()) {
        const Layout *saved = m_store->site().layout(layoutId);
        Copy copy{LayoutDraft(saved ? *saved : Layout{}), std::make_unique<QUndoStack>()};
        m_undo.addStack(copy.stack.get());
        it = m_copies.emplace(layoutId, std::move(copy)).first;
        if (layoutId == m_shown)
            m_undo.setActiveStack(it->second.stack.get());
    }
    return it->second;
}

void LayoutWorkingCopies::edit(const Layout &changed, const QString &what)
{
    if (changed.id.isEmpty() || !m_store->site().layout(changed.id))
        return;
    Copy &copy = copyFor(changed.id);
    const TileChanges changes = copy.draft.changesTo(changed);
    if (changes.isEmpty())
        return;
    qCInfo(lcUi) << "layout" << changed.id << "working copy:" << what;
    copy.stack->push(new TileEdit(this, changed.id, changes, what)); // push() applies it
}

bool LayoutWorkingCopies::isChanged(const QString &layoutId) const
{
    const auto it = m_copies.find(layoutId);
    return it != m_copies.end() && it->second.draft.isChanged();
}

bool LayoutWorkingCopies::save(const QString &layoutId)
{
    const auto it = m_copies.find(layoutId);
    if (it == m_copies.end() || !it->second.draft.isChanged())
        return true;
    Layout working = it->second.draft.working();
    for (TileSlot &t : working.tiles) // a camera deleted meanwhile is not written back
        if (!t.cameraId.isEmpty() && !m_store->site().camera(t.cameraId))
            t.cameraId.clear();
    it->second.draft.markSaved();
    qCInfo(lcUi) << "layout" << layoutId << "saved from a wall window's working copy";
    m_store->upsertLayout(working); // layoutChanged: the draft follows (nothing left to keep)
    Q_EMIT changed(layoutId);
    return m_store->flushPendingSave(); // confirmed by the operator: on disk now
}

void LayoutWorkingCopies::revert(const QString &layoutId)
{
    const auto it = m_copies.find(layoutId);
    if (it == m_copies.end())
        return;
    LayoutDraft probe = it->second.draft;
    const TileChanges changes = probe.revert();
    if (changes.isEmpty())
        return;
    it->second.stack->push(new TileEdit(this, layoutId, changes, tr("revert to the saved layout")));
}

QUndoStack *LayoutWorkingCopies::undoStack(const QString &layoutId) const
{
    const auto it = m_copies.find(layoutId);
    return it != m_copies.end() ? it->second.stack.get() : nullptr;
}

void LayoutWorkingCopies::applyChanges(const QString &layoutId, const TileChanges &changes, bool undo)
{
    const auto it = m_copies.find(layoutId);
    if (it == m_copies.end())
        return;
    it->second.draft.apply(changes, undo);
    Q_EMIT changed(layoutId);
}

void LayoutWorkingCopies::onSavedLayoutChanged(const QString &layoutId)
{
    const auto it = m_copies.find(layoutId);
    const Layout *saved = m_store->site().layout(layoutId);
    if (it != m_copies.end() && saved && it->second.draft.follow(*saved) == LayoutDraft::Follow::Replaced) {
        qCInfo(lcUi) << "layout" << layoutId << "has a new grid: the wall window's working copy is replaced";
        it->second.stack->clear(); // its changes no longer name the same tiles
    }
    Q_EMIT changed(layoutId);
}

void LayoutWorkingCopies::onLayoutsChanged()
{
    // A rename comes through layoutChanged too; here only deleted layouts matter: their copy goes.
    for (auto it = m_copies.begin(); it != m_copies.end();) {
        if (m_store->site().layout(it->first)) {
            ++it;
            continue;
        }
        m_undo.removeStack(it->second.stack.get());
        it = m_copies.erase(it);
    }
}

} // namespace pantau
