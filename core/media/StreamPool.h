#pragma once
// Decode once per (camera, stream): tiles lease pipelines from the pool. The pool creates a
// pipeline on the first lease, scales it for the largest lease, and tears it down a short linger
// after the last lease goes, so switching layouts never reconnects a camera that stays on the wall.
// GUI thread only.
#include "core/camera/Camera.h"
#include "core/camera/CameraLookup.h"
#include "core/media/PipelineReaper.h"
#include "core/media/StreamPipeline.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>
#include <unordered_map>

namespace pantau {

class StreamPool;

// A tile's claim on a pipeline. Destroying it releases the claim. GUI thread only.
class StreamLease
{
public:
    ~StreamLease();
    StreamLease(const StreamLease &) = delete;
    StreamLease &operator=(const StreamLease &) = delete;

    StreamPipeline *pipeline() const { return m_pipeline; }
    QString cameraId() const { return m_cameraId; }
    StreamKind kind() const { return m_kind; }
    void setTargetSize(QSize sizePx); // the tile's paint size in device pixels

private:
    friend class StreamPool;
    StreamLease(StreamPool *pool, StreamPipeline *pipeline, QString cameraId, StreamKind kind);
    QPointer<StreamPool> m_pool;
    StreamPipeline *m_pipeline;
    QString m_cameraId;
    StreamKind m_kind;
    QSize m_targetSize;
};

struct StreamSettings
{
    int latencyMs = 100;
    RtspTransport transport = RtspTransport::Auto;
    int lingerMs = 3000;        // keep a pipeline this long after its last lease
    bool keyframesOnly = false; // every pipeline decodes keyframes only (thumbnail walls)
    // Frames carry the decoder's YUV planes instead of BGRx images at the tile size: the wall's
    // GPU renderer (ui/wall/GlVideoSurface) converts and scales them.
    bool yuvFrames = false;
};

class StreamPool : public QObject
{
    Q_OBJECT
public:
    using CameraLookup = pantau::CameraLookup;

    explicit StreamPool(CameraLookup lookup, QObject *parent = nullptr);
    ~StreamPool() override;

    // nullptr when the camera is unknown. A camera without a sub stream gets its main stream.
    std::unique_ptr<StreamLease> acquire(const QString &cameraId, StreamKind kind);

    void setSettings(const StreamSettings &settings);
    const StreamSettings &settings() const { return m_settings; }
    // Re-read every camera (after an edit): changed addresses restart, removed cameras stop.
    void refreshSources();

    int pipelineCount() const { return int(m_entries.size()); }
    // Pipelines let go and still being torn down (on the reaper's threads).
    int pipelinesTearingDown() const { return m_reaper.pending(); }
    StreamPipeline *find(const QString &cameraId, StreamKind kind) const;

Q_SIGNALS:
    void pipelineCreated(const QString &cameraId, pantau::StreamKind kind);
    void pipelineDestroyed(const QString &cameraId, pantau::StreamKind kind);

private:
    friend class StreamLease;
    struct Key
    {
        QString cameraId;
        StreamKind kind;
        friend bool operator==(const Key &, const Key &) = default;
    };
    struct KeyHash
    {
        size_t operator()(const Key &k) const { return qHashMulti(0, k.cameraId, int(k.kind)); }
    };
    struct Entry
    {
        std::unique_ptr<StreamPipeline> pipeline;
        QList<StreamLease *> leases;
        std::unique_ptr<QTimer> linger;
    };
    void release(StreamLease *lease);
    void updateTargetSize(Entry &entry);
    std::optional<StreamSource> sourceFor(const Camera &camera, StreamKind kind) const;

    CameraLookup m_lookup;
    StreamSettings m_settings;
    PipelineReaper m_reaper; // destroyed last: waits for pipelines being torn down
    std::unordered_map<Key, Entry, KeyHash> m_entries;
};

} // namespace pantau
