#include "ui/wall/WallWindow.h"

#include "core/playback/ArchiveSource.h"
#include "core/playback/PlaybackSession.h"
#include "core/site/SiteStore.h"
#include "ui/playback/ExportDialog.h"
#include "ui/playback/PlaybackBar.h"
#include "ui/playback/PlaybackPanel.h"
#include "ui/playback/TimelineWidget.h"
#include "ui/wall/WorkingCopyBar.h"

#include <QCloseEvent>
#include <QContextMenuEvent>
#include <QDateTime>
#include <QDir>
#include <QEvent>
#include <QMenu>
#include <QMessageBox>
#include <QShortcut>
#include <QStandardPaths>
#include <QUndoGroup>
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
    // An operator's change to the layout: said above the tiles, with undo, save and revert.
    m_workingCopyBar = new WorkingCopyBar(this);
    m_workingCopyBar->hide();
    lay->addWidget(m_workingCopyBar);
    lay->addWidget(m_view, 1);
    // Playback: the timeline and its controls under the tiles, on this window's session.
    m_playbackPanel = new playback::PlaybackPanel(this);
    m_playbackPanel->setEventSource(context.events);
    m_playbackPanel->bar()->setShortcutScope(this);
    m_playbackPanel->hide();
    lay->addWidget(m_playbackPanel);
    connect(m_playbackPanel->timeline(), &playback::TimelineWidget::rangesNeeded, this,
            &WallWindow::fetchRanges);
    if (m_archive)
        connect(m_archive, &playback::ArchiveSource::changed, m_playbackPanel->timeline(),
                &playback::TimelineWidget::reloadRanges);
    connect(m_view, &WallView::activePlaybackChanged, this, &WallWindow::followActivePlayback);
    followActivePlayback();
    connect(m_store, &SiteStore::camerasChanged, this, &WallWindow::syncTimeline);
    auto *exportShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_E), this);
    connect(exportShortcut, &QShortcut::activated, this, &WallWindow::openExport);
    auto *timeline = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_T), this);
    connect(timeline, &QShortcut::activated, this,
            [this] { setPlaybackPanelVisible(m_playbackPanel->isHidden()); });

    QUndoGroup *undo = m_view->workingCopies()->undoGroup();
    m_undo = new QAction(this);
    m_undo->setShortcut(QKeySequence::Undo);
    connect(m_undo, &QAction::triggered, undo, &QUndoGroup::undo);
    m_redo = new QAction(this);
    m_redo->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    connect(m_redo, &QAction::triggered, undo, &QUndoGroup::redo);
    addAction(m_undo);
    addAction(m_redo);
    connect(undo, &QUndoGroup::canUndoChanged, this, &WallWindow::syncWorkingCopy);
    connect(undo, &QUndoGroup::canRedoChanged, this, &WallWindow::syncWorkingCopy);
    connect(undo, &QUndoGroup::undoTextChanged, this, &WallWindow::syncWorkingCopy);
    connect(undo, &QUndoGroup::redoTextChanged, this, &WallWindow::syncWorkingCopy);
    connect(m_view->workingCopies(), &LayoutWorkingCopies::changed, this, &WallWindow::syncWorkingCopy);
    connect(m_workingCopyBar, &WorkingCopyBar::undoRequested, undo, &QUndoGroup::undo);
    connect(m_workingCopyBar, &WorkingCopyBar::saveRequested, this, &WallWindow::saveWorkingCopy);
    connect(m_workingCopyBar, &WorkingCopyBar::revertRequested, this, &WallWindow::revertWorkingCopy);

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
    connect(m_view, &WallView::layoutReplaced, this, &WallWindow::syncWorkingCopy);
    syncWithSite();
    retranslate();
    syncTimeline();
}

bool WallWindow::saveWorkingCopy()
{
    return m_view->workingCopies()->save(m_view->layoutId());
}

void WallWindow::revertWorkingCopy()
{
    m_view->workingCopies()->revert(m_view->layoutId());
}

void WallWindow::syncWorkingCopy()
{
    if (!m_undo)
        return; // still being built
    LayoutWorkingCopies *copies = m_view->workingCopies();
    QUndoGroup *undo = copies->undoGroup();
    const bool changed = copies->isChanged(m_view->layoutId());
    const Layout *saved = m_store->site().layout(m_view->layoutId());
    m_workingCopyBar->setLayoutName(saved ? saved->name : QString());
    m_workingCopyBar->setCanUndo(undo->canUndo());
    m_workingCopyBar->setVisible(changed);
    m_undo->setEnabled(undo->canUndo());
    m_undo->setText(undo->canUndo() ? tr("Undo: %1").arg(undo->undoText()) : tr("Undo"));
    m_redo->setEnabled(undo->canRedo());
    m_redo->setText(undo->canRedo() ? tr("Redo: %1").arg(undo->redoText()) : tr("Redo"));
    retranslate();
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
    syncWorkingCopy();
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
    if (e->type() == QEvent::LanguageChange && m_undo)
        syncWorkingCopy(); // the undo texts and the title
    QWidget::changeEvent(e);
}

void WallWindow::retranslate()
{
    const Layout *l = m_store->site().layout(m_view->layoutId());
    const QString name = l ? l->name : tr("no layout");
    setWindowTitle(m_view->workingCopies()->isChanged(m_view->layoutId())
                       ? tr("Video wall — screen %1 — %2 (changed, not saved)").arg(m_screenName, name)
                       : tr("Video wall — screen %1 — %2").arg(m_screenName, name));
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
    // This window's working copy of the shown layout.
    menu->addAction(m_undo);
    menu->addAction(m_redo);
    const bool changed = m_view->workingCopies()->isChanged(m_view->layoutId());
    menu->addAction(tr("Save to layout"), this, &WallWindow::saveWorkingCopy)->setEnabled(changed);
    menu->addAction(tr("Revert to the saved layout"), this, &WallWindow::revertWorkingCopy)
        ->setEnabled(changed);
    menu->addSeparator();
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
