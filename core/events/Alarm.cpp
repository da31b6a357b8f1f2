#include "core/events/Alarm.h"

#include "core/Log.h"

#include <QDateTime>

#include <algorithm>

namespace pantau::events {

Alarm::Alarm(EventStore *store, AlarmSound *sound, AlarmPolicy policy, Clock clock, QObject *parent)
    : QObject(parent), m_store(store), m_sound(sound), m_policy(std::move(policy)), m_clock(std::move(clock))
{
    m_repeat.setInterval(std::max(m_policy.repeatIntervalMs() / 4, 250));
    connect(&m_repeat, &QTimer::timeout, this, &Alarm::onRepeat);
    m_unmute.setSingleShot(true);
    connect(&m_unmute, &QTimer::timeout, this, [this] { Q_EMIT mutedChanged(isMuted(), m_mutedUntilUtcMs); });
    connect(m_store, &EventStore::eventAdded, this, &Alarm::onAdded);
    connect(m_store, &EventStore::eventEnded, this, &Alarm::onEnded);
    connect(m_store, &EventStore::eventAcknowledged, this, &Alarm::onAcknowledged);
    EventFilter open;
    open.unacknowledgedOnly = true;
    open.limit = 10'000;
    for (const Event &e : m_store->query(open))
        if (e.isActive() && m_policy.toneFor(m_policy.priorityOf(e.kind)) != AlarmTone::None)
            m_pending.insert(e.id, e);
    update();
}

qint64 Alarm::now() const
{
    return m_clock ? m_clock() : QDateTime::currentMSecsSinceEpoch();
}

void Alarm::setPolicy(const AlarmPolicy &policy)
{
    m_policy = policy;
    m_repeat.setInterval(std::max(m_policy.repeatIntervalMs() / 4, 250));
    update();
}

QVector<Event> Alarm::pending() const
{
    QVector<Event> out(m_pending.begin(), m_pending.end());
    std::sort(out.begin(), out.end(), [](const Event &a, const Event &b) {
        return a.startUtcMs != b.startUtcMs ? a.startUtcMs > b.startUtcMs : a.id > b.id;
    });
    return out;
}

void Alarm::onAdded(const Event &event)
{
    if (event.isAcknowledged() || m_policy.toneFor(m_policy.priorityOf(event.kind)) == AlarmTone::None)
        return;
    m_pending.insert(event.id, event);
    const AlarmTone tone = m_policy.toneForNewEvent(event, now(), m_mutedUntilUtcMs);
    if (tone != AlarmTone::None)
        play(tone);
    update();
}

void Alarm::onEnded(const Event &event)
{
    if (!m_pending.contains(event.id))
        return;
    m_pending.insert(event.id, event); // ended: its tile stops flashing; a high one still repeats
    update();
}

void Alarm::onAcknowledged(const Event &event)
{
    if (!m_pending.remove(event.id))
        return;
    update();
}

void Alarm::onRepeat()
{
    if (m_policy.shouldRepeat(pending(), now(), m_mutedUntilUtcMs, m_lastHighToneUtcMs))
        play(AlarmTone::High);
}

void Alarm::play(AlarmTone tone)
{
    if (tone == AlarmTone::High)
        m_lastHighToneUtcMs = now();
    if (m_sound)
        m_sound->play(tone);
}

void Alarm::update()
{
    const QVector<Event> events = pending();
    const bool repeating =
        std::any_of(events.begin(), events.end(), [this](const Event &e) { return m_policy.repeats(e); });
    if (repeating && !m_repeat.isActive()) {
        m_repeat.start();
    } else if (!repeating && m_repeat.isActive()) {
        m_repeat.stop();
        if (m_sound)
            m_sound->stop();
    }
    const QStringList flashing = m_policy.flashingCameras(events);
    if (flashing != m_flashing) {
        m_flashing = flashing;
        Q_EMIT flashingCamerasChanged(m_flashing);
    }
}

void Alarm::mute(int minutes)
{
    const qint64 t = now();
    m_mutedUntilUtcMs = AlarmPolicy::muteUntil(t, minutes);
    if (m_sound)
        m_sound->stop();
    m_unmute.start(int(m_mutedUntilUtcMs - t));
    qCInfo(lcEvents) << "alarm muted for" << minutes << "minutes";
    Q_EMIT mutedChanged(true, m_mutedUntilUtcMs);
}

void Alarm::unmute()
{
    m_mutedUntilUtcMs = 0;
    m_unmute.stop();
    Q_EMIT mutedChanged(false, 0);
}

bool Alarm::isMuted() const
{
    return AlarmPolicy::isMuted(now(), m_mutedUntilUtcMs);
}

} // namespace pantau::events
