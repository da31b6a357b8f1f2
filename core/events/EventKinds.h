#pragma once
// The event kinds' stable names for the event store and the log ("motion", "camera-offline"), and
// the list of kinds in the order the events panel offers them. Pure functions: any thread.
#include "core/events/Event.h"

#include <QString>
#include <QVector>

namespace pantau::events {

// Not translated; stored in the database, so never rename one.
QString eventKindKey(EventKind kind);
// EventKind::Invalid for an unknown key.
EventKind eventKindFromKey(const QString &key);
// Every valid kind.
QVector<EventKind> allEventKinds();

} // namespace pantau::events
