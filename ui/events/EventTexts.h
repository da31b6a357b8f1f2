#pragma once
// What the operator reads about an event: its kind and priority in the interface language. Pure
// functions over translations: GUI thread (the translators are installed there).
#include "core/events/Event.h"

#include <QCoreApplication>

namespace pantau {

class EventTexts
{
    Q_DECLARE_TR_FUNCTIONS(EventTexts)
public:
    static QString kindName(events::EventKind kind);
    static QString priorityName(events::EventPriority priority);
};

} // namespace pantau
