#include "ui/analytics/ZoneGeometry.h"

#include <QLineF>

#include <algorithm>
#include <cmath>

namespace pantau {

namespace {
double distanceToSegment(QPointF p, QPointF a, QPointF b)
{
    const QPointF ab = b - a;
    const double lengthSquared = QPointF::dotProduct(ab, ab);
    const double t =
        lengthSquared <= 0 ? 0 : std::clamp(QPointF::dotProduct(p - a, ab) / lengthSquared, 0.0, 1.0);
    return QLineF(p, a + t * ab).length();
}
} // namespace

QRectF ZoneGeometry::pictureRect(QSize pictureSize, const QRectF &area)
{
    const QSizeF picture = pictureSize.isEmpty() ? QSizeF(16, 9) : QSizeF(pictureSize);
    const QSizeF fitted = picture.scaled(area.size(), Qt::KeepAspectRatio);
    QRectF r(QPointF(), fitted);
    r.moveCenter(area.center());
    return r;
}

QPointF ZoneGeometry::normalise(QPointF canvasPos, const QRectF &pictureRect)
{
    if (pictureRect.isEmpty())
        return {};
    return {std::clamp((canvasPos.x() - pictureRect.left()) / pictureRect.width(), 0.0, 1.0),
            std::clamp((canvasPos.y() - pictureRect.top()) / pictureRect.height(), 0.0, 1.0)};
}

QPointF ZoneGeometry::toCanvas(QPointF normalised, const QRectF &pictureRect)
{
    return {pictureRect.left() + normalised.x() * pictureRect.width(),
            pictureRect.top() + normalised.y() * pictureRect.height()};
}

ZoneGeometry::Hit ZoneGeometry::vertexAt(const QList<QPolygonF> &polygons, QPointF canvasPos,
                                         const QRectF &pictureRect, double radiusPx)
{
    Hit best;
    double bestDistance = radiusPx;
    for (int p = 0; p < polygons.size(); ++p)
        for (int i = 0; i < polygons[p].size(); ++i) {
            const double d = QLineF(canvasPos, toCanvas(polygons[p][i], pictureRect)).length();
            if (d <= bestDistance) {
                bestDistance = d;
                best = {p, i};
            }
        }
    return best;
}

ZoneGeometry::Hit ZoneGeometry::edgeAt(const QList<QPolygonF> &polygons, QPointF canvasPos,
                                       const QRectF &pictureRect, double radiusPx)
{
    Hit best;
    double bestDistance = radiusPx;
    for (int p = 0; p < polygons.size(); ++p) {
        const QPolygonF &polygon = polygons[p];
        for (int i = 0; i < polygon.size() && polygon.size() >= 2; ++i) {
            const QPointF a = toCanvas(polygon[i], pictureRect);
            const QPointF b = toCanvas(polygon[(i + 1) % polygon.size()], pictureRect);
            const double d = distanceToSegment(canvasPos, a, b);
            if (d <= bestDistance) {
                bestDistance = d;
                best = {p, i};
            }
        }
    }
    return best;
}

int ZoneGeometry::polygonAt(const QList<QPolygonF> &polygons, QPointF normalised)
{
    for (int p = int(polygons.size()) - 1; p >= 0; --p)
        if (polygons[p].containsPoint(normalised, Qt::OddEvenFill))
            return p;
    return -1;
}

QPolygonF ZoneGeometry::insertPoint(const QPolygonF &polygon, int edge, QPointF point)
{
    QPolygonF out = polygon;
    out.insert(std::clamp(edge + 1, 0, int(out.size())), point);
    return out;
}

QPolygonF ZoneGeometry::removePoint(const QPolygonF &polygon, int index)
{
    if (index < 0 || index >= polygon.size())
        return polygon;
    QPolygonF out = polygon;
    out.remove(index);
    return out.size() < kMinPoints ? QPolygonF() : out;
}

QPolygonF ZoneGeometry::closed(const QPolygonF &drawn)
{
    QPolygonF out;
    for (const QPointF &p : drawn)
        if (out.isEmpty() || out.last() != p)
            out.append(p);
    if (out.size() > 1 && out.first() == out.last())
        out.removeLast();
    return out.size() < kMinPoints ? QPolygonF() : out;
}

} // namespace pantau
