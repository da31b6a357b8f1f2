#pragma once
// Camera passwords in the desktop secret store (Secret Service / KWallet on Linux, the Windows
// Credential Manager, the macOS Keychain) through QtKeychain, which stays out of this header.
// Entries: service "pantau", key CredentialStore::entryKey(cameraId) or recorderKey(hostPort).
//
// Threads: as CredentialStore (owner thread only; QtKeychain runs its jobs one at a time from one
// thread). A job that never answers (a locked keyring waiting for the user) is left to finish on
// its own; its answer is dropped if this store is gone by then.
#include "core/credentials/CredentialStore.h"

namespace pantau {

class KeychainCredentialStore final : public CredentialStore
{
    Q_OBJECT
public:
    explicit KeychainCredentialStore(QString service = QStringLiteral("pantau"), QObject *parent = nullptr);

    QString service() const { return m_service; }

    // Writes, reads back and removes a test entry, running a local event loop for at most
    // timeoutMs. Without a D-Bus session or secret service QtKeychain fails quickly. Call before
    // relying on the store (createCredentialStore does); isAvailable() reports the outcome.
    bool probe(int timeoutMs, QString *error = nullptr);
    // The last probe got no answer in time (a locked keyring, a slow D-Bus), as opposed to "there is
    // no secret store": then the store is kept, never silently replaced by a file.
    bool probeTimedOut() const { return m_probeTimedOut; }

    QString kind() const override;
    bool isAvailable() const override { return m_available; }
    void readEntry(const QString &key, ReadCallback done) override;
    void writeEntry(const QString &key, const QString &password, DoneCallback done) override;
    void removeEntry(const QString &key, DoneCallback done) override;

private:
    QString m_service;
    bool m_probeTimedOut = false;
    bool m_available = false; // true once the store answered (probe or any job), false after "no backend"
};

} // namespace pantau
