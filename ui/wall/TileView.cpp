#include "ui/wall/TileView.h"

#include "core/media/FrameConverter.h"
#include "core/settings/Settings.h"
#include "ui/ptz/PtzJoystick.h"
#include "ui/wall/GlVideoSurface.h"

#include "core/Log.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QDateTime>
#include <QDrag>
#include <QMenu>
#include <QMimeData>
#include <QPainter>
#include <QTime>

namespace pantau {

namespace {
QColor stateColour(StreamState s)
{
    switch (s) {
    case StreamState::Playing:
        return QColor(60, 200, 90);
    case StreamState::Connecting:
    case StreamState::Reconnecting:
        return QColor(240, 180, 40);
    case StreamState::AuthFailed:
    case StreamState::Offline:
    case StreamState::Error:
        return QColor(230, 70, 60);
    case StreamState::Invalid:
        break;
    }
    return QColor(140, 140, 140);
}
} // namespace

TileView::TileView(const WallContext &context, QString wallUid, QWidget *parent)
    : QWidget(parent), m_pool(context.pool), m_settings(context.settings), m_wallUid(std::move(wallUid))
{
    if (m_settings) {
        m_showStats = m_settings->showStats();
        connect(m_settings, &Settings::showStatsChanged, this, &TileView::setShowStats);
        connect(m_settings, &Settings::subStreamMaxHeightPxChanged, this, &TileView::updateLeases);
    }
    setAcceptDrops(true);
    setAttribute(Qt::WA_OpaquePaintEvent); // we paint every pixel; Qt needn't clear first
    setFocusPolicy(Qt::ClickFocus);
    setMinimumSize(32, 18);
    if (m_pool && m_pool->settings().yuvFrames) {
        // The pool hands over YUV planes: the GPU renderer covers the tile and paints it all.
        m_surface = new GlVideoSurface([this] { paintSurface(); }, this);
        m_surface->setGeometry(rect());
        connect(m_surface, &GlVideoSurface::failed, this, [this] {
            qCWarning(lcUi) << "tile" << m_index << "paints on the CPU: OpenGL failed";
            useCpuRenderer();
        });
    }
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
    m_barCache = QImage(); // the name may have changed
    if (!sameStream) {
        releaseLeases();
        updateLeases();
    }
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
    return m_lease ? m_lease->pipeline() : nullptr;
}

StreamKind TileView::activeKind() const
{
    return m_lease ? m_lease->kind() : StreamKind::Invalid;
}

QSize TileView::paintSizePx() const
{
    return size() * devicePixelRatioF();
}

int TileView::subStreamMaxHeightPx() const
{
    return m_settings ? m_settings->subStreamMaxHeightPx() : 0; // 0: the main stream always
}

StreamKind TileView::wantedKind() const
{
    return paintSizePx().height() <= subStreamMaxHeightPx() ? StreamKind::Sub : StreamKind::Main;
}

void TileView::watch(StreamLease *lease, bool pending)
{
    auto &list = pending ? m_pendingConnections : m_connections;
    for (const auto &c : list)
        disconnect(c);
    list.clear();
    if (!lease)
        return;
    StreamPipeline *p = lease->pipeline();
    if (pending) {
        list << connect(p, &StreamPipeline::frameAvailable, this, &TileView::onPendingFrame);
    } else {
        // A new frame repaints only the GPU surface when there is one: dirtying the tile itself
        // would upload its backing store to the window's compositor for every frame.
        list << connect(p, &StreamPipeline::frameAvailable, this,
                        [this] { m_surface ? m_surface->update() : update(); });
        list << connect(p, &StreamPipeline::statusChanged, this, qOverload<>(&QWidget::update));
    }
}

// Acquire (or re-target) leases for the camera at the tile's current size. Called when shown,
// resized, or given another camera.
void TileView::updateLeases()
{
    if (!m_camera || !isVisible() || !m_pool) {
        releaseLeases();
        return;
    }
    const StreamKind wanted = wantedKind();
    const bool haveWanted = m_lease && (m_lease->kind() == wanted || !m_camera->hasSubStream());
    if (!m_lease) {
        m_lease = m_pool->acquire(m_camera->id, wanted);
        watch(m_lease.get(), false);
    } else if (!haveWanted && (!m_pending || m_pending->kind() != wanted)) {
        // Keep painting the current stream; switch once the other one has a picture.
        m_pending = m_pool->acquire(m_camera->id, wanted);
        watch(m_pending.get(), true);
        onPendingFrame();
    } else if (haveWanted && m_pending) {
        watch(nullptr, true);
        m_pending.reset();
    }
    if (m_lease)
        m_lease->setTargetSize(paintSizePx());
    if (m_pending)
        m_pending->setTargetSize(paintSizePx());
}

void TileView::onPendingFrame()
{
    if (!m_pending || m_pending->pipeline()->latestFrame().isNull())
        return;
    watch(nullptr, true);
    watch(nullptr, false);
    m_lease = std::move(m_pending);
    watch(m_lease.get(), false);
    qCDebug(lcUi) << "tile" << m_index << "switched to"
                  << (m_lease->kind() == StreamKind::Sub ? "sub" : "main");
    update();
}

void TileView::releaseLeases()
{
    watch(nullptr, false);
    watch(nullptr, true);
    m_pending.reset();
    m_lease.reset();
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
    if (m_lease) {
        f.status = m_lease->pipeline()->status();
        f.frame = m_lease->pipeline()->latestFrame();
    }
    // A picture is shown while live and during a short reconnect; a camera that is offline or
    // refuses us shows its state, not a frozen picture that looks live.
    f.showPicture = !f.frame.isNull() &&
                    (f.status.state == StreamState::Playing || f.status.state == StreamState::Reconnecting ||
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
    m_surface = nullptr;
    watch(m_lease.get(), false); // frames repaint the tile itself now
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

const QString &TileView::clockText()
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

void TileView::renderBar(const BarKey &key, const QFont &font)
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
    const QRect nameRect = bar.adjusted(dot * 2, 0, showClock ? -timeW : -4, 0);
    if (m_camera)
        p.drawText(nameRect, Qt::AlignVCenter | Qt::AlignLeft,
                   metrics.elidedText(m_camera->name, Qt::ElideRight, nameRect.width()));
    if (showClock)
        p.drawText(bar.adjusted(0, 0, -6, 0), Qt::AlignVCenter | Qt::AlignRight, key.clock);
}

void TileView::paintOverlay(QPainter &p, const StreamStatus &status, bool hasPicture)
{
    const QRect r = rect();
    QFont f = font();
    const int barH = std::clamp(r.height() / 12, 16, 28);
    f.setPixelSize(std::max(10, barH * 11 / 20));
    p.setFont(f);

    if (!m_camera) {
        p.setPen(QColor(120, 126, 134));
        p.drawText(r.adjusted(6, 6, -6, -6), Qt::AlignCenter | Qt::TextWordWrap,
                   tr("Tile %1\nDrag a camera here").arg(m_index + 1));
    } else {
        // Top bar: state dot, camera name, local time. Drawn into a cached image when one of
        // them changes (the clock: once a second) and blended at the frame rate: shaping its text
        // 25 times a second per tile showed in 13 % of the GUI thread's perf samples.
        const QRect bar(r.left(), r.top(), r.width(), barH);
        const BarKey key{clockText(), stateColour(status.state).rgb(), bar.size(), f.pixelSize(),
                         devicePixelRatioF()};
        if (!(key == m_barKey) || m_barCache.isNull())
            renderBar(key, f);
        p.drawImage(bar.topLeft(), m_barCache);

        if (status.state != StreamState::Playing) {
            if (hasPicture)
                p.fillRect(r.adjusted(0, barH, 0, 0), QColor(0, 0, 0, 110));
            p.setPen(stateColour(status.state).lighter(130));
            const QString text = m_lease ? status.text() : tr("Not available");
            p.drawText(r.adjusted(8, barH, -8, -4), Qt::AlignCenter | Qt::TextWordWrap, text);
        }
        if (m_showStats && m_lease) {
            const StreamStats st = m_lease->pipeline()->stats();
            const QString kind = m_lease->kind() == StreamKind::Sub ? tr("sub") : tr("main");
            const QString size =
                st.sourceSize.isValid()
                    ? QStringLiteral("%1×%2").arg(st.sourceSize.width()).arg(st.sourceSize.height())
                    : QStringLiteral("–");
            QString line = tr("%1 fps · %2 %3 · %4 · dropped %5")
                               .arg(st.fps, 0, 'f', 1)
                               .arg(size, kind,
                                    st.decoder.isEmpty() ? QStringLiteral("–")
                                    : st.hardwareDecoder ? tr("%1 (hardware)").arg(st.decoder)
                                                         : st.decoder)
                               .arg(st.framesDropped);
            if (m_surface)
                line += QStringLiteral(" · OpenGL"); // drawn by the GPU renderer (a name, like the decoder's)
            const QRect sbar(r.left(), r.bottom() - barH + 1, r.width(), barH);
            p.fillRect(sbar, QColor(0, 0, 0, 140));
            p.setPen(QColor(200, 230, 255));
            p.drawText(sbar.adjusted(6, 0, -6, 0), Qt::AlignVCenter | Qt::AlignLeft,
                       p.fontMetrics().elidedText(line, Qt::ElideRight, sbar.width() - 12));
        }
    }
    if (m_selected && m_joystick)
        m_joystick->paint(p, QRectF(r));
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
    auto *mime = new QMimeData;
    mime->setData(kTileMime,
                  QStringLiteral("%1\n%2\n%3").arg(m_wallUid).arg(m_index).arg(m_camera->id).toUtf8());
    mime->setData(kCameraMime, m_camera->id.toUtf8());
    auto *drag = new QDrag(this);
    drag->setMimeData(mime);
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
    if (e->mimeData()->hasFormat(kCameraMime) || e->mimeData()->hasFormat(kTileMime)) {
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
    const QMimeData *mime = e->mimeData();
    if (mime->hasFormat(kTileMime)) {
        const QStringList parts = QString::fromUtf8(mime->data(kTileMime)).split('\n');
        if (parts.size() == 3) {
            Q_EMIT tileDropped(parts[0], parts[1].toInt(), m_index, parts[2]);
            e->acceptProposedAction();
        }
    } else if (mime->hasFormat(kCameraMime)) {
        const QString id = QString::fromUtf8(mime->data(kCameraMime)).section('\n', 0, 0);
        Q_EMIT cameraDropped(m_index, id);
        e->acceptProposedAction();
    }
}

void TileView::contextMenuEvent(QContextMenuEvent *e)
{
    QMenu menu(this);
    menu.addAction(tr("Full screen"), this, [this] { Q_EMIT fullScreenRequested(m_index); });
    QAction *stats = menu.addAction(tr("Show statistics"), this, [this](bool on) { setShowStats(on); });
    stats->setCheckable(true);
    stats->setChecked(m_showStats);
    if (m_camera)
        menu.addAction(tr("Remove camera from tile"), this, [this] { Q_EMIT clearRequested(m_index); });
    menu.exec(e->globalPos());
}

} // namespace pantau
