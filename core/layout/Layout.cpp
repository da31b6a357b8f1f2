#include "core/layout/Layout.h"

#include <QCoreApplication>

#include <algorithm>

namespace pantau {

namespace {
struct LayoutTr
{
    Q_DECLARE_TR_FUNCTIONS(Layout)
};

void sortReadingOrder(QVector<TileSlot> &tiles)
{
    std::stable_sort(tiles.begin(), tiles.end(), [](const TileSlot &a, const TileSlot &b) {
        return a.cells.y() != b.cells.y() ? a.cells.y() < b.cells.y() : a.cells.x() < b.cells.x();
    });
}

// Cover every cell of the grid that no tile covers with a 1x1 tile.
void fillHoles(Layout &layout)
{
    for (int r = 0; r < layout.rows; ++r)
        for (int c = 0; c < layout.columns; ++c)
            if (layout.tileAt(r, c) < 0)
                layout.tiles.push_back({QRect(c, r, 1, 1), {}});
    sortReadingOrder(layout.tiles);
}

Layout bigPlusSmall(int side, QRect big)
{
    Layout l;
    l.rows = l.columns = side;
    l.tiles.push_back({big, {}});
    fillHoles(l);
    return l;
}
} // namespace

bool Layout::isValid(QString *whyNot) const
{
    auto fail = [whyNot](const QString &why) {
        if (whyNot)
            *whyNot = why;
        return false;
    };
    if (rows < 1 || columns < 1 || rows > kMaxSide || columns > kMaxSide)
        return fail(LayoutTr::tr("The grid must have 1 to %1 rows and columns.").arg(kMaxSide));
    QVector<int> cover(rows * columns, 0);
    const QRect bounds(0, 0, columns, rows);
    for (const TileSlot &t : tiles) {
        if (t.cells.isEmpty() || !bounds.contains(t.cells))
            return fail(LayoutTr::tr("A tile lies outside the grid."));
        for (int r = t.cells.top(); r <= t.cells.bottom(); ++r)
            for (int c = t.cells.left(); c <= t.cells.right(); ++c)
                if (++cover[r * columns + c] > 1)
                    return fail(
                        LayoutTr::tr("Two tiles overlap at row %1, column %2.").arg(r + 1).arg(c + 1));
    }
    if (std::find(cover.begin(), cover.end(), 0) != cover.end())
        return fail(LayoutTr::tr("Some cells are not covered by any tile."));
    return true;
}

int Layout::tileAt(int row, int column) const
{
    for (int i = 0; i < tiles.size(); ++i)
        if (tiles[i].cells.contains(column, row))
            return i;
    return -1;
}

bool Layout::sameGeometry(const Layout &other) const
{
    if (rows != other.rows || columns != other.columns || tiles.size() != other.tiles.size())
        return false;
    for (int i = 0; i < tiles.size(); ++i)
        if (tiles[i].cells != other.tiles[i].cells)
            return false;
    return true;
}

QStringList Layout::cameraIds() const
{
    QStringList ids;
    for (const TileSlot &t : tiles)
        if (!t.cameraId.isEmpty())
            ids.push_back(t.cameraId);
    return ids;
}

namespace layouts {

QStringList presetIds()
{
    return {"1x1", "2x2", "3x3", "4x4", "5x5", "6x6", "8x8", "1+5", "1+7", "1+12"};
}

Layout grid(int rows, int columns)
{
    Layout l;
    l.rows = std::clamp(rows, 1, Layout::kMaxSide);
    l.columns = std::clamp(columns, 1, Layout::kMaxSide);
    fillHoles(l);
    return l;
}

std::optional<Layout> preset(const QString &presetId)
{
    Layout l;
    if (presetId == "1+5")
        l = bigPlusSmall(3, QRect(0, 0, 2, 2));
    else if (presetId == "1+7")
        l = bigPlusSmall(4, QRect(0, 0, 3, 3));
    else if (presetId == "1+12")
        l = bigPlusSmall(4, QRect(1, 1, 2, 2));
    else if (presetIds().contains(presetId)) {
        const int n = presetId.section('x', 0, 0).toInt();
        l = grid(n, n);
    } else
        return std::nullopt;
    l.name = presetId;
    return l;
}

Layout withCamera(Layout layout, int tileIndex, const QString &cameraId)
{
    if (tileIndex >= 0 && tileIndex < layout.tiles.size())
        layout.tiles[tileIndex].cameraId = cameraId;
    return layout;
}

Layout withSwappedTiles(Layout layout, int tileA, int tileB)
{
    const int n = layout.tiles.size();
    if (tileA >= 0 && tileB >= 0 && tileA < n && tileB < n)
        std::swap(layout.tiles[tileA].cameraId, layout.tiles[tileB].cameraId);
    return layout;
}

Layout split(Layout layout, int tileIndex)
{
    if (tileIndex < 0 || tileIndex >= layout.tiles.size())
        return layout;
    const TileSlot t = layout.tiles.takeAt(tileIndex);
    for (int r = t.cells.top(); r <= t.cells.bottom(); ++r)
        for (int c = t.cells.left(); c <= t.cells.right(); ++c)
            layout.tiles.push_back(
                {QRect(c, r, 1, 1), r == t.cells.top() && c == t.cells.left() ? t.cameraId : QString()});
    sortReadingOrder(layout.tiles);
    return layout;
}

Layout merged(Layout layout, const QRect &cellsIn)
{
    const QRect cells = cellsIn.normalized().intersected(QRect(0, 0, layout.columns, layout.rows));
    if (cells.isEmpty())
        return layout;
    // Tiles that stick out of the selection are split first, so the merge never overlaps them.
    for (int i = layout.tiles.size() - 1; i >= 0; --i) {
        const QRect &r = layout.tiles[i].cells;
        if (r.intersects(cells) && !cells.contains(r))
            layout = split(layout, i);
    }
    QString camera;
    QVector<TileSlot> kept;
    for (const TileSlot &t : layout.tiles) {
        if (cells.contains(t.cells)) {
            if (camera.isEmpty())
                camera = t.cameraId;
        } else
            kept.push_back(t);
    }
    kept.push_back({cells, camera});
    layout.tiles = kept;
    sortReadingOrder(layout.tiles);
    return layout;
}

Layout resized(Layout layout, int rows, int columns)
{
    layout.rows = std::clamp(rows, 1, Layout::kMaxSide);
    layout.columns = std::clamp(columns, 1, Layout::kMaxSide);
    const QRect bounds(0, 0, layout.columns, layout.rows);
    QVector<TileSlot> kept;
    for (TileSlot t : layout.tiles) {
        t.cells = t.cells.intersected(bounds);
        if (!t.cells.isEmpty())
            kept.push_back(t);
    }
    layout.tiles = kept;
    fillHoles(layout);
    return layout;
}

Layout filledWith(Layout layout, const QStringList &cameraIds)
{
    const QStringList shown = layout.cameraIds();
    auto next = cameraIds.begin();
    for (TileSlot &t : layout.tiles) {
        if (!t.cameraId.isEmpty())
            continue;
        while (next != cameraIds.end() && shown.contains(*next))
            ++next;
        if (next == cameraIds.end())
            break;
        t.cameraId = *next++;
    }
    return layout;
}

QString presetIdOf(const Layout &layout)
{
    for (const QString &id : presetIds())
        if (const std::optional<Layout> p = preset(id); p && p->sameGeometry(layout))
            return id;
    return {};
}

} // namespace layouts
} // namespace pantau
