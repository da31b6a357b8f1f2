#pragma once
// Paints a wall tile's overlay over its picture: the top bar (state dot, camera name, recording
// mark, local time), the state text when the stream is not playing, the statistics bar, or the hint on an
// empty tile. Owns the top bar's cached image, redrawn only when what it shows changes (the clock:
// once a second). One per tile; used by both the CPU and the GPU paint paths. GUI thread only.
#include "core/camera/Camera.h"
#include "core/media/StreamStatus.h"

#include <QCoreApplication>
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
        // Playback: a distinct border, the label, the footage's date and time in large type, the
        // way back to live, and instead of a picture the reason (no footage, the recorder's message).
        bool playback = false;
        qint64 playbackUtcMs = -1; // the picture's time; -1: none
        QString playbackMessage;   // empty while footage shows
    };

    // Paints over `rect` with `font` sized for the tile; leaves the painter's font set.
    void paint(QPainter &p, const QRect &rect, QFont font, qreal devicePixelRatio, const Content &content);
    // Where the recording mark is drawn in a top bar of this size (tests read its pixels).
    static QRect recordingMarkRect(const QSize &barSize);
    // The "LIVE" button of a tile in playback (one click back to live), for a tile of this rect.
    static QRect liveButtonRect(const QRect &tileRect);
    // The label, the button and the text of a tile in playback without footage.
    static QString playbackLabel() { return tr("RECORDED"); }
    static QString liveLabel() { return tr("LIVE"); }
    static QString noFootageText() { return tr("No footage"); }
    // What a tile of this camera says when it holds no stream: an invalid camera's reason.
    static QString unavailableText(const Camera &camera);
    // The camera's name may have changed: redraw the bar at the next paint.
    void invalidate() { m_barCache = QImage(); }

private:
    struct BarKey
    {
        QString clock;
        QRgb stateRgb = 0;
        QSize size;
        int fontPx = 0;
        qreal devicePixelRatio = 1;
        RecordingMark recording = RecordingMark::None;
        friend bool operator==(const BarKey &, const BarKey &) = default;
    };
    static const QString &clockText();
    void renderBar(const BarKey &key, const QFont &font, const Camera *camera);
    void paintPlayback(QPainter &p, const QRect &r, int barH, const Content &c);
    QString statsLine(const StreamStats &stats, StreamKind kind, bool openGl) const;

    // The top bar as last drawn, and what it showed.
    QImage m_barCache;
    BarKey m_barKey;
};

} // namespace pantau
