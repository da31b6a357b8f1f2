#include "ui/dialogs/LayoutGridEditor.h"

#include <QFontMetricsF>
#include <QMouseEvent>
#include <QPainter>

namespace pantau {

LayoutGridEditor::LayoutGridEditor(QWidget *parent) : QWidget(parent)
{
    setMinimumSize(240, 150);
    setMouseTracking(false);
}

void LayoutGridEditor::setLayoutModel(const Layout &layout)
{
    m_layout = layout;
    if (!m_selection.isEmpty() && !QRect(0, 0, layout.columns, layout.rows).contains(m_selection))
        setSelection({});
    update();
}

void LayoutGridEditor::setCameraNames(const QHash<QString, QString> &nameById)
{
    m_names = nameById;
    update();
}

void LayoutGridEditor::setSelection(const QRect &cells)
{
    if (cells == m_selection)
        return;
    m_selection = cells;
    update();
    Q_EMIT selectionChanged(m_selection);
}

QRectF LayoutGridEditor::cellRect(const QRect &cells) const
{
    if (m_layout.columns < 1 || m_layout.rows < 1)
        return {};
    const double cw = double(width() - 1) / m_layout.columns, ch = double(height() - 1) / m_layout.rows;
    return QRectF(cells.x() * cw, cells.y() * ch, cells.width() * cw, cells.height() * ch);
}

QPoint LayoutGridEditor::cellAt(const QPoint &pos) const
{
    if (m_layout.columns < 1 || m_layout.rows < 1)
        return {};
    const int c = std::clamp(pos.x() * m_layout.columns / std::max(1, width()), 0, m_layout.columns - 1);
    const int r = std::clamp(pos.y() * m_layout.rows / std::max(1, height()), 0, m_layout.rows - 1);
    return {c, r};
}

void LayoutGridEditor::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), QColor(20, 22, 26));
    QFont f = font();
    for (int i = 0; i < m_layout.tiles.size(); ++i) {
        const QRectF r = cellRect(m_layout.tiles[i].cells).adjusted(2, 2, -2, -2);
        const bool span = m_layout.tiles[i].cells.width() > 1 || m_layout.tiles[i].cells.height() > 1;
        p.setPen(QPen(QColor(90, 100, 115), 1));
        p.setBrush(span ? QColor(45, 60, 80) : QColor(38, 42, 50));
        p.drawRect(r);
        f.setPixelSize(int(std::clamp(r.height() / 3, 9.0, 22.0)));
        p.setFont(f);
        p.setPen(QColor(200, 205, 215));
        const QString &camera = m_layout.tiles[i].cameraId;
        if (camera.isEmpty()) {
            p.drawText(r, Qt::AlignCenter, QString::number(i + 1));
            continue;
        }
        // The number in the upper half, the camera's name (shortened in the middle) below it.
        const qreal half = r.height() / 2;
        p.drawText(r.adjusted(0, 0, 0, -half), Qt::AlignHCenter | Qt::AlignBottom, QString::number(i + 1));
        QFont small = f;
        small.setPixelSize(int(std::clamp(r.height() / 6, 8.0, 13.0)));
        p.setFont(small);
        p.setPen(QColor(150, 200, 255));
        const QString name = m_names.value(camera, camera);
        p.drawText(r.adjusted(3, half + 2, -3, 0), Qt::AlignHCenter | Qt::AlignTop,
                   QFontMetricsF(small).elidedText(name, Qt::ElideMiddle, r.width() - 6));
    }
    if (!m_selection.isEmpty()) {
        p.setPen(QPen(QColor(255, 200, 60), 2));
        p.setBrush(QColor(255, 200, 60, 50));
        p.drawRect(cellRect(m_selection).adjusted(1, 1, -1, -1));
    }
}

void LayoutGridEditor::mousePressEvent(QMouseEvent *e)
{
    m_anchor = cellAt(e->position().toPoint());
    const int tile = m_layout.tileAt(m_anchor.y(), m_anchor.x());
    // A click selects the whole tile under the mouse (so a span can be split in one click).
    setSelection(tile >= 0 ? m_layout.tiles[tile].cells : QRect(m_anchor, QSize(1, 1)));
}

void LayoutGridEditor::mouseMoveEvent(QMouseEvent *e)
{
    if (!(e->buttons() & Qt::LeftButton))
        return;
    const QPoint c = cellAt(e->position().toPoint());
    setSelection(QRect(m_anchor, c).normalized());
}

} // namespace pantau
