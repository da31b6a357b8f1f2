#include "ui/wall/WallWindow.h"

#include "core/playback/ArchiveSource.h"
#include "core/playback/PlaybackSession.h"
#include "core/site/SiteStore.h"
#include "ui/playback/ExportDialog.h"
#include "ui/playback/PlaybackBar.h"
#include "ui/playback/PlaybackPanel.h"
#include "ui/playback/TimelineWidget.h"

#include <QCloseEvent>
#include <QContextMenuEvent>
#include <QDateTime>
#include <QDir>
#include <QEvent>
#include <QMenu>
#include <QMessageBox>
#include <QShortcut>
#include <QStandardPaths>
#include <QVBoxLayout>
#include <QWindow>

namespace pantau {

WallWindow::WallWindow(const WallContext &context, QScreen *screen, QWidget *parent)
    : QWidget(parent, Qt::Window), m_store(context.store), m_archive(context.archive),
      m_exportQueue(context.exportQueue), m_screen(screen), m_screenName(screen ? screen->name() : QString())
{
    setAttribute(Qt::WA_DeleteOnClose, false);
    m_view = new WallView(context, this);
    auto *lay = new QVBoxLayout(this);
    lay->setContentsMargins(0, 0, 0, 0);
    lay->setSpacing(0);
    lay->addWidget(m_view, 1);
    // Playback: the timeline and its controls under the tiles, on this window's session.
    m_playbackPanel = new playback::PlaybackPanel(this);
    m_playbackPanel->setEventSource(context.events);
    m_playbackPanel->bar()->setShortcutScope(this);
    m_playbackPanel->hide();
    lay->addWidget(m_playbackPanel);
    connect(m_playbackPanel->timeline(), &playback::TimelineWidget::rangesNeeded, this,
            &WallWindow::fetchRanges);
    connect(m_view, &WallView::activePlaybackChanged, this, &WallWindow::followActivePlayback);
    followActivePlayback();
    connect(m_store, &SiteStore::camerasChanged, this, &WallWindow::syncTimeline);
    auto *exportShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_E), this);
    connect(exportShortcut, &QShortcut::activated, this, &WallWindow::openExport);
    auto *timeline = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_T), this);
    connect(timeline, &QShortcut::activated, this,
            [this] { setPlaybackPanelVisible(m_playbackPanel->isHidden()); });

    for (int n = 1; n <= 9; ++n) {
        auto *sc = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + n)), this);
        connect(sc, &QShortcut::activated, this, [this, n] { switchToLayoutNumber(n); });
    }
    auto *fs = new QShortcut(QKeySequence(Qt::Key_F11), this);
    connect(fs, &QShortcut::activated, this, [this] { isFullScreen() ? showNormal() : showFullScreen(); });
    auto *console = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_K), this);
    connect(console, &QShortcut::activated, this, &WallWindow::consoleRequested);
    auto *quit = new QShortcut(QKeySequence::Quit, this);
    connect(quit, &QShortcut::activated, this, &WallWindow::quitRequested);
    // The tiles offer the layout menu too (most of a wall is tiles; the gaps are 2 px).
    m_view->setWindowMenu([this](QMenu *menu) { addWindowActions(menu, false); });
    connect(m_store, &SiteStore::wallChanged, this, &WallWindow::syncWithSite);
    connect(m_store, &SiteStore::layoutsChanged, this, &WallWindow::syncWithSite);
    connect(m_view, &WallView::layoutReplaced, this, &WallWindow::retranslate);
    syncWithSite();
    retranslate();
    syncTimeline();
}

void WallWindow::setPlaybackPanelVisible(bool visible)
{
    m_playbackPanel->setVisible(visible);
    if (visible)
        syncTimeline();
}

void WallWindow::followActivePlayback()
{
    playback::PlaybackSession *active = m_view->activePlayback();
    disconnect(m_activeState);
    m_playbackPanel->setControl(active);
    m_activeState = connect(active, &playback::PlaybackControl::stateChanged, this, [this] {
        if (m_view->activePlayback()->isPlayback())
            setPlaybackPanelVisible(true);
        syncTimeline();
    });
    if (active->isPlayback())
        setPlaybackPanelVisible(true);
    syncTimeline();
}

void WallWindow::syncTimeline()
{
    QHash<QString, QString> names;
    for (const Camera &camera : m_store->site().cameras)
        names.insert(camera.id, camera.name);
    playback::TimelineWidget *timeline = m_playbackPanel->timeline();
    timeline->setCameraNames(names);
    const playback::PlaybackSession *active = m_view->activePlayback();
    timeline->setCameras(active->cameraIds(), active->selectedCameraId());
}

void WallWindow::fetchRanges(const QStringList &cameraIds, qint64 fromUtcMs, qint64 toUtcMs)
{
    if (!m_archive)
        return;
    QPointer<playback::TimelineWidget> timeline = m_playbackPanel->timeline();
    m_archive->ranges(
        cameraIds, fromUtcMs, toUtcMs,
        [timeline, cameraIds, fromUtcMs, toUtcMs](const QHash<QString, QVector<playback::TimeRange>> &ranges,
                                                  const playback::RecorderError &error) {
            if (!timeline || error)
                return; // the tiles say why (the session asks the same recorder)
            for (const QString &id : cameraIds)
                timeline->setRanges(id, ranges.value(id), fromUtcMs, toUtcMs);
        });
}

void WallWindow::openExport()
{
    if (!m_exportQueue || !m_archive)
        return;
    playback::PlaybackSession *session = m_view->activePlayback();
    QVector<Camera> cameras;
    for (const QString &id : session->cameraIds())
        if (std::optional<Camera> camera = m_store->findCamera(id))
            cameras << *camera;
    auto *dialog = new ui::ExportDialog(
        cameras, m_exportQueue, [archive = m_archive](const QString &) { return archive; }, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The timeline's [ and ] marks; without them the five minutes up to the playhead (or now).
    playback::TimelineWidget *timeline = m_playbackPanel->timeline();
    qint64 inUtcMs = timeline->exportInUtcMs();
    qint64 outUtcMs = timeline->exportOutUtcMs();
    if (inUtcMs == 0 || outUtcMs == 0) {
        outUtcMs = session->isPlayback() ? session->positionUtcMs() : QDateTime::currentMSecsSinceEpoch();
        inUtcMs = outUtcMs - 5 * 60'000;
    }
    dialog->setRange(inUtcMs, outUtcMs);
    if (!session->selectedCameraId().isEmpty())
        dialog->setSelectedCameras({session->selectedCameraId()});
    dialog->setOutputFolder(QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                .filePath(QStringLiteral("Pantau")));
    dialog->setOperatorName(qEnvironmentVariable("USER"));
    dialog->show();
}

void WallWindow::reviewCamera(const QString &cameraId, qint64 utcMs)
{
    m_view->showCamera(cameraId); // the layout is not edited: Escape returns to it
    if (!m_archive)
        return;
    QPointer<WallWindow> self = this;
    // Footage within a minute after utcMs: play from there; none: the camera stays live.
    m_archive->ranges({cameraId}, utcMs, utcMs + 60'000,
                      [self, cameraId, utcMs](const QHash<QString, QVector<playback::TimeRange>> &ranges,
                                              const playback::RecorderError &error) {
                          if (!self || error || ranges.value(cameraId).isEmpty() ||
                              self->m_view->shownCameraId() != cameraId)
                              return;
                          const qint64 start = std::max(utcMs, ranges.value(cameraId).first().startUtcMs);
                          self->setPlaybackPanelVisible(true);
                          self->m_view->playback()->seek(start, true);
                      });
}

void WallWindow::syncWithSite()
{
    const Site &site = m_store->site();
    QString id = site.layoutIdForScreen(m_screenName);
    if (!site.layout(id))
        id = site.layouts.isEmpty() ? QString() : site.layouts.first().id;
    if (id != m_view->layoutId() || !site.layout(id))
        m_view->setLayoutId(id);
    retranslate();
}

void WallWindow::switchToLayoutNumber(int oneBased)
{
    const auto &layouts = m_store->site().layouts;
    if (oneBased >= 1 && oneBased <= layouts.size())
        m_store->setScreenLayout(m_screenName, layouts[oneBased - 1].id);
}

void WallWindow::placeOnScreen(bool fullScreen, const QRect &windowedGeometry)
{
    if (m_screen) {
        setScreen(m_screen);
        setGeometry(windowedGeometry.isValid() ? windowedGeometry : m_screen->availableGeometry());
    }
    if (fullScreen) {
        if (m_screen)
            setGeometry(m_screen->geometry());
        showFullScreen();
    } else
        show();
}

void WallWindow::changeEvent(QEvent *e)
{
    if (e->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(e);
}

void WallWindow::retranslate()
{
    const Layout *l = m_store->site().layout(m_view->layoutId());
    setWindowTitle(tr("Video wall — screen %1 — %2").arg(m_screenName, l ? l->name : tr("no layout")));
}

bool WallWindow::confirmClose()
{
    return !m_closeQuestion || m_closeQuestion(this);
}

bool WallWindow::askToCloseWall(QWidget *parent)
{
    QMessageBox box(QMessageBox::Question, tr("Close the video wall"),
                    tr("Close the video wall? The command centre's screens will go blank."),
                    QMessageBox::Yes | QMessageBox::No, parent);
    box.setDefaultButton(QMessageBox::No); // an accidental Enter keeps the wall up
    box.setEscapeButton(QMessageBox::No);
    return box.exec() == QMessageBox::Yes;
}

void WallWindow::closeEvent(QCloseEvent *e)
{
    if (!confirmClose()) {
        e->ignore();
        return;
    }
    QWidget::closeEvent(e);
}

void WallWindow::contextMenuEvent(QContextMenuEvent *e)
{
    // Right-click on the gaps between tiles (the tiles add the same to their own menu).
    QMenu menu(this);
    addWindowActions(&menu, true);
    menu.exec(e->globalPos());
}

void WallWindow::addWindowActions(QMenu *menu, bool withStats)
{
    // Switch layout for this screen.
    QMenu *layouts = menu->addMenu(tr("Layout"));
    const auto &all = m_store->site().layouts;
    for (int i = 0; i < all.size(); ++i) {
        QAction *a = layouts->addAction(
            all[i].name, this, [this, id = all[i].id] { m_store->setScreenLayout(m_screenName, id); });
        a->setCheckable(true);
        a->setChecked(all[i].id == m_view->layoutId());
        if (i < 9)
            a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
    }
    if (withStats) { // a tile's menu has its own statistics entry
        QAction *stats =
            menu->addAction(tr("Show statistics"), this, [this](bool on) { m_view->setShowStats(on); });
        stats->setCheckable(true);
        stats->setChecked(m_view->showStats());
    }
    QAction *timeline =
        menu->addAction(tr("Timeline and playback"), this, [this](bool on) { setPlaybackPanelVisible(on); });
    timeline->setCheckable(true);
    timeline->setChecked(m_playbackPanel->isVisible());
    timeline->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    QAction *exportAction = menu->addAction(tr("Export footage…"), this, &WallWindow::openExport);
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    exportAction->setEnabled(m_exportQueue && m_archive);
    QAction *console = menu->addAction(tr("Operator console"), this, &WallWindow::consoleRequested);
    console->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    // The window's full screen; a tile's menu already has the tile's own "Full screen".
    const QString fullScreen = withStats ? tr("Full screen") : tr("Window full screen");
    menu->addAction(isFullScreen() ? tr("Leave full screen") : fullScreen, this,
                    [this] { isFullScreen() ? showNormal() : showFullScreen(); });
}

} // namespace pantau
