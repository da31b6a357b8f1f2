#include "ui/dashboard/OnlineChartView.h"

#include "ui/common/Palette.h"

#include <QDateTime>
#include <QtCharts/QChart>
#include <QtCharts/QDateTimeAxis>
#include <QtCharts/QLineSeries>
#include <QtCharts/QValueAxis>

namespace pantau {

OnlineChartView::OnlineChartView(QWidget *parent)
    : QChartView(parent), m_chart(new QChart), m_timeAxis(new QDateTimeAxis), m_countAxis(new QValueAxis)
{
    m_chart->setTheme(QChart::ChartThemeDark);
    m_chart->setBackgroundBrush(Palette::dashboardPanel());
    m_chart->setBackgroundRoundness(0);
    m_chart->legend()->hide();
    m_chart->setMargins(QMargins(6, 4, 10, 4));
    QFont titleFont = font();
    titleFont.setPixelSize(18);
    m_chart->setTitleFont(titleFont);
    QFont axisFont = font();
    axisFont.setPixelSize(14);
    m_timeAxis->setFormat(QStringLiteral("HH:mm"));
    m_timeAxis->setTickCount(13);
    m_timeAxis->setLabelsFont(axisFont);
    m_countAxis->setLabelFormat(QStringLiteral("%d"));
    m_countAxis->setLabelsFont(axisFont);
    m_countAxis->setTickCount(5);
    m_chart->addAxis(m_timeAxis, Qt::AlignBottom);
    m_chart->addAxis(m_countAxis, Qt::AlignLeft);
    setChart(m_chart); // the view owns the chart
    setRenderHint(QPainter::Antialiasing);
    setFrameShape(QFrame::NoFrame);
    setBackgroundBrush(Palette::dashboardBackground());
    retranslate();
}

void OnlineChartView::retranslate()
{
    m_chart->setTitle(tr("Cameras online, last 24 hours"));
}

void OnlineChartView::setHistory(const OnlineHistory &history, qint64 nowMs)
{
    m_chart->removeAllSeries();
    m_lineCount = 0;
    const auto &samples = history.samples();
    int maxTotal = 1;
    QLineSeries *line = nullptr;
    QLineSeries *ceiling = nullptr;
    qint64 previousMs = 0;
    auto finish = [&] {
        for (QLineSeries *s : {line, ceiling}) {
            if (!s)
                continue;
            m_chart->addSeries(s);
            s->attachAxis(m_timeAxis);
            s->attachAxis(m_countAxis);
        }
        line = ceiling = nullptr;
    };
    for (const OnlineHistory::Sample &s : samples) {
        if (line && s.timeMs - previousMs > 2 * history.intervalMs())
            finish(); // a gap: nobody was watching
        if (!line) {
            line = new QLineSeries;
            line->setPen(QPen(Palette::forHealthBucket(HealthBucket::Online), 3));
            ceiling = new QLineSeries;
            ceiling->setPen(QPen(QColor(140, 146, 156), 1.5, Qt::DashLine));
            ++m_lineCount;
        }
        line->setPointsVisible(true); // a single sample is a dot, not nothing
        line->append(double(s.timeMs), s.online);
        ceiling->append(double(s.timeMs), s.total);
        maxTotal = std::max(maxTotal, s.total);
        previousMs = s.timeMs;
    }
    finish();
    m_timeAxis->setRange(QDateTime::fromMSecsSinceEpoch(nowMs - history.windowMs()),
                         QDateTime::fromMSecsSinceEpoch(nowMs));
    m_countAxis->setRange(0, std::max(4, maxTotal + maxTotal / 20));
    m_countAxis->applyNiceNumbers(); // whole, round steps
}

} // namespace pantau
