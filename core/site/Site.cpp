#include "core/site/Site.h"

#include <QUuid>

namespace pantau {

const Camera *Site::camera(const QString &id) const
{
    for (const Camera &c : cameras)
        if (c.id == id)
            return &c;
    return nullptr;
}

const Layout *Site::layout(const QString &id) const
{
    for (const Layout &l : layouts)
        if (l.id == id)
            return &l;
    return nullptr;
}

QString Site::layoutIdForScreen(const QString &screenName) const
{
    for (const WallScreen &w : wall)
        if (w.screenName == screenName)
            return w.layoutId;
    return {};
}

QString newId(const QString &prefix)
{
    return prefix + '-' + QUuid::createUuid().toString(QUuid::Id128).left(10);
}

} // namespace pantau
