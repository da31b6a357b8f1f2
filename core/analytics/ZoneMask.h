#pragma once
// The pixels a motion detector looks at: the watched zones (polygons in normalised 0..1
// coordinates; none means the whole picture) minus the masks to ignore. A pure function of its
// inputs; any thread.
#include <QList>
#include <QPolygonF>

#include <opencv2/core.hpp>

namespace pantau::analytics {

class ZoneMask
{
public:
    // A CV_8U mask of `size`: 255 where motion counts, 0 elsewhere.
    static cv::Mat build(cv::Size size, const QList<QPolygonF> &zones, const QList<QPolygonF> &masks);
};

} // namespace pantau::analytics
