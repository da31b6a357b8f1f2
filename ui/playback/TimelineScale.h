#pragma once
// The timeline's scale: which window of time [fromUtcMs, toUtcMs) its width in pixels shows, how
// the wheel zooms it around a point (from 10 s to 30 days across the width) and a drag pans it,
// x <-> time, and the ticks and their labels for the zoom, in the interface language and the
// site's time zone ("Sen 3 Des", "02:00"). A pure value type; no widget, no clock. Any thread.
#include <QLocale>
#include <QString>
#include <QTimeZone>
#include <QVector>

namespace pantau::playback {

class TimelineScale
{
public:
    static constexpr qint64 kMinSpanMs = 10'000;                // 10 s across the width
    static constexpr qint64 kMaxSpanMs = 30LL * 24 * 3'600'000; // 30 days across the width
    static constexpr double kZoomPerNotch = 1.25;               // one wheel notch (120 units)

    struct Tick
    {
        qint64 utcMs = 0;
        double xPx = 0;
        bool major = false; // a day starts here (local midnight)
        QString label;      // "02:00", "02:14:10" or, at a major tick, "Sen 3 Des"
    };

    TimelineScale() = default;
    TimelineScale(qint64 fromUtcMs, qint64 spanMs, int widthPx);

    qint64 fromUtcMs() const { return m_fromUtcMs; }
    qint64 toUtcMs() const { return m_fromUtcMs + m_spanMs; }
    qint64 spanMs() const { return m_spanMs; }
    int widthPx() const { return m_widthPx; }
    double msPerPx() const { return double(m_spanMs) / m_widthPx; }

    // A new width keeps the window's start and span (more pixels, same time).
    void setWidthPx(int widthPx);
    // The span is clamped to [kMinSpanMs, kMaxSpanMs] around the window's middle.
    void setWindow(qint64 fromUtcMs, qint64 toUtcMs);
    void centreOn(qint64 utcMs);
    // Zooms by kZoomPerNotch per notch (positive: in), keeping the moment under xPx where it is.
    void zoomAt(double xPx, double notches);
    // Moves what is shown by dxPx to the right (the window moves back in time by dxPx).
    void pan(double dxPx);

    double xForTime(qint64 utcMs) const;
    qint64 timeAtX(double xPx) const;
    bool contains(qint64 utcMs) const { return utcMs >= m_fromUtcMs && utcMs < toUtcMs(); }

    // The smallest of the usual steps (1 s … 7 days) whose ticks are at least minSpacingPx apart.
    qint64 tickStepMs(double minSpacingPx) const;
    // The ticks inside the window at that step, on round local times of `zone`, labelled in
    // `locale`: a day's first tick with the day ("Sen 3 Des"), the others with the time.
    QVector<Tick> ticks(const QLocale &locale, const QTimeZone &zone, double minSpacingPx) const;

    // "Sen 3 Des" / "Mon 3 Dec": the day a moment falls on.
    static QString dayLabel(qint64 utcMs, const QLocale &locale, const QTimeZone &zone);
    // "02:00", or "02:14:10" when the step is under a minute.
    static QString timeLabel(qint64 utcMs, qint64 stepMs, const QLocale &locale, const QTimeZone &zone);

private:
    qint64 m_fromUtcMs = 0;
    qint64 m_spanMs = 3'600'000;
    int m_widthPx = 1000;
};

} // namespace pantau::playback
