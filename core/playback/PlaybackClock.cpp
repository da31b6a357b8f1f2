#include "core/playback/PlaybackClock.h"

#include <cstdlib>

namespace pantau::playback {

bool PlaybackClock::isValidSpeed(int speed)
{
    const int s = std::abs(speed);
    return s == 1 || s == 2 || s == 4 || s == 8 || s == 16;
}

qint64 PlaybackClock::positionAt(qint64 nowMs) const
{
    if (m_paused)
        return m_anchorUtcMs;
    return m_anchorUtcMs + (nowMs - m_anchorNowMs) * m_speed;
}

void PlaybackClock::anchor(qint64 nowMs)
{
    m_anchorUtcMs = positionAt(nowMs);
    m_anchorNowMs = nowMs;
}

void PlaybackClock::seek(qint64 utcMs, qint64 nowMs)
{
    m_anchorUtcMs = utcMs;
    m_anchorNowMs = nowMs;
}

bool PlaybackClock::setSpeed(int speed, qint64 nowMs)
{
    if (!isValidSpeed(speed))
        return false;
    anchor(nowMs);
    m_speed = speed;
    return true;
}

void PlaybackClock::setPaused(bool paused, qint64 nowMs)
{
    anchor(nowMs);
    m_paused = paused;
}

} // namespace pantau::playback
