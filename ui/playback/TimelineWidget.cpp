#include "ui/playback/TimelineWidget.h"

#include "core/events/EventSource.h"
#include "core/playback/PlaybackControl.h"
#include "ui/common/Palette.h"

#include <QDateTime>
#include <QFontMetricsF>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>
#include <tuple>

namespace pantau::playback {

namespace {
constexpr int kRulerHeightPx = 24;
constexpr int kSelectedRowHeightPx = 22;
constexpr int kRowHeightPx = 12;
constexpr int kRowGapPx = 3;
constexpr int kRightMarginPx = 10;
constexpr int kDragThresholdPx = 4;
constexpr int kTickMs = 1000;
constexpr int kRefreshTicks = 10; // ranges of a window that shows "now" are asked again every 10 s
constexpr double kLabelSpacingPx = 64;

const QColor kBackground(22, 25, 30);
const QColor kRowBackground(44, 48, 56); // a gap: nothing recorded
const QColor kFuture(30, 33, 39);
const QColor kText(210, 214, 220);
const QColor kDimText(150, 156, 166);
const QColor kPlayhead(255, 214, 64);
const QColor kNowLine(240, 240, 240);
const QColor kExport(90, 160, 255);

bool isPeriod(events::EventKind kind)
{
    return kind == events::EventKind::CameraOffline || kind == events::EventKind::RecordingStopped;
}
} // namespace

TimelineWidget::TimelineWidget(QWidget *parent)
    : QWidget(parent), m_zone(QTimeZone::systemTimeZone()),
      m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
{
    setFocusPolicy(Qt::ClickFocus);
    setMouseTracking(false);
    setAttribute(Qt::WA_OpaquePaintEvent);
    m_monotonic.start();
    m_scrubTimer.setSingleShot(true);
    connect(&m_scrubTimer, &QTimer::timeout, this, &TimelineWidget::sendPendingScrub);
    const qint64 t = now();
    m_scale = TimelineScale(t - 3 * 3'600'000LL, 4 * 3'600'000LL, 600); // the last hours, now at 3/4
    m_tick.setInterval(kTickMs);
    connect(&m_tick, &QTimer::timeout, this, [this] {
        if (++m_ticks % kRefreshTicks == 0 && isVisible() && m_scale.contains(now()))
            askForWhatIsMissing(true);
        if (m_scale.contains(now()))
            update();
    });
    m_tick.start();
}

TimelineWidget::~TimelineWidget() = default;

void TimelineWidget::setControl(PlaybackControl *control)
{
    if (m_control)
        disconnect(m_control, nullptr, this, nullptr);
    m_control = control;
    if (control) {
        connect(control, &PlaybackControl::positionChanged, this, &TimelineWidget::onPositionChanged);
        connect(control, &PlaybackControl::stateChanged, this, &TimelineWidget::onStateChanged);
    }
    onStateChanged();
}

void TimelineWidget::setEventSource(events::EventSource *source)
{
    if (m_events)
        disconnect(m_events, nullptr, this, nullptr);
    m_events = source;
    if (source)
        connect(source, &events::EventSource::eventsChanged, this, [this](const QStringList &ids) {
            for (const QString &id : ids)
                if (m_askedIds.contains(id)) {
                    fetchEvents();
                    update();
                    return;
                }
        });
    fetchEvents();
    update();
}

void TimelineWidget::setCameras(const QStringList &cameraIds, const QString &selectedCameraId)
{
    m_cameras = cameraIds;
    m_selected = selectedCameraId;
    onStateChanged();
}

void TimelineWidget::setCameraNames(const QHash<QString, QString> &namesById)
{
    m_names = namesById;
    update();
}

void TimelineWidget::setTimeZone(const QTimeZone &zone)
{
    m_zone = zone;
    update();
}

void TimelineWidget::setClock(std::function<qint64()> nowUtcMs)
{
    m_clock = std::move(nowUtcMs);
    update();
}

void TimelineWidget::setMaxSeeksPerSecond(int seeks)
{
    m_throttle = ScrubThrottle(seeks);
}

void TimelineWidget::setRanges(const QString &cameraId, const QVector<TimeRange> &ranges, qint64 fromUtcMs,
                               qint64 toUtcMs)
{
    m_ranges.insert(cameraId, CameraRanges{ranges, fromUtcMs, toUtcMs});
    update();
}

const TimelineScale &TimelineWidget::scale() const
{
    syncWidth();
    return m_scale;
}

void TimelineWidget::syncWidth() const
{
    m_scale.setWidthPx(std::max(1, width() - labelWidthPx() - kRightMarginPx));
}

void TimelineWidget::setWindow(qint64 fromUtcMs, qint64 toUtcMs)
{
    syncWidth();
    m_scale.setWindow(fromUtcMs, toUtcMs);
    windowMoved();
}

QStringList TimelineWidget::rowCameraIds() const
{
    QStringList ids = m_control ? m_control->cameraIds() : QStringList();
    QString selected = m_control ? m_control->selectedCameraId() : QString();
    if (ids.isEmpty()) {
        ids = m_cameras;
        selected = m_selected;
    }
    if (ids.removeAll(selected) > 0 || (!selected.isEmpty() && ids.isEmpty()))
        ids.prepend(selected);
    return ids;
}

QRect TimelineWidget::rowRect(int row) const
{
    const int left = labelWidthPx();
    const int width = std::max(1, this->width() - left - kRightMarginPx);
    int y = kRulerHeightPx + kRowGapPx;
    if (row == 0)
        return QRect(left, y, width, kSelectedRowHeightPx);
    y += kSelectedRowHeightPx + kRowGapPx + (row - 1) * (kRowHeightPx + kRowGapPx);
    return QRect(left, y, width, kRowHeightPx);
}

double TimelineWidget::xForTime(qint64 utcMs) const
{
    syncWidth();
    return labelWidthPx() + m_scale.xForTime(utcMs);
}

qint64 TimelineWidget::timeAtX(double x) const
{
    syncWidth();
    return m_scale.timeAtX(x - labelWidthPx());
}

QSize TimelineWidget::sizeHint() const
{
    const int rows = std::max<qsizetype>(1, rowCameraIds().size());
    return QSize(800, rowRect(rows - 1).bottom() + 1 + kRowGapPx + 2);
}

QSize TimelineWidget::minimumSizeHint() const
{
    return QSize(300, kRulerHeightPx + kSelectedRowHeightPx + 2 * kRowGapPx);
}

void TimelineWidget::markIn()
{
    const qint64 t = playheadUtcMs();
    setExportRange(t, m_outUtcMs);
}

void TimelineWidget::markOut()
{
    const qint64 t = playheadUtcMs();
    setExportRange(m_inUtcMs, t);
}

void TimelineWidget::clearExportRange()
{
    setExportRange(0, 0);
}

void TimelineWidget::setExportRange(qint64 inUtcMs, qint64 outUtcMs)
{
    if (inUtcMs != 0 && outUtcMs != 0 && outUtcMs < inUtcMs)
        std::swap(inUtcMs, outUtcMs);
    if (inUtcMs == m_inUtcMs && outUtcMs == m_outUtcMs)
        return;
    m_inUtcMs = inUtcMs;
    m_outUtcMs = outUtcMs;
    update();
    Q_EMIT exportRangeChanged(m_inUtcMs, m_outUtcMs);
}

qint64 TimelineWidget::now() const
{
    return m_clock();
}

qint64 TimelineWidget::playheadUtcMs() const
{
    if (m_dragging)
        return m_dragUtcMs;
    if (m_control && m_control->isPlayback())
        return m_control->positionUtcMs();
    return now();
}

bool TimelineWidget::showsPlayhead() const
{
    return m_dragging || (m_control && m_control->isPlayback());
}

QString TimelineWidget::cameraName(const QString &id) const
{
    const QString name = m_names.value(id);
    return name.isEmpty() ? id : name;
}

int TimelineWidget::labelWidthPx() const
{
    return std::clamp(width() / 6, 90, 210);
}

void TimelineWidget::onPositionChanged(qint64 utcMs)
{
    syncWidth();
    if (!m_dragging && !m_panning && m_control && m_control->isPlayback()) {
        // Keep the playhead in view: page the window so it continues from a quarter in.
        const bool backwards = m_control->speed() < 0;
        const double x = m_scale.xForTime(utcMs);
        if (x < 0 || x >= m_scale.widthPx()) {
            const qint64 span = m_scale.spanMs();
            const qint64 from = backwards ? utcMs - span * 3 / 4 : utcMs - span / 4;
            m_scale.setWindow(from, from + span);
            windowMoved();
            return;
        }
    }
    // 25 positions a second: repaint only when the playhead moves by a pixel.
    if (std::abs(xForTime(utcMs) - m_paintedPlayheadX) >= 1)
        update();
}

void TimelineWidget::onStateChanged()
{
    const QStringList ids = rowCameraIds();
    if (ids != m_askedIds)
        askForWhatIsMissing(true);
    if (m_control && m_control->isPlayback())
        onPositionChanged(m_control->positionUtcMs());
    updateGeometry();
    update();
}

void TimelineWidget::reloadRanges()
{
    askForWhatIsMissing(true);
}

void TimelineWidget::windowMoved()
{
    askForWhatIsMissing(false);
    update();
    Q_EMIT windowChanged(m_scale.fromUtcMs(), m_scale.toUtcMs());
}

void TimelineWidget::askForWhatIsMissing(bool force)
{
    syncWidth();
    const QStringList ids = rowCameraIds();
    const bool covered =
        ids == m_askedIds && m_scale.fromUtcMs() >= m_askedFromUtcMs && m_scale.toUtcMs() <= m_askedToUtcMs;
    if (covered && !force)
        return;
    // A window's span either side, so small pans and zooms need no new question.
    const qint64 span = m_scale.spanMs();
    m_askedIds = ids;
    m_askedFromUtcMs = m_scale.fromUtcMs() - span;
    m_askedToUtcMs = m_scale.toUtcMs() + span;
    fetchEvents();
    if (!ids.isEmpty())
        Q_EMIT rangesNeeded(ids, m_askedFromUtcMs, m_askedToUtcMs);
}

void TimelineWidget::fetchEvents()
{
    m_eventsByCamera.clear();
    if (!m_events || m_askedIds.isEmpty())
        return;
    for (const events::Event &e : m_events->events(m_askedIds, m_askedFromUtcMs, m_askedToUtcMs))
        m_eventsByCamera[e.cameraId].append(e);
}

void TimelineWidget::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    syncWidth();
}

void TimelineWidget::wheelEvent(QWheelEvent *event)
{
    syncWidth();
    const QPoint angle = event->angleDelta();
    const double x = event->position().x() - labelWidthPx();
    if (angle.x() != 0 || (event->modifiers() & Qt::ShiftModifier)) {
        const int delta = angle.x() != 0 ? angle.x() : angle.y();
        m_scale.pan(delta / 120.0 * m_scale.widthPx() / 10); // a notch: a tenth of the width
    } else {
        m_scale.zoomAt(std::clamp<double>(x, 0, m_scale.widthPx()), angle.y() / 120.0);
    }
    windowMoved();
    event->accept();
}

void TimelineWidget::mousePressEvent(QMouseEvent *event)
{
    const double x = event->position().x();
    if (event->button() == Qt::MiddleButton) {
        m_panning = true;
        m_lastPanX = x;
        return;
    }
    if (event->button() != Qt::LeftButton || x < labelWidthPx())
        return QWidget::mousePressEvent(event);
    m_pressed = true;
    m_dragging = false;
    m_pressX = x;
}

void TimelineWidget::mouseMoveEvent(QMouseEvent *event)
{
    syncWidth();
    const double x = event->position().x();
    if (m_panning) {
        m_scale.pan(x - m_lastPanX);
        m_lastPanX = x;
        windowMoved();
        return;
    }
    if (!m_pressed)
        return;
    if (!m_dragging && std::abs(x - m_pressX) < kDragThresholdPx)
        return;
    m_dragging = true;
    scrubTo(x);
}

void TimelineWidget::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::MiddleButton) {
        m_panning = false;
        return;
    }
    if (event->button() != Qt::LeftButton || !m_pressed)
        return;
    m_pressed = false;
    m_scrubTimer.stop();
    const qint64 t = timeAtX(m_dragging ? std::clamp<double>(event->position().x(), labelWidthPx(),
                                                             labelWidthPx() + m_scale.widthPx())
                                        : event->position().x());
    const ScrubThrottle::Seek seek = m_throttle.release(t); // a click is a release without a drag
    m_dragging = false;
    if (m_control)
        m_control->seek(seek.utcMs, seek.exact);
    update();
}

void TimelineWidget::scrubTo(double x)
{
    x = std::clamp<double>(x, labelWidthPx(), labelWidthPx() + m_scale.widthPx());
    m_dragUtcMs = timeAtX(x);
    if (const auto seek = m_throttle.move(m_dragUtcMs, m_monotonic.elapsed()); seek && m_control)
        m_control->seek(seek->utcMs, seek->exact);
    if (const auto wait = m_throttle.msUntilPending(m_monotonic.elapsed()))
        m_scrubTimer.start(int(*wait));
    update();
}

void TimelineWidget::sendPendingScrub()
{
    if (const auto seek = m_throttle.flush(m_monotonic.elapsed()); seek && m_control)
        m_control->seek(seek->utcMs, seek->exact);
    else if (const auto wait = m_throttle.msUntilPending(m_monotonic.elapsed()))
        m_scrubTimer.start(int(*wait));
}

void TimelineWidget::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_BracketLeft)
        markIn();
    else if (event->key() == Qt::Key_BracketRight)
        markOut();
    else
        return QWidget::keyPressEvent(event);
}

void TimelineWidget::paintEvent(QPaintEvent *)
{
    syncWidth();
    QPainter p(this);
    p.fillRect(rect(), kBackground);
    const QStringList ids = rowCameraIds();
    const int left = labelWidthPx();
    const QRect ruler(left, 0, m_scale.widthPx(), kRulerHeightPx);

    // Row labels: the selected camera in full type, the others smaller.
    QFont font = this->font();
    QFont small = font;
    small.setPixelSize(std::max(8, kRowHeightPx - 1));
    for (int i = 0; i < ids.size(); ++i) {
        const QRect row = rowRect(i);
        const QRect label(4, row.top() - 2, left - 10, row.height() + 4);
        p.setFont(i == 0 ? font : small);
        p.setPen(i == 0 ? kText : kDimText);
        p.drawText(label, Qt::AlignVCenter | Qt::AlignLeft,
                   p.fontMetrics().elidedText(cameraName(ids[i]), Qt::ElideRight, label.width()));
    }
    // The day the window starts on, above the labels (the ruler names later days at midnight).
    p.setFont(font);
    p.setPen(kText);
    p.drawText(QRect(4, 0, left - 10, kRulerHeightPx), Qt::AlignVCenter | Qt::AlignLeft,
               TimelineScale::dayLabel(m_scale.fromUtcMs(), QLocale(), m_zone));

    p.setClipRect(QRect(left, 0, m_scale.widthPx() + 1, height()));
    paintRuler(p, ruler);
    for (int i = 0; i < ids.size(); ++i)
        paintRow(p, ids[i], rowRect(i), i == 0);

    const int bottom = ids.isEmpty() ? height() : rowRect(int(ids.size()) - 1).bottom() + 1;
    // The export range.
    if (m_inUtcMs != 0 || m_outUtcMs != 0) {
        const double x0 = xForTime(m_inUtcMs != 0 ? m_inUtcMs : m_outUtcMs);
        const double x1 = xForTime(m_outUtcMs != 0 ? m_outUtcMs : m_inUtcMs);
        QColor band = kExport;
        band.setAlpha(60);
        p.fillRect(QRectF(x0, kRulerHeightPx, std::max(1.0, x1 - x0), bottom - kRulerHeightPx), band);
        p.setPen(QPen(kExport, 2));
        for (auto [mark, x, sign] : {std::tuple{m_inUtcMs, x0, 1}, std::tuple{m_outUtcMs, x1, -1}}) {
            if (mark == 0)
                continue;
            p.drawLine(QPointF(x, kRulerHeightPx - 8), QPointF(x, bottom));
            p.drawLine(QPointF(x, kRulerHeightPx - 8), QPointF(x + 5 * sign, kRulerHeightPx - 8));
            p.drawLine(QPointF(x, bottom), QPointF(x + 5 * sign, bottom));
        }
    }
    // The now-line.
    const double nowX = xForTime(now());
    p.setPen(QPen(kNowLine, 1, Qt::DashLine));
    p.drawLine(QPointF(nowX, 2), QPointF(nowX, bottom));
    // The playhead.
    if (showsPlayhead()) {
        const double x = xForTime(playheadUtcMs());
        m_paintedPlayheadX = x;
        p.setPen(QPen(kPlayhead, 2));
        p.drawLine(QPointF(x, kRulerHeightPx - 6), QPointF(x, bottom));
        p.setPen(Qt::NoPen);
        p.setBrush(kPlayhead);
        const QPointF head[] = {
            {x - 6, kRulerHeightPx - 10.0}, {x + 6, kRulerHeightPx - 10.0}, {x, kRulerHeightPx - 3.0}};
        p.drawPolygon(head, 3);
    }
}

void TimelineWidget::paintRuler(QPainter &p, const QRect &ruler) const
{
    const QLocale locale;
    QFont font = p.font();
    QFont bold = font;
    bold.setBold(true);
    const int bottom = rowCameraIds().isEmpty() ? height() : rowRect(int(rowCameraIds().size()) - 1).bottom();
    const QVector<TimelineScale::Tick> ticks = m_scale.ticks(locale, m_zone, kLabelSpacingPx);
    // Where each day's label goes: an hour's label that would run into one is left out.
    const QFontMetricsF boldMetrics(bold, this);
    const QFontMetricsF metrics(font, this);
    QVector<QPair<double, double>> dayLabels;
    for (const TimelineScale::Tick &tick : ticks)
        if (tick.major)
            dayLabels.append({ruler.left() + tick.xPx,
                              ruler.left() + tick.xPx + 6 + boldMetrics.horizontalAdvance(tick.label)});
    for (const TimelineScale::Tick &tick : ticks) {
        const double x = ruler.left() + tick.xPx;
        p.setPen(tick.major ? QColor(120, 126, 136) : QColor(70, 75, 84));
        p.drawLine(QPointF(x, tick.major ? 2 : ruler.bottom() - 6), QPointF(x, ruler.bottom()));
        if (tick.major) // a day starts: a line down through the rows
            p.drawLine(QPointF(x, ruler.bottom()), QPointF(x, bottom));
        if (!tick.major) {
            const double right = x + 6 + metrics.horizontalAdvance(tick.label);
            const bool clashes =
                std::any_of(dayLabels.cbegin(), dayLabels.cend(),
                            [&](const QPair<double, double> &d) { return x < d.second && right > d.first; });
            if (clashes)
                continue;
        }
        p.setFont(tick.major ? bold : font);
        p.setPen(tick.major ? kText : kDimText);
        p.drawText(QRectF(x + 3, ruler.top(), 200, ruler.height() - 4), Qt::AlignLeft | Qt::AlignVCenter,
                   tick.label);
    }
    p.setFont(font);
}

void TimelineWidget::paintRow(QPainter &p, const QString &cameraId, const QRect &row, bool selected) const
{
    p.fillRect(row, kRowBackground);
    const qint64 from = m_scale.fromUtcMs();
    const qint64 to = m_scale.toUtcMs();
    const double left = row.left();
    // What is still to come.
    const double nowX = xForTime(now());
    if (nowX < row.right())
        p.fillRect(
            QRectF(std::max(left, nowX), row.top(), row.right() + 1 - std::max(left, nowX), row.height()),
            kFuture);

    // Recorded ranges, merged where they meet within a pixel (7 days of gaps stay cheap to draw).
    QColor recorded = Palette::live();
    if (!selected)
        recorded = recorded.darker(135);
    const auto it = m_ranges.constFind(cameraId);
    if (it != m_ranges.constEnd()) {
        // Whole pixels, so a run of ranges closer than a pixel is one rectangle.
        int runStart = -1;
        int runEnd = -1;
        const auto fill = [&] {
            if (runStart >= 0)
                p.fillRect(QRect(runStart, row.top(), std::max(1, runEnd - runStart), row.height()),
                           recorded);
        };
        const auto first = std::lower_bound(it->ranges.cbegin(), it->ranges.cend(), from,
                                            [](const TimeRange &r, qint64 t) { return r.endUtcMs <= t; });
        for (auto r = first; r != it->ranges.cend() && r->startUtcMs < to; ++r) {
            const int x0 = int(std::floor(xForTime(std::max(r->startUtcMs, from))));
            const int x1 = int(std::ceil(xForTime(std::min(r->endUtcMs, to))));
            if (runStart >= 0 && x0 <= runEnd) {
                runEnd = std::max(runEnd, x1);
                continue;
            }
            fill();
            runStart = x0;
            runEnd = x1;
        }
        fill();
    }

    // Offline and not-recorded periods as bands; other events as markers at their start.
    const int markerPx = selected ? 6 : 4;
    double lastMarkerX = -1e9;
    for (const events::Event &e : m_eventsByCamera.value(cameraId)) {
        const qint64 end = e.isActive() ? now() : e.endUtcMs;
        if (end <= from || e.startUtcMs >= to)
            continue;
        const QColor colour = Palette::forEventKind(e.kind);
        const double x0 = xForTime(std::max(e.startUtcMs, from));
        const double x1 = xForTime(std::min(end, to));
        if (isPeriod(e.kind)) {
            QColor band = colour;
            band.setAlpha(70);
            p.fillRect(QRectF(x0, row.top(), std::max(1.0, x1 - x0), row.height()), band);
            p.fillRect(QRectF(x0, row.bottom() - 1, std::max(1.0, x1 - x0), 2), colour);
            continue;
        }
        if (e.startUtcMs < from)
            continue;
        p.fillRect(QRectF(x0, row.bottom() - 1, std::max(1.0, x1 - x0), 2), colour);
        if (x0 - lastMarkerX < markerPx)
            continue; // markers closer than their width are one to the eye
        lastMarkerX = x0;
        p.setPen(Qt::NoPen);
        p.setBrush(colour);
        const QPointF marker[] = {{x0 - markerPx / 2.0, double(row.top())},
                                  {x0 + markerPx / 2.0, double(row.top())},
                                  {x0, double(row.top() + markerPx)}};
        p.drawPolygon(marker, 3);
    }
}

} // namespace pantau::playback
