#pragma once
// The alarm an operator cannot miss: follows the event store, plays the tone AlarmPolicy picks for
// each new event through an AlarmSound, repeats the high tone until every high event is
// acknowledged, mutes for a few minutes on request, and says which cameras' tiles flash
// (flashingCamerasChanged: the wall draws the border). At start it takes up the active,
// unacknowledged events of the store (an offline camera from the last run still flashes).
// Threads: GUI thread (the store's).
#include "core/events/AlarmPolicy.h"
#include "core/events/AlarmSound.h"
#include "core/events/EventStore.h"

#include <QHash>
#include <QObject>
#include <QTimer>

#include <functional>

namespace pantau::events {

class Alarm : public QObject
{
    Q_OBJECT
public:
    using Clock = std::function<qint64()>; // UTC ms; the system clock when empty

    // `sound` may be nullptr (no tones, tiles still flash); both outlive the alarm.
    Alarm(EventStore *store, AlarmSound *sound, AlarmPolicy policy = AlarmPolicy(), Clock clock = {},
          QObject *parent = nullptr);

    const AlarmPolicy &policy() const { return m_policy; }
    void setPolicy(const AlarmPolicy &policy);
    QStringList flashingCameras() const { return m_flashing; }
    // Events that still want an answer (medium and high, unacknowledged), newest first.
    QVector<Event> pending() const;
    bool isRepeating() const { return m_repeat.isActive(); }

    void mute(int minutes); // AlarmPolicy::kShortMuteMinutes or kLongMuteMinutes
    void unmute();
    bool isMuted() const;
    qint64 mutedUntilUtcMs() const { return m_mutedUntilUtcMs; }

Q_SIGNALS:
    void flashingCamerasChanged(const QStringList &cameraIds);
    void mutedChanged(bool muted, qint64 untilUtcMs);

private:
    void onAdded(const Event &event);
    void onEnded(const Event &event);
    void onAcknowledged(const Event &event);
    void onRepeat();
    void update();
    void play(AlarmTone tone);
    qint64 now() const;

    EventStore *m_store;
    AlarmSound *m_sound;
    AlarmPolicy m_policy;
    Clock m_clock;
    QHash<qint64, Event> m_pending; // by id
    QStringList m_flashing;
    qint64 m_mutedUntilUtcMs = 0;
    qint64 m_lastHighToneUtcMs = 0;
    QTimer m_repeat;
    QTimer m_unmute; // single shot: says when a mute ran out
};

} // namespace pantau::events
