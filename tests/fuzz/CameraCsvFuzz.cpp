// libFuzzer target for the camera CSV importer: any bytes must give cameras, reasons or both,
// never a crash or a hang; a refusal always says why; every camera accepted is usable (a name, a
// unique id, an address); and what was accepted survives export and import unchanged but for
// the password, which export never writes.
#include "core/inventory/CameraCsv.h"

#include <QLoggingCategory>
#include <QSet>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const bool quiet = [] {
        QLoggingCategory::setFilterRules(QStringLiteral("pantau.inventory.info=false"));
        return true;
    }();
    (void)quiet;
    const QByteArray bytes(reinterpret_cast<const char *>(data), int(size));
    const pantau::CsvImportResult result = pantau::importCameras(bytes, {});
    if (result.rejected && (!result.cameras.isEmpty() || result.problems.size() != 1))
        std::abort(); // a refused file imports nothing and says why, once
    if (!result.rejected && result.cameras.size() + result.badRowCount != result.rowCount)
        std::abort(); // every row is either a camera or a reported problem
    if (result.badRowCount > 0 && result.problems.isEmpty())
        std::abort();
    for (const pantau::CsvProblem &p : result.problems)
        if (p.reason.isEmpty() || p.line < 0)
            std::abort();
    QSet<QString> ids;
    QVector<pantau::Camera> withoutPasswords = result.cameras;
    for (pantau::Camera &c : withoutPasswords) {
        if (c.name.isEmpty() || c.id.isEmpty() || ids.contains(c.id))
            std::abort();
        if (!c.mainStreamUrl.isValid() && !c.onvifUrl.isValid())
            std::abort();
        ids.insert(c.id);
        c.password.clear();
    }
    const QByteArray exported = pantau::exportCameras(result.cameras);
    const pantau::CsvImportResult again = pantau::importCameras(exported, {});
    if (!again.problems.isEmpty() || again.cameras != withoutPasswords)
        std::abort();
    if (pantau::exportCameras(again.cameras) != exported)
        std::abort();
    return 0;
}
