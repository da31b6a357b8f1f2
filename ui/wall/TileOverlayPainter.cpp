#include "ui/wall/TileOverlayPainter.h"

#include "ui/common/Palette.h"

#include <QDateTime>
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

void TileOverlayPainter::renderBar(const BarKey &key, const QFont &font, const Camera *camera)
{
    m_barKey = key;
    const qreal dpr = key.devicePixelRatio;
    m_barCache = QImage((QSizeF(key.size) * dpr).toSize(), QImage::Format_ARGB32_Premultiplied);
    m_barCache.setDevicePixelRatio(dpr);
    m_barCache.fill(QColor(0, 0, 0, 140));
    QPainter p(&m_barCache);
    p.setRenderHint(QPainter::Antialiasing);
    p.setFont(font);
    const QRect bar(QPoint(0, 0), key.size);
    const int barH = bar.height();
    p.setPen(Qt::NoPen);
    p.setBrush(QColor::fromRgb(key.stateRgb));
    const int dot = barH / 2;
    p.drawEllipse(QRect(dot / 2, (barH - dot) / 2, dot, dot));
    p.setPen(Qt::white);
    const QFontMetrics metrics = p.fontMetrics();
    const int timeW = metrics.horizontalAdvance(key.clock) + 8;
    const bool showClock = bar.width() > timeW * 3;
    int markW = 0;
    if (key.recording != RecordingMark::None) {
        // Recording: a filled red disc. Should record but does not: a red ring with a slash.
        const QRect mark = recordingMarkRect(key.size).translated(showClock ? -timeW : 0, 0);
        markW = mark.width() + barH / 3;
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
        p.setPen(Qt::white);
    }
    const QRect nameRect = bar.adjusted(dot * 2, 0, (showClock ? -timeW : -4) - markW, 0);
    if (camera)
        p.drawText(nameRect, Qt::AlignVCenter | Qt::AlignLeft,
                   metrics.elidedText(camera->name, Qt::ElideRight, nameRect.width()));
    if (showClock)
        p.drawText(bar.adjusted(0, 0, -6, 0), Qt::AlignVCenter | Qt::AlignRight, key.clock);
}

QRect TileOverlayPainter::recordingMarkRect(const QSize &barSize)
{
    const int barH = barSize.height();
    const int d = barH / 2;
    return QRect(barSize.width() - d - barH / 3, (barH - d) / 2, d, d);
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
    const int barH = std::clamp(r.height() / 12, 16, 28);
    f.setPixelSize(std::max(10, barH * 11 / 20));
    p.setFont(f);

    if (!c.camera) {
        p.setPen(QColor(120, 126, 134));
        p.drawText(r.adjusted(6, 6, -6, -6), Qt::AlignCenter | Qt::TextWordWrap,
                   tr("Tile %1\nDrag a camera here").arg(c.tileIndex + 1));
        return;
    }
    // Top bar: state dot, camera name, local time. Drawn into a cached image when one of them
    // changes (the clock: once a second) and blended at the frame rate: shaping its text 25 times
    // a second per tile showed in 13 % of the GUI thread's perf samples.
    const QRect bar(r.left(), r.top(), r.width(), barH);
    const BarKey key{clockText(),      Palette::forStreamState(c.status.state).rgb(),
                     bar.size(),       f.pixelSize(),
                     devicePixelRatio, c.recording};
    if (!(key == m_barKey) || m_barCache.isNull())
        renderBar(key, f, c.camera);
    p.drawImage(bar.topLeft(), m_barCache);

    if (c.status.state != StreamState::Playing) {
        if (c.hasPicture)
            p.fillRect(r.adjusted(0, barH, 0, 0), QColor(0, 0, 0, 110));
        p.setPen(Palette::forStreamState(c.status.state).lighter(130));
        const QString text = c.hasStream ? c.status.text() : unavailableText(*c.camera);
        p.drawText(r.adjusted(8, barH, -8, -4), Qt::AlignCenter | Qt::TextWordWrap, text);
    }
    if (c.stats && c.hasStream) {
        const QString line = statsLine(*c.stats, c.kind, c.openGl);
        const QRect sbar(r.left(), r.bottom() - barH + 1, r.width(), barH);
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
