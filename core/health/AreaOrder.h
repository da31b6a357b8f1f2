#pragma once
// The order of the dashboard's kecamatan rows: worst first (the share of cameras not working,
// then how many) or by name. A pure policy over counts; any thread.
#include "core/health/CameraHealth.h"

#include <QVector>

namespace pantau {

enum class AreaOrder { WorstFirst = 0, ByName };

struct AreaFigures
{
    AreaKey key;
    HealthCounts counts;
};

// Cameras not working: offline or in trouble (cameras still being checked are not known yet).
inline int failingCameras(const HealthCounts &c)
{
    return c.offline + c.trouble;
}

// The areas in display order. WorstFirst: the highest share of failing cameras first, then the
// most failing cameras, then by name; an area with no enabled camera counts as share 0. ByName:
// kecamatan, then kabupaten, in the locale's order; "" (no kecamatan) last in both orders' ties
// and always last by name.
QVector<AreaKey> orderAreas(QVector<AreaFigures> areas, AreaOrder order);

} // namespace pantau
