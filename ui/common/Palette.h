#pragma once
// Every state colour of the UI, written once: the wall's tile dot and state text, the camera
// tree's dots, the dashboard's figures, bars, stripes and chart, and the dashboard's style sheet
// (as "#rrggbb" through css()). One colour per meaning; two mappings onto it, one for a stream's
// state (wall, tree) and one for a camera's health bucket (dashboard). Stateless; GUI thread.
#include "core/events/Event.h"
#include "core/health/CameraHealth.h"
#include "core/media/StreamStatus.h"

#include <QColor>
#include <QString>

namespace pantau {

struct Palette
{
    // One colour per meaning.
    static QColor live();      // playing; online
    static QColor attention(); // connecting or reconnecting; trouble
    static QColor failure();   // offline, refused, error
    static QColor unknown();   // nobody shows it; not known yet

    // A stream's state as a tile and the camera tree show it.
    static QColor forStreamState(StreamState state);
    // A camera's health bucket as the dashboard shows it.
    static QColor forHealthBucket(HealthBucket bucket);

    // The dashboard's surfaces: the window and the panels on it.
    static QColor dashboardBackground();
    static QColor dashboardPanel();

    // "#rrggbb", for a style sheet.
    static QString css(const QColor &colour);

    // An event's kind as the playback timeline marks it (motion, tamper, offline, not recorded).
    static QColor forEventKind(events::EventKind kind);
};

} // namespace pantau
