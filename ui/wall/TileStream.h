#pragma once
// The stream a wall tile paints: owns the tile's StreamPool lease(s) and follows
// TileStreamChoice. It holds the painted lease and, while switching, the other stream's lease
// until that one has its first frame, then paints it instead (a tile that grows keeps painting
// the sub stream until the main stream's first frame). A hidden tile holds no lease, so nobody
// decodes for it. Relays the painted pipeline's signals. No widget; GUI thread only.
#include "core/camera/Camera.h"
#include "core/media/StreamPool.h"

#include <QObject>
#include <QPointer>

#include <memory>
#include <optional>

namespace pantau {

class TileStream : public QObject
{
    Q_OBJECT
public:
    explicit TileStream(StreamPool *pool, QObject *parent = nullptr);
    ~TileStream() override;

    StreamPool *pool() const { return m_pool; }
    // Leases (or re-targets) for `camera` painted at `paintSizePx` (device pixels); releases
    // everything when there is no camera, the tile is not visible, or the pool is gone.
    void update(const std::optional<Camera> &camera, bool visible, QSize paintSizePx, int subMaxHeightPx);
    void release();

    StreamLease *lease() const { return m_lease.get(); } // what the tile paints; nullptr: nothing
    StreamPipeline *activePipeline() const;
    StreamKind activeKind() const;

Q_SIGNALS:
    void frameAvailable(); // a new frame of the painted stream
    void statusChanged();  // the painted stream's state
    void switched();       // the prepared stream had a frame and is painted now

private:
    void watch(StreamLease *lease, bool prepared);
    void onPreparedFrame();

    QPointer<StreamPool> m_pool;
    std::unique_ptr<StreamLease> m_lease;   // what we paint
    std::unique_ptr<StreamLease> m_pending; // the other stream, until it has a frame
    QList<QMetaObject::Connection> m_connections;
    QList<QMetaObject::Connection> m_pendingConnections;
};

} // namespace pantau
