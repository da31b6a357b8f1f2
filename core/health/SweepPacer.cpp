#include "core/health/SweepPacer.h"

#include <algorithm>

namespace pantau {

bool SweepPacer::mayStartRound(qint64 nowMs) const
{
    return msUntilNextRound(nowMs) == 0;
}

qint64 SweepPacer::msUntilNextRound(qint64 nowMs) const
{
    if (m_lastStartMs < 0)
        return 0;
    return std::max<qint64>(0, m_lastStartMs + m_minRoundMs - nowMs);
}

void SweepPacer::roundStarted(qint64 nowMs)
{
    m_lastStartMs = nowMs;
}

} // namespace pantau
