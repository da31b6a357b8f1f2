#include "ui/wall/TileView.h"

#include "core/events/Alarm.h"
#include "core/playback/PlaybackSession.h"

#include "core/media/FrameConverter.h"
#include "core/recording/RecorderStatusClient.h"
#include "core/settings/Settings.h"
#include "ui/common/DragPayload.h"
#include "ui/ptz/PtzJoystick.h"
#include "ui/wall/GlVideoSurface.h"

#include "core/Log.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QDrag>
#include <QMenu>
#include <QPainter>

namespace pantau {

TileView::TileView(const WallContext &context, QString wallUid, QWidget *parent)
    : QWidget(parent), m_settings(context.settings), m_recorder(context.recorder),
      m_waitingText(context.waitingText), m_editZones(context.editZones), m_wallUid(std::move(wallUid)),
      m_stream(context.pool)
{
    m_alarm = context.alarm;
    if (m_alarm) { // an alarm on this tile's camera: the border flashes
        m_flash.setInterval(500);
        connect(&m_flash, &QTimer::timeout, this, [this] {
            m_flashOn = !m_flashOn;
            update();
        });
        connect(m_alarm, &events::Alarm::flashingCamerasChanged, this, &TileView::updateFlashing);
    }
    if (m_recorder) // a camera starts or stops recording: its mark follows
        connect(m_recorder, &recording::RecorderStatusClient::changed, this, qOverload<>(&QWidget::update));
    if (m_settings) {
        m_showStats = m_settings->showStats();
        connect(m_settings, &Settings::showStatsChanged, this, &TileView::setShowStats);
        connect(m_settings, &Settings::subStreamMaxHeightPxChanged, this, &TileView::updateLeases);
    }
    setAcceptDrops(true);
    setAttribute(Qt::WA_OpaquePaintEvent); // we paint every pixel; Qt needn't clear first
    setFocusPolicy(Qt::ClickFocus);
    setMinimumSize(32, 18);
    if (context.pool && context.pool->settings().yuvFrames) {
        // The pool hands over YUV planes: the GPU renderer covers the tile and paints it all.
        m_surface = new GlVideoSurface([this] { paintSurface(); }, this);
        m_surface->setGeometry(rect());
        connect(m_surface, &GlVideoSurface::failed, this, [this] {
            qCWarning(lcUi) << "tile" << m_index << "paints on the CPU: OpenGL failed";
            useCpuRenderer();
        });
    }
    // A new frame repaints only the GPU surface when there is one: dirtying the tile itself would
    // upload its backing store to the window's compositor for every frame.
    connect(&m_stream, &TileStream::frameAvailable, this,
            [this] { m_surface ? m_surface->update() : update(); });
    connect(&m_stream, &TileStream::statusChanged, this, qOverload<>(&QWidget::update));
    connect(&m_stream, &TileStream::switched, this, [this] {
        qCDebug(lcUi) << "tile" << m_index << "switched to"
                      << (m_stream.activeKind() == StreamKind::Sub ? "sub" : "main");
        update();
    });
    m_centreClick.setSingleShot(true);
    connect(&m_centreClick, &QTimer::timeout, this, [this] {
        if (m_joystick)
            m_joystick->clickToCentre(m_centreClickPos, QSizeF(size()));
    });
}

TileView::~TileView()
{
    releaseLeases();
}

void TileView::setCamera(const std::optional<Camera> &camera)
{
    const bool sameStream = camera && m_camera && camera->id == m_camera->id &&
                            camera->mainStreamUrl == m_camera->mainStreamUrl &&
                            camera->subStreamUrl == m_camera->subStreamUrl &&
                            camera->enabled == m_camera->enabled;
    m_camera = camera;
    m_overlay.invalidate(); // the name may have changed
    updateFlashing();
    if (!sameStream) {
        releaseLeases();
        updateLeases();
    }
    update();
}

void TileView::updateFlashing()
{
    const bool flashing = m_alarm && m_camera && m_alarm->flashingCameras().contains(m_camera->id);
    if (flashing == m_flashing)
        return;
    m_flashing = flashing;
    m_flashOn = flashing;
    if (flashing)
        m_flash.start();
    else
        m_flash.stop();
    update();
}

void TileView::setShowStats(bool show)
{
    m_showStats = show;
    update();
}

void TileView::setSelected(bool selected)
{
    if (m_selected == selected)
        return;
    m_selected = selected;
    update();
}

StreamPipeline *TileView::activePipeline() const
{
    return m_stream.activePipeline();
}

StreamKind TileView::activeKind() const
{
    return m_stream.activeKind();
}

QSize TileView::paintSizePx() const
{
    return size() * devicePixelRatioF();
}

TileOverlayPainter::RecordingMark TileView::recordingMark() const
{
    if (!m_camera || !m_camera->recording.enabled || !m_recorder)
        return TileOverlayPainter::RecordingMark::None;
    return m_recorder->isRecording(m_camera->id) ? TileOverlayPainter::RecordingMark::Recording
                                                 : TileOverlayPainter::RecordingMark::NotRecording;
}

int TileView::subStreamMaxHeightPx() const
{
    return m_settings ? m_settings->subStreamMaxHeightPx() : 0; // 0: the main stream always
}

// Acquire (or re-target) leases for the camera at the tile's current size. Called when shown,
// resized, or given another camera.
void TileView::setPlaybackSession(playback::PlaybackSession *session)
{
    if (m_playback)
        disconnect(m_playback, nullptr, this, nullptr);
    m_playback = session;
    if (session) {
        connect(session, &playback::PlaybackControl::stateChanged, this, &TileView::onPlaybackStateChanged);
        connect(session, &playback::PlaybackSession::cameraChanged, this, [this](const QString &id) {
            if (id != cameraId())
                return;
            if (playback::PlaybackStream *s = m_playback->stream(id))
                s->setTargetSize(paintSizePx());
            m_surface ? m_surface->update() : update();
        });
    }
    onPlaybackStateChanged();
}

playback::PlaybackSession *TileView::playbackSession() const
{
    return m_playback;
}

bool TileView::isPlayback() const
{
    return m_playback && m_playback->isPlayback();
}

QString TileView::playbackText() const
{
    if (!isPlayback() || !m_camera)
        return {};
    const QString error = m_playback->errorFor(cameraId());
    if (!error.isEmpty())
        return error;
    playback::PlaybackStream *s = m_playback->stream(cameraId());
    if (!s)
        return {};
    switch (s->state()) {
    case playback::PlaybackStream::State::NoFootage:
        return TileOverlayPainter::noFootageText();
    case playback::PlaybackStream::State::Failed:
        return s->errorMessage();
    default:
        return {};
    }
}

void TileView::onPlaybackStateChanged()
{
    const bool playback = isPlayback();
    if (playback != m_wasPlayback) {
        m_wasPlayback = playback;
        // In playback the live stream is let go (nobody sees it); back live it leases again.
        if (playback)
            releaseLeases();
        else
            updateLeases();
    }
    if (playback)
        if (playback::PlaybackStream *s = m_playback->stream(cameraId()))
            s->setTargetSize(paintSizePx());
    m_overlay.invalidate();
    m_surface ? m_surface->update() : update();
}

void TileView::updateLeases()
{
    if (isPlayback()) {
        m_stream.release();
        return;
    }
    m_stream.update(m_camera, isVisible(), paintSizePx(), subStreamMaxHeightPx());
}

void TileView::releaseLeases()
{
    m_stream.release();
}

void TileView::showEvent(QShowEvent *)
{
    updateLeases();
}

void TileView::hideEvent(QHideEvent *)
{
    if (m_joystick) {
        m_ptzGesture = false;
        m_joystick->stopAll();
    }
    releaseLeases(); // nobody sees it: nobody decodes for it
}

void TileView::resizeEvent(QResizeEvent *)
{
    if (m_surface)
        m_surface->setGeometry(rect());
    updateLeases();
}

TileView::FrameToPaint TileView::frameToPaint() const
{
    FrameToPaint f;
    if (isPlayback()) {
        // Recorded footage: a picture only while the stream shows the clock's moment; in a gap
        // none ("No footage"), never a frozen one.
        playback::PlaybackStream *s = m_camera ? m_playback->stream(cameraId()) : nullptr;
        if (s && s->state() == playback::PlaybackStream::State::Showing) {
            f.frame = s->latestFrame();
            f.status.state = StreamState::Playing;
        }
        f.showPicture = !f.frame.isNull();
    } else if (StreamPipeline *pipeline = m_stream.activePipeline()) {
        f.status = pipeline->status();
        f.frame = pipeline->latestFrame();
    }
    // A picture is shown while live and during a short reconnect; a camera that is offline or
    // refuses us shows its state, not a frozen picture that looks live.
    if (!isPlayback())
        f.showPicture = !f.frame.isNull() && (f.status.state == StreamState::Playing ||
                                              f.status.state == StreamState::Reconnecting ||
                                              f.status.state == StreamState::Connecting);
    if (!f.showPicture)
        return f;
    const QRect r = rect();
    const QSize picture = f.frame.displaySize();
    QSize fitted = picture.scaled(r.size(), Qt::KeepAspectRatio);
    // The pipeline already sized a CPU picture for this tile (rounded down to even pixels): a
    // pixel or two short is shown 1:1, not smooth-scaled by a pixel for every frame.
    if (!f.frame.yuv && devicePixelRatioF() == 1.0 && fitted.width() - picture.width() <= 2 &&
        fitted.height() - picture.height() <= 2 && picture.width() <= r.width() &&
        picture.height() <= r.height())
        fitted = picture;
    f.target = QRect(r.x() + (r.width() - fitted.width()) / 2, r.y() + (r.height() - fitted.height()) / 2,
                     fitted.width(), fitted.height());
    return f;
}

void TileView::paintEvent(QPaintEvent *)
{
    if (m_surface) {
        m_surface->update(); // the GPU surface covers the tile and paints all of it
        return;
    }
    QPainter p(this);
    FrameToPaint f = frameToPaint();
    if (f.showPicture && f.frame.image.isNull() && f.frame.yuv) {
        // YUV planes but no GPU surface (OpenGL failed on this tile): convert here, at the size
        // the picture is shown, once per frame (an overlay repaint reuses the conversion).
        const QSize out = f.target.size() * devicePixelRatioF();
        if (m_yuvConvertedSequence != f.frame.sequence || m_yuvConverted.size() != out) {
            if (!m_yuvConverter)
                m_yuvConverter = std::make_unique<media::FrameConverter>();
            m_yuvConverted = m_yuvConverter->convert(f.frame.yuv->videoFrame(), out);
            m_yuvConverted.setDevicePixelRatio(devicePixelRatioF());
            m_yuvConvertedSequence = f.frame.sequence;
        }
        f.frame.image = m_yuvConverted;
        f.frame.yuv.reset();
        if (f.frame.image.isNull())
            f.showPicture = false;
    }
    paintTile(p, f);
}

void TileView::useCpuRenderer()
{
    if (!m_surface)
        return;
    m_surface->hide();
    m_surface->deleteLater();
    m_surface = nullptr; // frames repaint the tile itself now
    update();
}

void TileView::paintSurface()
{
    // Called by m_surface's paintGL(): the picture in OpenGL first, then bars and overlay.
    FrameToPaint f = frameToPaint();
    if (f.showPicture && f.frame.yuv) {
        const qreal dpr = devicePixelRatioF();
        const QRect targetPx(QPoint(qRound(f.target.x() * dpr), qRound(f.target.y() * dpr)),
                             (QSizeF(f.target.size()) * dpr).toSize());
        if (!m_surface->drawPicture(f.frame.yuv, targetPx))
            f.showPicture = false;
    }
    QPainter p(m_surface);
    paintTile(p, f);
}

void TileView::paintTile(QPainter &p, const FrameToPaint &f)
{
    const QRect r = rect();
    if (f.showPicture) {
        // Letterbox bars only; the picture covers the rest.
        if (f.target != r) {
            QRegion bars(r);
            bars -= f.target;
            for (const QRect &b : bars)
                p.fillRect(b, Qt::black);
        }
        const QImage &image = f.frame.image;
        if (f.frame.yuv) {
            // Drawn by the GPU surface already.
        } else if (devicePixelRatioF() == 1.0 && f.target.size() == image.size())
            p.drawImage(f.target.topLeft(), image); // 1:1 blit, the common case
        else {
            p.setRenderHint(QPainter::SmoothPixmapTransform, image.width() < f.target.width() * 2);
            p.drawImage(f.target, image);
        }
        if (f.frame.sequence != m_lastSequence) {
            m_lastSequence = f.frame.sequence;
            ++m_framesPainted;
            if (m_paintObserver)
                m_paintObserver(*this, f.frame);
        }
    } else {
        p.fillRect(r, QColor(18, 20, 24));
        if (m_camera && f.status.state == StreamState::Playing)
            ++m_blackFramesPainted; // must never happen: counted for the seamless-switch tests
    }
    paintOverlay(p, f.status, f.showPicture);
}

void TileView::paintOverlay(QPainter &p, const StreamStatus &status, bool hasPicture)
{
    const QRect r = rect();
    TileOverlayPainter::Content content;
    content.camera = m_camera ? &*m_camera : nullptr;
    content.tileIndex = m_index;
    content.status = status;
    content.hasPicture = hasPicture;
    if (StreamLease *lease = m_stream.lease()) {
        content.hasStream = true;
        content.kind = lease->kind();
        if (m_showStats)
            content.stats = lease->pipeline()->stats();
    }
    content.openGl = m_surface != nullptr;
    content.recording = recordingMark();
    if (m_waitingText && m_camera && status.state == StreamState::Connecting)
        content.waitingText = m_waitingText(m_camera->id);
    if (isPlayback() && m_camera) {
        content.playback = true;
        playback::PlaybackStream *s = m_playback->stream(cameraId());
        content.playbackUtcMs = s && hasPicture ? s->frameUtcMs() : m_playback->positionUtcMs();
        content.playbackMessage = playbackText();
    }
    m_overlay.paint(p, r, font(), devicePixelRatioF(), content);
    if (m_selected && m_joystick)
        m_joystick->paint(p, QRectF(r));
    if (m_flashing && m_flashOn)
        TileOverlayPainter::paintAlarmBorder(p, r);
    if (m_selected || m_dropHover) {
        p.setPen(QPen(m_dropHover ? QColor(80, 170, 255) : QColor(255, 200, 60), 2));
        p.setBrush(Qt::NoBrush);
        p.drawRect(r.adjusted(1, 1, -1, -1));
    }
}

void TileView::setPtzController(ptz::PtzController *controller)
{
    if (!controller) {
        m_ptzGesture = false;
        m_centreClick.stop();
        if (m_joystick) {
            m_joystick->stopAll();
            m_joystick->deleteLater();
            m_joystick = nullptr;
            update();
        }
        return;
    }
    if (!m_joystick) {
        m_joystick = new PtzJoystick(this);
        connect(m_joystick, &PtzJoystick::changed, this, qOverload<>(&QWidget::update));
    }
    m_joystick->setController(controller);
    update();
}

void TileView::mousePressEvent(QMouseEvent *e)
{
    if (e->button() == Qt::LeftButton && isPlayback() &&
        TileOverlayPainter::liveButtonRect(rect()).contains(e->position().toPoint())) {
        m_playback->goLive(); // one click back to live
        return;
    }
    if (e->button() == Qt::LeftButton) {
        m_pressPos = e->position().toPoint();
        m_wasSelectedAtPress = m_selected;
        // The selected PTZ tile: a press near the centre is the joystick, not a tile drag.
        m_ptzGesture = m_selected && m_joystick && m_joystick->press(e->position(), QSizeF(size()));
        Q_EMIT clicked(m_index);
        if (m_ptzGesture)
            return;
    }
    QWidget::mousePressEvent(e);
}

void TileView::mouseReleaseEvent(QMouseEvent *e)
{
    if (e->button() == Qt::LeftButton) {
        if (m_ptzGesture) {
            m_ptzGesture = false;
            if (m_joystick)
                m_joystick->release();
            return;
        }
        // Click to centre waits out the double-click time: a double-click means full screen.
        if (m_joystick && m_wasSelectedAtPress &&
            (e->position().toPoint() - m_pressPos).manhattanLength() < QApplication::startDragDistance()) {
            m_centreClickPos = e->position();
            m_centreClick.start(QApplication::doubleClickInterval());
        }
    }
    QWidget::mouseReleaseEvent(e);
}

void TileView::wheelEvent(QWheelEvent *e)
{
    if (m_joystick && m_selected) {
        m_joystick->wheel(e->angleDelta().y());
        e->accept();
        return;
    }
    QWidget::wheelEvent(e);
}

void TileView::keyPressEvent(QKeyEvent *e)
{
    if (isPlayback() && e->key() == Qt::Key_L && e->modifiers() == Qt::NoModifier) {
        m_playback->goLive();
        return;
    }
    if (e->key() == Qt::Key_P && e->modifiers() == Qt::NoModifier && m_camera && m_index >= 0) {
        Q_EMIT playbackRequested(m_index);
        return;
    }
    if (m_joystick && m_joystick->keyPress(e))
        return;
    QWidget::keyPressEvent(e);
}

void TileView::keyReleaseEvent(QKeyEvent *e)
{
    if (m_joystick && m_joystick->keyRelease(e))
        return;
    QWidget::keyReleaseEvent(e);
}

void TileView::focusOutEvent(QFocusEvent *e)
{
    if (m_joystick) { // a stop always follows a move
        m_ptzGesture = false;
        m_joystick->stopAll();
    }
    QWidget::focusOutEvent(e);
}

bool TileView::event(QEvent *e)
{
    if (e->type() == QEvent::WindowDeactivate && m_joystick) {
        m_ptzGesture = false;
        m_joystick->stopAll();
    }
    return QWidget::event(e);
}

void TileView::mouseMoveEvent(QMouseEvent *e)
{
    if (m_ptzGesture) {
        if (m_joystick)
            m_joystick->move(e->position());
        return;
    }
    if (!(e->buttons() & Qt::LeftButton) || !m_camera ||
        (e->position().toPoint() - m_pressPos).manhattanLength() < QApplication::startDragDistance())
        return;
    auto *drag = new QDrag(this);
    drag->setMimeData(DragPayload::tile(m_wallUid, m_index, m_camera->id).toMimeData());
    drag->setPixmap(grab().scaled(160, 90, Qt::KeepAspectRatio, Qt::SmoothTransformation));
    drag->exec(Qt::MoveAction | Qt::CopyAction, Qt::MoveAction);
}

void TileView::mouseDoubleClickEvent(QMouseEvent *e)
{
    m_centreClick.stop();
    if (e->button() == Qt::LeftButton)
        Q_EMIT fullScreenRequested(m_index);
}

void TileView::dragEnterEvent(QDragEnterEvent *e)
{
    if (DragPayload::canDecode(e->mimeData())) {
        e->acceptProposedAction();
        m_dropHover = true;
        update();
    }
}

void TileView::dragLeaveEvent(QDragLeaveEvent *)
{
    m_dropHover = false;
    update();
}

void TileView::dropEvent(QDropEvent *e)
{
    m_dropHover = false;
    update();
    const std::optional<DragPayload> payload = DragPayload::fromMimeData(e->mimeData());
    if (!payload)
        return;
    if (payload->fromTile)
        Q_EMIT tileDropped(payload->fromWallUid, payload->fromTileIndex, m_index, payload->firstCameraId());
    else
        Q_EMIT cameraDropped(m_index, payload->firstCameraId());
    e->acceptProposedAction();
}

QString TileView::unavailableText() const
{
    return m_camera ? TileOverlayPainter::unavailableText(*m_camera) : QString();
}

void TileView::fillContextMenu(QMenu *menu)
{
    menu->addAction(tr("Full screen"), this, [this] { Q_EMIT fullScreenRequested(m_index); });
    QAction *stats = menu->addAction(tr("Show statistics"), this, [this](bool on) { setShowStats(on); });
    stats->setCheckable(true);
    stats->setChecked(m_showStats);
    if (m_camera && m_index >= 0)
        menu->addAction(tr("Remove camera from tile"), this, [this] { Q_EMIT clearRequested(m_index); });
    if (m_camera && m_index >= 0) {
        QAction *own =
            menu->addAction(tr("Play back this tile"), this, [this] { Q_EMIT playbackRequested(m_index); });
        own->setShortcut(QKeySequence(Qt::Key_P));
    }
    if (m_camera && m_editZones) {
        const QString cameraId = m_camera->id;
        menu->addAction(tr("Motion zones…"), this, [this, cameraId] { m_editZones(cameraId, this); });
    }
    if (m_windowMenu) { // the layout menu, as on the gaps between tiles
        menu->addSeparator();
        m_windowMenu(menu);
    }
}

void TileView::contextMenuEvent(QContextMenuEvent *e)
{
    QMenu menu(this);
    fillContextMenu(&menu);
    menu.exec(e->globalPos());
}

} // namespace pantau
