#include "core/analytics/OffWallBudget.h"

#include <algorithm>

namespace pantau::analytics {

OffWallBudget::OffWallBudget(int maxPipelines, qint64 rotationMs)
    : m_maxPipelines(std::clamp(maxPipelines, 0, kMaxPipelines)),
      m_rotationMs(std::max<qint64>(rotationMs, 1000))
{
}

qint64 OffWallBudget::windowOf(qint64 nowUtcMs) const
{
    return std::max<qint64>(nowUtcMs, 0) / m_rotationMs;
}

QStringList OffWallBudget::choose(const QVector<OffWallCandidate> &candidates, qint64 nowUtcMs) const
{
    QStringList chosen;
    QStringList tamperOnly;
    for (const OffWallCandidate &c : candidates) {
        if (c.motionArmed) {
            if (chosen.size() < m_maxPipelines)
                chosen << c.cameraId;
        } else if (c.tamper) {
            tamperOnly << c.cameraId;
        }
    }
    const qsizetype free = m_maxPipelines - chosen.size();
    if (free <= 0 || tamperOnly.isEmpty())
        return chosen;
    if (free >= tamperOnly.size())
        return chosen + tamperOnly;
    const qint64 start = (windowOf(nowUtcMs) * free) % tamperOnly.size();
    for (qsizetype i = 0; i < free; ++i)
        chosen << tamperOnly[(start + i) % tamperOnly.size()];
    return chosen;
}

} // namespace pantau::analytics
