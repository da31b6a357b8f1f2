#include "ui/dashboard/MosaicView.h"

#include "ui/common/Palette.h"
#include "ui/dashboard/StateWords.h"

#include <QEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>

namespace pantau {

MosaicView::MosaicView(HealthMonitor *monitor, QWidget *parent)
    : QAbstractScrollArea(parent), m_monitor(monitor)
{
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    viewport()->setAttribute(Qt::WA_OpaquePaintEvent);
    viewport()->setMouseTracking(true);
    m_repaint.setInterval(400); // at most 2.5 repaints per second, whatever arrives
    connect(&m_repaint, &QTimer::timeout, this, [this] {
        if (m_dirty) {
            m_dirty = false;
            viewport()->update();
        }
    });
    m_repaint.start();
    connect(monitor, &HealthMonitor::pictureChanged, this, [this] { m_dirty = true; });
    connect(monitor, &HealthMonitor::countsChanged, this, [this] { m_dirty = true; });
}

void MosaicView::setCameras(const QVector<Camera> &cameras)
{
    m_cameras = cameras;
    relayout();
    verticalScrollBar()->setValue(0);
    viewport()->update();
}

void MosaicView::setMinimumCellWidthPx(int px)
{
    m_minCellWidthPx = std::max(60, px);
    relayout();
}

void MosaicView::relayout()
{
    const int width = std::max(1, viewport()->width());
    m_columns = std::max(1, (width + m_gapPx) / (m_minCellWidthPx + m_gapPx));
    const int cellW = std::max(40, (width - (m_columns - 1) * m_gapPx) / m_columns);
    m_cellSize = QSize(cellW, cellW * 9 / 16);
    const int rows = (count() + m_columns - 1) / m_columns;
    const int contentH = rows * (m_cellSize.height() + m_gapPx);
    verticalScrollBar()->setRange(0, std::max(0, contentH - viewport()->height()));
    verticalScrollBar()->setPageStep(viewport()->height());
    verticalScrollBar()->setSingleStep(m_cellSize.height() / 3 + 1);
    if (m_monitor)
        m_monitor->setThumbnailSizePx(m_cellSize * devicePixelRatioF());
}

QRect MosaicView::cellRect(int index) const
{
    const int row = index / m_columns, col = index % m_columns;
    return QRect(col * (m_cellSize.width() + m_gapPx),
                 row * (m_cellSize.height() + m_gapPx) - verticalScrollBar()->value(), m_cellSize.width(),
                 m_cellSize.height());
}

int MosaicView::indexAt(QPoint pos) const
{
    const int y = pos.y() + verticalScrollBar()->value();
    if (pos.x() < 0 || y < 0)
        return -1;
    const int col = pos.x() / (m_cellSize.width() + m_gapPx), row = y / (m_cellSize.height() + m_gapPx);
    if (col >= m_columns)
        return -1;
    const int index = row * m_columns + col;
    return index < count() && cellRect(index).contains(pos) ? index : -1;
}

void MosaicView::scrollToIndex(int index)
{
    const int row = index / m_columns;
    verticalScrollBar()->setValue(row * (m_cellSize.height() + m_gapPx));
}

MosaicView::Thumbnail MosaicView::thumbnail(int index) const
{
    Thumbnail t;
    if (!m_monitor || index < 0 || index >= count())
        return t;
    const QString &id = m_cameras[index].id;
    t.bucket = m_monitor->health().bucketOf(id);
    t.state = m_monitor->health().stateOf(id);
    // Only a camera that is online shows its picture; the others show what is wrong with them.
    t.showsPicture = t.bucket == HealthBucket::Online && !m_monitor->thumbnail(id).isNull();
    if (!t.showsPicture)
        t.text =
            !m_cameras[index].enabled ? tr("Disabled") : dashboard::StateWords::shortText(t.bucket, t.state);
    return t;
}

void MosaicView::paintEvent(QPaintEvent *e)
{
    QPainter p(viewport());
    p.fillRect(e->rect(), Palette::dashboardBackground());
    if (count() == 0) {
        p.setPen(QColor(150, 156, 166));
        QFont f = font();
        f.setPixelSize(22);
        p.setFont(f);
        p.drawText(viewport()->rect(), Qt::AlignCenter, tr("No cameras here."));
        return;
    }
    const int rowH = m_cellSize.height() + m_gapPx;
    const int firstRow = verticalScrollBar()->value() / rowH;
    const int lastRow = (verticalScrollBar()->value() + viewport()->height()) / rowH;
    for (int row = firstRow; row <= lastRow; ++row)
        for (int col = 0; col < m_columns; ++col) {
            const int index = row * m_columns + col;
            if (index >= count())
                return;
            const QRect r = cellRect(index);
            if (r.intersects(e->rect()))
                paintCell(p, index, r);
        }
}

void MosaicView::paintCell(QPainter &p, int index, const QRect &r)
{
    const Camera &camera = m_cameras[index];
    const Thumbnail t = thumbnail(index);
    const QColor colour = Palette::forHealthBucket(t.bucket);
    if (t.showsPicture) {
        const QImage image = m_monitor->thumbnail(camera.id);
        const QSize fitted = image.size().scaled(r.size(), Qt::KeepAspectRatio);
        const QRect target(r.x() + (r.width() - fitted.width()) / 2,
                           r.y() + (r.height() - fitted.height()) / 2, fitted.width(), fitted.height());
        p.fillRect(r, Qt::black);
        p.drawImage(target, image);
    } else {
        p.fillRect(r, Palette::dashboardPanel());
        p.fillRect(QRect(r.left(), r.top(), 6, r.height()), colour); // state stripe
        QFont f = font();
        f.setPixelSize(std::clamp(r.height() / 6, 14, 28));
        f.setBold(true);
        p.setFont(f);
        p.setPen(colour.lighter(115));
        p.drawText(r.adjusted(10, 0, -4, -r.height() / 4), Qt::AlignCenter | Qt::TextWordWrap, t.text);
    }
    // Name bar along the bottom with the state dot.
    QFont f = font();
    const int barH = std::clamp(r.height() / 6, 18, 30);
    f.setPixelSize(std::max(12, barH * 3 / 5));
    f.setBold(false);
    p.setFont(f);
    const QRect bar(r.left(), r.bottom() - barH + 1, r.width(), barH);
    p.fillRect(bar, QColor(0, 0, 0, 160));
    p.setPen(Qt::NoPen);
    p.setBrush(colour);
    const int dot = barH / 2;
    p.setRenderHint(QPainter::Antialiasing, true);
    p.drawEllipse(QRect(bar.left() + dot / 2 + 6, bar.top() + (barH - dot) / 2, dot, dot));
    p.setRenderHint(QPainter::Antialiasing, false);
    p.setPen(Qt::white);
    const QRect nameRect = bar.adjusted(dot * 2 + 8, 0, -4, 0);
    p.drawText(nameRect, Qt::AlignVCenter | Qt::AlignLeft,
               p.fontMetrics().elidedText(camera.name, Qt::ElideRight, nameRect.width()));
}

void MosaicView::resizeEvent(QResizeEvent *)
{
    relayout();
}

void MosaicView::scrollContentsBy(int, int)
{
    viewport()->update();
}

void MosaicView::mouseReleaseEvent(QMouseEvent *e)
{
    if (e->button() != Qt::LeftButton)
        return;
    const int index = indexAt(e->position().toPoint());
    if (index >= 0)
        Q_EMIT cameraActivated(m_cameras[index].id);
}

void MosaicView::mouseMoveEvent(QMouseEvent *e)
{
    const int index = indexAt(e->position().toPoint());
    viewport()->setCursor(index >= 0 ? Qt::PointingHandCursor : Qt::ArrowCursor);
    if (index >= 0) {
        const Camera &c = m_cameras[index];
        viewport()->setToolTip(QStringLiteral("%1\n%2").arg(c.name, c.area.join(QStringLiteral(" / "))));
    } else
        viewport()->setToolTip({});
}

void MosaicView::changeEvent(QEvent *e)
{
    if (e->type() == QEvent::LanguageChange)
        viewport()->update();
    QAbstractScrollArea::changeEvent(e);
}

} // namespace pantau
