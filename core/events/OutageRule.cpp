#include "core/events/OutageRule.h"

#include <algorithm>

namespace pantau::events {

void OutageRule::adoptOpen(const QString &key)
{
    m_entries[key] = Entry{0, true};
}

QVector<OutageAction> OutageRule::report(const QString &key, Condition condition, qint64 nowUtcMs)
{
    QVector<OutageAction> actions;
    Entry &e = m_entries[key];
    switch (condition) {
    case Condition::Fine:
        if (e.open)
            actions.push_back({OutageAction::Type::End, key, nowUtcMs});
        e = Entry{};
        break;
    case Condition::Failing:
        if (!e.open && e.failingSinceUtcMs == 0)
            e.failingSinceUtcMs = std::max<qint64>(nowUtcMs, 1);
        if (!e.open && nowUtcMs - e.failingSinceUtcMs >= m_graceMs) {
            actions.push_back({OutageAction::Type::Start, key, e.failingSinceUtcMs});
            e = Entry{0, true};
        }
        break;
    case Condition::Unknown:
        break;
    }
    return actions;
}

QVector<OutageAction> OutageRule::tick(qint64 nowUtcMs)
{
    QVector<OutageAction> actions;
    for (auto it = m_entries.begin(); it != m_entries.end(); ++it) {
        Entry &e = it.value();
        if (!e.open && e.failingSinceUtcMs != 0 && nowUtcMs - e.failingSinceUtcMs >= m_graceMs) {
            actions.push_back({OutageAction::Type::Start, it.key(), e.failingSinceUtcMs});
            e = Entry{0, true};
        }
    }
    std::sort(actions.begin(), actions.end(),
              [](const OutageAction &a, const OutageAction &b) { return a.key < b.key; });
    return actions;
}

void OutageRule::forget(const QString &key)
{
    auto it = m_entries.find(key);
    if (it == m_entries.end())
        return;
    if (it->open)
        it->failingSinceUtcMs = 0;
    else
        m_entries.erase(it);
}

bool OutageRule::hasPending() const
{
    return std::any_of(m_entries.begin(), m_entries.end(),
                       [](const Entry &e) { return !e.open && e.failingSinceUtcMs != 0; });
}

} // namespace pantau::events
