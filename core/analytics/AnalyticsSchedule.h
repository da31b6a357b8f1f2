#pragma once
// When a camera's motion detection is armed: daily windows of local time (for example 22:00-05:00,
// crossing midnight). No window means always. A pure value class; any thread.
#include <QList>
#include <QTime>

namespace pantau::analytics {

class AnalyticsSchedule
{
public:
    struct Window
    {
        QTime start; // inclusive
        QTime end;   // exclusive; end <= start crosses midnight (22:00-05:00); equal: all day
        friend bool operator==(const Window &, const Window &) = default;
    };

    void addWindow(QTime start, QTime end) { m_windows.append({start, end}); }
    const QList<Window> &windows() const { return m_windows; }
    bool isAlways() const { return m_windows.isEmpty(); }

    // Whether detection is armed at this local time of day.
    bool isActive(QTime localTime) const;

    // "22:00-05:00,12:00-13:00" <-> windows; parse() returns false (and leaves this unchanged) on
    // text it does not understand; empty text is "always".
    QString toText() const;
    bool parse(const QString &text);

    friend bool operator==(const AnalyticsSchedule &, const AnalyticsSchedule &) = default;

private:
    QList<Window> m_windows;
};

} // namespace pantau::analytics
