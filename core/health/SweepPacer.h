#pragma once
// Decides when the dashboard's sweep over a large site may start its next round: no sooner than a
// minimum round time after the previous round started. Cameras that fail at once (a refused
// connection takes milliseconds) would otherwise be visited again and again in a tight loop: at
// 1,000 cameras with 990 refusing, that was 1.3 cores and about 290 log lines a second. A camera
// found offline waits for the next round. Pure: the HealthMonitor asks and acts; any thread.
#include <QtGlobal>

namespace pantau {

class SweepPacer
{
public:
    static constexpr qint64 kDefaultMinRoundMs = 60000;
    explicit SweepPacer(qint64 minRoundMs = kDefaultMinRoundMs) : m_minRoundMs(minRoundMs) {}

    void setMinRoundMs(qint64 ms) { m_minRoundMs = ms; }
    qint64 minRoundMs() const { return m_minRoundMs; }
    // True for the first round and once the minimum round time has passed since the last start.
    bool mayStartRound(qint64 nowMs) const;
    // 0 when a round may start now.
    qint64 msUntilNextRound(qint64 nowMs) const;
    void roundStarted(qint64 nowMs);
    // Forget the last round (the site or the bound changed: start afresh at once).
    void reset() { m_lastStartMs = -1; }

private:
    qint64 m_minRoundMs;
    qint64 m_lastStartMs = -1; // -1: no round yet
};

} // namespace pantau
