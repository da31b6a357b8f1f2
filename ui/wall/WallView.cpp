#include "ui/wall/WallView.h"

#include "core/playback/PlaybackSession.h"

#include "core/ptz/GamepadInput.h"
#include "core/ptz/PtzService.h"
#include "core/settings/Settings.h"
#include "ui/ptz/PtzJoystick.h"
#include "ui/ptz/PtzPanel.h"

#include "core/Log.h"

#include <QDateTime>
#include <QKeyEvent>

namespace pantau {

WallView::WallView(const WallContext &context, QWidget *parent)
    : QWidget(parent), m_context(context), m_uid(QString::number(quintptr(this), 16)),
      m_workingCopies(new LayoutWorkingCopies(context.store, this)),
      m_playback(new playback::PlaybackSession(context.archive, this))
{
    SiteStore *store = m_context.store;
    m_showStats = m_context.settings && m_context.settings->showStats();
    if (m_context.settings) // the tiles follow it themselves; new tiles start from it
        connect(m_context.settings, &Settings::showStatsChanged, this, [this](bool on) { m_showStats = on; });
    setAutoFillBackground(true);
    QPalette pal = palette();
    pal.setColor(QPalette::Window, QColor(8, 9, 11));
    setPalette(pal);
    setFocusPolicy(Qt::StrongFocus);
    // The working copy changed (an edit, undo, a save) or the saved layout under it.
    connect(m_workingCopies, &LayoutWorkingCopies::changed, this, [this](const QString &id) {
        if (id == m_layout.id)
            setLayoutId(id);
    });
    connect(store, &SiteStore::camerasChanged, this, [this] {
        for (TileView *t : std::as_const(m_tiles))
            t->setCamera(cameraFor(m_layout.tiles.value(t->tileIndex()).cameraId));
        if (const QString shown = shownCameraId(); !shown.isEmpty()) {
            if (const std::optional<Camera> camera = cameraFor(shown))
                m_cameraTile->setCamera(camera); // edited: follows
            else
                showCamera({}); // deleted: back to the layout
        }
        updatePtz(); // an edited camera has a new controller (PtzService::refresh ran first)
    });
    m_clock.setInterval(1000);
    connect(&m_clock, &QTimer::timeout, this, [this] {
        for (TileView *t : std::as_const(m_tiles))
            if (t->isVisible())
                t->update();
        if (m_cameraTile && m_cameraTile->isVisible())
            m_cameraTile->update();
    });
    m_clock.start();
    m_active = m_playback;
    // The whole layout entering synchronised playback takes every tile off its own clock.
    connect(m_playback, &playback::PlaybackControl::stateChanged, this, [this] {
        for (int tileIndex : m_tileClocks.setSharedPlayback(m_playback->isPlayback()))
            endTilePlayback(tileIndex);
    });
}

std::optional<Camera> WallView::cameraFor(const QString &id) const
{
    if (id.isEmpty())
        return std::nullopt;
    return m_context.store->findCamera(id);
}

void WallView::setLayoutId(const QString &layoutId)
{
    m_workingCopies->setShownLayout(layoutId);
    apply(m_workingCopies->layout(layoutId).value_or(Layout{}));
}

void WallView::apply(const Layout &layout)
{
    const bool sameGeometry = layout.sameGeometry(m_layout) && m_tiles.size() == layout.tiles.size();
    const bool otherLayout = layout.id != m_layout.id;
    const Layout before = std::exchange(m_layout, layout);
    if (sameGeometry) {
        for (int tileIndex : m_tileClocks.ownTiles()) // its camera left the tile: its own clock ends
            if (layout.tiles.value(tileIndex).cameraId != before.tiles.value(tileIndex).cameraId)
                endTilePlayback(tileIndex);
        for (int i = 0; i < m_tiles.size(); ++i)
            m_tiles[i]->setCamera(cameraFor(layout.tiles[i].cameraId));
    } else {
        // New tiles first, so cameras that stay on the wall keep their pipelines (no reconnect).
        QList<TileView *> old = std::exchange(m_tiles, {});
        for (int i = 0; i < layout.tiles.size(); ++i) {
            auto *t = new TileView(m_context, m_uid, this);
            t->setTileIndex(i);
            t->setShowStats(m_showStats);
            t->setWindowMenu(m_windowMenu);
            connect(t, &TileView::clicked, this, &WallView::selectTile);
            connect(t, &TileView::fullScreenRequested, this,
                    [this](int index) { setFullScreenTile(m_fullTile == index ? -1 : index); });
            connect(t, &TileView::cameraDropped, this, [this](int index, const QString &id) {
                editLayout(layouts::withCamera(m_layout, index, id), tr("camera on tile %1").arg(index + 1));
            });
            connect(t, &TileView::clearRequested, this, [this](int index) {
                editLayout(layouts::withCamera(m_layout, index, {}), tr("emptying tile %1").arg(index + 1));
            });
            connect(t, &TileView::tileDropped, this, &WallView::onTileDropped);
            connect(t, &TileView::playbackRequested, this, &WallView::playTileBack);
            t->setPlaybackSession(m_playback);
            m_tiles.push_back(t);
        }
        m_fullTile = -1;
        m_selected = -1;
        placeTiles(); // geometry before showing, so each tile leases the right stream once
        const bool cameraShown = !otherLayout && !shownCameraId().isEmpty(); // stays over the edit
        for (int i = 0; i < m_tiles.size(); ++i) {
            m_tiles[i]->setCamera(cameraFor(layout.tiles[i].cameraId));
            m_tiles[i]->setVisible(!cameraShown);
        }
        for (TileView *t : old) {
            t->hide();
            t->deleteLater(); // we may be inside one of its signals
        }
        for (int tileIndex : m_tileClocks.clear()) // other tiles: no own clock goes on
            endTilePlayback(tileIndex);
    }
    syncPlaybackCameras();
    updateActivePlayback();
    if (otherLayout && !shownCameraId().isEmpty())
        showCamera({}); // another layout on this screen: the operator wants to see it
    updatePtz();
    if (otherLayout || !sameGeometry)
        Q_EMIT layoutReplaced();
}

void WallView::syncPlaybackCameras()
{
    // The shown camera first, then the layout's cameras in tile order, once each, but for the
    // tiles that play back on their own clock.
    QStringList tileCameraIds;
    for (const auto &tile : m_layout.tiles)
        tileCameraIds << tile.cameraId;
    const QString shown = shownCameraId();
    m_playback->setCameras(m_tileClocks.sharedCameraIds(tileCameraIds, shown));
    if (!shown.isEmpty())
        m_playback->setSelectedCameraId(shown);
}

playback::PlaybackSession *WallView::activePlayback() const
{
    if (!shownCameraId().isEmpty())
        return m_playback; // the camera over the layout plays on the window's clock
    const int tileIndex = m_tileClocks.timelineTile(m_selected);
    return tileIndex >= 0 ? m_ownPlayback.value(tileIndex, m_playback) : m_playback;
}

void WallView::updateActivePlayback()
{
    playback::PlaybackSession *active = activePlayback();
    if (active == m_active)
        return;
    m_active = active;
    Q_EMIT activePlaybackChanged();
}

void WallView::playTileBack(int tileIndex)
{
    if (tileIndex < 0 || tileIndex >= m_tiles.size())
        return;
    TileView *tile = m_tiles[tileIndex];
    const qint64 nowUtcMs = QDateTime::currentMSecsSinceEpoch();
    const bool shared = m_playback->isPlayback();
    const qint64 startUtcMs = m_tileClocks.startOwn(tileIndex, !tile->cameraId().isEmpty(), nowUtcMs,
                                                    shared ? m_playback->positionUtcMs() : nowUtcMs);
    if (startUtcMs < 0) {
        selectTile(tileIndex);
        return;
    }
    auto *own = new playback::PlaybackSession(m_context.archive, this);
    own->setCameras({tile->cameraId()});
    if (shared) { // it leaves the shared clock as that clock was going
        own->setSpeed(m_playback->speed());
        own->setPaused(m_playback->isPaused());
    }
    m_ownPlayback.insert(tileIndex, own);
    connect(own, &playback::PlaybackControl::stateChanged, this, [this, tileIndex, own] {
        if (!own->isPlayback() && m_ownPlayback.value(tileIndex) == own)
            endTilePlayback(tileIndex); // its LIVE
    });
    tile->setPlaybackSession(own);
    syncPlaybackCameras(); // the shared clock lets go of the camera unless another tile shows it
    own->seek(startUtcMs, true);
    selectTile(tileIndex); // the timeline follows this tile's clock
    qCInfo(lcUi) << "wall" << m_uid << "tile" << tileIndex << "plays back on its own from" << startUtcMs;
}

void WallView::endTilePlayback(int tileIndex)
{
    m_tileClocks.endOwn(tileIndex);
    playback::PlaybackSession *own = m_ownPlayback.take(tileIndex);
    if (!own)
        return;
    disconnect(own, nullptr, this, nullptr);
    for (TileView *t : std::as_const(m_tiles))
        if (t->playbackSession() == own)
            t->setPlaybackSession(m_playback);
    syncPlaybackCameras();
    updateActivePlayback(); // the timeline lets go of it before it goes
    own->deleteLater();     // we may be inside one of its signals
    qCInfo(lcUi) << "wall" << m_uid << "tile" << tileIndex << "follows the window's clock again";
}

void WallView::selectTile(int tileIndex)
{
    m_selected = tileIndex;
    for (TileView *x : std::as_const(m_tiles)) {
        x->setSelected(x->tileIndex() == tileIndex);
        if (x->tileIndex() == tileIndex && !x->cameraId().isEmpty())
            m_playback->setSelectedCameraId(x->cameraId()); // the timeline's top row
    }
    updatePtz();
    updateActivePlayback();
}

void WallView::updatePtz()
{
    ptz::PtzController *controller = nullptr;
    QString name;
    for (TileView *t : std::as_const(m_tiles)) {
        ptz::PtzController *c = nullptr;
        if (m_context.ptz && t->tileIndex() == m_selected && t->camera()) {
            c = m_context.ptz->controllerFor(t->cameraId());
            if (c) {
                controller = c;
                name = t->camera()->name;
            }
        }
        t->setPtzController(c);
    }
    // The pad drives the PTZ camera selected last, on whichever screen.
    if (ptz::GamepadInput *gamepad = m_context.gamepad) {
        TileView *selected = m_selected >= 0 && m_selected < m_tiles.size() ? m_tiles[m_selected] : nullptr;
        ptz::PtzDriver *mine =
            controller && selected && selected->ptzJoystick() ? &selected->ptzJoystick()->driver() : nullptr;
        if (mine)
            gamepad->setTarget(mine);
        else if (gamepad->target() && gamepad->target() == m_gamepadDriver)
            gamepad->setTarget(nullptr); // only let go of what this view gave it
        m_gamepadDriver = mine;
    }
    if (!controller) {
        if (m_ptzPanel)
            m_ptzPanel->hide();
        return;
    }
    if (!m_ptzPanel)
        m_ptzPanel = new PtzPanel(this);
    m_ptzPanel->setCamera(name, controller);
    placePtzPanel();
    m_ptzPanel->show();
    m_ptzPanel->raise();
}

void WallView::placePtzPanel()
{
    if (!m_ptzPanel)
        return;
    const int h = std::min(height() - 16, 420);
    m_ptzPanel->setGeometry(width() - m_ptzPanel->width() - 8, 8, m_ptzPanel->width(), std::max(h, 200));
}

void WallView::editLayout(const Layout &changed, const QString &what)
{
    if (changed == m_layout || m_layout.id.isEmpty())
        return;
    // This window's working copy only; it comes back through LayoutWorkingCopies::changed.
    m_workingCopies->edit(changed, what);
}

void WallView::onTileDropped(const QString &fromWall, int from, int to, const QString &cameraId)
{
    if (fromWall == m_uid)
        editLayout(layouts::withSwappedTiles(m_layout, from, to),
                   tr("swap of tiles %1 and %2").arg(from + 1).arg(to + 1));
    else // from another screen: a copy
        editLayout(layouts::withCamera(m_layout, to, cameraId), tr("camera on tile %1").arg(to + 1));
}

void WallView::setShowStats(bool show)
{
    m_showStats = show;
    for (TileView *t : std::as_const(m_tiles))
        t->setShowStats(show);
}

void WallView::setWindowMenu(TileView::MenuFiller filler)
{
    m_windowMenu = std::move(filler);
    for (TileView *t : std::as_const(m_tiles))
        t->setWindowMenu(m_windowMenu);
    if (m_cameraTile)
        m_cameraTile->setWindowMenu(m_windowMenu);
}

QString WallView::shownCameraId() const
{
    return m_cameraTile && !m_cameraTile->isHidden() ? m_cameraTile->cameraId() : QString();
}

void WallView::showCamera(const QString &cameraId)
{
    const std::optional<Camera> camera = cameraFor(cameraId);
    if (!camera) {
        if (!m_cameraTile || m_cameraTile->isHidden())
            return;
        m_cameraTile->hide(); // releases its stream
        m_cameraTile->setCamera(std::nullopt);
        syncPlaybackCameras();
        updateActivePlayback();
        setFullScreenTile(m_fullTile); // the layout's tiles as they were
        qCInfo(lcUi) << "wall" << m_uid << "back to layout" << m_layout.id;
        return;
    }
    if (!m_cameraTile) {
        // A tile outside the layout: index -1, so nothing it does edits the layout.
        m_cameraTile = new TileView(m_context, m_uid, this);
        m_cameraTile->setTileIndex(-1);
        m_cameraTile->setAcceptDrops(false);
        m_cameraTile->setWindowMenu(m_windowMenu);
        m_cameraTile->hide();
        connect(m_cameraTile, &TileView::fullScreenRequested, this, [this] { showCamera({}); });
        m_cameraTile->setPlaybackSession(m_playback); // the shown camera plays back with the layout's
    }
    m_cameraTile->setShowStats(m_showStats);
    // Full size before it is shown, so it leases the main stream straight away.
    m_cameraTile->setGeometry(rect());
    m_cameraTile->setCamera(camera);
    for (TileView *t : std::as_const(m_tiles))
        t->hide(); // their streams are released (a camera also on the layout keeps its pipeline)
    m_cameraTile->show();
    m_cameraTile->raise();
    syncPlaybackCameras();
    updateActivePlayback();
    if (m_ptzPanel)
        m_ptzPanel->raise();
    m_cameraTile->setFocus();
    qCInfo(lcUi) << "wall" << m_uid << "shows camera" << camera->id << "full screen";
}

void WallView::setFullScreenTile(int tileIndex)
{
    if (m_cameraTile && !m_cameraTile->isHidden()) {
        m_cameraTile->hide();
        m_cameraTile->setCamera(std::nullopt);
        updateActivePlayback();
    }
    if (tileIndex >= m_tiles.size())
        tileIndex = -1;
    m_fullTile = tileIndex;
    placeTiles();
    // Hidden tiles release their streams; the full-screen tile goes to the main stream by size.
    for (TileView *t : std::as_const(m_tiles))
        t->setVisible(m_fullTile < 0 || t->tileIndex() == m_fullTile);
    if (m_fullTile >= 0)
        m_tiles[m_fullTile]->setFocus();
}

void WallView::placeTiles()
{
    if (m_cameraTile)
        m_cameraTile->setGeometry(rect());
    if (m_layout.rows < 1 || m_layout.columns < 1)
        return;
    const int gapPx = 2;
    const QRect area = rect();
    auto edgeX = [&](int c) { return area.left() + area.width() * c / m_layout.columns; };
    auto edgeY = [&](int r) { return area.top() + area.height() * r / m_layout.rows; };
    for (int i = 0; i < m_tiles.size(); ++i) {
        if (m_fullTile >= 0) {
            if (i == m_fullTile)
                m_tiles[i]->setGeometry(area);
            continue;
        }
        const QRect cells = m_layout.tiles[i].cells;
        const QRect g(QPoint(edgeX(cells.left()), edgeY(cells.top())),
                      QPoint(edgeX(cells.right() + 1) - 1, edgeY(cells.bottom() + 1) - 1));
        m_tiles[i]->setGeometry(g.adjusted(0, 0, -gapPx, -gapPx));
    }
}

void WallView::resizeEvent(QResizeEvent *)
{
    placeTiles();
    placePtzPanel();
}

void WallView::keyPressEvent(QKeyEvent *e)
{
    if (e->key() == Qt::Key_Escape && !shownCameraId().isEmpty()) {
        showCamera({});
        return;
    }
    if (e->key() == Qt::Key_Escape && m_fullTile >= 0) {
        setFullScreenTile(-1);
        return;
    }
    if ((e->key() == Qt::Key_Return || e->key() == Qt::Key_Enter) && m_selected >= 0) {
        setFullScreenTile(m_fullTile >= 0 ? -1 : m_selected);
        return;
    }
    if (e->key() == Qt::Key_Delete && m_selected >= 0) {
        editLayout(layouts::withCamera(m_layout, m_selected, {}), tr("emptying tile %1").arg(m_selected + 1));
        return;
    }
    QWidget::keyPressEvent(e);
}

} // namespace pantau
