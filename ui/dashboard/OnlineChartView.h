#pragma once
// The chart of cameras online over the last 24 hours, painted for a wall screen read from across
// the room: the count as a filled line per stretch of samples without a gap (no line is drawn
// across hours nobody watched), the site's number of cameras as a dashed ceiling, local hours on
// the time axis with the day at midnight, the count axis scaled to the site and labelled with its
// unit, and a "now" line at the right edge. Draws from an OnlineHistory; the axes' ticks come from
// ChartAxes. GUI thread only.
#include "core/health/OnlineHistory.h"

#include <QPointF>
#include <QVector>
#include <QWidget>

namespace pantau {

class OnlineChartView : public QWidget
{
    Q_OBJECT
public:
    explicit OnlineChartView(QWidget *parent = nullptr);

    // Redraws from the history, the window ending at `nowMs` (epoch ms).
    void setHistory(const OnlineHistory &history, qint64 nowMs);
    // The site's cameras (the ceiling and the count axis's scale); 0: the history's latest total.
    void setCameraCount(int cameras);
    int lineCount() const { return int(m_stretches.size()); } // stretches drawn (for tests)
    int countAxisMax() const { return m_axisMax; }
    // The time axis's labels as painted at the current width (for tests).
    QStringList timeLabels() const;
    void retranslate();

protected:
    void paintEvent(QPaintEvent *) override;
    void changeEvent(QEvent *e) override;

private:
    struct Stretch
    {
        QVector<QPointF> points; // (epoch ms, online)
    };
    QRectF plotRect() const;
    QString timeLabel(qint64 ms) const;
    void updateScale();

    QVector<Stretch> m_stretches;
    qint64 m_startMs = 0;
    qint64 m_endMs = 1;
    qint64 m_intervalMs = OnlineHistory::kDefaultIntervalMs;
    int m_historyTotal = 0;
    int m_cameras = 0;
    int m_highestOnline = 0;
    int m_axisMax = 4;
    int m_axisStep = 1;
    QString m_title;
    QString m_unit;
    QString m_nowText;
};

} // namespace pantau
