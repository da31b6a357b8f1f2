#include "core/credentials/FileCredentialStore.h"

#include "core/Log.h"
#include "core/credentials/CredentialFile.h"

#include <QDir>
#include <QFileInfo>

namespace pantau {

FileCredentialStore::FileCredentialStore(QString path, QObject *parent)
    : CredentialStore(parent), m_path(std::move(path))
{
}

QString FileCredentialStore::kind() const
{
    return tr("file readable only by you: %1 (not encrypted; its permissions are its only protection)")
        .arg(QDir::toNativeSeparators(m_path));
}

bool FileCredentialStore::isAvailable() const
{
    const QFileInfo folder(QFileInfo(m_path).absolutePath());
    return !folder.exists() || (folder.isDir() && folder.isWritable());
}

void FileCredentialStore::readEntry(const QString &key, ReadCallback done)
{
    const CredentialFileLoad load = CredentialFile::load(m_path);
    std::optional<QString> password;
    if (load.entries) {
        const auto it = load.entries->constFind(key);
        if (it != load.entries->cend())
            password = *it;
    }
    if (!load.error.isEmpty())
        qCWarning(lcCredentials) << load.error;
    QMetaObject::invokeMethod(
        this, [done = std::move(done), password, error = load.error] { done(password, error); },
        Qt::QueuedConnection);
}

void FileCredentialStore::writeEntry(const QString &key, const QString &password, DoneCallback done)
{
    update(key, password, std::move(done));
}

void FileCredentialStore::removeEntry(const QString &key, DoneCallback done)
{
    update(key, std::nullopt, std::move(done));
}

void FileCredentialStore::update(const QString &key, const std::optional<QString> &password,
                                 DoneCallback done)
{
    QString error;
    const bool ok = CredentialFile::update(m_path, key, password, &error);
    if (!error.isEmpty())
        qCWarning(lcCredentials) << error;
    QMetaObject::invokeMethod(
        this, [done = std::move(done), ok, error] { done(ok, error); }, Qt::QueuedConnection);
}

} // namespace pantau
