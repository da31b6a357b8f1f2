#include "core/playback/PlaybackSession.h"

#include "core/media/PipelineReaper.h"
#include "core/media/PipelineStarter.h"
#include "core/media/VideoFrame.h"

#include <QPointer>

namespace pantau::playback {

PlaybackSession::PlaybackSession(ArchiveSource *source, QObject *parent) : PlaybackControl(parent)
{
    m_positionTimer.setInterval(40);
    connect(&m_positionTimer, &QTimer::timeout, this, &PlaybackSession::tick);
    setSource(source);
}

PlaybackSession::~PlaybackSession() = default;

void PlaybackSession::setCameras(const QStringList &cameraIds)
{
    if (cameraIds == m_cameraIds)
        return;
    m_cameraIds = cameraIds;
    if (!m_cameraIds.contains(m_selected))
        m_selected = m_cameraIds.value(0);
    for (auto it = m_streams.begin(); it != m_streams.end();) {
        if (!m_cameraIds.contains(it.key()))
            it = m_streams.erase(it);
        else
            ++it;
    }
    if (m_playback) {
        ensureStreams();
        for (const QString &id : m_cameraIds)
            if (!m_loaded.contains(id))
                loadSegments(id, positionUtcMs(), true);
    }
    Q_EMIT stateChanged();
}

void PlaybackSession::setSelectedCameraId(const QString &cameraId)
{
    if (cameraId == m_selected || !m_cameraIds.contains(cameraId))
        return;
    m_selected = cameraId;
    Q_EMIT stateChanged();
}

void PlaybackSession::setSource(ArchiveSource *source)
{
    if (m_source)
        disconnect(m_source, nullptr, this, nullptr);
    m_source = source;
    if (m_source)
        connect(m_source, &ArchiveSource::changed, this, &PlaybackSession::reloadSource);
    reloadSource();
}

void PlaybackSession::reloadSource()
{
    ++m_generation;
    m_loaded.clear();
    m_errors.clear();
    if (m_playback)
        seek(positionUtcMs(), true);
}

qint64 PlaybackSession::positionUtcMs() const
{
    return m_clock.positionAt(monotonicMs());
}

PlaybackStream *PlaybackSession::stream(const QString &cameraId) const
{
    return m_playback ? m_streams.value(cameraId).get() : nullptr;
}

void PlaybackSession::ensureStreams()
{
    for (const QString &id : m_cameraIds) {
        if (m_streams.contains(id))
            continue;
        auto stream = std::make_shared<PlaybackStream>(id, &m_clock);
        if (!m_reaper)
            m_reaper = std::make_shared<PipelineReaper>();
        if (!m_starter)
            m_starter = std::make_shared<PipelineStarter>();
        stream->setReaper(m_reaper);
        stream->setStarter(m_starter);
        connect(stream.get(), &PlaybackStream::frameAvailable, this,
                [this, id] { Q_EMIT cameraChanged(id); });
        connect(stream.get(), &PlaybackStream::stateChanged, this, [this, id] { Q_EMIT cameraChanged(id); });
        m_streams.insert(id, stream);
    }
}

void PlaybackSession::loadSegments(const QString &cameraId, qint64 aroundUtcMs, bool exact)
{
    const qint64 from = aroundUtcMs - kSegmentWindowMs;
    const qint64 to = aroundUtcMs + kSegmentWindowMs;
    m_loaded.insert(cameraId, {from, to});
    if (!m_source) { // nowhere to look: no footage anywhere
        if (PlaybackStream *s = stream(cameraId)) {
            s->setSegments({});
            s->sync(exact);
        }
        return;
    }
    const quint64 generation = m_generation;
    QPointer<PlaybackSession> self(this);
    m_source->segments(cameraId, from, to,
                       [self, cameraId, generation, exact](const QVector<ArchiveSegment> &segments,
                                                           const RecorderError &error) {
                           if (!self || !self->m_playback || generation != self->m_generation)
                               return;
                           PlaybackStream *s = self->stream(cameraId);
                           if (!s)
                               return;
                           if (error) {
                               self->m_errors.insert(cameraId, error.message);
                               self->m_loaded.remove(cameraId); // asked again on the next seek
                           } else {
                               self->m_errors.remove(cameraId);
                           }
                           s->setSegments(segments);
                           s->sync(exact);
                           Q_EMIT self->cameraChanged(cameraId);
                       });
}

void PlaybackSession::syncAll(bool exact)
{
    const qint64 position = positionUtcMs();
    for (const QString &id : m_cameraIds) {
        const auto window = m_loaded.value(id, {0, -1});
        if (position < window.first || position >= window.second) {
            loadSegments(id, position, exact); // syncs when the answer comes
            continue;
        }
        if (PlaybackStream *s = stream(id))
            s->sync(exact);
    }
}

void PlaybackSession::seek(qint64 utcMs, bool exact)
{
    const bool entering = !m_playback;
    m_clock.seek(utcMs, monotonicMs());
    if (entering) {
        m_playback = true;
        ++m_generation;
        m_loaded.clear();
        ensureStreams();
    }
    syncAll(exact);
    if (!m_clock.isPaused())
        m_positionTimer.start();
    Q_EMIT positionChanged(utcMs);
    if (entering)
        Q_EMIT stateChanged();
}

void PlaybackSession::setSpeed(int speed)
{
    if (speed == m_clock.speed() || !m_clock.setSpeed(speed, monotonicMs()))
        return;
    if (m_playback)
        syncAll(true);
    Q_EMIT stateChanged();
}

void PlaybackSession::setPaused(bool paused)
{
    if (paused == m_clock.isPaused())
        return;
    m_clock.setPaused(paused, monotonicMs());
    if (m_playback) {
        syncAll(true);
        if (paused)
            m_positionTimer.stop();
        else
            m_positionTimer.start();
    }
    Q_EMIT stateChanged();
    Q_EMIT positionChanged(positionUtcMs());
}

void PlaybackSession::stepFrame(int direction)
{
    if (!m_playback)
        return;
    setPaused(true);
    PlaybackStream *s = stream(m_selected);
    qint64 target = s ? s->stepTargetUtcMs(direction) : -1;
    if (target < 0)
        target = positionUtcMs() + (direction < 0 ? -40 : 40);
    seek(target, true);
}

void PlaybackSession::goLive()
{
    if (!m_playback)
        return;
    m_playback = false;
    ++m_generation;
    m_positionTimer.stop();
    m_streams.clear();
    m_loaded.clear();
    m_errors.clear();
    Q_EMIT stateChanged();
}

void PlaybackSession::tick()
{
    if (!m_playback || m_clock.isPaused()) {
        m_positionTimer.stop();
        return;
    }
    const qint64 position = positionUtcMs();
    for (const QString &id : m_cameraIds) {
        const auto window = m_loaded.value(id, {0, -1});
        if (m_loaded.contains(id) && (position < window.first || position >= window.second))
            loadSegments(id, position, true);
    }
    Q_EMIT positionChanged(position);
}

} // namespace pantau::playback
