#pragma once
// Layout: a grid of rows x columns cells covered by tiles that may span rectangles of cells.
// A value type; every change is a pure function below, so the UI and the tests share one logic.
#include <QRect>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace pantau {

struct TileSlot
{
    QRect cells;      // x = first column, y = first row, width = column span, height = row span
    QString cameraId; // empty: the tile shows nothing
    friend bool operator==(const TileSlot &, const TileSlot &) = default;
};

struct Layout
{
    static constexpr int kMaxSide = 16; // rows and columns are 1..kMaxSide

    QString id;
    QString name;
    int rows = 0;
    int columns = 0;
    QVector<TileSlot> tiles; // in reading order (top-left cell by row, then column)

    // True when every cell is covered by exactly one tile and nothing leaves the grid.
    bool isValid(QString *whyNot = nullptr) const;
    int tileAt(int row, int column) const; // -1 when no tile covers the cell
    bool sameGeometry(const Layout &other) const;
    QStringList cameraIds() const;

    friend bool operator==(const Layout &, const Layout &) = default;
};

namespace layouts {

// Preset ids: "1x1" "2x2" "3x3" "4x4" "5x5" "6x6" "8x8" "1+5" "1+7" "1+12".
QStringList presetIds();
std::optional<Layout> preset(const QString &presetId);
Layout grid(int rows, int columns);

// Pure edits. Each returns a valid layout when given one; out-of-range indexes change nothing.
Layout withCamera(Layout layout, int tileIndex, const QString &cameraId);
Layout withSwappedTiles(Layout layout, int tileA, int tileB); // swaps what the tiles show
Layout merged(Layout layout, const QRect &cells);             // one tile spanning `cells`
Layout split(Layout layout, int tileIndex);                   // a spanning tile into 1x1 tiles
Layout resized(Layout layout, int rows, int columns);
// Fill empty tiles of `layout` with `cameraIds` not already shown, in order.
Layout filledWith(Layout layout, const QStringList &cameraIds);
// The preset whose grid `layout` has (cameras aside); empty when it is a grid of its own.
QString presetIdOf(const Layout &layout);

} // namespace layouts
} // namespace pantau
