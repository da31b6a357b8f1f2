#include "ui/dashboard/AreaHealthRow.h"

#include "ui/common/Palette.h"

#include <QEvent>
#include <QPainter>

namespace pantau {

AreaHealthRow::AreaHealthRow(QString key, bool isAll, QWidget *parent)
    : QAbstractButton(parent), m_key(std::move(key)), m_isAll(isAll)
{
    setCheckable(true);
    setCursor(Qt::PointingHandCursor);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

void AreaHealthRow::setTitle(const QString &title)
{
    m_title = title;
    setAccessibleName(title);
    update();
}

void AreaHealthRow::setCounts(const HealthCounts &counts)
{
    if (counts == m_counts)
        return;
    m_counts = counts;
    update();
}

QString AreaHealthRow::detailText() const
{
    QStringList parts;
    if (m_counts.offline > 0)
        parts << tr("%Ln offline", nullptr, m_counts.offline);
    if (m_counts.trouble > 0)
        parts << tr("%Ln in trouble", nullptr, m_counts.trouble);
    if (m_counts.checking > 0)
        parts << tr("%Ln checking", nullptr, m_counts.checking);
    if (m_counts.disabled > 0)
        parts << tr("%Ln disabled", nullptr, m_counts.disabled);
    if (parts.isEmpty())
        return m_counts.total > 0 ? tr("All online") : tr("No cameras");
    return parts.join(QStringLiteral(" · "));
}

QSize AreaHealthRow::sizeHint() const
{
    return QSize(320, 84);
}

void AreaHealthRow::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const QRect r = rect().adjusted(0, 2, 0, -2);
    QColor bg = Palette::dashboardPanel();
    if (isChecked())
        bg = QColor(38, 64, 104);
    else if (m_hover)
        bg = bg.lighter(130);
    p.fillRect(r, bg);
    if (isChecked())
        p.fillRect(QRect(r.left(), r.top(), 5, r.height()), QColor(90, 160, 255));

    const QRect inner = r.adjusted(14, 8, -12, -10);
    // Line 1: name, and "online / total" on the right.
    QFont f = font();
    f.setPixelSize(22);
    f.setBold(true);
    p.setFont(f);
    const QString figure = QStringLiteral("%L1 / %L2").arg(m_counts.online).arg(m_counts.total);
    const int figureW = p.fontMetrics().horizontalAdvance(figure) + 8;
    const QRect line1(inner.left(), inner.top(), inner.width(), p.fontMetrics().height());
    p.setPen(Qt::white);
    p.drawText(line1.adjusted(0, 0, -figureW, 0), Qt::AlignLeft | Qt::AlignVCenter,
               p.fontMetrics().elidedText(m_title, Qt::ElideRight, line1.width() - figureW));
    p.setPen(m_counts.total > 0 && m_counts.online == m_counts.total
                 ? Palette::forHealthBucket(HealthBucket::Online)
                 : QColor(235, 238, 242));
    p.drawText(line1, Qt::AlignRight | Qt::AlignVCenter, figure);

    // Line 2: what is wrong.
    f.setPixelSize(16);
    f.setBold(false);
    p.setFont(f);
    const QRect line2(inner.left(), line1.bottom() + 2, inner.width(), p.fontMetrics().height());
    const bool bad = m_counts.offline + m_counts.trouble > 0;
    p.setPen(bad ? QColor(255, 175, 160) : QColor(170, 176, 186));
    p.drawText(line2, Qt::AlignLeft | Qt::AlignVCenter,
               p.fontMetrics().elidedText(detailText(), Qt::ElideRight, line2.width()));

    // Health bar: online, trouble, offline, checking, in proportion.
    const QRect barRect(inner.left(), inner.bottom() - 9, inner.width(), 10);
    p.fillRect(barRect, QColor(55, 60, 68));
    if (m_counts.total > 0) {
        int x = barRect.left();
        int sum = 0;
        const std::pair<int, HealthBucket> segments[] = {{m_counts.online, HealthBucket::Online},
                                                         {m_counts.trouble, HealthBucket::Trouble},
                                                         {m_counts.offline, HealthBucket::Offline},
                                                         {m_counts.checking, HealthBucket::Checking}};
        for (const auto &[n, bucket] : segments) {
            sum += n;
            const int end = barRect.left() + int(qint64(barRect.width()) * sum / m_counts.total);
            if (end > x)
                p.fillRect(QRect(x, barRect.top(), end - x, barRect.height()),
                           Palette::forHealthBucket(bucket));
            x = end;
        }
    }
}

void AreaHealthRow::enterEvent(QEnterEvent *)
{
    m_hover = true;
    update();
}

void AreaHealthRow::leaveEvent(QEvent *)
{
    m_hover = false;
    update();
}

void AreaHealthRow::changeEvent(QEvent *e)
{
    if (e->type() == QEvent::LanguageChange)
        update();
    QAbstractButton::changeEvent(e);
}

} // namespace pantau
