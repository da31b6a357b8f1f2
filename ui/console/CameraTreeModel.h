#pragma once
// The camera list as a tree by area (kabupaten / kecamatan / desa), with a count per branch and a
// live state dot per camera. Dragging a camera carries its id to a wall tile. GUI thread only.
#include "core/camera/Camera.h"
#include "core/media/StreamStatus.h"

#include <QSortFilterProxyModel>
#include <QStandardItemModel>

#include <functional>

namespace pantau {

class CameraTreeModel : public QStandardItemModel
{
    Q_OBJECT
public:
    enum Role { CameraIdRole = Qt::UserRole + 1, SearchTextRole, StateRole, BranchNameRole };

    explicit CameraTreeModel(QObject *parent = nullptr);

    void setCameras(const QVector<Camera> &cameras); // keeps the state dots of cameras it had
    // Applies a change to the cameras named (added, edited or removed; `cameras` is the whole site
    // after it) in place: selection, expanded branches and state dots stay. A camera that moved to
    // another area, or an empty list, rebuilds the tree as setCameras() does.
    void updateCameras(const QVector<Camera> &cameras, const QStringList &changedIds);
    // Updates the state dots; `stateOf` returns Invalid for cameras nobody is showing.
    void refreshStates(const std::function<StreamState(const QString &cameraId)> &stateOf);
    // Updates one camera's state dot (Invalid: nobody is showing it).
    void setState(const QString &cameraId, StreamState state);
    QModelIndex indexOfCamera(const QString &cameraId) const;
    int cameraCount() const { return m_cameraItems.size(); }

    // A camera's tooltip ends with what its state dot means (grey: nobody is showing it).
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    static QString stateText(StreamState state);
    static int branchTotal(const QModelIndex &branch); // cameras below a branch, -1 for a camera

    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override { return Qt::CopyAction; }

private:
    QStringList areaPathOf(const Camera &camera) const; // the branch names, "No area" when none
    void fillCameraItem(QStandardItem *item, const Camera &camera) const;
    void appendCamera(const Camera &camera);
    // The branch of an area path (kabupaten / kecamatan / desa), made under `parent` if new.
    QStandardItem *branchAt(QStandardItem *parent, const QStringList &path);
    void removeCamera(const QString &cameraId);
    void setBranchCount(QStandardItem *branch, int count);

    QHash<QString, QStandardItem *> m_cameraItems;
    QHash<QStringList, QStandardItem *> m_branches; // {"a", "b", "c"} -> item (a name may hold '/')
};

// Filters by every word typed, matched against name, area, owner and tags; branches stay visible
// when something below them matches and then read "Senduro (2 / 9)": matches of all cameras there.
class CameraFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit CameraFilterModel(QObject *parent = nullptr);
    void setSearchText(const QString &text);
    bool isFiltering() const { return !m_terms.isEmpty(); }
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool cameraMatches(const QModelIndex &sourceIndex) const;
    int matchesBelow(const QModelIndex &sourceBranch) const; // counted once per search, then cached

    QStringList m_terms;
    mutable QHash<QPersistentModelIndex, int> m_matches; // source branch -> matching cameras
    mutable bool m_matchesValid = false;
};

} // namespace pantau
