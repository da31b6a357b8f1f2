#pragma once
// The shared clock of a synchronised playback: the footage time (UTC ms) as a function of a
// monotonic time (ms), a speed of ±1…16 and a pause. Pure: the caller passes "now" in, so tests
// drive it without waiting. Every tile of a wall window reads one clock, so they cannot drift
// apart by more than their own decoding lag. Value type; any thread, not shared between threads.
#include <QtGlobal>

namespace pantau::playback {

class PlaybackClock
{
public:
    static bool isValidSpeed(int speed); // ±1, 2, 4, 8, 16

    // The position at monotonic time `nowMs`.
    qint64 positionAt(qint64 nowMs) const;
    int speed() const { return m_speed; }
    bool isPaused() const { return m_paused; }

    // Jumps to `utcMs` at `nowMs`; speed and pause stay.
    void seek(qint64 utcMs, qint64 nowMs);
    // From `nowMs` on at this speed; false (nothing changes) for a speed not in isValidSpeed().
    bool setSpeed(int speed, qint64 nowMs);
    void setPaused(bool paused, qint64 nowMs);

private:
    void anchor(qint64 nowMs);

    qint64 m_anchorUtcMs = 0; // the position at m_anchorNowMs
    qint64 m_anchorNowMs = 0; // monotonic
    int m_speed = 1;
    bool m_paused = false;
};

} // namespace pantau::playback
