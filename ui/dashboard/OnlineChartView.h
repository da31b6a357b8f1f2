#pragma once
// The chart of cameras online over the last 24 hours (Qt Charts), drawn from an OnlineHistory:
// one line per stretch of samples without a gap (no line is drawn across hours nobody watched),
// and the number of cameras as a dashed ceiling. GUI thread only.
#include "core/health/OnlineHistory.h"

#include <QtCharts/QChartView>

QT_BEGIN_NAMESPACE
class QDateTimeAxis;
class QValueAxis;
class QLineSeries;
QT_END_NAMESPACE

namespace pantau {

class OnlineChartView : public QChartView
{
    Q_OBJECT
public:
    explicit OnlineChartView(QWidget *parent = nullptr);

    // Redraws from the history, the window ending at `nowMs` (epoch ms).
    void setHistory(const OnlineHistory &history, qint64 nowMs);
    int lineCount() const { return m_lineCount; } // stretches drawn (for tests)
    void retranslate();

private:
    QChart *m_chart;
    QDateTimeAxis *m_timeAxis;
    QValueAxis *m_countAxis;
    int m_lineCount = 0;
};

} // namespace pantau
