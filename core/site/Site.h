#pragma once
// Everything an operator configures: cameras, layouts and which layout each screen shows.
// A value type (any thread). SiteStore owns the live copy; SiteFile reads and writes it.
#include "core/camera/Camera.h"
#include "core/layout/Layout.h"

#include <QVector>

namespace pantau {

struct WallScreen
{
    QString screenName; // QScreen::name(), e.g. "DP-1"
    QString layoutId;
    friend bool operator==(const WallScreen &, const WallScreen &) = default;
};

struct Site
{
    static constexpr int kFormatVersion = 1;

    QString name;
    QVector<Camera> cameras;
    QVector<Layout> layouts;
    QVector<WallScreen> wall;

    const Camera *camera(const QString &id) const;
    const Layout *layout(const QString &id) const;
    QString layoutIdForScreen(const QString &screenName) const;

    friend bool operator==(const Site &, const Site &) = default;
};

QString newId(const QString &prefix); // "cam-1a2b3c4d"

} // namespace pantau
