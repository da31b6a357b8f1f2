// libFuzzer target for the site file reader (the layout reader is inside it): any bytes must give
// either a site or a reason, never a crash, an invalid layout, or a site that does not survive
// being written and read again.
#include "core/site/SiteFile.h"
#include "core/site/SiteJson.h"

#include <QJsonDocument>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QString error;
    const auto site =
        pantau::SiteFile::parse(QByteArray(reinterpret_cast<const char *>(data), int(size)), &error);
    if (!site) {
        if (error.isEmpty())
            std::abort(); // a refusal always says why
        return 0;
    }
    for (const pantau::Layout &l : site->layouts)
        if (!l.isValid())
            std::abort();
    // Writing is normalising (passwords dropped, URLs canonical); after one pass it is stable.
    const QByteArray once = QJsonDocument(pantau::json::toJson(*site)).toJson();
    const auto second = pantau::SiteFile::parse(once, &error);
    if (!second)
        std::abort();
    const auto third = pantau::SiteFile::parse(QJsonDocument(pantau::json::toJson(*second)).toJson(), &error);
    if (!third || !(*third == *second))
        std::abort();
    return 0;
}
