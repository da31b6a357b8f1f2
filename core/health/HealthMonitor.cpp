#include "core/health/HealthMonitor.h"

#include "core/Log.h"
#include "core/media/MallocArenas.h"
#include "core/site/SiteStore.h"

#include <QDateTime>
#include <QSet>

namespace pantau {

namespace {
const char *healthWord(HealthBucket bucket)
{
    switch (bucket) {
    case HealthBucket::Online:
        return "online";
    case HealthBucket::Offline:
        return "offline";
    case HealthBucket::Trouble:
        return "in trouble";
    case HealthBucket::Checking:
        return "being checked";
    case HealthBucket::Invalid:
        break;
    }
    return "not watched";
}
} // namespace

HealthMonitor::HealthMonitor(const SiteStore *store, StreamSettings settings, QString historyPath,
                             QObject *parent)
    : QObject(parent), m_store(store), m_historyPath(std::move(historyPath))
{
    m_pool = std::make_unique<StreamPool>(store->cameraLookup());
    settings.keyframesOnly = true;
    settings.lingerMs = 0; // nobody else shares these pipelines
    m_pool->setSettings(settings);
    if (!m_historyPath.isEmpty())
        m_history.load(m_historyPath, QDateTime::currentMSecsSinceEpoch());
    m_health.setCameras(store->site().cameras);
    m_sampleTimer.setInterval(int(m_history.intervalMs()));
    connect(&m_sampleTimer, &QTimer::timeout, this, &HealthMonitor::sampleNow);
    m_clock.start();
    m_visitTimer.setInterval(500);
    connect(&m_visitTimer, &QTimer::timeout, this, &HealthMonitor::checkVisitTimeouts);
    m_trimTimer.setSingleShot(true);
    m_trimTimer.setInterval(kTrimDelayMs);
    connect(&m_trimTimer, &QTimer::timeout, this, [this] {
        if (m_leases.empty() && media::releaseFreeHeap())
            qCDebug(lcHealth) << "gave the heap's free pages back after a round";
    });
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
    qCInfo(lcHealth) << (active ? "monitoring" : "no longer monitoring") << m_store->site().cameras.size()
                     << "cameras";
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

QImage HealthMonitor::thumbnail(const QString &cameraId) const
{
    if (const StreamPipeline *p = pipeline(cameraId)) {
        const VideoFrame f = p->latestFrame();
        if (!f.isNull())
            return f.image;
    }
    auto it = m_thumbnails.find(cameraId);
    return it == m_thumbnails.end() ? QImage() : it->second;
}

void HealthMonitor::setMaxConnected(int cameras)
{
    m_maxConnected = std::max(1, cameras);
    if (m_active) {
        dropLeases();
        syncCameras();
    }
}

void HealthMonitor::dropLeases()
{
    for (auto &[id, lease] : m_leases)
        disconnect(lease->pipeline(), nullptr, this, nullptr);
    const bool had = !m_leases.empty();
    m_leases.clear();
    if (had) // closed or re-planned: what the pipelines held goes back to the system
        m_trimTimer.start();
    m_visitStartedMs.clear();
    m_sweepQueue.clear();
    m_roundStarted = false;
    m_pacer.reset();
}

qint64 HealthMonitor::nowMs() const
{
    return m_clock.elapsed(); // monotonic: a clock change cannot end or stretch visits
}

void HealthMonitor::lease(const Camera &c)
{
    std::unique_ptr<StreamLease> lease = m_pool->acquire(c.id, StreamKind::Sub);
    if (!lease)
        return;
    lease->setTargetSize(m_thumbSizePx);
    StreamPipeline *p = lease->pipeline();
    const QString id = c.id;
    connect(p, &StreamPipeline::statusChanged, this, [this, id](const StreamStatus &s) { onStatus(id, s); });
    connect(p, &StreamPipeline::frameAvailable, this, [this, id] {
        Q_EMIT pictureChanged(id);
        if (m_sweeping && m_visitStartedMs.count(id))
            endVisit(id); // a picture: this visit has what it came for
    });
    if (!m_sweeping) // a sweep's revisit keeps the last verdict until a new one comes
        m_health.setState(id, p->status().state);
    m_leases.emplace(id, std::move(lease));
    if (m_sweeping)
        m_visitStartedMs[id] = nowMs();
}

void HealthMonitor::endVisit(const QString &cameraId)
{
    if (!m_visitStartedMs.erase(cameraId))
        return;
    if (const StreamPipeline *p = pipeline(cameraId)) {
        const VideoFrame f = p->latestFrame();
        if (!f.isNull() && p->status().state == StreamState::Playing) // our own small copy: the buffer goes
            m_thumbnails[cameraId] = f.image
                                         .scaled(f.image.size().boundedTo(kKeptThumbnailPx),
                                                 Qt::KeepAspectRatio, Qt::SmoothTransformation)
                                         .convertToFormat(QImage::Format_RGB888);
        else
            m_thumbnails.erase(cameraId); // not online: no stale picture
    }
    // Not from inside the pipeline's own signal: let go on the next turn of the event loop.
    QMetaObject::invokeMethod(
        this,
        [this, cameraId] {
            auto it = m_leases.find(cameraId);
            if (!m_sweeping || it == m_leases.end() || m_visitStartedMs.count(cameraId))
                return; // no longer sweeping (watch-all keeps its leases), or visited again meanwhile
            disconnect(it->second->pipeline(), nullptr, this, nullptr);
            m_leases.erase(it);
            fillSweep();
            if (m_leases.empty()) // a round's pipelines are going: give their scattered memory back
                m_trimTimer.start();
        },
        Qt::QueuedConnection);
}

void HealthMonitor::checkVisitTimeouts()
{
    const qint64 now = nowMs();
    QStringList late;
    for (const auto &[id, started] : m_visitStartedMs)
        if (now - started > m_visitTimeoutMs)
            late << id;
    bool changed = false;
    for (const QString &id : late) {
        // No picture within the pipeline's own connect timeout and then some: it does not answer.
        const StreamPipeline *p = pipeline(id);
        if (!p || p->status().state != StreamState::Playing)
            changed |= m_health.setState(id, StreamState::Offline);
        endVisit(id);
    }
    if (changed)
        Q_EMIT countsChanged();
    // A round in which nothing could be leased, or visits held back while earlier pipelines were
    // torn down: try again, at this timer's pace.
    fillSweep();
}

void HealthMonitor::fillSweep()
{
    if (!m_active || !m_sweeping)
        return;
    const Site &site = m_store->site();
    bool refilled = false;
    // Pipelines let go but not yet gone (lingering in the pool, being torn down) count against the
    // bound too: under load their teardown lags, and a round had 87 alive for 64 connected.
    auto alive = [this] {
        return std::max(int(m_leases.size()), m_pool->pipelineCount()) + m_pool->pipelinesTearingDown();
    };
    while (alive() < m_maxConnected) {
        if (m_sweepQueue.isEmpty()) {
            if (!m_leases.empty() || refilled)
                return; // finish this round first; and never spin over cameras that cannot be leased
            if (!m_pacer.mayStartRound(nowMs()))
                return; // the visit timer comes back; offline cameras wait for their next round
            m_pacer.roundStarted(nowMs());
            if (m_roundStarted)
                ++m_sweepsCompleted;
            m_roundStarted = true;
            refilled = true;
            for (const Camera &c : site.cameras)
                if (c.enabled)
                    m_sweepQueue << c.id;
            if (m_sweepQueue.isEmpty())
                return;
        }
        const QString id = m_sweepQueue.takeFirst();
        if (const Camera *c = site.camera(id); c && c->enabled && !m_leases.count(id))
            lease(*c);
    }
}

void HealthMonitor::syncCameras()
{
    const QVector<Camera> &cameras = m_store->site().cameras;
    if (!m_active) {
        dropLeases();
        m_thumbnails.clear(); // states start afresh when the dashboard is shown again
        m_visitTimer.stop();
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
            m_visitStartedMs.erase(it->first);
            it = m_leases.erase(it);
        } else
            ++it;
    }
    for (auto it = m_thumbnails.begin(); it != m_thumbnails.end();)
        it = wanted.contains(it->first) ? std::next(it) : m_thumbnails.erase(it);
    const bool sweep = wanted.size() > m_maxConnected;
    if (sweep != m_sweeping) {
        qCInfo(lcHealth) << (sweep ? "sweeping" : "watching all") << wanted.size() << "cameras,"
                         << m_maxConnected << "connected at most";
        m_sweeping = sweep;
        if (sweep) // from watching all: start the first round afresh
            dropLeases();
        m_sweepQueue.clear();
        m_visitStartedMs.clear();
    }
    if (m_sweeping) {
        m_visitTimer.start();
        fillSweep();
    } else {
        m_visitTimer.stop();
        for (const Camera &c : cameras)
            if (c.enabled && !m_leases.count(c.id))
                lease(c);
    }
    Q_EMIT countsChanged();
}

void HealthMonitor::onStatus(const QString &cameraId, const StreamStatus &status)
{
    if (!m_leases.count(cameraId))
        return;
    const bool verdict = status.state == StreamState::Offline || status.state == StreamState::AuthFailed ||
                         status.state == StreamState::Error || status.state == StreamState::Reconnecting;
    if (m_sweeping && (status.state == StreamState::Connecting || status.state == StreamState::Invalid))
        return; // revisiting: the camera keeps its last verdict meanwhile
    if (m_health.setState(cameraId, status.state)) {
        qCInfo(lcHealth).noquote() << cameraId << "is now"
                                   << healthWord(m_health.bucketOf(cameraId)) +
                                          (status.reason.isEmpty() ? QString() : " (" + status.reason + ")");
        Q_EMIT countsChanged();
        // The first sample as soon as every state is known, not a minute later; and not before:
        // cameras still being checked would count as not online, a dip in the chart at every
        // start of Pantau (the demo's chart began at 5 of 9). The minute timer samples anyway.
        const auto &samples = m_history.samples();
        const bool due = samples.isEmpty() || QDateTime::currentMSecsSinceEpoch() - samples.last().timeMs >=
                                                  2 * m_history.intervalMs();
        if (due && m_health.counts().checking == 0)
            sampleNow();
    }
    Q_EMIT pictureChanged(cameraId);
    if (m_sweeping && verdict)
        endVisit(cameraId); // the camera said what is wrong: no need to wait for its retry
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
