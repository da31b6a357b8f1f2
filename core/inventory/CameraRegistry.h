#pragma once
// The service behind every camera change the operator makes: add, edit and delete cameras
// together with their passwords (into the CredentialStore, never the site file), CSV import and
// export (CameraCsv), and the ONVIF onboarding of imported rows that gave only a device address
// (through the shared OnboardingQueue). Windows ask the operator and call it; it decides and
// acts. Every credential store failure and every failed onboarding reaches the operator as a
// translated message through a signal. Built once in app/ and passed down. GUI thread only.
#include "core/camera/Camera.h"
#include "core/inventory/CameraCsv.h"

#include <QObject>
#include <QStringList>

#include <optional>

class QNetworkAccessManager;

namespace pantau {

class CredentialStore;
class OnboardingQueue;
class SiteStore;

class CameraRegistry : public QObject
{
    Q_OBJECT
public:
    // `credentials` may be null: passwords then live for this session only.
    CameraRegistry(SiteStore *store, CredentialStore *credentials, OnboardingQueue *onboarding,
                   QNetworkAccessManager *network, QObject *parent = nullptr);

    // What keeps the passwords, in the interface language; empty when nothing does.
    QString passwordStoreKind() const;

    // Adds a camera (a new id when it has none) and stores its password. Returns its id.
    QString addCamera(Camera camera);
    // Replaces the camera with the same id (adds it if the site has none); a changed password is
    // written, an emptied one removed.
    void updateCamera(const Camera &camera);
    // Deletes the cameras and their stored passwords; tiles that showed them become empty.
    void removeCameras(const QStringList &cameraIds);

    // Reads and checks a CSV file against the site; nothing changes yet. On failure returns
    // nothing and sets `error` (translated). Blocking file I/O.
    std::optional<CsvImportResult> readCsvFile(const QString &path, QString *error) const;
    // Adds the good rows of an import in one site change (all or nothing), their passwords to the
    // credential store, then reads the streams of rows that gave only an ONVIF address from the
    // cameras. Returns how many cameras were added.
    int addImported(const QVector<Camera> &cameras);
    // Writes every camera (never a password) atomically. On failure sets `error` (translated).
    bool exportCsvFile(const QString &path, QString *error) const;
    // Imported ONVIF-only rows whose streams are still being read (waiting or running).
    int onboardingImports() const { return m_onboardingImports; }

Q_SIGNALS:
    // A password could not be written or removed (or was, with a warning). Translated.
    void credentialError(const QString &message);
    // An imported camera's streams could not be read through ONVIF. Translated.
    void onboardingFailed(const QString &message);

private:
    void storeCamera(const Camera &camera);
    void writePassword(const Camera &camera);
    void onboardImported(const Camera &camera);

    SiteStore *m_store;
    CredentialStore *m_credentials;
    OnboardingQueue *m_onboarding;
    QNetworkAccessManager *m_network;
    int m_onboardingImports = 0;
};

} // namespace pantau
