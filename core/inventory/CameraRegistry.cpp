#include "core/inventory/CameraRegistry.h"

#include "core/Log.h"
#include "core/credentials/CredentialStore.h"
#include "core/inventory/OnboardingQueue.h"
#include "core/onvif/OnvifOnboarding.h"
#include "core/site/SiteStore.h"

#include <QDir>
#include <QSaveFile>

namespace pantau {

CameraRegistry::CameraRegistry(SiteStore *store, CredentialStore *credentials, OnboardingQueue *onboarding,
                               QNetworkAccessManager *network, QObject *parent)
    : QObject(parent), m_store(store), m_credentials(credentials), m_onboarding(onboarding),
      m_network(network)
{
}

QString CameraRegistry::passwordStoreKind() const
{
    return m_credentials ? m_credentials->kind() : QString();
}

QString CameraRegistry::addCamera(Camera camera)
{
    if (camera.id.isEmpty())
        camera.id = newId(QStringLiteral("cam"));
    storeCamera(camera);
    return camera.id;
}

void CameraRegistry::updateCamera(const Camera &camera)
{
    storeCamera(camera);
}

void CameraRegistry::storeCamera(const Camera &camera)
{
    const Camera *before = m_store->site().camera(camera.id);
    const bool passwordChanged = !before || before->password != camera.password;
    m_store->upsertCamera(camera);
    if (passwordChanged)
        writePassword(camera);
}

void CameraRegistry::writePassword(const Camera &camera)
{
    if (!m_credentials)
        return;
    auto report = [this, name = camera.name](bool ok, const QString &error) {
        if (!ok || !error.isEmpty()) {
            qCWarning(lcCredentials) << "password of" << name << "not stored:" << error;
            Q_EMIT credentialError(tr("The password of \"%1\" could not be stored: %2").arg(name, error));
        }
    };
    if (camera.password.isEmpty())
        m_credentials->remove(camera.id, report);
    else
        m_credentials->write(camera.id, camera.password, report);
}

void CameraRegistry::removeCameras(const QStringList &cameraIds)
{
    for (const QString &id : cameraIds) {
        const Camera *camera = m_store->site().camera(id);
        const QString name = camera ? camera->name : id;
        m_store->removeCamera(id);
        if (!m_credentials)
            continue;
        m_credentials->remove(id, [this, name](bool ok, const QString &error) {
            if (!ok || !error.isEmpty()) {
                qCWarning(lcCredentials) << "password of" << name << "not removed:" << error;
                Q_EMIT credentialError(
                    tr("The password of \"%1\" could not be removed: %2").arg(name, error));
            }
        });
    }
}

std::optional<CsvImportResult> CameraRegistry::readCsvFile(const QString &path, QString *error) const
{
    const auto bytes = cameracsv::readFile(path, error);
    if (!bytes)
        return std::nullopt;
    return importCameras(*bytes, m_store->site().cameras);
}

int CameraRegistry::addImported(const QVector<Camera> &cameras)
{
    const int added = m_store->addCameras(cameras); // one change: all good rows or nothing
    for (const Camera &c : cameras)
        if (!c.password.isEmpty())
            writePassword(c);
    // Rows that gave only an ONVIF address get their streams from the camera now.
    for (const Camera &c : cameras)
        if (c.mainStreamUrl.isEmpty() && !c.onvifUrl.isEmpty())
            onboardImported(c);
    return added;
}

void CameraRegistry::onboardImported(const Camera &camera)
{
    auto *job =
        new onvif::OnvifOnboarding(m_network, camera.onvifUrl, camera.username, camera.password, this);
    ++m_onboardingImports;
    connect(job, &onvif::OnvifOnboarding::finished, this,
            [this, job, id = camera.id](const onvif::OnvifDeviceInfo &info) {
                job->deleteLater();
                --m_onboardingImports;
                const Camera *current = m_store->site().camera(id);
                if (!current)
                    return; // deleted meanwhile
                Camera c = *current;
                const Camera found = onvif::OnvifOnboarding::toCamera(info, c.username, c.password);
                c.mainStreamUrl = found.mainStreamUrl;
                c.subStreamUrl = found.subStreamUrl;
                c.onvifProfileToken = found.onvifProfileToken;
                c.ptz = c.ptz || found.ptz;
                m_store->upsertCamera(c);
            });
    connect(job, &onvif::OnvifOnboarding::failed, this,
            [this, job, name = camera.name](const onvif::OnvifError &e) {
                job->deleteLater();
                --m_onboardingImports;
                Q_EMIT onboardingFailed(
                    tr("\"%1\": the streams could not be read through ONVIF: %2").arg(name, e.text()));
            });
    m_onboarding->enqueue(job);
}

bool CameraRegistry::exportCsvFile(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(exportCameras(m_store->site().cameras)) < 0 ||
        !file.commit()) {
        if (error)
            *error = tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

} // namespace pantau
