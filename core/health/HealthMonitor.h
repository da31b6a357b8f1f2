#pragma once
// Watches every enabled camera of the site for the overview dashboard: its own StreamPool leases
// each camera's sub stream in keyframes-only mode (one decode per GOP), so the thumbnails and
// the states come from the same pipelines. Feeds CameraHealth with the states and, while active,
// samples the online count into an OnlineHistory once a minute and saves it.
// Reads the site, never writes it. Decodes only while active (the dashboard is shown).
// GUI thread only.
#include "health/CameraHealth.h"
#include "health/OnlineHistory.h"
#include "media/StreamPool.h"

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
    HealthMonitor(const SiteStore *store, StreamSettings settings, QString historyPath, QObject *parent = nullptr);
    ~HealthMonitor() override;

    // Active: every enabled camera is leased and sampled. Inactive: nothing is decoded.
    void setActive(bool active);
    bool isActive() const { return m_active; }
    // The size thumbnails are painted at; pipelines scale down to it.
    void setThumbnailSizePx(QSize sizePx);

    const CameraHealth &health() const { return m_health; }
    const OnlineHistory &history() const { return m_history; }
    // The pipeline of a camera's thumbnail; nullptr when not leased (inactive, disabled).
    StreamPipeline *pipeline(const QString &cameraId) const;
    const StreamPool &pool() const { return *m_pool; }
    // Records a history sample now (the timer does it every interval while active).
    void sampleNow();
    void setSampleIntervalMs(int ms) { m_sampleTimer.setInterval(ms); }

Q_SIGNALS:
    void countsChanged();                         // some camera changed bucket (or the site changed)
    void historyChanged();
    void pictureChanged(const QString &cameraId); // a new thumbnail frame or a new state

private:
    void syncCameras();
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
};

} // namespace pantau
