#pragma once
// Reads and writes the site file. Saves are atomic (QSaveFile) and keep the previous good file
// as FILE.bak; a corrupt file is set aside as FILE.corrupt-<time> and the backup is used.
// Plain functions, callable from any thread; two processes saving at once never leave a torn file.
#include "core/site/Site.h"

#include <optional>

namespace pantau {

struct SiteLoadResult
{
    std::optional<Site> site; // empty: nothing usable was found
    bool fileMissing = false; // neither the file nor a backup exists (first start)
    bool fromBackup = false;  // the file was unreadable; `site` comes from FILE.bak
    QString error;            // translated reason the file itself could not be used
    QString setAsidePath;     // where the unreadable file was moved
};

class SiteFile
{
public:
    static constexpr qint64 kMaxBytes = 32 * 1024 * 1024;

    static SiteLoadResult load(const QString &path);
    static bool save(const QString &path, const Site &site, QString *error);
    static QString backupPath(const QString &path) { return path + QStringLiteral(".bak"); }
    // Parse without touching the disk (used by load and by the fuzzers).
    static std::optional<Site> parse(const QByteArray &bytes, QString *error);
};

} // namespace pantau
