#pragma once
// The credentials file of FileCredentialStore: a small JSON file of camera passwords, for wall PCs
// without a desktop secret store.
//
// The passwords are in clear in this file. Its only protection is its permissions: it is created
// 0600 (owner read/write) and a file that anyone else may read or write is refused, never used
// and never "repaired" behind the operator's back. Anyone who can read it (root, the same user,
// a backup of the home folder) can read the passwords.
//
// Saves are atomic (QSaveFile) under a lock file, the previous good file is kept as FILE.bak
// (0600 too), and a damaged file is set aside as FILE.corrupt-<time> while the backup is used.
// Plain functions, callable from any thread; writers in several threads or processes never tear
// the file nor lose each other's entries.
#include <QHash>
#include <QString>

#include <optional>

namespace pantau {

using CredentialEntries = QHash<QString, QString>; // entry key -> password

struct CredentialFileLoad
{
    std::optional<CredentialEntries> entries; // empty: nothing usable (error says why)
    bool fromBackup = false;                  // entries come from FILE.bak (the file was damaged or gone)
    QString error;                            // translated; with entries, a warning (the backup was used)
    QString setAsidePath;                     // where a damaged file was moved
};

class CredentialFile
{
public:
    static constexpr qint64 kMaxBytes = 1024 * 1024;
    static constexpr int kLockTimeoutMs = 5000;

    // A file that does not exist yet (nor its backup) loads as no entries, without an error.
    static CredentialFileLoad load(const QString &path);
    // Read, change one entry (set, or remove when password is empty) and save, all under the lock.
    // Returns false with a reason when nothing was changed; true with a non-empty *error is a warning.
    static bool update(const QString &path, const QString &key, const std::optional<QString> &password,
                       QString *error);

    static QString backupPath(const QString &path) { return path + QStringLiteral(".bak"); }
    static std::optional<CredentialEntries> parse(const QByteArray &bytes, QString *error);
    static QByteArray serialize(const CredentialEntries &entries);
};

} // namespace pantau
