#pragma once
// Watches every enabled camera of the site for the overview dashboard: its own StreamPool leases
// cameras' sub streams in keyframes-only mode (one decode per GOP), so the thumbnails and the
// states come from the same pipelines. Up to maxConnected() cameras stay connected all the time;
// a larger site is swept instead: at most maxConnected() cameras are connected at once, each until
// its first picture or a failure (or a timeout), its thumbnail and state are kept, and the next
// camera is visited; the sweep starts over when all were seen, and no sooner than a minute after the
// last round started (SweepPacer), so cameras that refuse at once are not retried in a tight loop.
// So 1,000 cameras cost 64 pipelines. Logs a camera's health once when it changes. Feeds
// CameraHealth with the states and, while active, samples the online count into an OnlineHistory once a
// minute and saves it. Reads the site, never writes it. Decodes only while active (the dashboard is shown).
// GUI thread only.
#include "core/health/CameraHealth.h"
#include "core/health/OnlineHistory.h"
#include "core/health/SweepPacer.h"
#include "core/media/StreamPool.h"

#include <QElapsedTimer>
#include <QImage>
#include <QObject>
#include <QTimer>

#include <memory>
#include <unordered_map>

namespace pantau {

class SiteStore;

class HealthMonitor : public QObject
{
    Q_OBJECT
public:
    // `historyPath` empty: the history is kept in memory only.
    HealthMonitor(const SiteStore *store, StreamSettings settings, QString historyPath,
                  QObject *parent = nullptr);
    ~HealthMonitor() override;

    // Active: every enabled camera is leased and sampled. Inactive: nothing is decoded.
    void setActive(bool active);
    bool isActive() const { return m_active; }
    // The size thumbnails are painted at; pipelines scale down to it.
    void setThumbnailSizePx(QSize sizePx);

    const CameraHealth &health() const { return m_health; }
    const OnlineHistory &history() const { return m_history; }
    // The pipeline of a camera's thumbnail; nullptr when not leased (inactive, disabled, or
    // between two visits of a sweep).
    StreamPipeline *pipeline(const QString &cameraId) const;
    // The camera's latest picture: live from its pipeline, or the one kept from the last visit.
    QImage thumbnail(const QString &cameraId) const;
    static constexpr int kDefaultMaxConnected = 64;
    void setMaxConnected(int cameras);
    int maxConnected() const { return m_maxConnected; }
    bool isSweeping() const { return m_sweeping; }
    int connectedCount() const { return int(m_leases.size()); } // cameras leased right now
    int sweepsCompleted() const { return m_sweepsCompleted; }
    void setVisitTimeoutMs(int ms) { m_visitTimeoutMs = ms; }
    // A sweep round starts no sooner than this after the previous one (default a minute).
    void setMinRoundMs(int ms) { m_pacer.setMinRoundMs(ms); }
    const StreamPool &pool() const { return *m_pool; }
    // Records a history sample now (the timer does it every interval while active).
    void sampleNow();
    void setSampleIntervalMs(int ms) { m_sampleTimer.setInterval(ms); }

Q_SIGNALS:
    void countsChanged(); // some camera changed bucket (or the site changed)
    void historyChanged();
    void pictureChanged(const QString &cameraId); // a new thumbnail frame or a new state

private:
    void syncCameras();
    void lease(const Camera &camera);
    void fillSweep();                       // lease the next cameras up to the bound
    void endVisit(const QString &cameraId); // keep what was learnt, let the camera go (queued)
    void checkVisitTimeouts();
    void dropLeases();
    qint64 nowMs() const;
    static constexpr QSize kKeptThumbnailPx{320, 180}; // kept pictures are at most this big
    void onStatus(const QString &cameraId, const StreamStatus &status);

    const SiteStore *m_store;
    QString m_historyPath;
    std::unique_ptr<StreamPool> m_pool;
    std::unordered_map<QString, std::unique_ptr<StreamLease>> m_leases;
    CameraHealth m_health;
    OnlineHistory m_history;
    QTimer m_sampleTimer;
    QSize m_thumbSizePx{256, 144};
    bool m_active = false;
    int m_maxConnected = kDefaultMaxConnected;
    bool m_sweeping = false;
    int m_sweepsCompleted = 0;
    int m_visitTimeoutMs = 13000; // above a pipeline's own 10 s connect timeout
    bool m_roundStarted = false;
    SweepPacer m_pacer;
    QElapsedTimer m_clock;
    QStringList m_sweepQueue;                             // cameras still to visit in this sweep
    std::unordered_map<QString, qint64> m_visitStartedMs; // leased by the sweep, since when
    std::unordered_map<QString, QImage> m_thumbnails;     // deep copies from earlier visits
    QTimer m_visitTimer;
    // Once the pipelines of a round (or of the shown dashboard) are torn down (on the pool's
    // reaper, not at once), the heap's free pages go back to the system (media::releaseFreeHeap).
    QTimer m_trimTimer;
    static constexpr int kTrimDelayMs = 2000;
};

} // namespace pantau
