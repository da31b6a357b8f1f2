#include "core/events/EventFeeder.h"

#include "core/Log.h"
#include "core/media/StreamPool.h"
#include "core/recording/RecorderStatusClient.h"

#include <QDateTime>
#include <QJsonArray>

namespace pantau::events {

EventFeeder::EventFeeder(EventStore *store, qint64 graceMs, Clock clock, QObject *parent)
    : QObject(parent), m_store(store),
      m_clock(std::move(clock)), m_offline{EventKind::CameraOffline, OutageRule(graceMs), {}, {}},
      m_recording{EventKind::RecordingStopped, OutageRule(graceMs), {}, {}}
{
    m_tick.setInterval(500);
    connect(&m_tick, &QTimer::timeout, this, &EventFeeder::onTick);
    adopt(m_offline);
    adopt(m_recording);
}

qint64 EventFeeder::now() const
{
    return m_clock ? m_clock() : QDateTime::currentMSecsSinceEpoch();
}

void EventFeeder::adopt(Track &track)
{
    for (const Event &e : m_store->activeEvents(track.kind)) {
        if (track.openIds.contains(e.cameraId)) { // two open for one camera: the older one ends
            m_store->end(track.openIds.value(e.cameraId), e.startUtcMs);
        }
        track.openIds.insert(e.cameraId, e.id);
        track.rule.adoptOpen(e.cameraId);
    }
    if (!track.openIds.isEmpty())
        qCInfo(lcEvents) << track.openIds.size() << "events of kind" << int(track.kind)
                         << "still open from the last run: continued";
}

Condition EventFeeder::conditionOf(StreamState state)
{
    switch (state) {
    case StreamState::Playing:
        return Condition::Fine;
    case StreamState::Offline:
    case StreamState::Reconnecting:
        return Condition::Failing;
    default:
        return Condition::Unknown;
    }
}

Condition EventFeeder::conditionOfRecording(const QString &stateKey)
{
    if (stateKey == QLatin1String("recording"))
        return Condition::Fine;
    if (stateKey == QLatin1String("waiting") || stateKey == QLatin1String("auth-failed") ||
        stateKey == QLatin1String("write-error") || stateKey == QLatin1String("error"))
        return Condition::Failing;
    return Condition::Unknown;
}

void EventFeeder::watchPool(const StreamPool *pool)
{
    connect(pool, &StreamPool::pipelineCreated, this, [this, pool](const QString &cameraId, StreamKind kind) {
        StreamPipeline *pipeline = pool->find(cameraId, kind);
        if (!pipeline)
            return;
        connect(pipeline, &StreamPipeline::statusChanged, this, [this, cameraId](const StreamStatus &status) {
            cameraState(cameraId, status.state, status.detail.isEmpty() ? status.reason : status.detail);
        });
    });
    connect(pool, &StreamPool::pipelineDestroyed, this,
            [this](const QString &cameraId, StreamKind) { cameraUnwatched(cameraId); });
}

void EventFeeder::watchRecorder(const recording::RecorderStatusClient *recorder)
{
    connect(recorder, &recording::RecorderStatusClient::changed, this,
            [this, recorder] { onRecorderChanged(recorder); });
}

void EventFeeder::onRecorderChanged(const recording::RecorderStatusClient *recorder)
{
    if (!recorder->isConnected()) {
        const QStringList keys = m_recording.details.keys();
        for (const QString &cameraId : keys)
            m_recording.rule.forget(cameraId);
        updateTimer();
        return;
    }
    const QJsonArray cameras = recorder->lastStatus().value(QStringLiteral("cameras")).toArray();
    for (const QJsonValue &v : cameras) {
        const QJsonObject c = v.toObject();
        recordingState(c.value(QStringLiteral("id")).toString(), c.value(QStringLiteral("state")).toString(),
                       c.value(QStringLiteral("reason")).toString());
    }
}

void EventFeeder::cameraState(const QString &cameraId, StreamState state, const QString &detail)
{
    const Condition condition = conditionOf(state);
    if (condition == Condition::Failing) // for the log: the pipeline's words, else its state
        m_offline.details.insert(cameraId, !detail.isEmpty()               ? detail
                                           : state == StreamState::Offline ? QStringLiteral("offline")
                                                                           : QStringLiteral("reconnecting"));
    apply(m_offline, m_offline.rule.report(cameraId, condition, now()));
}

void EventFeeder::recordingState(const QString &cameraId, const QString &stateKey, const QString &reason)
{
    if (cameraId.isEmpty())
        return;
    const Condition condition = conditionOfRecording(stateKey);
    if (condition == Condition::Failing)
        m_recording.details.insert(cameraId,
                                   reason.isEmpty() ? stateKey : stateKey + QStringLiteral(": ") + reason);
    apply(m_recording, m_recording.rule.report(cameraId, condition, now()));
}

void EventFeeder::cameraUnwatched(const QString &cameraId)
{
    m_offline.rule.forget(cameraId);
    updateTimer();
}

void EventFeeder::apply(Track &track, const QVector<OutageAction> &actions)
{
    for (const OutageAction &a : actions) {
        if (a.type == OutageAction::Type::Start) {
            Event e;
            e.cameraId = a.key;
            e.kind = track.kind;
            e.startUtcMs = a.atUtcMs;
            e.detail = track.details.value(a.key);
            const qint64 id = m_store->add(e);
            if (id > 0)
                track.openIds.insert(a.key, id);
        } else if (a.type == OutageAction::Type::End) {
            const qint64 id = track.openIds.take(a.key);
            if (id > 0)
                m_store->end(id, a.atUtcMs);
        }
    }
    updateTimer();
}

void EventFeeder::onTick()
{
    const qint64 t = now();
    apply(m_offline, m_offline.rule.tick(t));
    apply(m_recording, m_recording.rule.tick(t));
}

void EventFeeder::updateTimer()
{
    const bool pending = m_offline.rule.hasPending() || m_recording.rule.hasPending();
    if (pending && !m_tick.isActive())
        m_tick.start();
    else if (!pending)
        m_tick.stop();
}

} // namespace pantau::events
