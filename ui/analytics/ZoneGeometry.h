#pragma once
// The zone editor's geometry, apart from any widget: where the camera's picture sits in the
// canvas (aspect kept, centred), widget <-> normalised (0..1) picture coordinates, which vertex or
// edge a pointer is on, where a point goes into a polygon, and removing a point. Polygons here are
// in normalised picture coordinates, as the site file and the detector keep them; distances in
// pixels are measured on the canvas. Pure functions; any thread.
#include <QList>
#include <QPolygonF>
#include <QRectF>
#include <QSize>

namespace pantau {

class ZoneGeometry
{
public:
    static constexpr int kMinPoints = 3; // fewer is no area

    // The rectangle the picture (of `pictureSize`; empty: 16:9) fills inside `area`, aspect kept.
    static QRectF pictureRect(QSize pictureSize, const QRectF &area);
    // A canvas position as a picture position, clamped into 0..1 (a point dragged off the picture
    // stays on its edge), and back.
    static QPointF normalise(QPointF canvasPos, const QRectF &pictureRect);
    static QPointF toCanvas(QPointF normalised, const QRectF &pictureRect);

    struct Hit
    {
        int polygon = -1; // index in the list; -1: none
        int index = -1;   // the vertex, or the edge from vertex `index` to the next one
        bool isValid() const { return polygon >= 0; }
    };
    // The vertex nearest `canvasPos` within `radiusPx`; the polygons drawn last win a tie.
    static Hit vertexAt(const QList<QPolygonF> &polygons, QPointF canvasPos, const QRectF &pictureRect,
                        double radiusPx);
    // The edge (of a closed polygon) within `radiusPx` of `canvasPos`, the nearest one.
    static Hit edgeAt(const QList<QPolygonF> &polygons, QPointF canvasPos, const QRectF &pictureRect,
                      double radiusPx);
    // The last drawn polygon that contains the point (normalised); -1: none.
    static int polygonAt(const QList<QPolygonF> &polygons, QPointF normalised);
    // The polygon with `point` put on its edge `edge` (between vertex edge and edge + 1).
    static QPolygonF insertPoint(const QPolygonF &polygon, int edge, QPointF point);
    // The polygon without vertex `index`; an empty polygon when fewer than kMinPoints would remain
    // (the whole polygon goes).
    static QPolygonF removePoint(const QPolygonF &polygon, int index);
    // A drawn outline as the polygon to keep: repeated points dropped, and an explicit closing
    // point (the first one again) too; empty when fewer than kMinPoints distinct points remain.
    static QPolygonF closed(const QPolygonF &drawn);
};

} // namespace pantau
