#include "core/credentials/CameraPasswordLoader.h"

#include "core/Log.h"
#include "core/credentials/CredentialStore.h"

#include <QPointer>

namespace pantau {

CameraPasswordLoader::CameraPasswordLoader(CredentialStore &store, QObject *parent)
    : QObject(parent), m_store(store)
{
}

void CameraPasswordLoader::load(const QVector<Camera> &cameras)
{
    const quint64 generation = ++m_generation;
    m_cameras = cameras;
    m_errors.clear();
    m_pending = 1; // held until every request is out, so a quick answer cannot finish early
    for (int i = 0; i < m_cameras.size(); ++i) {
        if (m_cameras[i].username.isEmpty())
            continue;
        ++m_pending;
        // The store drops answers once it is gone; this guard drops them once the loader is.
        QPointer<CameraPasswordLoader> self(this);
        m_store.read(m_cameras[i].id, [self, generation, i](std::optional<QString> password, QString error) {
            if (self)
                self->answered(generation, i, password, error);
        });
    }
    QMetaObject::invokeMethod(
        this, [this, generation] { answered(generation, -1, std::nullopt, QString()); },
        Qt::QueuedConnection);
}

void CameraPasswordLoader::answered(quint64 generation, int index, const std::optional<QString> &password,
                                    const QString &error)
{
    if (generation != m_generation)
        return;
    if (index >= 0 && password) {
        m_cameras[index].password = *password;
        Q_EMIT passwordArrived(m_cameras[index].id, *password);
    }
    if (!error.isEmpty() && !m_errors.contains(error))
        m_errors.push_back(error);
    if (--m_pending > 0)
        return;
    qCInfo(lcCredentials) << "passwords loaded for" << m_cameras.size() << "cameras," << m_errors.size()
                          << "problems";
    Q_EMIT finished(m_cameras, m_errors);
}

} // namespace pantau
