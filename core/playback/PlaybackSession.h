#pragma once
// One wall window's playback: every camera of its layout on one shared PlaybackClock, one
// PlaybackStream each, footage found through an ArchiveSource (this PC or a recorder). It is the
// PlaybackControl the timeline, the controls and the keyboard drive; tiles read their camera's
// stream(). Segments are asked for a window around the position and again when the position
// leaves it. A camera whose source fails keeps the translated message (errorFor()).
// Threads: GUI thread only.
#include "core/playback/ArchiveSource.h"
#include "core/playback/PlaybackClock.h"
#include "core/playback/PlaybackControl.h"
#include "core/playback/PlaybackStream.h"

#include <QHash>
#include <QPointer>
#include <QTimer>

#include <memory>

namespace pantau::playback {

class PlaybackSession : public PlaybackControl
{
    Q_OBJECT
public:
    static constexpr qint64 kSegmentWindowMs = 3LL * 3600 * 1000; // asked for on each side

    // `source` outlives the session.
    explicit PlaybackSession(ArchiveSource *source, QObject *parent = nullptr);
    ~PlaybackSession() override;

    // The layout's cameras, in order (live or playback); the selected one defaults to the first.
    void setCameras(const QStringList &cameraIds);
    void setSelectedCameraId(const QString &cameraId);
    // Another source, or the source's changed(): what was listed is dropped and asked again.
    void setSource(ArchiveSource *source);

    bool isPlayback() const override { return m_playback; }
    qint64 positionUtcMs() const override;
    int speed() const override { return m_clock.speed(); }
    bool isPaused() const override { return m_clock.isPaused(); }
    QStringList cameraIds() const override { return m_cameraIds; }
    QString selectedCameraId() const override { return m_selected; }

    void seek(qint64 utcMs, bool exact) override;
    void setSpeed(int speed) override;
    void setPaused(bool paused) override;
    void stepFrame(int direction) override;
    void goLive() override;

    // The camera's stream in playback; nullptr live or for a camera not in the layout.
    PlaybackStream *stream(const QString &cameraId) const;
    // The source's message for this camera (unreachable recorder, wrong password); empty when none.
    QString errorFor(const QString &cameraId) const { return m_errors.value(cameraId); }
    const PlaybackClock &clock() const { return m_clock; }

Q_SIGNALS:
    void cameraChanged(const QString &cameraId); // its stream's picture, state or error changed

private:
    void ensureStreams();
    void loadSegments(const QString &cameraId, qint64 aroundUtcMs, bool exact);
    void syncAll(bool exact);
    void tick();
    void reloadSource(); // answers still under way are about another recorder: dropped

    QPointer<ArchiveSource> m_source;
    PlaybackClock m_clock;
    QStringList m_cameraIds;
    QString m_selected;
    bool m_playback = false;
    std::shared_ptr<PipelineReaper> m_reaper;   // the streams' finished pipelines, off this thread
    std::shared_ptr<PipelineStarter> m_starter; // the streams' next files started, off this thread
    QHash<QString, std::shared_ptr<PlaybackStream>> m_streams;
    QHash<QString, QString> m_errors;
    QHash<QString, std::pair<qint64, qint64>> m_loaded; // camera -> segment window asked for
    quint64 m_generation = 0;                           // answers of an older seek are dropped
    QTimer m_positionTimer;                             // 40 ms while playing
};

} // namespace pantau::playback
