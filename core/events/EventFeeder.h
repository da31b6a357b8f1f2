#pragma once
// Events from what Pantau already knows: a camera offline (its live pipelines' states, from the
// wall's stream pool and, while the dashboard is shown, the health monitor's) and a recording
// stopped (this PC's recorder status channel). One event per failing period, through OutageRule:
// a failure must last the grace (10 s) before it is an event, so start-up makes no storm; it ends
// when the camera plays (or records) again. Events left open by the previous run are continued.
//
// Offline is Offline or Reconnecting; Playing is back online; Connecting, AuthFailed and Error
// change nothing (a wrong password or address is a configuration fault, shown on the tile). A
// recording is stopped while the recorder says waiting, auth-failed, write-error or error, and
// resumed at recording; a recorder that goes away makes no event per camera (the tiles show it).
//
// Threads: GUI thread (the store's and the pool's).
#include "core/events/EventStore.h"
#include "core/events/OutageRule.h"
#include "core/media/StreamStatus.h"

#include <QHash>
#include <QObject>
#include <QTimer>

#include <functional>

namespace pantau {
class StreamPool;
namespace recording {
class RecorderStatusClient;
}
} // namespace pantau

namespace pantau::events {

class EventFeeder : public QObject
{
    Q_OBJECT
public:
    using Clock = std::function<qint64()>; // UTC ms; the system clock when empty

    EventFeeder(EventStore *store, qint64 graceMs = OutageRule::kDefaultGraceMs, Clock clock = {},
                QObject *parent = nullptr);

    // Follows every pipeline the pool creates from now on.
    void watchPool(const StreamPool *pool);
    void watchRecorder(const recording::RecorderStatusClient *recorder);

    // What the watched parts report (public for callers with their own source of states).
    void cameraState(const QString &cameraId, StreamState state, const QString &detail = QString());
    void recordingState(const QString &cameraId, const QString &stateKey, const QString &reason = QString());
    void cameraUnwatched(const QString &cameraId);

    static Condition conditionOf(StreamState state);
    static Condition conditionOfRecording(const QString &stateKey);

private:
    struct Track
    {
        EventKind kind = EventKind::Invalid;
        OutageRule rule;
        QHash<QString, qint64> openIds;  // camera -> id of its open event
        QHash<QString, QString> details; // camera -> the last failure's words
    };
    void adopt(Track &track);
    void apply(Track &track, const QVector<OutageAction> &actions);
    void onRecorderChanged(const recording::RecorderStatusClient *recorder);
    void onTick();
    void updateTimer();
    qint64 now() const;

    EventStore *m_store;
    Clock m_clock;
    Track m_offline;
    Track m_recording;
    QTimer m_tick;
};

} // namespace pantau::events
