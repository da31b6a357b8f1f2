#include "core/site/SiteStore.h"

#include "core/Log.h"
#include "core/site/SiteFile.h"

#include <QSet>

namespace pantau {

SiteStore::SiteStore(QString path, Site site, QObject *parent)
    : QObject(parent), m_path(std::move(path)), m_site(std::move(site))
{
    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(300);
    connect(&m_saveTimer, &QTimer::timeout, this, [this] { saveNow(); });
}

SiteStore::~SiteStore()
{
    if (m_dirty)
        saveNow();
}

std::optional<Camera> SiteStore::findCamera(const QString &cameraId) const
{
    if (const Camera *c = m_site.camera(cameraId))
        return *c;
    return std::nullopt;
}

CameraLookup SiteStore::cameraLookup() const
{
    return [this](const QString &cameraId) { return findCamera(cameraId); };
}

void SiteStore::upsertCamera(const Camera &camera)
{
    for (Camera &c : m_site.cameras) {
        if (c.id == camera.id) {
            if (c == camera)
                return;
            c = camera;
            Q_EMIT camerasChanged({camera.id});
            scheduleSave();
            return;
        }
    }
    m_site.cameras.push_back(camera);
    Q_EMIT camerasChanged({camera.id});
    scheduleSave();
}

int SiteStore::addCameras(const QVector<Camera> &cameras)
{
    QSet<QString> ids;
    for (const Camera &c : m_site.cameras)
        ids.insert(c.id);
    QStringList added;
    for (const Camera &c : cameras) {
        if (c.id.isEmpty() || ids.contains(c.id))
            continue;
        ids.insert(c.id);
        m_site.cameras.push_back(c);
        added << c.id;
    }
    if (!added.isEmpty()) {
        Q_EMIT camerasChanged(added);
        scheduleSave();
    }
    return int(added.size());
}

void SiteStore::setPasswords(const QHash<QString, QString> &passwordByCameraId)
{
    QStringList changed;
    for (Camera &c : m_site.cameras) {
        const auto it = passwordByCameraId.find(c.id);
        if (it != passwordByCameraId.end() && c.password != *it) {
            c.password = *it;
            changed << c.id;
        }
    }
    if (!changed.isEmpty())
        Q_EMIT camerasChanged(changed);
}

void SiteStore::removeCamera(const QString &cameraId)
{
    const auto removed = m_site.cameras.removeIf([&](const Camera &c) { return c.id == cameraId; });
    if (!removed)
        return;
    // Tiles that showed it become empty.
    for (Layout &l : m_site.layouts) {
        bool touched = false;
        for (TileSlot &t : l.tiles)
            if (t.cameraId == cameraId) {
                t.cameraId.clear();
                touched = true;
            }
        if (touched)
            Q_EMIT layoutChanged(l.id);
    }
    Q_EMIT camerasChanged({cameraId});
    scheduleSave();
}

void SiteStore::upsertLayout(const Layout &layout)
{
    if (!layout.isValid())
        return;
    for (Layout &l : m_site.layouts) {
        if (l.id == layout.id) {
            if (l == layout)
                return;
            const bool renamed = l.name != layout.name;
            l = layout;
            Q_EMIT layoutChanged(layout.id);
            if (renamed)
                Q_EMIT layoutsChanged({layout.id});
            scheduleSave();
            return;
        }
    }
    m_site.layouts.push_back(layout);
    Q_EMIT layoutsChanged({layout.id});
    scheduleSave();
}

void SiteStore::removeLayout(const QString &layoutId)
{
    if (!m_site.layouts.removeIf([&](const Layout &l) { return l.id == layoutId; }))
        return;
    m_site.wall.removeIf([&](const WallScreen &w) { return w.layoutId == layoutId; });
    Q_EMIT layoutsChanged({layoutId});
    Q_EMIT wallChanged();
    scheduleSave();
}

void SiteStore::setScreenLayout(const QString &screenName, const QString &layoutId)
{
    for (WallScreen &w : m_site.wall) {
        if (w.screenName == screenName) {
            if (w.layoutId == layoutId)
                return;
            w.layoutId = layoutId;
            Q_EMIT wallChanged();
            scheduleSave();
            return;
        }
    }
    m_site.wall.push_back({screenName, layoutId});
    Q_EMIT wallChanged();
    scheduleSave();
}

bool SiteStore::saveNow(QString *error)
{
    m_saveTimer.stop();
    QString why;
    if (!SiteFile::save(m_path, m_site, &why)) {
        qCWarning(lcSite) << why;
        if (error)
            *error = why;
        Q_EMIT saveFailed(why);
        m_saveTimer.start(5000); // try again: the edit stays in memory until it is on disk
        return false;
    }
    m_dirty = false;
    Q_EMIT saved();
    return true;
}

bool SiteStore::flushPendingSave(QString *error)
{
    if (!m_dirty)
        return true;
    return saveNow(error);
}

void SiteStore::scheduleSave()
{
    m_dirty = true;
    m_saveTimer.start();
}

} // namespace pantau
