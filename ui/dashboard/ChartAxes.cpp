#include "ui/dashboard/ChartAxes.h"

#include <QDateTime>

#include <algorithm>

namespace pantau::chart {

CountAxis countAxis(int cameras, int highestCount, int maxSteps)
{
    const int top = std::max({1, cameras, highestCount});
    maxSteps = std::max(1, maxSteps);
    for (qint64 power = 1;; power *= 10) {
        for (const int m : {1, 2, 5}) {
            const qint64 step = m * power;
            const qint64 steps = (top + step - 1) / step;
            if (steps <= maxSteps)
                return {int(steps * step), int(step)};
        }
    }
}

QVector<qint64> hourTicks(qint64 startMs, qint64 endMs, int widthPx, int minSpacingPx)
{
    QVector<qint64> ticks;
    if (endMs <= startMs || widthPx <= 0)
        return ticks;
    const double pxPerHour = widthPx * 3600000.0 / double(endMs - startMs);
    int stepHours = 12;
    for (const int h : {1, 2, 3, 4, 6, 12})
        if (pxPerHour * h >= minSpacingPx) {
            stepHours = h;
            break;
        }
    // The first whole local hour at or after the start.
    QDateTime t = QDateTime::fromMSecsSinceEpoch(startMs);
    t.setTime(QTime(t.time().hour(), 0));
    if (t.toMSecsSinceEpoch() < startMs)
        t = t.addSecs(3600);
    for (; t.toMSecsSinceEpoch() <= endMs; t = t.addSecs(3600))
        if (t.time().hour() % stepHours == 0)
            ticks << t.toMSecsSinceEpoch();
    return ticks;
}

} // namespace pantau::chart
