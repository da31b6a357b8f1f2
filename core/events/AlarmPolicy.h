#pragma once
// What the alarm does about events: a priority per kind, which tone sounds, whether a high one
// sounds again, what a mute means, which tiles flash. Pure (any thread); core/events/Alarm acts.
//
// - Priorities by default: tamper (covered, defocused, moved) and camera offline high, motion (the
//   detector reports motion only in a watched zone) medium, a recording stopped low. Each kind can
//   be set otherwise through AlarmConfig::priorities (not yet a key in core/settings/Settings).
// - Tones: a new high event plays the high tone, a medium one the medium tone once, a low one
//   nothing. The high tone sounds again every repeatIntervalMs while any high event is
//   unacknowledged (ended or not): a high alarm stops only when someone answers it.
// - A mute (5 or 15 minutes) silences every tone until it runs out; tiles still flash.
// - A tile flashes while its camera has an active, unacknowledged event of medium or high priority.
#include "core/events/Event.h"

#include <QHash>
#include <QStringList>
#include <QVector>

namespace pantau::events {

enum class AlarmTone { None = 0, Medium, High };

struct AlarmConfig
{
    QHash<EventKind, EventPriority> priorities; // overrides of the defaults
    int repeatIntervalMs = 10'000;
};

class AlarmPolicy
{
public:
    static constexpr int kShortMuteMinutes = 5;
    static constexpr int kLongMuteMinutes = 15;

    explicit AlarmPolicy(AlarmConfig config = {}) : m_config(std::move(config)) {}

    static EventPriority defaultPriority(EventKind kind);
    EventPriority priorityOf(EventKind kind) const;
    static AlarmTone toneFor(EventPriority priority);
    // The tone a new event plays now: none when muted, acknowledged or low.
    AlarmTone toneForNewEvent(const Event &event, qint64 nowUtcMs, qint64 mutedUntilUtcMs) const;
    // High and unacknowledged: its tone repeats.
    bool repeats(const Event &event) const;
    // Whether the high tone sounds again now, given the events still unacknowledged.
    bool shouldRepeat(const QVector<Event> &unacknowledged, qint64 nowUtcMs, qint64 mutedUntilUtcMs,
                      qint64 lastHighToneUtcMs) const;
    // Camera ids, sorted, without duplicates.
    QStringList flashingCameras(const QVector<Event> &events) const;
    bool flashes(const Event &event) const;

    static bool isMuted(qint64 nowUtcMs, qint64 mutedUntilUtcMs) { return nowUtcMs < mutedUntilUtcMs; }
    // Minutes clamped to 1..60.
    static qint64 muteUntil(qint64 nowUtcMs, int minutes);
    int repeatIntervalMs() const { return m_config.repeatIntervalMs; }

private:
    AlarmConfig m_config;
};

} // namespace pantau::events
