#pragma once
// Which cameras that no tile shows get an analysis-only pipeline of their own (the sub stream,
// keyframes only: AnalyticsService::setCamera's ownSource), within a CPU budget of at most
// maxPipelines such pipelines. Pure (any thread); app/Application acts on the answer.
//
// - Cameras whose motion is armed now (zones drawn, schedule active) come first, in the order
//   given (the site's order), as many as fit.
// - The slots left go to cameras watched for tampering only, through a window that moves on every
//   rotationMs: window k takes the `free` cameras starting at (k * free) modulo their count, so every
//   camera gets a tamper check at least once in ceil(count / free) windows.
// - 0 pipelines: nothing off the wall is analysed.
#include <QString>
#include <QStringList>
#include <QVector>

namespace pantau::analytics {

struct OffWallCandidate
{
    QString cameraId;
    bool motionArmed = false; // motion on, zones drawn, its schedule active now
    bool tamper = false;      // tamper detection on
};

class OffWallBudget
{
public:
    // Measured with pantau-analytics-bench --off-wall (README, "Motion and tamper detection"):
    // 8 keyframes-only sub streams stay within a tenth of one of this 2-core machine's cores.
    static constexpr int kDefaultMaxPipelines = 8;
    static constexpr int kMaxPipelines = 64;
    static constexpr qint64 kDefaultRotationMs = 3 * 60'000;

    explicit OffWallBudget(int maxPipelines = kDefaultMaxPipelines, qint64 rotationMs = kDefaultRotationMs);

    int maxPipelines() const { return m_maxPipelines; }
    qint64 rotationMs() const { return m_rotationMs; }
    // `candidates`: the cameras off the wall. The ids to analyse now, motion-armed ones first.
    QStringList choose(const QVector<OffWallCandidate> &candidates, qint64 nowUtcMs) const;
    // The rotation window `nowUtcMs` falls in.
    qint64 windowOf(qint64 nowUtcMs) const;

private:
    int m_maxPipelines;
    qint64 m_rotationMs;
};

} // namespace pantau::analytics
