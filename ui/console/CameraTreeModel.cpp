#include "ui/console/CameraTreeModel.h"

#include "ui/common/DragPayload.h"
#include "ui/common/Palette.h"

#include <QPainter>

namespace pantau {

namespace {
QIcon dotIcon(const QColor &c)
{
    QPixmap pm(12, 12);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(c);
    p.drawEllipse(1, 1, 10, 10);
    return QIcon(pm);
}

QIcon iconFor(StreamState s)
{
    static QHash<QRgb, QIcon> s_icons; // one per colour, made once
    const QColor colour = Palette::forStreamState(s);
    auto it = s_icons.find(colour.rgb());
    if (it == s_icons.end())
        it = s_icons.insert(colour.rgb(), dotIcon(colour));
    return *it;
}
} // namespace

CameraTreeModel::CameraTreeModel(QObject *parent) : QStandardItemModel(parent) {}

namespace {
constexpr int kCountRole = Qt::UserRole + 100; // a branch's camera count
constexpr int kAreaRole = Qt::UserRole + 101;  // a camera's branch path
} // namespace

QStringList CameraTreeModel::areaPathOf(const Camera &camera) const
{
    return camera.area.isEmpty() ? QStringList{tr("No area")} : camera.area;
}

void CameraTreeModel::fillCameraItem(QStandardItem *item, const Camera &c) const
{
    item->setText(c.name);
    item->setData(c.id, CameraIdRole);
    item->setData(areaPathOf(c), kAreaRole);
    item->setData(QStringList({c.name, c.area.join(' '), c.owner, c.tags.join(' ')}).join(' ').toLower(),
                  SearchTextRole);
    item->setToolTip(QStringLiteral("%1\n%2").arg(c.name, c.area.join(QStringLiteral(" / "))));
    if (!c.isValid()) { // listed with its reason; the site file keeps its entry as written
        item->setText(tr("%1 (invalid)").arg(c.name));
        item->setToolTip(tr("%1\n%2\nThis camera's entry in the site file cannot be used: %3")
                             .arg(c.name, c.area.join(QStringLiteral(" / ")), c.invalidReason));
        item->setForeground(QColor(220, 90, 70));
    } else if (!c.enabled)
        item->setForeground(QColor(140, 140, 140));
    else
        item->setData(QVariant(), Qt::ForegroundRole);
}

void CameraTreeModel::setBranchCount(QStandardItem *branch, int count)
{
    branch->setData(count, kCountRole);
    branch->setText(QStringLiteral("%1 (%2)").arg(branch->data(BranchNameRole).toString()).arg(count));
}

void CameraTreeModel::setCameras(const QVector<Camera> &cameras)
{
    QHash<QString, QVariant> states; // a rebuild keeps each camera's dot (states change by signal only)
    for (auto it = m_cameraItems.cbegin(); it != m_cameraItems.cend(); ++it)
        states.insert(it.key(), it.value()->data(StateRole));
    clear();
    m_cameraItems.clear();
    m_branches.clear();
    QHash<QStandardItem *, int> counts;
    for (const Camera &c : cameras) {
        QStandardItem *parent = invisibleRootItem();
        QStringList path;
        QList<QStandardItem *> chain;
        for (const QString &part : areaPathOf(c)) {
            path << part;
            QStandardItem *branch = branchAt(parent, path);
            chain << branch;
            parent = branch;
        }
        for (QStandardItem *b : chain)
            ++counts[b];
        auto *item = new QStandardItem;
        item->setEditable(false);
        fillCameraItem(item, c);
        const QVariant state = states.value(c.id);
        if (state.isValid())
            item->setData(state, StateRole);
        item->setIcon(iconFor(state.isValid() ? StreamState(state.toInt()) : StreamState::Invalid));
        parent->appendRow(item);
        m_cameraItems.insert(c.id, item);
    }
    for (auto it = counts.begin(); it != counts.end(); ++it)
        setBranchCount(it.key(), it.value());
}

void CameraTreeModel::updateCameras(const QVector<Camera> &cameras, const QStringList &changedIds)
{
    if (changedIds.isEmpty())
        return setCameras(cameras);
    QHash<QString, const Camera *> changed;
    for (const QString &id : changedIds)
        changed.insert(id, nullptr);
    for (const Camera &c : cameras)
        if (auto it = changed.find(c.id); it != changed.end())
            *it = &c;
    // A camera that moves to another area would land at the end of its new branch, not where a
    // rebuild puts it: rebuild then. Added cameras come last in the site, as they are appended.
    for (auto it = changed.cbegin(); it != changed.cend(); ++it) {
        const QStandardItem *item = m_cameraItems.value(it.key());
        if (item && it.value() && item->data(kAreaRole).toStringList() != areaPathOf(*it.value()))
            return setCameras(cameras);
    }
    for (const QString &id : changedIds) {
        const Camera *c = changed.value(id);
        QStandardItem *item = m_cameraItems.value(id);
        if (!c)
            removeCamera(id);
        else if (item)
            fillCameraItem(item, *c);
    }
    for (const Camera &c : cameras) // in site order
        if (changed.contains(c.id) && !m_cameraItems.contains(c.id))
            appendCamera(c);
}

QStandardItem *CameraTreeModel::branchAt(QStandardItem *parent, const QStringList &path)
{
    QStandardItem *&branch = m_branches[path];
    if (!branch) {
        branch = new QStandardItem(path.last());
        branch->setEditable(false);
        branch->setDragEnabled(false);
        branch->setData(path.last(), BranchNameRole);
        parent->appendRow(branch);
    }
    return branch;
}

void CameraTreeModel::appendCamera(const Camera &c)
{
    QStandardItem *parent = invisibleRootItem();
    QStringList path;
    for (const QString &part : areaPathOf(c)) {
        path << part;
        QStandardItem *branch = branchAt(parent, path);
        setBranchCount(branch, branch->data(kCountRole).toInt() + 1);
        parent = branch;
    }
    auto *item = new QStandardItem;
    item->setEditable(false);
    fillCameraItem(item, c);
    item->setIcon(iconFor(StreamState::Invalid));
    parent->appendRow(item);
    m_cameraItems.insert(c.id, item);
}

void CameraTreeModel::removeCamera(const QString &cameraId)
{
    QStandardItem *item = m_cameraItems.take(cameraId);
    if (!item)
        return;
    QStringList path = item->data(kAreaRole).toStringList();
    QStandardItem *parent = item->parent();
    parent->removeRow(item->row());
    // Count down every branch above it; a branch left empty goes too.
    while (parent && parent != invisibleRootItem() && !path.isEmpty()) {
        QStandardItem *up = parent->parent() ? parent->parent() : invisibleRootItem();
        const int count = parent->data(kCountRole).toInt() - 1;
        if (count <= 0) {
            m_branches.remove(path);
            up->removeRow(parent->row());
        } else {
            setBranchCount(parent, count);
        }
        path.removeLast();
        parent = up;
    }
}

void CameraTreeModel::refreshStates(const std::function<StreamState(const QString &)> &stateOf)
{
    for (auto it = m_cameraItems.begin(); it != m_cameraItems.end(); ++it)
        setState(it.key(), stateOf(it.key()));
}

void CameraTreeModel::setState(const QString &cameraId, StreamState state)
{
    QStandardItem *item = m_cameraItems.value(cameraId);
    if (!item)
        return;
    if (item->data(StateRole).toInt() != int(state) || !item->data(StateRole).isValid()) {
        item->setData(int(state), StateRole);
        item->setIcon(iconFor(state));
    }
}

QModelIndex CameraTreeModel::indexOfCamera(const QString &cameraId) const
{
    QStandardItem *item = m_cameraItems.value(cameraId);
    return item ? item->index() : QModelIndex();
}

QString CameraTreeModel::stateText(StreamState state)
{
    switch (state) {
    case StreamState::Playing:
        return tr("Green dot: live on the wall.");
    case StreamState::Connecting:
        return tr("Yellow dot: connecting.");
    case StreamState::Reconnecting:
        return tr("Yellow dot: connection lost, reconnecting.");
    case StreamState::AuthFailed:
        return tr("Red dot: the camera refused the username or password.");
    case StreamState::Offline:
        return tr("Red dot: the camera cannot be reached.");
    case StreamState::Error:
        return tr("Red dot: the stream cannot be played.");
    case StreamState::Invalid:
        break;
    }
    return tr("Grey dot: not on the wall now, so its state is not known.");
}

int CameraTreeModel::branchTotal(const QModelIndex &branch)
{
    const QVariant count = branch.data(kCountRole);
    return count.isValid() ? count.toInt() : -1;
}

QVariant CameraTreeModel::data(const QModelIndex &index, int role) const
{
    const QVariant value = QStandardItemModel::data(index, role);
    if (role != Qt::ToolTipRole || index.data(CameraIdRole).toString().isEmpty())
        return value;
    const QVariant state = QStandardItemModel::data(index, StateRole);
    return value.toString() + QStringLiteral("\n") +
           stateText(state.isValid() ? StreamState(state.toInt()) : StreamState::Invalid);
}

QStringList CameraTreeModel::mimeTypes() const
{
    return {QString::fromLatin1(DragPayload::kCameraMime)};
}

QMimeData *CameraTreeModel::mimeData(const QModelIndexList &indexes) const
{
    QStringList ids;
    for (const QModelIndex &i : indexes) {
        const QString id = i.data(CameraIdRole).toString();
        if (!id.isEmpty())
            ids << id;
    }
    if (ids.isEmpty())
        return nullptr;
    return DragPayload::cameras(ids).toMimeData();
}

CameraFilterModel::CameraFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
    // Cameras added, edited or removed while a search is typed: count the matches again.
    auto recount = [this] { m_matchesValid = false; };
    connect(this, &QAbstractItemModel::rowsInserted, this, recount);
    connect(this, &QAbstractItemModel::rowsRemoved, this, recount);
    connect(this, &QAbstractItemModel::dataChanged, this, recount);
    connect(this, &QAbstractItemModel::modelReset, this, recount);
    connect(this, &QAbstractItemModel::layoutChanged, this, recount);
}

void CameraFilterModel::setSearchText(const QString &text)
{
    QStringList terms = text.toLower().split(' ', Qt::SkipEmptyParts);
    if (terms == m_terms)
        return; // a space typed between words changes nothing
    m_terms = std::move(terms);
    m_matches.clear();
    m_matchesValid = false;
    // invalidate(), not invalidateFilter(): one layout change for the view instead of a
    // rowsRemoved / rowsInserted pair per range of rows that appear or disappear, which a
    // QTreeView handles one by one (about 50 ms per keystroke at 1,000 cameras, 0.8 s with the
    // tree hidden). Expanded branches and the selection that stay visible are kept.
    invalidate();
}

bool CameraFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_terms.isEmpty())
        return true;
    // Branches show when a camera below matches (recursive filtering).
    return cameraMatches(sourceModel()->index(sourceRow, 0, sourceParent));
}

QVariant CameraFilterModel::data(const QModelIndex &index, int role) const
{
    if (m_terms.isEmpty() || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return QSortFilterProxyModel::data(index, role);
    const QModelIndex source = mapToSource(index);
    const int total = CameraTreeModel::branchTotal(source);
    if (total < 0)
        return QSortFilterProxyModel::data(index, role);
    const int matches = matchesBelow(source);
    const QString name = source.data(CameraTreeModel::BranchNameRole).toString();
    if (role == Qt::ToolTipRole)
        return tr("%1: %2 of %3 cameras match the search").arg(name).arg(matches).arg(total);
    return QStringLiteral("%1 (%2 / %3)").arg(name).arg(matches).arg(total);
}

int CameraFilterModel::matchesBelow(const QModelIndex &sourceBranch) const
{
    if (!m_matchesValid) { // one walk over the tree per search, not one per branch painted
        m_matches.clear();
        QList<QModelIndex> stack{QModelIndex()};
        while (!stack.isEmpty()) {
            const QModelIndex parent = stack.takeLast();
            for (int row = 0; row < sourceModel()->rowCount(parent); ++row) {
                const QModelIndex child = sourceModel()->index(row, 0, parent);
                if (CameraTreeModel::branchTotal(child) >= 0)
                    stack.push_back(child);
                else if (cameraMatches(child))
                    for (QModelIndex up = parent; up.isValid(); up = up.parent())
                        ++m_matches[QPersistentModelIndex(up)];
            }
        }
        m_matchesValid = true;
    }
    return m_matches.value(QPersistentModelIndex(sourceBranch));
}

bool CameraFilterModel::cameraMatches(const QModelIndex &idx) const
{
    if (idx.data(CameraTreeModel::CameraIdRole).toString().isEmpty())
        return false;
    const QString haystack = idx.data(CameraTreeModel::SearchTextRole).toString();
    for (const QString &t : m_terms)
        if (!haystack.contains(t))
            return false;
    return true;
}

} // namespace pantau
