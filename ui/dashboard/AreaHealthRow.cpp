#include "ui/dashboard/AreaHealthRow.h"

#include "ui/common/Palette.h"

#include <QEvent>
#include <QPainter>

#include <algorithm>

namespace pantau {

AreaHealthRow::AreaHealthRow(AreaKey key, bool isAll, QWidget *parent)
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
    setToolTip(QStringLiteral("%1: %2").arg(figureText(), detailText()));
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

QString AreaHealthRow::fittingDetail(const QFontMetrics &metrics, int widthPx) const
{
    const QString all = detailText();
    if (metrics.horizontalAdvance(all) <= widthPx)
        return all;
    // What fails first; checking and disabled cameras stay in the tooltip.
    QStringList failing;
    if (m_counts.offline > 0)
        failing << tr("%Ln offline", nullptr, m_counts.offline);
    if (m_counts.trouble > 0)
        failing << tr("%Ln in trouble", nullptr, m_counts.trouble);
    return failing.isEmpty() ? all : failing.join(QStringLiteral(" · "));
}

QString AreaHealthRow::figureText() const
{
    return QStringLiteral("%L1 / %L2").arg(m_counts.online).arg(m_counts.total);
}

AreaHealthRow::Fonts AreaHealthRow::fonts() const
{
    Fonts f{font(), font(), font()};
    f.title.setPixelSize(m_isAll ? 24 : 19);
    f.title.setBold(true);
    f.figure = f.title;
    f.detail.setPixelSize(m_isAll ? 17 : 15);
    f.detail.setBold(false);
    return f;
}

QRect AreaHealthRow::innerRect() const
{
    const QRect r = rect().adjusted(0, 1, 0, -1);
    return m_isAll ? r.adjusted(14, 8, -12, -8) : r.adjusted(12, 4, -10, -4);
}

QString AreaHealthRow::paintedTitle() const
{
    const Fonts f = fonts();
    const QFontMetrics title(f.title);
    // The "all" row has the whole first line for its name: the figure sits on the second line.
    const int room = m_isAll
                         ? innerRect().width()
                         : innerRect().width() - QFontMetrics(f.figure).horizontalAdvance(figureText()) - 12;
    return title.elidedText(m_title, Qt::ElideRight, room);
}

QSize AreaHealthRow::sizeHint() const
{
    return m_isAll ? QSize(320, 78) : QSize(320, 36);
}

QSize AreaHealthRow::minimumSizeHint() const
{
    if (!m_isAll)
        return QSize(160, sizeHint().height());
    // The whole-site row is never squeezed: its name and figure keep their room.
    const Fonts f = fonts();
    const int w = std::max(QFontMetrics(f.title).horizontalAdvance(m_title),
                           QFontMetrics(f.figure).horizontalAdvance(figureText()) +
                               QFontMetrics(f.detail).horizontalAdvance(detailText()) / 2);
    return QSize(w + 26 + 12, sizeHint().height());
}

void AreaHealthRow::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const QRect r = rect().adjusted(0, 1, 0, -1);
    QColor bg = Palette::dashboardPanel();
    if (isChecked())
        bg = QColor(38, 64, 104);
    else if (m_hover)
        bg = bg.lighter(130);
    p.fillRect(r, bg);
    if (isChecked())
        p.fillRect(QRect(r.left(), r.top(), 5, r.height()), QColor(90, 160, 255));

    const QRect inner = innerRect();
    const Fonts f = fonts();
    const bool bad = m_counts.offline + m_counts.trouble > 0;
    const QColor detailColour = bad ? QColor(255, 175, 160) : QColor(170, 176, 186);
    const QColor figureColour = m_counts.total > 0 && m_counts.online == m_counts.total
                                    ? Palette::forHealthBucket(HealthBucket::Online)
                                    : QColor(235, 238, 242);
    const QString figure = figureText();
    const int barHeightPx = m_isAll ? 8 : 5;
    const QRect barRect(inner.left(), inner.bottom() - barHeightPx + 1, inner.width(), barHeightPx);

    p.setFont(f.title);
    const QFontMetrics titleMetrics = p.fontMetrics();
    const QRect line1(inner.left(), inner.top(), inner.width(), titleMetrics.height());
    p.setPen(Qt::white);
    p.drawText(line1, Qt::AlignLeft | Qt::AlignVCenter, paintedTitle());

    if (m_isAll) {
        // Line 2: "online / total" and what is wrong, above the bar.
        const QRect line2(inner.left(), line1.bottom() + 1, inner.width(),
                          barRect.top() - line1.bottom() - 3);
        p.setFont(f.figure);
        const int figureW = p.fontMetrics().horizontalAdvance(figure) + 14;
        p.setPen(figureColour);
        p.drawText(line2, Qt::AlignLeft | Qt::AlignVCenter, figure);
        p.setFont(f.detail);
        p.setPen(detailColour);
        const QString detail = fittingDetail(p.fontMetrics(), line2.width() - figureW);
        p.drawText(line2.adjusted(figureW, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter,
                   p.fontMetrics().elidedText(detail, Qt::ElideRight, line2.width() - figureW));
    } else {
        // One line: name, what is wrong (when it fits), "online / total" on the right.
        p.setFont(f.figure);
        const int figureW = p.fontMetrics().horizontalAdvance(figure);
        p.setPen(figureColour);
        p.drawText(line1, Qt::AlignRight | Qt::AlignVCenter, figure);
        const int titleW = titleMetrics.horizontalAdvance(paintedTitle());
        p.setFont(f.detail);
        const int room = inner.width() - titleW - figureW - 2 * 12;
        const QString detail = fittingDetail(p.fontMetrics(), room);
        if (p.fontMetrics().horizontalAdvance(detail) <= room) {
            p.setPen(detailColour);
            p.drawText(line1.adjusted(0, 0, -figureW - 12, 0), Qt::AlignRight | Qt::AlignVCenter, detail);
        }
    }

    // Health bar: online, trouble, offline, checking, in proportion.
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
