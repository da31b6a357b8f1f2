#include "core/credentials/CredentialStoreFactory.h"

#include "core/Log.h"
#include "core/credentials/FileCredentialStore.h"
#include "core/credentials/KeychainCredentialStore.h"

#include <QDir>
#include <QStandardPaths>

namespace pantau {

std::unique_ptr<CredentialStore> createCredentialStore(const QString &fileFallbackPath, int probeTimeoutMs)
{
    const QString forced = qEnvironmentVariable("PANTAU_CREDENTIALS").trimmed().toLower();
    if (forced == QLatin1String("file")) {
        qCInfo(lcCredentials) << "PANTAU_CREDENTIALS=file: passwords in" << fileFallbackPath;
        return std::make_unique<FileCredentialStore>(fileFallbackPath);
    }
    if (!forced.isEmpty() && forced != QLatin1String("keychain"))
        qCWarning(lcCredentials) << "PANTAU_CREDENTIALS must be \"file\" or \"keychain\", not" << forced
                                 << "; choosing automatically";

    auto keychain = std::make_unique<KeychainCredentialStore>();
    QString why;
    const bool answered = keychain->probe(probeTimeoutMs, &why);
    if (!answered && keychain->probeTimedOut())
        qCWarning(lcCredentials)
            << "the desktop secret store did not answer in time (locked?); keeping it rather than "
               "moving passwords to a file";
    if (answered || forced == QLatin1String("keychain") || keychain->probeTimedOut()) {
        qCInfo(lcCredentials) << "passwords in the" << keychain->kind()
                              << (answered ? "" : "(forced, probe failed)");
        return keychain;
    }
    qCInfo(lcCredentials) << "no desktop secret store (" << why << "); passwords in" << fileFallbackPath;
    return std::make_unique<FileCredentialStore>(fileFallbackPath);
}

QString defaultCredentialFilePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("credentials.json"));
}

} // namespace pantau
