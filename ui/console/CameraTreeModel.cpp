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

void CameraTreeModel::setCameras(const QVector<Camera> &cameras)
{
    clear();
    m_cameraItems.clear();
    QHash<QStringList, QStandardItem *> branches; // {"a", "b", "c"} -> item (a name may hold '/')
    QHash<QStandardItem *, int> counts;
    for (const Camera &c : cameras) {
        QStandardItem *parent = invisibleRootItem();
        QStringList path;
        const QStringList area = c.area.isEmpty() ? QStringList{tr("No area")} : c.area;
        QList<QStandardItem *> chain;
        for (const QString &part : area) {
            path << part;
            QStandardItem *&branch = branches[path];
            if (!branch) {
                branch = new QStandardItem(part);
                branch->setEditable(false);
                branch->setDragEnabled(false);
                branch->setData(part, BranchNameRole);
                parent->appendRow(branch);
            }
            chain << branch;
            parent = branch;
        }
        for (QStandardItem *b : chain)
            ++counts[b];
        auto *item = new QStandardItem(c.name);
        item->setEditable(false);
        item->setData(c.id, CameraIdRole);
        item->setData(QStringList({c.name, c.area.join(' '), c.owner, c.tags.join(' ')}).join(' ').toLower(),
                      SearchTextRole);
        item->setIcon(iconFor(StreamState::Invalid));
        item->setToolTip(QStringLiteral("%1\n%2").arg(c.name, c.area.join(QStringLiteral(" / "))));
        if (!c.enabled)
            item->setForeground(QColor(140, 140, 140));
        parent->appendRow(item);
        m_cameraItems.insert(c.id, item);
    }
    for (auto it = counts.begin(); it != counts.end(); ++it)
        it.key()->setText(
            QStringLiteral("%1 (%2)").arg(it.key()->data(BranchNameRole).toString()).arg(it.value()));
}

void CameraTreeModel::refreshStates(const std::function<StreamState(const QString &)> &stateOf)
{
    for (auto it = m_cameraItems.begin(); it != m_cameraItems.end(); ++it) {
        const int state = int(stateOf(it.key()));
        if (it.value()->data(StateRole).toInt() != state || !it.value()->data(StateRole).isValid()) {
            it.value()->setData(state, StateRole);
            it.value()->setIcon(iconFor(StreamState(state)));
        }
    }
}

QModelIndex CameraTreeModel::indexOfCamera(const QString &cameraId) const
{
    QStandardItem *item = m_cameraItems.value(cameraId);
    return item ? item->index() : QModelIndex();
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
}

void CameraFilterModel::setSearchText(const QString &text)
{
    QStringList terms = text.toLower().split(' ', Qt::SkipEmptyParts);
    if (terms == m_terms)
        return; // a space typed between words changes nothing
    m_terms = std::move(terms);
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
    const QModelIndex idx = sourceModel()->index(sourceRow, 0, sourceParent);
    if (idx.data(CameraTreeModel::CameraIdRole).toString().isEmpty())
        return false; // branches show when a camera below matches (recursive filtering)
    const QString haystack = idx.data(CameraTreeModel::SearchTextRole).toString();
    for (const QString &t : m_terms)
        if (!haystack.contains(t))
            return false;
    return true;
}

} // namespace pantau
