#include "ui/wall/TileOverlayPainter.h"

#include "ui/common/Palette.h"

#include <QDateTime>
#include <QLocale>
#include <QPainter>
#include <QTime>

namespace pantau {

const QString &TileOverlayPainter::clockText()
{
    // Every tile shows the same clock: formatted once a second for all of them (reading the local
    // time zone at every paint showed in 6 % of the GUI thread's perf samples).
    static qint64 s_second = -1;
    static QString s_text;
    const qint64 second = QDateTime::currentMSecsSinceEpoch() / 1000;
    if (second != s_second) {
        s_second = second;
        s_text = QTime::currentTime().toString(QStringLiteral("HH:mm:ss"));
    }
    return s_text;
}

TileOverlayPainter::BarLayout TileOverlayPainter::barLayout(const QRect &tile, QFont font, int tileIndex,
                                                            RecordingMark recording, const QString &name)
{
    BarLayout l;
    int barH = std::clamp(tile.height() / 12, 16, 28);
    font.setPixelSize(std::max(10, barH * 11 / 20));
    l.font = font;
    const QFontMetrics metrics(font);
    const bool small = tile.width() < kClockMinTileWidthPx;
    // A small tile's long name: two lines (without the clock) rather than losing its middle.
    const int oneLineRoomPx = tile.width() - barH - 4 - (recording != RecordingMark::None ? barH : 0);
    if (small && !name.isEmpty() && metrics.horizontalAdvance(name) > oneLineRoomPx && tileIndex != 0)
        barH += metrics.lineSpacing();
    // At the bottom: the picture's top rows, where cameras burn in their clock and title, stay clear.
    l.bar = QRect(tile.left(), tile.bottom() - barH + 1, tile.width(), barH);
    const int lineH = std::clamp(tile.height() / 12, 16, 28); // one line's height: dot and mark
    const int dot = lineH / 2;
    int right = l.bar.width() - 4;
    // One clock per window on small tiles (the first tile's), so 64 names get the room instead.
    if (tile.width() >= kClockMinTileWidthPx || tileIndex == 0) {
        const int clockW = metrics.horizontalAdvance(QStringLiteral("00:00:00")) + 8;
        if (l.bar.width() > clockW * 2) {
            l.clock = QRect(l.bar.width() - clockW - 2, 0, clockW - 4, lineH);
            right = l.clock.left() - 2;
        }
    }
    if (recording != RecordingMark::None) {
        l.mark = QRect(right - dot - lineH / 6, (lineH - dot) / 2, dot, dot);
        right = l.mark.left() - lineH / 6;
    }
    l.name = QRect(dot * 2, 0, std::max(0, right - dot * 2), barH);
    return l;
}

QString TileOverlayPainter::shownName(const QString &name, const QFontMetrics &metrics, const QRect &nameRect)
{
    const int widthPx = nameRect.width();
    if (metrics.horizontalAdvance(name) <= widthPx || nameRect.height() < 2 * metrics.lineSpacing())
        return metrics.elidedText(name, Qt::ElideMiddle, widthPx);
    // Two lines: as many words as fit on the first, the rest (elided in the middle) on the second.
    const QStringList words = name.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QString first;
    int used = 0;
    while (used < words.size()) {
        const QString longer = first.isEmpty() ? words[used] : first + QLatin1Char(' ') + words[used];
        if (metrics.horizontalAdvance(longer) > widthPx)
            break;
        first = longer;
        ++used;
    }
    if (first.isEmpty()) // one very long word
        return metrics.elidedText(name, Qt::ElideMiddle, widthPx);
    const QString rest = QStringList(words.mid(used)).join(QLatin1Char(' '));
    return first + QLatin1Char('\n') + metrics.elidedText(rest, Qt::ElideMiddle, widthPx);
}

void TileOverlayPainter::renderBar(const BarKey &key, const BarLayout &layout, const Camera *camera)
{
    m_barKey = key;
    const qreal dpr = key.devicePixelRatio;
    m_barCache = QImage((QSizeF(key.size) * dpr).toSize(), QImage::Format_ARGB32_Premultiplied);
    m_barCache.setDevicePixelRatio(dpr);
    m_barCache.fill(QColor(0, 0, 0, 140));
    QPainter p(&m_barCache);
    p.setRenderHint(QPainter::Antialiasing);
    p.setFont(layout.font);
    const int barH = key.size.height();
    const int lineH = layout.name.left(); // the first line's height: the name starts after the dot
    p.setPen(Qt::NoPen);
    p.setBrush(QColor::fromRgb(key.stateRgb));
    const int dot = lineH / 2;
    p.drawEllipse(QRect(dot / 2, (lineH - dot) / 2, dot, dot));
    if (key.recording != RecordingMark::None) {
        // Recording: a filled red disc. Should record but does not: a red ring with a slash.
        const QRect mark = layout.mark;
        const QColor red(235, 40, 40);
        if (key.recording == RecordingMark::Recording) {
            p.setPen(QPen(QColor(255, 255, 255, 200), 1)); // a rim: visible over a red picture too
            p.setBrush(red);
            p.drawEllipse(mark);
        } else {
            p.setBrush(Qt::NoBrush);
            p.setPen(QPen(red, std::max(1.5, barH / 12.0)));
            p.drawEllipse(mark);
            p.drawLine(mark.topRight(), mark.bottomLeft());
        }
    }
    p.setPen(Qt::white);
    if (camera)
        p.drawText(layout.name, Qt::AlignVCenter | Qt::AlignLeft,
                   shownName(camera->name, p.fontMetrics(), layout.name));
    if (!key.clock.isEmpty())
        p.drawText(layout.clock, Qt::AlignVCenter | Qt::AlignRight, key.clock);
}

QString TileOverlayPainter::stateText(const Content &c)
{
    if (!c.camera || c.status.state == StreamState::Playing)
        return {};
    if (!c.hasStream)
        return unavailableText(*c.camera);
    if (c.status.state == StreamState::Connecting && !c.waitingText.isEmpty())
        return c.waitingText;
    return c.status.text();
}

QRect TileOverlayPainter::liveButtonRect(const QRect &r)
{
    const int barH = std::clamp(r.height() / 12, 16, 28);
    const int w = std::max(barH * 6, 96);                      // "▶ LANGSUNG" whole
    return QRect(r.right() - w - 8, r.top() + 8, w, barH + 4); // the name bar runs along the bottom
}

void TileOverlayPainter::paintPlayback(QPainter &p, const QRect &r, int barH, const Content &c)
{
    // Never mistaken for live: an amber border, the label, the footage's time in large type.
    const QColor amber(255, 176, 0);
    p.save();
    p.setRenderHint(QPainter::Antialiasing, false);
    const int border = std::max(3, barH / 6);
    p.setPen(Qt::NoPen);
    p.setBrush(amber);
    for (const QRect &edge : {QRect(r.left(), r.top(), r.width(), border),
                              QRect(r.left(), r.bottom() - border + 1, r.width(), border),
                              QRect(r.left(), r.top(), border, r.height()),
                              QRect(r.right() - border + 1, r.top(), border, r.height())})
        p.drawRect(edge);
    QFont f = p.font();
    f.setBold(true);
    p.setFont(f);
    const QString label = playbackLabel();
    const QRect labelRect(r.left() + border + 4, r.top() + 8, p.fontMetrics().horizontalAdvance(label) + 12,
                          barH + 4);
    p.fillRect(labelRect, amber);
    p.setPen(Qt::black);
    p.drawText(labelRect, Qt::AlignCenter, label);
    const QRect live = liveButtonRect(r);
    p.fillRect(live, QColor(0, 0, 0, 170));
    p.setPen(QPen(QColor(80, 220, 120), 1));
    p.setBrush(Qt::NoBrush); // the border's amber brush would fill the button
    p.drawRect(live.adjusted(0, 0, -1, -1));
    p.drawText(live, Qt::AlignCenter, QStringLiteral("▶ ") + liveLabel());
    if (!c.playbackMessage.isEmpty()) {
        p.fillRect(r.adjusted(border, border, -border, -barH), QColor(0, 0, 0, c.hasPicture ? 110 : 0));
        p.setPen(amber);
        p.drawText(r.adjusted(8, barH * 2 + 8, -8, -barH * 3), Qt::AlignCenter | Qt::TextWordWrap,
                   c.playbackMessage);
    }
    if (c.playbackUtcMs >= 0) {
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(c.playbackUtcMs).toLocalTime();
        const QString when = QLocale().toString(at, QStringLiteral("ddd d MMM yyyy  HH:mm:ss"));
        f.setPixelSize(std::clamp(r.height() / 10, 12, 48));
        p.setFont(f);
        const int h = p.fontMetrics().height() + 8;
        // Above the name bar (which runs along the bottom), so the camera's name stays readable.
        const QRect timeRect(r.left() + border, r.bottom() - barH - h + 1, r.width() - 2 * border, h);
        p.fillRect(timeRect, QColor(0, 0, 0, 150));
        p.setPen(amber);
        p.drawText(timeRect.adjusted(8, 0, -8, 0), Qt::AlignVCenter | Qt::AlignLeft,
                   p.fontMetrics().elidedText(when, Qt::ElideRight, timeRect.width() - 16));
    }
    p.restore();
}

QString TileOverlayPainter::unavailableText(const Camera &camera)
{
    if (!camera.isValid())
        return tr("This camera's settings cannot be used: %1").arg(camera.invalidReason);
    return tr("Not available");
}

QString TileOverlayPainter::statsLine(const StreamStats &st, StreamKind kind, bool openGl) const
{
    const QString kindText = kind == StreamKind::Sub ? tr("sub") : tr("main");
    const QString size = st.sourceSize.isValid()
                             ? QStringLiteral("%1×%2").arg(st.sourceSize.width()).arg(st.sourceSize.height())
                             : QStringLiteral("–");
    QString line = tr("%1 fps · %2 %3 · %4 · dropped %5")
                       .arg(st.fps, 0, 'f', 1)
                       .arg(size, kindText,
                            st.decoder.isEmpty() ? QStringLiteral("–")
                            : st.hardwareDecoder ? tr("%1 (hardware)").arg(st.decoder)
                                                 : st.decoder)
                       .arg(st.framesDropped);
    if (openGl)
        line += QStringLiteral(" · OpenGL"); // drawn by the GPU renderer (a name, like the decoder's)
    return line;
}

void TileOverlayPainter::paint(QPainter &p, const QRect &r, QFont f, qreal devicePixelRatio, const Content &c)
{
    const BarLayout layout = barLayout(r, f, c.tileIndex, c.camera ? c.recording : RecordingMark::None,
                                       c.camera ? c.camera->name : QString());
    const int barH = layout.bar.height();
    f = layout.font;
    p.setFont(f);

    if (!c.camera) {
        p.setPen(QColor(120, 126, 134));
        p.drawText(r.adjusted(6, 6, -6, -6), Qt::AlignCenter | Qt::TextWordWrap,
                   tr("Tile %1\nDrag a camera here").arg(c.tileIndex + 1));
        return;
    }
    // Name bar: state dot, camera name, local time. Drawn into a cached image when one of them
    // changes (the clock: once a second) and blended at the frame rate: shaping its text 25 times
    // a second per tile showed in 13 % of the GUI thread's perf samples.
    const QRect bar = layout.bar;
    const BarKey key{layout.clock.isEmpty() ? QString() : clockText(),
                     Palette::forStreamState(c.status.state).rgb(),
                     bar.size(),
                     f.pixelSize(),
                     devicePixelRatio,
                     c.recording};
    if (!(key == m_barKey) || m_barCache.isNull())
        renderBar(key, layout, c.camera);
    p.drawImage(bar.topLeft(), m_barCache);

    if (c.playback) {
        paintPlayback(p, r, barH, c);
        return;
    }
    if (c.status.state != StreamState::Playing) {
        if (c.hasPicture)
            p.fillRect(r.adjusted(0, 0, 0, -barH), QColor(0, 0, 0, 110));
        p.setPen(Palette::forStreamState(c.status.state).lighter(130));
        const QString text = stateText(c);
        p.drawText(r.adjusted(8, 4, -8, -barH), Qt::AlignCenter | Qt::TextWordWrap, text);
    }
    if (c.stats && c.hasStream) { // just above the name bar
        const QString line = statsLine(*c.stats, c.kind, c.openGl);
        const QRect sbar(r.left(), bar.top() - barH, r.width(), barH);
        p.fillRect(sbar, QColor(0, 0, 0, 140));
        p.setPen(QColor(200, 230, 255));
        p.drawText(sbar.adjusted(6, 0, -6, 0), Qt::AlignVCenter | Qt::AlignLeft,
                   p.fontMetrics().elidedText(line, Qt::ElideRight, sbar.width() - 12));
    }
}

void TileOverlayPainter::paintAlarmBorder(QPainter &p, const QRect &rect)
{
    const int width = std::clamp(std::min(rect.width(), rect.height()) / 40, 3, 8);
    p.save();
    p.setPen(QPen(Palette::failure(), width, Qt::SolidLine, Qt::SquareCap, Qt::MiterJoin));
    p.setBrush(Qt::NoBrush);
    p.drawRect(QRectF(rect).adjusted(width / 2.0, width / 2.0, -width / 2.0, -width / 2.0));
    p.restore();
}

} // namespace pantau
