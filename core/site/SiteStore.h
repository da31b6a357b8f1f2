#pragma once
// The live site of this Pantau process: one owner (built in app/, passed down), GUI thread only.
// Every change emits a signal that names what changed and schedules an atomic save shortly after.
#include "core/camera/CameraLookup.h"
#include "core/site/Site.h"

#include <QHash>
#include <QObject>
#include <QTimer>

namespace pantau {

class SiteStore : public QObject
{
    Q_OBJECT
public:
    SiteStore(QString path, Site site, QObject *parent = nullptr);
    ~SiteStore() override;

    const Site &site() const { return m_site; }
    // A copy of the camera with this id in the live site; nullopt when there is none.
    std::optional<Camera> findCamera(const QString &cameraId) const;
    // findCamera() as a function, for a StreamPool or a PtzService; the store must outlive it.
    CameraLookup cameraLookup() const;
    QString path() const { return m_path; }

    void upsertCamera(const Camera &camera);
    void removeCamera(const QString &cameraId);
    // Adds many cameras as one change (one signal, one save): an import is all or nothing.
    // Cameras whose id already exists are skipped; returns how many were added.
    int addCameras(const QVector<Camera> &cameras);
    // Passwords arriving from the credential store: in memory only (the site file never holds
    // them), so no save; one camerasChanged() naming the cameras whose password changed.
    void setPasswords(const QHash<QString, QString> &passwordByCameraId);
    void upsertLayout(const Layout &layout);
    void removeLayout(const QString &layoutId);
    void setScreenLayout(const QString &screenName, const QString &layoutId);

    bool saveNow(QString *error = nullptr);
    // Writes a change still waiting for the debounce at once (nothing waiting: no write). For a
    // change the operator confirmed (a dialog's Save, a confirmed delete) and at quit, so it is on
    // disk before the dialog is gone; rapid edits (drags on the wall) keep the debounce.
    bool flushPendingSave(QString *error = nullptr);
    bool hasPendingSave() const { return m_dirty; }
    void setSaveDelayMs(int delayMs) { m_saveTimer.setInterval(delayMs); }

Q_SIGNALS:
    // Cameras added, edited or removed (look each id up in site() to tell which).
    void camerasChanged(const QStringList &cameraIds);
    // Layouts added, renamed or removed: the list of layouts changed (a tile edit is layoutChanged()).
    void layoutsChanged(const QStringList &layoutIds);
    void layoutChanged(const QString &layoutId);
    void wallChanged();
    void saved();
    void saveFailed(const QString &message);

private:
    void scheduleSave();

    QString m_path;
    Site m_site;
    QTimer m_saveTimer;
    bool m_dirty = false;
};

} // namespace pantau
