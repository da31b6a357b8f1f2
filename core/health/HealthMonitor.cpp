#include "HealthMonitor.h"

#include "Log.h"
#include "site/SiteStore.h"

#include <QDateTime>

namespace pantau {

HealthMonitor::HealthMonitor(const SiteStore *store, StreamSettings settings, QString historyPath, QObject *parent)
    : QObject(parent), m_store(store), m_historyPath(std::move(historyPath))
{
    m_pool = std::make_unique<StreamPool>([store](const QString &id) -> std::optional<Camera> {
        if (const Camera *c = store->site().camera(id))
            return *c;
        return std::nullopt;
    });
    settings.keyframesOnly = true;
    settings.lingerMs = 0; // nobody else shares these pipelines
    m_pool->setSettings(settings);
    if (!m_historyPath.isEmpty())
        m_history.load(m_historyPath, QDateTime::currentMSecsSinceEpoch());
    m_health.setCameras(store->site().cameras);
    m_sampleTimer.setInterval(int(m_history.intervalMs()));
    connect(&m_sampleTimer, &QTimer::timeout, this, &HealthMonitor::sampleNow);
    connect(store, &SiteStore::camerasChanged, this, [this] {
        m_pool->refreshSources();
        syncCameras();
    });
}

HealthMonitor::~HealthMonitor()
{
    if (m_active)
        sampleNow();
    m_leases.clear();
}

void HealthMonitor::setActive(bool active)
{
    if (active == m_active)
        return;
    m_active = active;
    qCInfo(lcHealth) << (active ? "monitoring" : "no longer monitoring") << m_store->site().cameras.size() << "cameras";
    if (active)
        m_sampleTimer.start();
    else {
        sampleNow(); // the last minute before the gap
        m_sampleTimer.stop();
    }
    syncCameras();
}

void HealthMonitor::setThumbnailSizePx(QSize sizePx)
{
    if (sizePx == m_thumbSizePx)
        return;
    m_thumbSizePx = sizePx;
    for (auto &[id, lease] : m_leases)
        lease->setTargetSize(sizePx);
}

StreamPipeline *HealthMonitor::pipeline(const QString &cameraId) const
{
    auto it = m_leases.find(cameraId);
    return it == m_leases.end() ? nullptr : it->second->pipeline();
}

void HealthMonitor::syncCameras()
{
    const QVector<Camera> &cameras = m_store->site().cameras;
    if (!m_active) {
        for (auto &[id, lease] : m_leases)
            disconnect(lease->pipeline(), nullptr, this, nullptr);
        m_leases.clear();
        m_health = CameraHealth(); // unknown until watched again
        m_health.setCameras(cameras);
        Q_EMIT countsChanged();
        return;
    }
    m_health.setCameras(cameras);
    QSet<QString> wanted;
    for (const Camera &c : cameras)
        if (c.enabled)
            wanted.insert(c.id);
    for (auto it = m_leases.begin(); it != m_leases.end();) {
        if (!wanted.contains(it->first)) {
            disconnect(it->second->pipeline(), nullptr, this, nullptr);
            it = m_leases.erase(it);
        } else
            ++it;
    }
    for (const Camera &c : cameras) {
        if (!c.enabled || m_leases.count(c.id))
            continue;
        std::unique_ptr<StreamLease> lease = m_pool->acquire(c.id, StreamKind::Sub);
        if (!lease)
            continue;
        lease->setTargetSize(m_thumbSizePx);
        StreamPipeline *p = lease->pipeline();
        const QString id = c.id;
        connect(p, &StreamPipeline::statusChanged, this, [this, id](const StreamStatus &s) { onStatus(id, s); });
        connect(p, &StreamPipeline::frameAvailable, this, [this, id] { Q_EMIT pictureChanged(id); });
        m_health.setState(id, p->status().state);
        m_leases.emplace(id, std::move(lease));
    }
    Q_EMIT countsChanged();
}

void HealthMonitor::onStatus(const QString &cameraId, const StreamStatus &status)
{
    if (!m_leases.count(cameraId))
        return;
    if (m_health.setState(cameraId, status.state)) {
        qCDebug(lcHealth) << cameraId << "now" << int(m_health.bucketOf(cameraId));
        Q_EMIT countsChanged();
        // The first sample as soon as the states are known, not a minute later.
        const auto &samples = m_history.samples();
        if (samples.isEmpty() || QDateTime::currentMSecsSinceEpoch() - samples.last().timeMs >= 2 * m_history.intervalMs())
            sampleNow();
    }
    Q_EMIT pictureChanged(cameraId);
}

void HealthMonitor::sampleNow()
{
    const HealthCounts c = m_health.counts();
    if (c.checking * 2 > c.total)
        return; // just started: most states are not known yet, a sample would be a false dip
    m_history.record(QDateTime::currentMSecsSinceEpoch(), c.online, c.total);
    if (!m_historyPath.isEmpty())
        m_history.save(m_historyPath);
    Q_EMIT historyChanged();
}

} // namespace pantau
