#include "ui/dashboard/LiveCameraWindow.h"

#include "ui/wall/TileView.h"

#include <QKeyEvent>
#include <QVBoxLayout>

namespace pantau {

LiveCameraWindow::LiveCameraWindow(StreamPool *pool, const Camera &camera, QWidget *parent)
    : QWidget(parent, Qt::Window),
      // Without the wall's settings the tile plays the main stream always and shows no statistics.
      m_tile(new TileView(WallContext{.pool = pool}, QStringLiteral("dashboard")))
{
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(camera.name);
    auto *lay = new QVBoxLayout(this);
    lay->setContentsMargins(0, 0, 0, 0);
    m_tile->setContextMenuPolicy(Qt::NoContextMenu); // no "remove camera": read-only
    m_tile->setAcceptDrops(false);
    m_tile->setCamera(camera);
    lay->addWidget(m_tile);
    connect(m_tile, &TileView::fullScreenRequested, this, &QWidget::close); // double-click
    setFocusPolicy(Qt::StrongFocus);
}

void LiveCameraWindow::keyPressEvent(QKeyEvent *e)
{
    if (e->key() == Qt::Key_Escape || e->matches(QKeySequence::Close)) {
        close();
        return;
    }
    QWidget::keyPressEvent(e);
}

} // namespace pantau
