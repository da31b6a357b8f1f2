#pragma once
// The layout editor's cameras across changes of shape (merge, split, rows x columns, a preset):
// every camera the layout held when the editor opened keeps a tile while the new shape has a free
// one. A merged tile keeps the first camera of its cells (reading order); the others, and those a
// smaller grid or preset has no room for, go to the free tiles in reading order; what finds no
// room is listed (the dialog asks before a merge leaves any out) and comes back as soon as a later
// shape has room. A value type, pure; any thread.
#include "core/layout/Layout.h"

namespace pantau {

class LayoutCameraKeeper
{
public:
    explicit LayoutCameraKeeper(const Layout &initial);

    struct Result
    {
        Layout layout;
        QStringList moved;   // cameras of `current` now on another tile (top-left cell moved)
        QStringList leftOut; // cameras the editor started with (or `current` had) that have no tile
    };
    // `reshaped` is `current` after a change of shape (with the cameras the shape kept); its free
    // tiles get the cameras it lost, then any left out earlier, in reading order.
    Result reshape(const Layout &current, const Layout &reshaped) const;
    Result merge(const Layout &current, const QRect &cells) const;
    Result split(const Layout &current, int tileIndex) const;
    Result resize(const Layout &current, int rows, int columns) const;
    // nullopt: no such preset.
    std::optional<Result> preset(const Layout &current, const QString &presetId) const;
    // The cameras the editor started with that `layout` does not show.
    QStringList leftOut(const Layout &layout) const;

private:
    QStringList m_initial; // reading order
};

} // namespace pantau
