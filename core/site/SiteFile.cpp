#include "core/site/SiteFile.h"

#include "core/Log.h"
#include "core/i18n/ErrorReason.h"
#include "core/site/SiteJson.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLockFile>
#include <QSaveFile>

namespace pantau {

namespace {
struct SiteFileTr
{
    Q_DECLARE_TR_FUNCTIONS(SiteFile)
};

std::optional<Site> readFile(const QString &path, QString *error, bool *couldNotOpen = nullptr)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = SiteFileTr::tr("Cannot open %1: %2").arg(QDir::toNativeSeparators(path), f.errorString());
        if (couldNotOpen)
            *couldNotOpen = true;
        return std::nullopt;
    }
    if (f.size() > SiteFile::kMaxBytes) {
        *error = SiteFileTr::tr("%1 is too large (%2 MB) to be a site file.")
                     .arg(QDir::toNativeSeparators(path))
                     .arg(f.size() / (1024 * 1024));
        return std::nullopt;
    }
    return SiteFile::parse(f.readAll(), error);
}
} // namespace

std::optional<Site> SiteFile::parse(const QByteArray &bytes, QString *error)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &pe);
    if (pe.error != QJsonParseError::NoError) {
        if (error)
            *error = SiteFileTr::tr("The file is damaged (%1 at byte %L2).")
                         .arg(ErrorReason::json(pe.error))
                         .arg(pe.offset);
        qCWarning(lcSite) << "site file not JSON:" << pe.errorString() << "at byte" << pe.offset;
        return std::nullopt;
    }
    return json::siteFromJson(doc.object(), error);
}

SiteLoadResult SiteFile::load(const QString &path)
{
    SiteLoadResult result;
    const QString backup = backupPath(path);
    if (!QFileInfo::exists(path) && !QFileInfo::exists(backup)) {
        result.fileMissing = true;
        return result;
    }
    if (QFileInfo::exists(path)) {
        QString error;
        bool couldNotOpen = false;
        result.site = readFile(path, &error, &couldNotOpen);
        if (result.site)
            return result;
        result.error = error;
        // A damaged (or newer) file is kept for the operator or support to look at, never
        // overwritten. A file we merely cannot open stays where it is.
        if (!couldNotOpen) {
            const QString aside =
                path + QStringLiteral(".corrupt-") + QDateTime::currentDateTime().toString("yyyyMMdd-HHmmss");
            if (QFile::rename(path, aside))
                result.setAsidePath = aside;
        }
        qCWarning(lcSite) << "site file unreadable:" << path << error << "set aside as"
                          << result.setAsidePath;
    }
    if (QFileInfo::exists(backup)) {
        QString backupError;
        result.site = readFile(backup, &backupError);
        if (result.site) {
            result.fromBackup = true;
            // Put the good copy back in place (atomically), unless the original is still there.
            if (!QFileInfo::exists(path)) {
                QFile in(backup);
                QSaveFile out(path);
                if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly) ||
                    out.write(in.readAll()) < 0 || !out.commit())
                    qCWarning(lcSite) << "could not restore" << path << "from" << backup;
            }
        } else {
            qCWarning(lcSite) << "backup unreadable too:" << backup << backupError;
        }
    }
    return result;
}

bool SiteFile::save(const QString &path, const Site &site, QString *error)
{
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath())) {
        if (error)
            *error = SiteFileTr::tr("Cannot create the folder %1.")
                         .arg(QDir::toNativeSeparators(info.absolutePath()));
        return false;
    }
    // One writer at a time across processes, so the backup rotation and the rename never interleave.
    QLockFile lock(path + QStringLiteral(".lock"));
    lock.setStaleLockTime(10000);
    if (!lock.tryLock(5000)) {
        if (error)
            *error =
                SiteFileTr::tr("Another Pantau is saving %1; try again.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    const QByteArray bytes = QJsonDocument(json::toJson(site)).toJson(QJsonDocument::Indented);

    // Rotate: the current file, if it is good, becomes the backup (written atomically too).
    QString ignored;
    if (QFileInfo::exists(path) && readFile(path, &ignored)) {
        QFile current(path);
        QSaveFile bak(backupPath(path));
        if (current.open(QIODevice::ReadOnly) && bak.open(QIODevice::WriteOnly)) {
            bak.write(current.readAll());
            if (!bak.commit())
                qCWarning(lcSite) << "could not write backup" << backupPath(path) << bak.errorString();
        }
    }
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit()) {
        if (error)
            *error =
                SiteFileTr::tr("Cannot save %1: %2").arg(QDir::toNativeSeparators(path), out.errorString());
        return false;
    }
    qCDebug(lcSite) << "saved" << path << bytes.size() << "bytes";
    return true;
}

} // namespace pantau
