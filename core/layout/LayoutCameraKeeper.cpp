#include "core/layout/LayoutCameraKeeper.h"

namespace pantau {

namespace {
QPoint cellOf(const Layout &layout, const QString &cameraId)
{
    for (const TileSlot &t : layout.tiles)
        if (t.cameraId == cameraId)
            return t.cells.topLeft();
    return {-1, -1};
}
} // namespace

LayoutCameraKeeper::LayoutCameraKeeper(const Layout &initial) : m_initial(initial.cameraIds()) {}

LayoutCameraKeeper::Result LayoutCameraKeeper::reshape(const Layout &current, const Layout &reshaped) const
{
    QStringList order = current.cameraIds();
    for (const QString &id : m_initial)
        if (!order.contains(id))
            order << id;
    Result r;
    r.layout = layouts::filledWith(reshaped, order);
    const QStringList shown = r.layout.cameraIds();
    for (const QString &id : order) {
        if (!shown.contains(id))
            r.leftOut << id;
        else if (current.cameraIds().contains(id) && cellOf(current, id) != cellOf(r.layout, id))
            r.moved << id;
    }
    return r;
}

LayoutCameraKeeper::Result LayoutCameraKeeper::merge(const Layout &current, const QRect &cells) const
{
    return reshape(current, layouts::merged(current, cells));
}

LayoutCameraKeeper::Result LayoutCameraKeeper::split(const Layout &current, int tileIndex) const
{
    return reshape(current, layouts::split(current, tileIndex));
}

LayoutCameraKeeper::Result LayoutCameraKeeper::resize(const Layout &current, int rows, int columns) const
{
    return reshape(current, layouts::resized(current, rows, columns));
}

std::optional<LayoutCameraKeeper::Result> LayoutCameraKeeper::preset(const Layout &current,
                                                                     const QString &presetId) const
{
    const std::optional<Layout> p = layouts::preset(presetId);
    if (!p)
        return std::nullopt;
    return reshape(current, *p);
}

QStringList LayoutCameraKeeper::leftOut(const Layout &layout) const
{
    QStringList out;
    const QStringList shown = layout.cameraIds();
    for (const QString &id : m_initial)
        if (!shown.contains(id))
            out << id;
    return out;
}

} // namespace pantau
