#include "ui/analytics/ZoneCanvas.h"

#include "ui/analytics/ZoneGeometry.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>

namespace pantau {

namespace {
const QColor kZoneColour(40, 220, 120);
const QColor kIgnoredColour(255, 170, 0);
const QColor kDraftColour(255, 235, 60);
} // namespace

ZoneCanvas::ZoneCanvas(QWidget *parent) : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(false);
    setCursor(Qt::CrossCursor);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void ZoneCanvas::setPicture(const QImage &picture)
{
    m_picture = picture;
    update();
}

void ZoneCanvas::setMotionMask(const QImage &mask)
{
    if (mask.isNull() || mask.format() != QImage::Format_Grayscale8) {
        m_overlay = {};
    } else {
        // 255 (moving) -> translucent red, 0 -> transparent: the mask as the overlay's alpha.
        m_overlay = QImage(mask.size(), QImage::Format_ARGB32_Premultiplied);
        m_overlay.fill(Qt::transparent);
        for (int y = 0; y < mask.height(); ++y) {
            const uchar *in = mask.constScanLine(y);
            auto *out = reinterpret_cast<QRgb *>(m_overlay.scanLine(y));
            for (int x = 0; x < mask.width(); ++x)
                if (in[x])
                    out[x] = qPremultiply(qRgba(255, 30, 30, 170));
        }
    }
    update();
}

void ZoneCanvas::setShapes(const QList<ZoneShape> &shapes)
{
    m_shapes = shapes;
    m_draft.clear();
    select(-1, -1);
    update();
}

void ZoneCanvas::setDrawIgnored(bool ignored)
{
    m_drawIgnored = ignored;
    if (m_selected >= 0 && m_shapes[m_selected].ignored != ignored) {
        m_shapes[m_selected].ignored = ignored;
        Q_EMIT shapesChanged();
    }
    update();
}

void ZoneCanvas::removeSelectedShape()
{
    if (m_selected < 0)
        return;
    m_shapes.removeAt(m_selected);
    select(-1, -1);
    Q_EMIT shapesChanged();
    update();
}

bool ZoneCanvas::closeDraft()
{
    const QPolygonF polygon = ZoneGeometry::closed(m_draft);
    if (polygon.isEmpty())
        return false;
    m_draft.clear();
    m_shapes.append({polygon, m_drawIgnored});
    select(int(m_shapes.size()) - 1, -1);
    Q_EMIT shapesChanged();
    update();
    return true;
}

QRectF ZoneCanvas::pictureRect() const
{
    return ZoneGeometry::pictureRect(m_picture.size(), QRectF(rect()));
}

QPointF ZoneCanvas::canvasPoint(QPointF normalised) const
{
    return ZoneGeometry::toCanvas(normalised, pictureRect());
}

QList<QPolygonF> ZoneCanvas::polygons() const
{
    QList<QPolygonF> out;
    for (const ZoneShape &s : m_shapes)
        out.append(s.points);
    return out;
}

void ZoneCanvas::select(int shape, int vertex)
{
    const bool changed = shape != m_selected;
    m_selected = shape;
    m_selectedVertex = vertex;
    if (shape >= 0)
        m_drawIgnored = m_shapes[shape].ignored;
    if (changed)
        Q_EMIT selectionChanged();
}

void ZoneCanvas::removeVertex(int shape, int vertex)
{
    const QPolygonF rest = ZoneGeometry::removePoint(m_shapes[shape].points, vertex);
    if (rest.isEmpty()) {
        m_shapes.removeAt(shape);
        select(-1, -1);
    } else {
        m_shapes[shape].points = rest;
        select(shape, -1);
    }
    Q_EMIT shapesChanged();
    update();
}

void ZoneCanvas::rightClick(QPointF pos)
{
    if (!m_draft.isEmpty()) { // drawing: the last point goes
        m_draft.removeLast();
        update();
        return;
    }
    const QRectF picture = pictureRect();
    if (const ZoneGeometry::Hit v = ZoneGeometry::vertexAt(polygons(), pos, picture, kGrabRadiusPx);
        v.isValid()) {
        removeVertex(v.polygon, v.index);
        return;
    }
    const int inside = ZoneGeometry::polygonAt(polygons(), ZoneGeometry::normalise(pos, picture));
    if (inside >= 0) {
        select(inside, -1);
        removeSelectedShape();
    }
}

void ZoneCanvas::mousePressEvent(QMouseEvent *e)
{
    setFocus(Qt::MouseFocusReason);
    const QPointF pos = e->position();
    if (e->button() == Qt::RightButton) {
        rightClick(pos);
        return;
    }
    if (e->button() != Qt::LeftButton)
        return;
    const QRectF picture = pictureRect();
    const QPointF point = ZoneGeometry::normalise(pos, picture);
    if (m_draft.isEmpty()) {
        const QList<QPolygonF> all = polygons();
        if (const ZoneGeometry::Hit v = ZoneGeometry::vertexAt(all, pos, picture, kGrabRadiusPx);
            v.isValid()) {
            select(v.polygon, v.index);
            m_dragging = true;
            m_dragMoved = false;
            update();
            return;
        }
        if (const ZoneGeometry::Hit edge = ZoneGeometry::edgeAt(all, pos, picture, kGrabRadiusPx / 2);
            edge.isValid()) {
            m_shapes[edge.polygon].points =
                ZoneGeometry::insertPoint(m_shapes[edge.polygon].points, edge.index, point);
            select(edge.polygon, edge.index + 1);
            m_dragging = true;
            m_dragMoved = true; // the new point is a change even if it is not dragged
            update();
            return;
        }
        select(-1, -1);
    }
    m_draft.append(point);
    update();
}

void ZoneCanvas::mouseMoveEvent(QMouseEvent *e)
{
    if (!m_dragging || m_selected < 0 || m_selectedVertex < 0)
        return;
    m_shapes[m_selected].points[m_selectedVertex] = ZoneGeometry::normalise(e->position(), pictureRect());
    m_dragMoved = true;
    update();
}

void ZoneCanvas::mouseReleaseEvent(QMouseEvent *e)
{
    if (e->button() != Qt::LeftButton || !m_dragging)
        return;
    m_dragging = false;
    if (m_dragMoved)
        Q_EMIT shapesChanged();
}

void ZoneCanvas::mouseDoubleClickEvent(QMouseEvent *e)
{
    // The double-click's first press already added its point.
    if (e->button() == Qt::LeftButton && !m_draft.isEmpty())
        closeDraft();
}

void ZoneCanvas::keyPressEvent(QKeyEvent *e)
{
    switch (e->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (!m_draft.isEmpty()) {
            closeDraft();
            return;
        }
        break;
    case Qt::Key_Escape:
        if (!m_draft.isEmpty()) {
            m_draft.clear();
            update();
            return;
        }
        break;
    case Qt::Key_Delete:
    case Qt::Key_Backspace:
        if (!m_draft.isEmpty()) {
            m_draft.removeLast();
            update();
        } else if (m_selected >= 0 && m_selectedVertex >= 0) {
            removeVertex(m_selected, m_selectedVertex);
        } else {
            removeSelectedShape();
        }
        return;
    default:
        break;
    }
    QWidget::keyPressEvent(e); // Enter and Escape reach the dialog when nothing is drawn
}

void ZoneCanvas::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), Qt::black);
    const QRectF picture = pictureRect();
    if (m_picture.isNull()) {
        p.setPen(Qt::white);
        p.drawText(picture, Qt::AlignCenter | Qt::TextWordWrap, tr("No picture from this camera yet."));
    } else {
        p.setRenderHint(QPainter::SmoothPixmapTransform);
        p.drawImage(picture, m_picture);
        if (!m_overlay.isNull())
            p.drawImage(picture, m_overlay);
    }
    p.setRenderHint(QPainter::Antialiasing);
    auto outline = [&](const QPolygonF &points) {
        QPolygonF out;
        for (const QPointF &pt : points)
            out.append(ZoneGeometry::toCanvas(pt, picture));
        return out;
    };
    for (int i = 0; i < m_shapes.size(); ++i) {
        const ZoneShape &shape = m_shapes[i];
        const QColor colour = shape.ignored ? kIgnoredColour : kZoneColour;
        QColor fill = colour;
        fill.setAlpha(50);
        const QPolygonF polygon = outline(shape.points);
        p.setBrush(shape.ignored ? QBrush(colour, Qt::BDiagPattern) : QBrush(fill));
        p.setPen(QPen(colour, i == m_selected ? 3 : 2));
        p.drawPolygon(polygon);
        p.setBrush(i == m_selected ? Qt::white : colour);
        p.setPen(QPen(Qt::black, 1));
        for (int v = 0; v < polygon.size(); ++v) {
            const double r = (i == m_selected && v == m_selectedVertex) ? 6 : 4;
            p.drawRect(QRectF(polygon[v] - QPointF(r, r), QSizeF(2 * r, 2 * r)));
        }
    }
    if (!m_draft.isEmpty()) {
        const QPolygonF draft = outline(m_draft);
        p.setBrush(Qt::NoBrush);
        p.setPen(QPen(m_drawIgnored ? kIgnoredColour : kDraftColour, 2, Qt::DashLine));
        p.drawPolyline(draft);
        p.setBrush(kDraftColour);
        p.setPen(QPen(Qt::black, 1));
        for (const QPointF &pt : draft)
            p.drawEllipse(pt, 4, 4);
    }
}

} // namespace pantau
