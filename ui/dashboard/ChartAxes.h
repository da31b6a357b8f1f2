#pragma once
// Where the dashboard chart's axes put their ticks: a count axis scaled to the site (round steps,
// at most a handful of labels) and hour ticks in local time that never crowd each other. Pure
// functions; the OnlineChartView paints what they decide. Any thread.
#include <QVector>
#include <QtGlobal>

namespace pantau::chart {

struct CountAxis
{
    int max = 1;  // the axis runs 0..max
    int step = 1; // a label every `step` cameras
};

// For a site of `cameras` cameras (and counts up to `highestCount`): the smallest round axis
// (steps of 1, 2 or 5 times a power of ten) that holds both, with at most `maxSteps` steps.
CountAxis countAxis(int cameras, int highestCount, int maxSteps = 5);

// Whole local hours in [startMs, endMs] (epoch ms) every 1, 2, 3, 4, 6 or 12 hours, the smallest
// step whose labels are at least `minSpacingPx` apart on a `widthPx` wide axis. Steps are counted
// from local midnight so the ticks read 00:00, 03:00, 06:00 ...
QVector<qint64> hourTicks(qint64 startMs, qint64 endMs, int widthPx, int minSpacingPx);

} // namespace pantau::chart
