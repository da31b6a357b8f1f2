#pragma once
// Fills in Camera::password from a CredentialStore for every camera of a site, at startup: the
// site loads and shows at once, the passwords arrive a little later (a secret store answers
// asynchronously), and pipelines then connect with them.
//
// Only cameras with a username are asked for. A password that is not stored is no error.
// Threads: owner thread only, like the store, which must outlive the loader.
#include "core/camera/Camera.h"

#include <QObject>
#include <QStringList>
#include <QVector>

namespace pantau {

class CredentialStore;

class CameraPasswordLoader : public QObject
{
    Q_OBJECT
public:
    explicit CameraPasswordLoader(CredentialStore &store, QObject *parent = nullptr);

    // Starts reading. A load still running is abandoned: its answers are ignored.
    // finished() always follows, later, from the event loop (also for an empty list).
    void load(const QVector<Camera> &cameras);
    bool isLoading() const { return m_pending > 0; }
    // The cameras as given to load(), with the passwords that have arrived so far.
    const QVector<Camera> &cameras() const { return m_cameras; }

Q_SIGNALS:
    void passwordArrived(const QString &cameraId, const QString &password);
    // errors: translated, each distinct problem once (a refused file would otherwise repeat per camera).
    void finished(const QVector<Camera> &cameras, const QStringList &errors);

private:
    void answered(quint64 generation, int index, const std::optional<QString> &password,
                  const QString &error);

    CredentialStore &m_store;
    QVector<Camera> m_cameras;
    QStringList m_errors;
    int m_pending = 0;
    quint64 m_generation = 0;
};

} // namespace pantau
