#include "core/analytics/ZoneMask.h"

#include <opencv2/imgproc.hpp>

#include <vector>

namespace pantau::analytics {

namespace {
std::vector<cv::Point> toPixels(const QPolygonF &polygon, cv::Size size)
{
    std::vector<cv::Point> points;
    points.reserve(size_t(polygon.size()));
    for (const QPointF &p : polygon)
        points.emplace_back(cvRound(p.x() * size.width), cvRound(p.y() * size.height));
    return points;
}

void fill(cv::Mat &mask, const QList<QPolygonF> &polygons, int value)
{
    for (const QPolygonF &polygon : polygons) {
        if (polygon.size() < 3)
            continue;
        const std::vector<std::vector<cv::Point>> outline{toPixels(polygon, mask.size())};
        cv::fillPoly(mask, outline, cv::Scalar(value));
    }
}
} // namespace

cv::Mat ZoneMask::build(cv::Size size, const QList<QPolygonF> &zones, const QList<QPolygonF> &masks)
{
    bool anyZone = false;
    for (const QPolygonF &zone : zones)
        anyZone = anyZone || zone.size() >= 3;
    cv::Mat mask(size, CV_8U, cv::Scalar(anyZone ? 0 : 255));
    fill(mask, zones, 255);
    fill(mask, masks, 0);
    return mask;
}

} // namespace pantau::analytics
