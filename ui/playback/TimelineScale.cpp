#include "ui/playback/TimelineScale.h"

#include <QDateTime>

#include <algorithm>
#include <cmath>

namespace pantau::playback {

namespace {
constexpr qint64 kSecond = 1000;
constexpr qint64 kMinute = 60 * kSecond;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;
constexpr qint64 kSteps[] = {kSecond,      2 * kSecond,  5 * kSecond, 10 * kSecond, 15 * kSecond,
                             30 * kSecond, kMinute,      2 * kMinute, 5 * kMinute,  10 * kMinute,
                             15 * kMinute, 30 * kMinute, kHour,       2 * kHour,    3 * kHour,
                             6 * kHour,    12 * kHour,   kDay,        2 * kDay,     7 * kDay};

qint64 floorDiv(qint64 a, qint64 b)
{
    return a >= 0 ? a / b : -((-a + b - 1) / b);
}

qint64 offsetMs(const QTimeZone &zone, qint64 utcMs)
{
    return qint64(zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(utcMs, Qt::UTC))) * 1000;
}
} // namespace

TimelineScale::TimelineScale(qint64 fromUtcMs, qint64 spanMs, int widthPx)
    : m_fromUtcMs(fromUtcMs), m_spanMs(std::clamp(spanMs, kMinSpanMs, kMaxSpanMs)),
      m_widthPx(std::max(1, widthPx))
{
}

void TimelineScale::setWidthPx(int widthPx)
{
    m_widthPx = std::max(1, widthPx);
}

void TimelineScale::setWindow(qint64 fromUtcMs, qint64 toUtcMs)
{
    const qint64 span = std::clamp(toUtcMs - fromUtcMs, kMinSpanMs, kMaxSpanMs);
    const qint64 middle = fromUtcMs + (toUtcMs - fromUtcMs) / 2;
    m_spanMs = span;
    m_fromUtcMs = middle - span / 2;
}

void TimelineScale::centreOn(qint64 utcMs)
{
    m_fromUtcMs = utcMs - m_spanMs / 2;
}

void TimelineScale::zoomAt(double xPx, double notches)
{
    const qint64 anchor = timeAtX(xPx);
    const double span = m_spanMs * std::pow(kZoomPerNotch, -notches); // may be huge: clamp as a double
    m_spanMs = qint64(std::llround(std::clamp(span, double(kMinSpanMs), double(kMaxSpanMs))));
    m_fromUtcMs = anchor - qint64(std::llround(xPx * msPerPx()));
}

void TimelineScale::pan(double dxPx)
{
    m_fromUtcMs -= qint64(std::llround(dxPx * msPerPx()));
}

double TimelineScale::xForTime(qint64 utcMs) const
{
    return double(utcMs - m_fromUtcMs) * m_widthPx / m_spanMs;
}

qint64 TimelineScale::timeAtX(double xPx) const
{
    return m_fromUtcMs + qint64(std::llround(xPx * msPerPx()));
}

qint64 TimelineScale::tickStepMs(double minSpacingPx) const
{
    const double minMs = minSpacingPx * msPerPx();
    for (qint64 step : kSteps)
        if (step >= minMs)
            return step;
    return kSteps[std::size(kSteps) - 1];
}

QVector<TimelineScale::Tick> TimelineScale::ticks(const QLocale &locale, const QTimeZone &zone,
                                                  double minSpacingPx) const
{
    const qint64 step = tickStepMs(minSpacingPx);
    QVector<Tick> out;
    // Round local times: a tick where local time is a whole number of steps since the epoch
    // (days: local midnights; weeks: every 7th local midnight).
    const qint64 from = m_fromUtcMs;
    const qint64 to = toUtcMs();
    qint64 local = floorDiv(from + offsetMs(zone, from), step) * step;
    for (int guard = 0; guard < 10'000; ++guard, local += step) {
        // Local wall time -> UTC with the offset at that moment (WIB has no daylight saving; where
        // a zone has, a tick near the change may sit an hour off, which is what the clock shows).
        qint64 utc = local - offsetMs(zone, local);
        utc = local - offsetMs(zone, utc);
        if (utc < from)
            continue;
        if (utc >= to)
            break;
        Tick tick;
        tick.utcMs = utc;
        tick.xPx = xForTime(utc);
        tick.major = floorDiv(local, kDay) * kDay == local;
        tick.label = tick.major ? dayLabel(utc, locale, zone) : timeLabel(utc, step, locale, zone);
        out.append(tick);
    }
    return out;
}

QString TimelineScale::dayLabel(qint64 utcMs, const QLocale &locale, const QTimeZone &zone)
{
    return locale.toString(QDateTime::fromMSecsSinceEpoch(utcMs, zone), QStringLiteral("ddd d MMM"));
}

QString TimelineScale::timeLabel(qint64 utcMs, qint64 stepMs, const QLocale &locale, const QTimeZone &zone)
{
    return locale.toString(QDateTime::fromMSecsSinceEpoch(utcMs, zone),
                           stepMs < kMinute ? QStringLiteral("HH:mm:ss") : QStringLiteral("HH:mm"));
}

} // namespace pantau::playback
