#include "core/credentials/CredentialFile.h"

#include "core/Log.h"
#include "core/i18n/ErrorReason.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QSaveFile>

namespace pantau {

namespace {
struct CredentialFileTr
{
    Q_DECLARE_TR_FUNCTIONS(CredentialFile)
};

const QString kFormat = QStringLiteral("pantau-credentials");
constexpr int kVersion = 1;
constexpr int kStaleLockMs = 10000;

constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions kOthers = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                             QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                             QFileDevice::WriteOther | QFileDevice::ExeOther;

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// "rw-r-----", as ls shows it.
QString modeText(QFileDevice::Permissions p)
{
    const QFileDevice::Permission bits[] = {
        QFileDevice::ReadOwner, QFileDevice::WriteOwner, QFileDevice::ExeOwner,
        QFileDevice::ReadGroup, QFileDevice::WriteGroup, QFileDevice::ExeGroup,
        QFileDevice::ReadOther, QFileDevice::WriteOther, QFileDevice::ExeOther};
    const char letters[] = "rwxrwxrwx";
    QString text;
    for (int i = 0; i < 9; ++i)
        text += p.testFlag(bits[i]) ? QLatin1Char(letters[i]) : QLatin1Char('-');
    return text;
}

enum class FileState { Good, Missing, Refused, Damaged };

struct FileRead
{
    FileState state = FileState::Missing;
    CredentialEntries entries;
    QByteArray bytes;
    QString error; // translated, names the file
};

FileRead readOne(const QString &path)
{
    FileRead r;
    if (!QFileInfo::exists(path))
        return r;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        r.state = FileState::Refused;
        r.error = CredentialFileTr::tr("Cannot open %1: %2").arg(native(path), f.errorString());
        return r;
    }
    // Checked on the open file, before reading a byte of it.
    const QFileDevice::Permissions permissions = f.permissions();
    if (permissions & kOthers) {
        r.state = FileState::Refused;
        r.error =
            CredentialFileTr::tr(
                "%1 can be read or changed by other users of this computer (%2). Pantau does not use it: "
                "make it readable only by you (chmod 600) or delete it and enter the passwords again.")
                .arg(native(path), modeText(permissions));
        return r;
    }
    if (f.size() > CredentialFile::kMaxBytes) {
        r.state = FileState::Damaged;
        r.error = CredentialFileTr::tr("%1 is damaged: it is larger than %2 KB.")
                      .arg(native(path))
                      .arg(CredentialFile::kMaxBytes / 1024);
        return r;
    }
    r.bytes = f.readAll();
    QString why;
    std::optional<CredentialEntries> entries = CredentialFile::parse(r.bytes, &why);
    if (!entries) {
        r.state = FileState::Damaged;
        r.error = CredentialFileTr::tr("%1 is damaged: %2").arg(native(path), why);
        return r;
    }
    r.state = FileState::Good;
    r.entries = std::move(*entries);
    return r;
}

// Writes the whole file atomically, readable and writable by its owner only from the start.
bool writeOwnerOnly(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile out(path);
    // Permissions go on the temporary file before a single byte is written, whatever the umask
    // or an earlier file said; the rename then puts the file in place with them.
    const bool ok = out.open(QIODevice::WriteOnly) && out.setPermissions(kOwnerOnly) &&
                    out.write(bytes) == bytes.size() && out.commit();
    if (!ok && error)
        *error = CredentialFileTr::tr("Cannot save %1: %2").arg(native(path), out.errorString());
    return ok;
}

// Moves a damaged file out of the way, keeping it for the operator or support. Empty on failure.
QString setAside(const QString &path)
{
    const QString aside = path + QStringLiteral(".corrupt-") +
                          QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"));
    if (QFile::rename(path, aside))
        return aside;
    qCWarning(lcCredentials) << "could not set aside the damaged file" << path;
    return {};
}

struct Loaded
{
    CredentialFileLoad result;
    QByteArray goodFileBytes; // the file as read when it was good: becomes the backup on save
    bool canWrite = false;    // a save would lose nothing the operator may still want
};

// Call with the lock held. Errors are returned, not logged: the caller reports them once.
Loaded loadLocked(const QString &path)
{
    Loaded out;
    CredentialFileLoad &r = out.result;
    const FileRead file = readOne(path);
    switch (file.state) {
    case FileState::Good:
        r.entries = file.entries;
        out.goodFileBytes = file.bytes;
        out.canWrite = true;
        return out;
    case FileState::Refused: // wrong permissions or unreadable: used for nothing, changed by nothing
        r.error = file.error;
        return out;
    case FileState::Damaged:
        r.setAsidePath = setAside(path);
        break;
    case FileState::Missing:
        break;
    }

    const QString backupPath = CredentialFile::backupPath(path);
    const FileRead backup = readOne(backupPath);
    const bool fileDamaged = file.state == FileState::Damaged;
    const bool fileSetAside = fileDamaged && !r.setAsidePath.isEmpty();
    switch (backup.state) {
    case FileState::Good:
        r.entries = backup.entries;
        r.fromBackup = true;
        if (fileDamaged) {
            r.error = fileSetAside
                          ? CredentialFileTr::tr(
                                "%1 The passwords of its backup %2 are used; the damaged file is kept as %3.")
                                .arg(file.error, native(backupPath), native(r.setAsidePath))
                          : CredentialFileTr::tr("%1 The passwords of its backup %2 are used.")
                                .arg(file.error, native(backupPath));
        } else {
            qCInfo(lcCredentials) << path << "is missing; using its backup" << backupPath;
        }
        // Put the good copy back in place, unless the damaged file could not be moved away.
        if (!QFileInfo::exists(path)) {
            QString why;
            if (writeOwnerOnly(path, backup.bytes, &why))
                out.canWrite = true;
            else
                qCWarning(lcCredentials) << "could not restore" << path << why;
        }
        return out;
    case FileState::Refused:
        r.error = fileDamaged ? CredentialFileTr::tr("%1 Its backup cannot be used either: %2")
                                    .arg(file.error, backup.error)
                              : backup.error;
        return out;
    case FileState::Damaged: {
        const QString backupAside = setAside(backupPath);
        r.error = fileDamaged ? CredentialFileTr::tr("%1 Its backup cannot be used either: %2")
                                    .arg(file.error, backup.error)
                              : backup.error;
        if (!backupAside.isEmpty())
            r.error += QLatin1Char(' ') +
                       CredentialFileTr::tr(
                           "The damaged files are kept next to it; the passwords must be entered again.");
        return out;
    }
    case FileState::Missing:
        if (fileDamaged) {
            r.error = file.error + QLatin1Char(' ') +
                      CredentialFileTr::tr(
                          "There is no backup; the damaged file is kept next to it and the passwords must "
                          "be entered again.");
            return out;
        }
        r.entries = CredentialEntries{}; // first start
        out.canWrite = true;
        return out;
    }
    return out;
}

bool lock(QLockFile &lockFile, const QString &path, QString *error)
{
    lockFile.setStaleLockTime(kStaleLockMs);
    if (lockFile.tryLock(CredentialFile::kLockTimeoutMs))
        return true;
    if (error) {
        *error = lockFile.error() == QLockFile::LockFailedError
                     ? CredentialFileTr::tr("Another Pantau is using %1; try again.").arg(native(path))
                     : CredentialFileTr::tr("Cannot create the lock file next to %1.").arg(native(path));
    }
    return false;
}
} // namespace

std::optional<CredentialEntries> CredentialFile::parse(const QByteArray &bytes, QString *error)
{
    auto fail = [&](const QString &why) -> std::optional<CredentialEntries> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &pe);
    if (pe.error != QJsonParseError::NoError)
        return fail(CredentialFileTr::tr("not valid JSON (%1 at byte %L2)")
                        .arg(ErrorReason::json(pe.error))
                        .arg(pe.offset));
    const QJsonObject o = doc.object();
    if (!doc.isObject() || o.value(QLatin1String("format")).toString() != kFormat)
        return fail(CredentialFileTr::tr("not a Pantau credentials file"));
    const QJsonValue version = o.value(QLatin1String("version"));
    if (!version.isDouble() || version.toDouble() < 1 || version.toDouble() != double(version.toInt()))
        return fail(CredentialFileTr::tr("the version is missing or invalid"));
    if (version.toInt() > kVersion)
        return fail(CredentialFileTr::tr("written by a newer Pantau (version %1)").arg(version.toInt()));
    const QJsonValue passwords = o.value(QLatin1String("passwords"));
    if (!passwords.isUndefined() && !passwords.isObject())
        return fail(CredentialFileTr::tr("\"passwords\" is not a list of names and passwords"));
    CredentialEntries entries;
    const QJsonObject list = passwords.toObject();
    for (auto it = list.begin(); it != list.end(); ++it) {
        if (it.key().isEmpty() || !it.value().isString())
            return fail(CredentialFileTr::tr("the entry \"%1\" is not a password").arg(it.key()));
        entries.insert(it.key(), it.value().toString());
    }
    return entries;
}

QByteArray CredentialFile::serialize(const CredentialEntries &entries)
{
    QJsonObject list;
    for (auto it = entries.begin(); it != entries.end(); ++it)
        list.insert(it.key(), it.value());
    const QJsonObject o{
        {QStringLiteral("format"), kFormat},
        {QStringLiteral("version"), kVersion},
        {QStringLiteral("protection"),
         QStringLiteral(
             "none but this file's permissions (owner read/write only): the passwords are not encrypted")},
        {QStringLiteral("passwords"), list},
    };
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

CredentialFileLoad CredentialFile::load(const QString &path)
{
    if (!QFileInfo::exists(path) && !QFileInfo::exists(backupPath(path))) {
        CredentialFileLoad first;
        first.entries = CredentialEntries{};
        return first;
    }
    QLockFile lockFile(path + QStringLiteral(".lock"));
    CredentialFileLoad r;
    if (!lock(lockFile, path, &r.error))
        return r;
    return loadLocked(path).result;
}

bool CredentialFile::update(const QString &path, const QString &key, const std::optional<QString> &password,
                            QString *error)
{
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath())) {
        if (error)
            *error = CredentialFileTr::tr("Cannot create the folder %1.").arg(native(info.absolutePath()));
        return false;
    }
    QLockFile lockFile(path + QStringLiteral(".lock"));
    if (!lock(lockFile, path, error))
        return false;
    const Loaded loaded = loadLocked(path);
    if (!loaded.result.entries || !loaded.canWrite) {
        if (error)
            *error = loaded.result.error.isEmpty() ? CredentialFileTr::tr("Cannot save %1.").arg(native(path))
                                                   : loaded.result.error;
        return false;
    }
    if (error)
        *error = loaded.result.error; // a warning from here on (the backup was used)

    CredentialEntries entries = *loaded.result.entries;
    if (password) {
        if (entries.contains(key) && entries.value(key) == *password)
            return true;
        entries.insert(key, *password);
    } else if (!entries.remove(key)) {
        return true;
    }
    const QByteArray bytes = serialize(entries);
    if (bytes.size() > kMaxBytes) {
        if (error)
            *error = CredentialFileTr::tr("%1 would grow beyond %2 KB; the password was not saved.")
                         .arg(native(path))
                         .arg(kMaxBytes / 1024);
        return false;
    }
    // Rotate: the file as it was (good, just read) becomes the backup.
    if (!loaded.goodFileBytes.isEmpty()) {
        QString why;
        if (!writeOwnerOnly(backupPath(path), loaded.goodFileBytes, &why))
            qCWarning(lcCredentials) << "could not write the backup:" << why;
    }
    QString why;
    if (!writeOwnerOnly(path, bytes, &why)) {
        if (error)
            *error = why;
        return false;
    }
    qCDebug(lcCredentials) << (password ? "stored" : "removed") << key << "in" << path;
    return true;
}

} // namespace pantau
