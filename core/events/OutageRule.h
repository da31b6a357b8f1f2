#pragma once
// Turns reports of "fine / failing / unknown" per camera into the start and end of one event per
// failing period (a camera offline, a recording stopped). Pure: the caller passes the time and acts
// on the actions (EventFeeder). Any single thread.
//
// - Failing must last graceMs before the event starts, so a short drop, or the failures of every
//   camera still connecting at start-up, makes no event (no storm on start-up). The event's start
//   is when the failure began.
// - Fine ends an open event at once, and cancels a failure still in its grace.
// - Unknown changes nothing: a camera between two retries is still failing.
// - An event left open by the previous run (adoptOpen) is continued, not started again; it ends when
//   the camera is fine again.
// - forget(): nobody watches the camera any more; a failure in its grace is dropped, an open event
//   stays open (nobody knows it ended).
#include <QHash>
#include <QString>
#include <QVector>

namespace pantau::events {

enum class Condition { Unknown = 0, Fine, Failing };

struct OutageAction
{
    enum class Type { Invalid = 0, Start, End };
    Type type = Type::Invalid;
    QString key;
    qint64 atUtcMs = 0;
    friend bool operator==(const OutageAction &, const OutageAction &) = default;
};

class OutageRule
{
public:
    static constexpr qint64 kDefaultGraceMs = 10'000;
    explicit OutageRule(qint64 graceMs = kDefaultGraceMs) : m_graceMs(graceMs) {}

    void adoptOpen(const QString &key);
    QVector<OutageAction> report(const QString &key, Condition condition, qint64 nowUtcMs);
    // Starts the events whose failure has lasted its grace by now.
    QVector<OutageAction> tick(qint64 nowUtcMs);
    void forget(const QString &key);

    bool isOpen(const QString &key) const { return m_entries.value(key).open; }
    bool hasPending() const; // a failure in its grace: call tick() again
    qint64 graceMs() const { return m_graceMs; }

private:
    struct Entry
    {
        qint64 failingSinceUtcMs = 0; // 0: not failing (or already open)
        bool open = false;
    };
    qint64 m_graceMs;
    QHash<QString, Entry> m_entries;
};

} // namespace pantau::events
