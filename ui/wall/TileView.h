#pragma once
// One tile of the video wall: the widget. Paints the newest frame of its camera (on the CPU, or
// through its GPU surface) under the overlay TileOverlayPainter draws, routes mouse, wheel and
// keys to the PTZ joystick of a selected PTZ tile, starts and takes drags (DragPayload) of cameras
// and tiles, and builds the context menu. TileStream owns the stream leases (sub or main by the
// tile's height; hidden: none). Owns its TileStream, overlay painter, GPU surface and joystick.
// GUI thread only.
#include "core/camera/Camera.h"
#include "core/media/StreamPool.h"
#include "core/recording/RecorderStatusClient.h"
#include "ui/wall/TileOverlayPainter.h"
#include "ui/wall/TileStream.h"
#include "ui/wall/WallContext.h"

#include <QImage>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <functional>
#include <memory>

class QMenu;

namespace pantau {

class GlVideoSurface;
namespace media {
class FrameConverter;
}
class PtzJoystick;
namespace ptz {
class PtzController;
}
namespace events {
class Alarm;
}
namespace playback {
class PlaybackSession;
}

class TileView : public QWidget
{
    Q_OBJECT
public:
    // Uses the context's pool and settings (statistics and the sub-stream threshold follow them).
    TileView(const WallContext &context, QString wallUid, QWidget *parent = nullptr);
    ~TileView() override;

    void setTileIndex(int index) { m_index = index; }
    int tileIndex() const { return m_index; }
    // nullopt: an empty tile.
    void setCamera(const std::optional<Camera> &camera);
    QString cameraId() const { return m_camera ? m_camera->id : QString(); }
    void setShowStats(bool show); // this tile only, until the setting changes (its own menu)
    void setSelected(bool selected);
    // PTZ: the selected tile of a PTZ camera gets the camera's controller (nullptr: none).
    void setPtzController(ptz::PtzController *controller);
    PtzJoystick *ptzJoystick() const { return m_joystick; }
    std::optional<Camera> camera() const { return m_camera; }

    // For tests and the benchmark.
    StreamPipeline *activePipeline() const;
    StreamKind activeKind() const;
    quint64 framesPainted() const { return m_framesPainted; }
    GlVideoSurface *gpuSurface() const { return m_surface; } // nullptr: the CPU renderer paints
    // The mark in the name bar: recording, should record but does not, or none (no plan).
    TileOverlayPainter::RecordingMark recordingMark() const;
    // Its camera has an alarm (WallContext::alarm): the border flashes.
    bool isFlashing() const { return m_flashing; }
    // Drops the GPU surface: YUV frames are then converted on the GUI thread. Called when OpenGL
    // fails on this tile; public for the tests.
    void useCpuRenderer();
    quint64 blackFramesPainted() const { return m_blackFramesPainted; }
    // What the window adds to the tile's context menu (the layout menu); set by WallView.
    using MenuFiller = std::function<void(QMenu *menu)>;
    void setWindowMenu(MenuFiller filler) { m_windowMenu = std::move(filler); }
    // The tile's context menu as right-click shows it (tests read it without opening it).
    void fillContextMenu(QMenu *menu);
    // What the overlay says instead of a picture when the tile holds no stream.
    QString unavailableText() const;
    // Playback: the window's session (nullptr: live only). While it is in playback the tile shows
    // its camera's recorded picture and holds no live stream; a click on "LIVE" or the L key asks
    // the session to go live. WallView gives a tile played back on its own a session of its own.
    void setPlaybackSession(playback::PlaybackSession *session);
    playback::PlaybackSession *playbackSession() const;
    bool isPlayback() const;
    // What a tile in playback says instead of a picture ("No footage", a recorder's message);
    // empty while footage shows or live.
    QString playbackText() const;
    // Called after a new frame was painted (benchmarks measure latency through it).
    using PaintObserver = std::function<void(const TileView &tile, const VideoFrame &frame)>;
    void setPaintObserver(PaintObserver observer) { m_paintObserver = std::move(observer); }

Q_SIGNALS:
    void clicked(int tileIndex);
    void fullScreenRequested(int tileIndex);
    void cameraDropped(int tileIndex, const QString &cameraId);
    void tileDropped(const QString &fromWallUid, int fromTileIndex, int toTileIndex, const QString &cameraId);
    void clearRequested(int tileIndex);
    // "Play back this tile" (its menu or the P key): this tile alone to playback, on its own clock.
    void playbackRequested(int tileIndex);

protected:
    void paintEvent(QPaintEvent *) override;
    void showEvent(QShowEvent *) override;
    void hideEvent(QHideEvent *) override;
    void resizeEvent(QResizeEvent *) override;
    void mousePressEvent(QMouseEvent *) override;
    void mouseMoveEvent(QMouseEvent *) override;
    void mouseDoubleClickEvent(QMouseEvent *) override;
    void mouseReleaseEvent(QMouseEvent *) override;
    void wheelEvent(QWheelEvent *) override;
    void keyPressEvent(QKeyEvent *) override;
    void keyReleaseEvent(QKeyEvent *) override;
    void focusOutEvent(QFocusEvent *) override;
    bool event(QEvent *) override;
    void dragEnterEvent(QDragEnterEvent *) override;
    void dragLeaveEvent(QDragLeaveEvent *) override;
    void dropEvent(QDropEvent *) override;
    void contextMenuEvent(QContextMenuEvent *) override;

private:
    int subStreamMaxHeightPx() const;
    void updateLeases();
    void releaseLeases();
    QSize paintSizePx() const;
    struct FrameToPaint
    {
        StreamStatus status;
        VideoFrame frame;
        bool showPicture = false;
        QRect target; // where the picture goes, in widget coordinates
    };
    FrameToPaint frameToPaint() const;
    void paintTile(QPainter &p, const FrameToPaint &f); // everything but a YUV picture
    void paintSurface();                                // the GPU surface's paintGL()
    // m_overlay's bars and text, then the PTZ joystick and the selection / drop frame.
    void paintOverlay(QPainter &p, const StreamStatus &status, bool hasPicture);

    void onPlaybackStateChanged();
    QPointer<playback::PlaybackSession> m_playback;
    bool m_wasPlayback = false;
    Settings *m_settings;                                 // nullptr: no statistics, the main stream always
    QPointer<recording::RecorderStatusClient> m_recorder; // nullptr: no recording mark
    std::function<QString(const QString &cameraId)> m_waitingText;             // WallContext::waitingText
    std::function<void(const QString &cameraId, QWidget *parent)> m_editZones; // WallContext::editZones
    QString m_wallUid;
    int m_index = -1;
    std::optional<Camera> m_camera;
    TileStream m_stream; // the leases: what we paint, and the other stream while switching
    bool m_showStats = false;
    bool m_selected = false;
    bool m_dropHover = false;
    QPoint m_pressPos;
    bool m_wasSelectedAtPress = false;
    bool m_ptzGesture = false;
    QTimer m_centreClick;            // a click on a PTZ tile, unless it turns out to be a double-click
    QPointer<events::Alarm> m_alarm; // nullptr: no flashing
    bool m_flashing = false;
    bool m_flashOn = false;
    QTimer m_flash; // toggles m_flashOn while flashing
    void updateFlashing();
    QPointF m_centreClickPos;
    PtzJoystick *m_joystick = nullptr;   // owned (child), only while a PTZ controller is set
    GlVideoSurface *m_surface = nullptr; // owned (child): the GPU renderer, when the pool delivers YUV
    std::unique_ptr<media::FrameConverter> m_yuvConverter; // YUV frames without a GPU surface
    QImage m_yuvConverted;                                 // its last picture, and which frame
    quint64 m_yuvConvertedSequence = 0;
    quint64 m_framesPainted = 0;
    quint64 m_blackFramesPainted = 0;
    quint64 m_lastSequence = 0;
    PaintObserver m_paintObserver;
    MenuFiller m_windowMenu;
    TileOverlayPainter m_overlay;
};

} // namespace pantau
