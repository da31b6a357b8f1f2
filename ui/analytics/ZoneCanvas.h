#pragma once
// The zone editor's drawing area: the camera's current picture (letterboxed, aspect kept), what
// the motion detector counts as moving on top of it (red), and the polygons being edited: watched
// zones (green) and ignored areas (hatched orange). It owns the polygons while they are edited
// and the mouse and keys that change them; the geometry is ZoneGeometry's.
//
// Click: a point (a new polygon starts where no point or edge is). Double-click or Enter: the
// polygon is closed (3 points at least). Escape: the unfinished polygon goes. Drag a point: it
// moves; click on an edge: a point is put there. Right-click on a point or Delete: the point goes
// (a polygon left with fewer than 3 goes whole); right-click inside a polygon: the polygon goes.
// GUI thread only.
#include <QImage>
#include <QList>
#include <QPolygonF>
#include <QWidget>

namespace pantau {

struct ZoneShape
{
    QPolygonF points;     // normalised 0..1
    bool ignored = false; // an area to ignore (a mask), else a zone to watch
    friend bool operator==(const ZoneShape &, const ZoneShape &) = default;
};

class ZoneCanvas : public QWidget
{
    Q_OBJECT
public:
    static constexpr double kGrabRadiusPx = 8.0;

    explicit ZoneCanvas(QWidget *parent = nullptr);

    void setPicture(const QImage &picture); // the camera's grey picture; null: none yet
    void setMotionMask(const QImage &mask); // Format_Grayscale8, 255 = moving; null: none
    QImage picture() const { return m_picture; }

    void setShapes(const QList<ZoneShape> &shapes);
    const QList<ZoneShape> &shapes() const { return m_shapes; }
    // Whether polygons drawn from now on are areas to ignore; a selected polygon changes too.
    void setDrawIgnored(bool ignored);
    bool drawIgnored() const { return m_drawIgnored; }
    int selectedShape() const { return m_selected; } // -1: none
    void removeSelectedShape();
    const QPolygonF &draft() const { return m_draft; } // the polygon being drawn, unclosed
    bool closeDraft();                                 // false: fewer than 3 points

    // Where a normalised picture point is on the canvas now (tests click there).
    QPointF canvasPoint(QPointF normalised) const;
    QRectF pictureRect() const;

    QSize sizeHint() const override { return {640, 360}; }
    QSize minimumSizeHint() const override { return {320, 180}; }

Q_SIGNALS:
    void shapesChanged();    // a polygon added, moved, changed or removed
    void selectionChanged(); // another polygon selected (or none)

protected:
    void paintEvent(QPaintEvent *) override;
    void mousePressEvent(QMouseEvent *) override;
    void mouseMoveEvent(QMouseEvent *) override;
    void mouseReleaseEvent(QMouseEvent *) override;
    void mouseDoubleClickEvent(QMouseEvent *) override;
    void keyPressEvent(QKeyEvent *) override;

private:
    QList<QPolygonF> polygons() const;
    void select(int shape, int vertex);
    void removeVertex(int shape, int vertex);
    void rightClick(QPointF pos);

    QImage m_picture;
    QImage m_overlay; // the motion mask as translucent red
    QList<ZoneShape> m_shapes;
    QPolygonF m_draft;
    bool m_drawIgnored = false;
    int m_selected = -1;
    int m_selectedVertex = -1;
    bool m_dragging = false;
    bool m_dragMoved = false;
};

} // namespace pantau
