#include "ui/playback/ScrubThrottle.h"

#include <algorithm>

namespace pantau::playback {

ScrubThrottle::ScrubThrottle(int maxSeeksPerSecond) : m_intervalMs(1000 / std::max(1, maxSeeksPerSecond)) {}

std::optional<ScrubThrottle::Seek> ScrubThrottle::move(qint64 utcMs, qint64 nowMs)
{
    m_dragging = true;
    if (m_lastSentUtcMs == utcMs) {
        m_pendingUtcMs.reset(); // back where the pictures already are
        return std::nullopt;
    }
    m_pendingUtcMs = utcMs;
    return flush(nowMs);
}

std::optional<qint64> ScrubThrottle::msUntilPending(qint64 nowMs) const
{
    if (!m_pendingUtcMs)
        return std::nullopt;
    if (!m_lastSentAtMs)
        return 0;
    return std::max<qint64>(0, *m_lastSentAtMs + m_intervalMs - nowMs);
}

std::optional<ScrubThrottle::Seek> ScrubThrottle::flush(qint64 nowMs)
{
    const std::optional<qint64> wait = msUntilPending(nowMs);
    if (!wait || *wait > 0)
        return std::nullopt;
    const Seek seek{*m_pendingUtcMs, false};
    m_pendingUtcMs.reset();
    m_lastSentAtMs = nowMs;
    m_lastSentUtcMs = seek.utcMs;
    return seek;
}

ScrubThrottle::Seek ScrubThrottle::release(qint64 utcMs)
{
    cancel();
    return Seek{utcMs, true};
}

void ScrubThrottle::cancel()
{
    m_dragging = false;
    m_pendingUtcMs.reset();
    m_lastSentAtMs.reset();
    m_lastSentUtcMs.reset();
}

} // namespace pantau::playback
