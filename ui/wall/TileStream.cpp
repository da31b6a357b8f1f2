#include "ui/wall/TileStream.h"

#include "ui/wall/TileStreamChoice.h"

namespace pantau {

TileStream::TileStream(StreamPool *pool, QObject *parent) : QObject(parent), m_pool(pool) {}

TileStream::~TileStream()
{
    release();
}

StreamPipeline *TileStream::activePipeline() const
{
    return m_lease ? m_lease->pipeline() : nullptr;
}

StreamKind TileStream::activeKind() const
{
    return m_lease ? m_lease->kind() : StreamKind::Invalid;
}

void TileStream::watch(StreamLease *lease, bool prepared)
{
    auto &list = prepared ? m_pendingConnections : m_connections;
    for (const auto &c : list)
        disconnect(c);
    list.clear();
    if (!lease)
        return;
    StreamPipeline *p = lease->pipeline();
    if (prepared) {
        list << connect(p, &StreamPipeline::frameAvailable, this, &TileStream::onPreparedFrame);
    } else {
        list << connect(p, &StreamPipeline::frameAvailable, this, &TileStream::frameAvailable);
        list << connect(p, &StreamPipeline::statusChanged, this, &TileStream::statusChanged);
    }
}

void TileStream::update(const std::optional<Camera> &camera, bool visible, QSize paintSizePx,
                        int subMaxHeightPx)
{
    if (!camera || !visible || !m_pool) {
        release();
        return;
    }
    const StreamKind wanted = TileStreamChoice::wantedKind(paintSizePx.height(), subMaxHeightPx);
    const StreamKind prepared = m_pending ? m_pending->kind() : StreamKind::Invalid;
    switch (TileStreamChoice::nextStep(wanted, activeKind(), prepared, camera->hasSubStream())) {
    case TileStreamChoice::Step::Lease:
        m_lease = m_pool->acquire(camera->id, wanted);
        watch(m_lease.get(), false);
        break;
    case TileStreamChoice::Step::Prepare:
        // Keep painting the current stream; switch once the other one has a picture.
        m_pending = m_pool->acquire(camera->id, wanted);
        watch(m_pending.get(), true);
        onPreparedFrame();
        break;
    case TileStreamChoice::Step::DropPrepared:
        watch(nullptr, true);
        m_pending.reset();
        break;
    case TileStreamChoice::Step::Keep:
        break;
    }
    if (m_lease)
        m_lease->setTargetSize(paintSizePx);
    if (m_pending)
        m_pending->setTargetSize(paintSizePx);
}

void TileStream::onPreparedFrame()
{
    if (!m_pending || m_pending->pipeline()->latestFrame().isNull())
        return;
    watch(nullptr, true);
    watch(nullptr, false);
    m_lease = std::move(m_pending);
    watch(m_lease.get(), false);
    Q_EMIT switched();
}

void TileStream::release()
{
    watch(nullptr, false);
    watch(nullptr, true);
    m_pending.reset();
    m_lease.reset();
}

} // namespace pantau
