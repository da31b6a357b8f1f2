#pragma once
// One camera full screen, live, on its main stream (from the wall's stream pool, so a camera
// already on the wall is not decoded twice). Escape (or a double-click) closes it and the
// dashboard is back. Shows only: nothing here changes the site. GUI thread only.
#include "core/camera/Camera.h"

#include <QWidget>

namespace pantau {

class StreamPool;
class TileView;

class LiveCameraWindow : public QWidget
{
    Q_OBJECT
public:
    LiveCameraWindow(StreamPool *pool, const Camera &camera, QWidget *parent = nullptr);
    TileView *tile() const { return m_tile; }

protected:
    void keyPressEvent(QKeyEvent *) override;

private:
    TileView *m_tile;
};

} // namespace pantau
