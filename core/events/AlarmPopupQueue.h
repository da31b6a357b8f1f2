#pragma once
// Which event the alarm screen shows: the camera of a new, unacknowledged high-priority event pops
// up full screen on a wall window (ui/events/AlarmScreen acts). Pure (any thread).
//
// - Only a new event of high priority (AlarmPolicy::priorityOf) that nobody answered pops up.
// - One at a time: while one is shown, a new one waits; nothing replaces what the operator is
//   looking at. When it is acknowledged or dismissed (Escape), the newest waiting one shows.
// - No storm: an event of a camera that is shown or already waiting does not queue again, at most
//   maxWaiting events wait (the oldest goes), and an event acknowledged elsewhere (the events
//   panel) leaves the queue, or the screen.
#include "core/events/AlarmPolicy.h"

#include <optional>

namespace pantau::events {

class AlarmPopupQueue
{
public:
    static constexpr int kDefaultMaxWaiting = 16;

    explicit AlarmPopupQueue(AlarmPolicy policy = AlarmPolicy(), int maxWaiting = kDefaultMaxWaiting);

    void setPolicy(const AlarmPolicy &policy) { m_policy = policy; }
    bool popsUp(const Event &event) const;
    // Each returns true when what is shown changed.
    bool add(const Event &event); // a new event in the store
    bool acknowledged(qint64 id); // answered here or elsewhere
    bool dismiss();               // Escape: the shown one goes unanswered
    void clear();                 // the alarm screen was turned off
    std::optional<Event> shown() const { return m_shown; }
    QVector<Event> waiting() const { return m_waiting; } // oldest first

private:
    bool showNext();

    AlarmPolicy m_policy;
    int m_maxWaiting;
    std::optional<Event> m_shown;
    QVector<Event> m_waiting;
};

} // namespace pantau::events
