#include "core/health/AreaOrder.h"

#include <algorithm>

namespace pantau {

namespace {

bool byName(const AreaKey &a, const AreaKey &b)
{
    if (a.kecamatan.isEmpty() != b.kecamatan.isEmpty())
        return b.kecamatan.isEmpty(); // "no kecamatan" last
    if (const int c = QString::localeAwareCompare(a.kecamatan, b.kecamatan))
        return c < 0;
    return QString::localeAwareCompare(a.kabupaten, b.kabupaten) < 0;
}

} // namespace

QVector<AreaKey> orderAreas(QVector<AreaFigures> areas, AreaOrder order)
{
    std::stable_sort(areas.begin(), areas.end(), [order](const AreaFigures &a, const AreaFigures &b) {
        if (order == AreaOrder::WorstFirst) {
            // Shares compared without division: fa / ta > fb / tb  <=>  fa * tb > fb * ta.
            const qint64 fa = failingCameras(a.counts), fb = failingCameras(b.counts);
            const qint64 ta = std::max(a.counts.total, 1), tb = std::max(b.counts.total, 1);
            if (fa * tb != fb * ta)
                return fa * tb > fb * ta;
            if (fa != fb)
                return fa > fb;
        }
        return byName(a.key, b.key);
    });
    QVector<AreaKey> keys;
    keys.reserve(areas.size());
    for (const AreaFigures &a : areas)
        keys.push_back(a.key);
    return keys;
}

} // namespace pantau
