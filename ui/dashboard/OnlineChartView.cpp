#include "ui/dashboard/OnlineChartView.h"

#include "ui/common/Palette.h"
#include "ui/dashboard/ChartAxes.h"

#include <QDateTime>
#include <QEvent>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace pantau {

namespace {
constexpr int kTitlePx = 20;
constexpr int kLabelPx = 15;
constexpr int kMinLabelSpacingPx = 90;
constexpr int kLinePx = 3;
} // namespace

OnlineChartView::OnlineChartView(QWidget *parent) : QWidget(parent)
{
    setAttribute(Qt::WA_OpaquePaintEvent);
    retranslate();
}

void OnlineChartView::retranslate()
{
    m_title = tr("Cameras online, last 24 hours");
    m_unit = tr("cameras");
    m_nowText = tr("now");
    update();
}

void OnlineChartView::changeEvent(QEvent *e)
{
    if (e->type() == QEvent::LocaleChange)
        update();
    QWidget::changeEvent(e);
}

void OnlineChartView::setCameraCount(int cameras)
{
    m_cameras = std::max(0, cameras);
    updateScale();
    update();
}

void OnlineChartView::setHistory(const OnlineHistory &history, qint64 nowMs)
{
    m_stretches.clear();
    m_intervalMs = history.intervalMs();
    m_endMs = nowMs;
    m_startMs = nowMs - history.windowMs();
    m_highestOnline = 0;
    m_historyTotal = 0;
    qint64 previousMs = 0;
    for (const OnlineHistory::Sample &s : history.samples()) {
        if (s.timeMs < m_startMs || s.timeMs > m_endMs)
            continue;
        if (m_stretches.isEmpty() || s.timeMs - previousMs > 2 * m_intervalMs)
            m_stretches.push_back({}); // a gap: nobody was watching
        m_stretches.last().points << QPointF(double(s.timeMs), s.online);
        m_highestOnline = std::max(m_highestOnline, s.online);
        m_historyTotal = s.total;
        previousMs = s.timeMs;
    }
    updateScale();
    update();
}

void OnlineChartView::updateScale()
{
    const chart::CountAxis axis =
        chart::countAxis(m_cameras > 0 ? m_cameras : m_historyTotal, m_highestOnline, 5);
    m_axisMax = axis.max;
    m_axisStep = axis.step;
}

QRectF OnlineChartView::plotRect() const
{
    QFont f = font();
    f.setPixelSize(kLabelPx);
    const QFontMetrics fm(f);
    const int left = fm.horizontalAdvance(QLocale().toString(m_axisMax)) + 24;
    const int top = kTitlePx + 22;
    const int bottom = 2 * fm.height() + 10; // hours, and the day under midnight
    const int right = fm.horizontalAdvance(m_nowText) / 2 + 16;
    return QRectF(left, top, std::max(10, width() - left - right), std::max(10, height() - top - bottom));
}

QString OnlineChartView::timeLabel(qint64 ms) const
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms).time(), QStringLiteral("HH:mm"));
}

QStringList OnlineChartView::timeLabels() const
{
    QStringList labels;
    const QRectF plot = plotRect();
    for (const qint64 t : chart::hourTicks(m_startMs, m_endMs, int(plot.width()), kMinLabelSpacingPx))
        labels << timeLabel(t);
    return labels;
}

void OnlineChartView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), Palette::dashboardPanel());
    const QRectF plot = plotRect();
    const double span = double(std::max<qint64>(1, m_endMs - m_startMs));
    auto xOf = [&](double ms) { return plot.left() + (ms - m_startMs) / span * plot.width(); };
    auto yOf = [&](double count) { return plot.bottom() - count / m_axisMax * plot.height(); };
    const QColor text(225, 229, 236);
    const QColor muted(150, 156, 166);
    const QColor grid(60, 65, 74);

    QFont titleFont = font();
    titleFont.setPixelSize(kTitlePx);
    titleFont.setBold(true);
    p.setFont(titleFont);
    p.setPen(text);
    p.drawText(QRectF(plot.left(), 4, plot.width(), kTitlePx + 10), Qt::AlignLeft | Qt::AlignVCenter,
               m_title);

    QFont labelFont = font();
    labelFont.setPixelSize(kLabelPx);
    p.setFont(labelFont);
    const QFontMetrics fm(labelFont);

    // Count axis: grid lines at round steps, the unit above the labels.
    for (int v = 0; v <= m_axisMax; v += m_axisStep) {
        const double y = yOf(v);
        p.setPen(QPen(grid, 1));
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        p.setPen(muted);
        p.drawText(QRectF(0, y - fm.height() / 2.0, plot.left() - 8, fm.height()),
                   Qt::AlignRight | Qt::AlignVCenter, QLocale().toString(v));
    }
    const double legendRight = plot.right() - fm.horizontalAdvance(m_nowText) - 24; // clear of "now"
    p.drawText(
        QRectF(legendRight - 400, 4, 400, kTitlePx + 10), Qt::AlignRight | Qt::AlignVCenter,
        tr("online / %1 %2").arg(QLocale().toString(m_cameras > 0 ? m_cameras : m_historyTotal), m_unit));

    // Time axis: whole hours, the day's name under midnight (and under the first label).
    const QVector<qint64> ticks = chart::hourTicks(m_startMs, m_endMs, int(plot.width()), kMinLabelSpacingPx);
    for (int i = 0; i < ticks.size(); ++i) {
        const double x = xOf(double(ticks[i]));
        const QDateTime when = QDateTime::fromMSecsSinceEpoch(ticks[i]);
        const bool midnight = when.time().hour() == 0;
        p.setPen(QPen(midnight ? muted : grid, 1));
        p.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom() + 4));
        p.setPen(muted);
        const QRectF label(x - 50, plot.bottom() + 6, 100, fm.height());
        p.drawText(label, Qt::AlignHCenter | Qt::AlignTop, timeLabel(ticks[i]));
        if (midnight || i == 0)
            p.drawText(label.translated(0, fm.height()), Qt::AlignHCenter | Qt::AlignTop,
                       QLocale().toString(when.date(), QStringLiteral("ddd d MMM")));
    }

    // The site's cameras: a dashed ceiling.
    const int ceiling = m_cameras > 0 ? m_cameras : m_historyTotal;
    if (ceiling > 0) {
        p.setPen(QPen(muted, 1.5, Qt::DashLine));
        p.drawLine(QPointF(plot.left(), yOf(ceiling)), QPointF(plot.right(), yOf(ceiling)));
    }

    // The count: one filled line per stretch; a stretch of one sample is as wide as its minute
    // (at least a few pixels), never a dot.
    const QColor online = Palette::forHealthBucket(HealthBucket::Online);
    QColor fill = online;
    fill.setAlpha(60);
    const double minWidthPx = 6;
    for (const Stretch &s : m_stretches) {
        QVector<QPointF> pts;
        for (const QPointF &pt : s.points)
            pts << QPointF(xOf(pt.x()), yOf(pt.y()));
        if (pts.size() == 1 || pts.last().x() - pts.first().x() < minWidthPx) {
            const double x1 = std::min(plot.right(), std::max(pts.last().x(), pts.first().x() + minWidthPx));
            pts << QPointF(x1, pts.last().y());
            if (x1 - pts.first().x() < minWidthPx)
                pts.first().setX(x1 - minWidthPx);
        }
        QPainterPath area;
        area.moveTo(pts.first().x(), plot.bottom());
        for (const QPointF &pt : pts)
            area.lineTo(pt);
        area.lineTo(pts.last().x(), plot.bottom());
        area.closeSubpath();
        p.fillPath(area, fill);
        p.setPen(QPen(online, kLinePx, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.drawPolyline(pts.constData(), int(pts.size()));
    }

    // Now.
    p.setPen(QPen(text, 1.5));
    p.drawLine(QPointF(plot.right(), plot.top()), QPointF(plot.right(), plot.bottom()));
    p.setPen(text);
    p.drawText(QRectF(plot.right() - 60, plot.top() - fm.height() - 2, 120, fm.height()), Qt::AlignHCenter,
               m_nowText);
}

} // namespace pantau
