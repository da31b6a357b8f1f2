#pragma once
// Camera passwords in a file only its owner may read (CredentialFile): the fallback for a bare
// wall PC without a desktop secret store. Not encrypted; the file's permissions (0600) are its
// only protection, and kind() says so to the operator.
//
// Threads: as CredentialStore (owner thread only). The file is small and read or written within
// the call; only the callback waits for the event loop.
#include "core/credentials/CredentialStore.h"

namespace pantau {

class FileCredentialStore final : public CredentialStore
{
    Q_OBJECT
public:
    explicit FileCredentialStore(QString path, QObject *parent = nullptr);

    QString path() const { return m_path; }

    QString kind() const override;
    bool isAvailable() const override;
    void readEntry(const QString &key, ReadCallback done) override;
    void writeEntry(const QString &key, const QString &password, DoneCallback done) override;
    void removeEntry(const QString &key, DoneCallback done) override;

private:
    void update(const QString &key, const std::optional<QString> &password, DoneCallback done);

    QString m_path;
};

} // namespace pantau
