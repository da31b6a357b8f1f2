#pragma once
// Camera inventory as CSV (docs/csv-format.md): import checks every row and reports each problem
// with its line; export writes what import reads, without passwords. Pure functions on values:
// callable from any thread, nothing here touches the site. Applying an import is the caller's
// job, in one SiteStore update, so a site is never half imported.
#include "core/camera/Camera.h"

#include <QVector>

#include <optional>

namespace pantau {

struct CsvProblem
{
    int line = 0;   // 1-based physical line where the record starts; 0 = the file as a whole
    QString reason; // translated, e.g. "latitude must be between -90 and 90"

    QString text() const; // "Line 7: latitude must be between -90 and 90" (translated)
    friend bool operator==(const CsvProblem &, const CsvProblem &) = default;
};

struct CsvImportResult
{
    QVector<Camera> cameras;      // rows that passed every check, in file order
    QVector<CsvProblem> problems; // in line order; at most kMaxListedProblems, then one "and N more"
    int rowCount = 0;             // camera rows read (blank rows not counted)
    int badRowCount = 0;          // rows left out because of a problem
    bool rejected = false;        // the file as a whole is unusable; `cameras` is empty

    QString summary() const; // translated, one sentence for the import dialog
};

namespace cameracsv {
inline constexpr qint64 kMaxFileBytes = 16 * 1024 * 1024;
inline constexpr int kMaxRows = 20000;
inline constexpr int kMaxFieldBytes = 2048;
inline constexpr int kMaxColumns = 64;
inline constexpr int kMaxListedProblems = 1000;

// The column names, in the order export writes them.
QStringList columns();

// Reads a CSV file of at most kMaxFileBytes. On failure returns nothing and sets `error`
// (translated). Blocking file I/O: call it where blocking is fine.
std::optional<QByteArray> readFile(const QString &path, QString *error);
} // namespace cameracsv

// Checks every row of `bytes` against the documented columns and against `existing` (ids that
// are taken). A row whose id is already in `existing` is reported, never an update.
CsvImportResult importCameras(const QByteArray &bytes, const QVector<Camera> &existing);

// UTF-8 with BOM (Excel opens it as UTF-8), comma separated, CRLF, a header row. Never writes a
// password: the password column stays empty and user info is stripped from every URL.
QByteArray exportCameras(const QVector<Camera> &cameras);

} // namespace pantau
