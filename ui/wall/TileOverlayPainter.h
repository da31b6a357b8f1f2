#pragma once
// Paints a wall tile's overlay over its picture: the name bar (state dot, camera name, recording
// mark, local time) at the bottom, so the top of the picture, where cameras burn in their own clock
// and title, stays visible; the state text when the stream is not playing, the statistics bar, or
// the hint on an empty tile. On small tiles (an 8×8 wall) a long name takes two lines, elided in
// the middle past that, so look-alike names stay apart, and the clock's room goes to the name: only
// the window's first tile keeps a clock. Owns the bar's cached image, redrawn only when what it shows changes
// (the clock: once a second). One per tile; used by both the CPU and the GPU paint paths. GUI thread only.
#include "core/camera/Camera.h"
#include "core/media/StreamStatus.h"

#include <QCoreApplication>
#include <QFont>
#include <QImage>

#include <optional>

QT_BEGIN_NAMESPACE
class QPainter;
QT_END_NAMESPACE

namespace pantau {

class TileOverlayPainter
{
    Q_DECLARE_TR_FUNCTIONS(TileOverlayPainter)
public:
    // The recording mark in the top bar, for a camera the site marks for recording.
    enum class RecordingMark { None = 0, Recording, NotRecording };

    struct Content
    {
        const Camera *camera = nullptr; // nullptr: an empty tile
        int tileIndex = -1;
        StreamStatus status;
        bool hasPicture = false;
        bool hasStream = false;           // the tile holds a lease
        std::optional<StreamStats> stats; // shown when set (and the tile holds a lease)
        StreamKind kind = StreamKind::Invalid;
        bool openGl = false; // the GPU renderer draws the picture
        RecordingMark recording = RecordingMark::None;
        QString waitingText; // said instead of "Connecting…" when set (the demo's clips in preparation)
        // Playback: a distinct border, the label, the footage's date and time in large type, the
        // way back to live, and instead of a picture the reason (no footage, the recorder's message).
        bool playback = false;
        qint64 playbackUtcMs = -1; // the picture's time; -1: none
        QString playbackMessage;   // empty while footage shows
    };
    // What the tile says over its picture's middle; empty while it plays.
    static QString stateText(const Content &content);

    // Where the name bar's parts go on a tile: `bar` in the tile's coordinates, the others in the
    // bar's own. Tests read the painted pixels there.
    struct BarLayout
    {
        QRect bar;
        QRect name;
        QRect clock; // empty: no clock on this tile
        QRect mark;  // the recording mark; empty without one
        QFont font;
    };
    static constexpr int kClockMinTileWidthPx = 400; // narrower tiles leave the clock to the first tile
    // A name too long for one line gets a bar of two lines on a small tile.
    static BarLayout barLayout(const QRect &tile, QFont font, int tileIndex, RecordingMark recording,
                               const QString &name = {});
    // The name as the bar shows it: whole when it fits, else on two lines at word breaks when the
    // bar has room for them, and elided in the middle only past that.
    static QString shownName(const QString &name, const QFontMetrics &metrics, const QRect &nameRect);

    // Paints over `rect` with `font` sized for the tile; leaves the painter's font set.
    void paint(QPainter &p, const QRect &rect, QFont font, qreal devicePixelRatio, const Content &content);
    // The "LIVE" button of a tile in playback (one click back to live), for a tile of this rect.
    static QRect liveButtonRect(const QRect &tileRect);
    // The label, the button and the text of a tile in playback without footage.
    static QString playbackLabel() { return tr("RECORDED"); }
    static QString liveLabel() { return tr("LIVE"); }
    static QString noFootageText() { return tr("No footage"); }
    // What a tile of this camera says when it holds no stream: an invalid camera's reason.
    static QString unavailableText(const Camera &camera);
    // The border of a tile whose camera has an alarm (drawn every other half second).
    static void paintAlarmBorder(QPainter &p, const QRect &rect);
    // The camera's name may have changed: redraw the bar at the next paint.
    void invalidate() { m_barCache = QImage(); }

private:
    struct BarKey
    {
        QString clock; // empty on a tile without a clock: its bar is not redrawn every second
        QRgb stateRgb = 0;
        QSize size;
        int fontPx = 0;
        qreal devicePixelRatio = 1;
        RecordingMark recording = RecordingMark::None;
        friend bool operator==(const BarKey &, const BarKey &) = default;
    };
    static const QString &clockText();
    void renderBar(const BarKey &key, const BarLayout &layout, const Camera *camera);
    void renderBar(const BarKey &key, const QFont &font, const Camera *camera);
    void paintPlayback(QPainter &p, const QRect &r, int barH, const Content &c);
    QString statsLine(const StreamStats &stats, StreamKind kind, bool openGl) const;

    // The name bar as last drawn, and what it showed.
    QImage m_barCache;
    BarKey m_barKey;
};

} // namespace pantau
