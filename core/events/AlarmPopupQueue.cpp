#include "core/events/AlarmPopupQueue.h"

#include <algorithm>

namespace pantau::events {

AlarmPopupQueue::AlarmPopupQueue(AlarmPolicy policy, int maxWaiting)
    : m_policy(std::move(policy)), m_maxWaiting(std::max(maxWaiting, 0))
{
}

bool AlarmPopupQueue::popsUp(const Event &event) const
{
    return event.id != 0 && !event.cameraId.isEmpty() && !event.isAcknowledged() &&
           m_policy.priorityOf(event.kind) == EventPriority::High;
}

bool AlarmPopupQueue::add(const Event &event)
{
    if (!popsUp(event))
        return false;
    if (!m_shown) {
        m_shown = event;
        return true;
    }
    const auto sameCamera = [&](const Event &e) { return e.cameraId == event.cameraId; };
    if (sameCamera(*m_shown) || std::any_of(m_waiting.begin(), m_waiting.end(), sameCamera))
        return false;
    m_waiting.push_back(event);
    while (m_waiting.size() > m_maxWaiting)
        m_waiting.removeFirst();
    return false;
}

bool AlarmPopupQueue::acknowledged(qint64 id)
{
    m_waiting.removeIf([id](const Event &e) { return e.id == id; });
    if (!m_shown || m_shown->id != id)
        return false;
    return showNext();
}

bool AlarmPopupQueue::dismiss()
{
    if (!m_shown)
        return false;
    return showNext();
}

void AlarmPopupQueue::clear()
{
    m_shown.reset();
    m_waiting.clear();
}

bool AlarmPopupQueue::showNext()
{
    m_shown.reset();
    if (!m_waiting.isEmpty())
        m_shown = m_waiting.takeLast(); // the newest first
    return true;
}

} // namespace pantau::events
