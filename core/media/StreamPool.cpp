#include "core/media/StreamPool.h"

#include "core/Log.h"

namespace pantau {

StreamLease::StreamLease(StreamPool *pool, StreamPipeline *pipeline, QString cameraId, StreamKind kind)
    : m_pool(pool), m_pipeline(pipeline), m_cameraId(std::move(cameraId)), m_kind(kind)
{
}

StreamLease::~StreamLease()
{
    if (m_pool)
        m_pool->release(this);
}

void StreamLease::setTargetSize(QSize sizePx)
{
    if (sizePx == m_targetSize)
        return;
    m_targetSize = sizePx;
    if (!m_pool)
        return;
    auto it = m_pool->m_entries.find({m_cameraId, m_kind});
    if (it != m_pool->m_entries.end())
        m_pool->updateTargetSize(it->second);
}

StreamPool::StreamPool(CameraLookup lookup, QObject *parent) : QObject(parent), m_lookup(std::move(lookup)) {}

StreamPool::~StreamPool()
{
    for (auto &[key, e] : m_entries)
        for (StreamLease *l : e.leases)
            l->m_pool = nullptr;
    m_entries.clear(); // pipelines hand themselves to m_reaper, which then waits for them
}

std::optional<StreamSource> StreamPool::sourceFor(const Camera &camera, StreamKind kind) const
{
    const QUrl url = camera.streamUrl(kind);
    if (url.isEmpty())
        return std::nullopt;
    StreamSource s;
    s.url = url;
    s.username = camera.username;
    s.password = camera.password;
    s.transport = m_settings.transport;
    s.latencyMs = m_settings.latencyMs;
    s.keyframesOnly = m_settings.keyframesOnly;
    s.yuvFrames = m_settings.yuvFrames;
    return s;
}

std::unique_ptr<StreamLease> StreamPool::acquire(const QString &cameraId, StreamKind kind)
{
    const std::optional<Camera> camera = m_lookup(cameraId);
    if (!camera || !camera->enabled)
        return nullptr;
    if (kind != StreamKind::Sub || !camera->hasSubStream())
        kind = StreamKind::Main;
    const Key key{cameraId, kind};
    auto it = m_entries.find(key);
    if (it == m_entries.end()) {
        const std::optional<StreamSource> source = sourceFor(*camera, kind);
        if (!source)
            return nullptr;
        Entry entry;
        entry.pipeline = std::make_unique<StreamPipeline>(*source, &m_reaper);
        entry.linger = std::make_unique<QTimer>();
        entry.linger->setSingleShot(true);
        connect(entry.linger.get(), &QTimer::timeout, this, [this, key] {
            auto found = m_entries.find(key);
            if (found == m_entries.end() || !found->second.leases.isEmpty())
                return;
            qCDebug(lcMedia) << "stopping unused stream" << key.cameraId << int(key.kind);
            Entry gone = std::move(found->second);
            m_entries.erase(found);
            gone.linger.release()->deleteLater(); // we are inside its timeout signal
            Q_EMIT pipelineDestroyed(key.cameraId, key.kind);
        });
        it = m_entries.emplace(key, std::move(entry)).first;
        it->second.pipeline->start();
        Q_EMIT pipelineCreated(cameraId, kind);
    }
    Entry &entry = it->second;
    entry.linger->stop();
    entry.pipeline->start(); // nothing if it runs; restarts one stopped while lingering (camera re-enabled)
    auto lease = std::unique_ptr<StreamLease>(new StreamLease(this, entry.pipeline.get(), cameraId, kind));
    entry.leases.push_back(lease.get());
    return lease;
}

void StreamPool::release(StreamLease *lease)
{
    auto it = m_entries.find({lease->m_cameraId, lease->m_kind});
    if (it == m_entries.end())
        return;
    Entry &entry = it->second;
    entry.leases.removeOne(lease);
    if (entry.leases.isEmpty())
        entry.linger->start(m_settings.lingerMs);
    else
        updateTargetSize(entry);
}

void StreamPool::updateTargetSize(Entry &entry)
{
    QSize largest;
    for (const StreamLease *l : entry.leases)
        if (l->m_targetSize.width() * l->m_targetSize.height() > largest.width() * largest.height())
            largest = l->m_targetSize;
    entry.pipeline->setTargetSize(largest);
}

void StreamPool::setSettings(const StreamSettings &settings)
{
    m_settings = settings;
    refreshSources();
}

void StreamPool::refreshSources()
{
    for (auto &[key, entry] : m_entries) {
        const std::optional<Camera> camera = m_lookup(key.cameraId);
        std::optional<StreamSource> source;
        if (camera && camera->enabled)
            source = sourceFor(*camera, key.kind);
        if (source) {
            entry.pipeline->setSource(*source);
            entry.pipeline->start(); // it may have been stopped by an earlier disable
        } else
            entry.pipeline->stop(); // removed or disabled; tiles drop their leases as the layout changes
    }
}

StreamPipeline *StreamPool::find(const QString &cameraId, StreamKind kind) const
{
    auto it = m_entries.find({cameraId, kind});
    return it == m_entries.end() ? nullptr : it->second.pipeline.get();
}

} // namespace pantau
