#include "core/analytics/AnalyticsSchedule.h"

#include <QStringList>

namespace pantau::analytics {

bool AnalyticsSchedule::isActive(QTime localTime) const
{
    if (m_windows.isEmpty())
        return true;
    for (const Window &w : m_windows) {
        if (w.start == w.end)
            return true;
        const bool inside = w.start < w.end ? (localTime >= w.start && localTime < w.end)
                                            : (localTime >= w.start || localTime < w.end);
        if (inside)
            return true;
    }
    return false;
}

QString AnalyticsSchedule::toText() const
{
    QStringList parts;
    for (const Window &w : m_windows)
        parts << w.start.toString(QStringLiteral("HH:mm")) + u'-' + w.end.toString(QStringLiteral("HH:mm"));
    return parts.join(u',');
}

bool AnalyticsSchedule::parse(const QString &text)
{
    QList<Window> windows;
    const QStringList parts = text.split(u',', Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const QStringList ends = part.trimmed().split(u'-');
        if (ends.size() != 2)
            return false;
        const QTime start = QTime::fromString(ends[0].trimmed(), QStringLiteral("H:mm"));
        const QTime end = QTime::fromString(ends[1].trimmed(), QStringLiteral("H:mm"));
        if (!start.isValid() || !end.isValid())
            return false;
        windows.append({start, end});
    }
    m_windows = windows;
    return true;
}

} // namespace pantau::analytics
