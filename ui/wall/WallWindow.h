#pragma once
// One top-level wall window per screen, showing the layout assigned to that screen.
// Ctrl+1..Ctrl+9 switch to the first nine saved layouts; F11 toggles full screen; Ctrl+Q asks to
// quit. The layout menu is offered on the tiles and on the gaps between them. With a close
// question set (the `--wall` PC) closing the window asks first. An operator's change to the layout
// (a drop, a swap, Delete) stays in this window's working copy: the WorkingCopyBar above the tiles
// says so and offers Undo (Ctrl+Z, Ctrl+Shift+Z redoes), Save to layout and Revert. GUI thread only.
#include "ui/wall/WallView.h"

#include <QPointer>
#include <QScreen>
#include <QWidget>

#include <functional>

class QMenu;

namespace pantau {
namespace playback {
class ArchiveSource;
class PlaybackPanel;
} // namespace playback
class WorkingCopyBar;

class WallWindow : public QWidget
{
    Q_OBJECT
public:
    WallWindow(const WallContext &context, QScreen *screen, QWidget *parent = nullptr);

    QString screenName() const { return m_screenName; }
    QScreen *targetScreen() const { return m_screen; }
    WallView *view() const { return m_view; }
    // This window's playback (all its tiles on one clock): what the timeline and controls drive,
    // unless the selected tile plays back on its own clock (WallView::activePlayback()).
    playback::PlaybackSession *playback() const { return m_view->playback(); }

    // Shows the layout the site assigns to this screen (or the first one).
    void syncWithSite();
    void switchToLayoutNumber(int oneBased);
    void placeOnScreen(bool fullScreen, const QRect &windowedGeometry = {});

    // Asked before the window closes; false keeps it open. Empty: closes without asking.
    using CloseQuestion = std::function<bool(QWidget *parent)>;
    void setCloseQuestion(CloseQuestion question) { m_closeQuestion = std::move(question); }
    bool confirmClose(); // true: go ahead (no question set, or the operator said yes)
    // The question the `--wall` PC asks: a question box, No by default.
    static bool askToCloseWall(QWidget *parent);
    // The layout menu, statistics, console and full screen: the gaps' menu, added to the tiles'.
    void addWindowActions(QMenu *menu, bool withStats);

    // The timeline and playback controls under the tiles: shown with Ctrl+T or the menu, and on
    // their own when the window goes to playback.
    playback::PlaybackPanel *playbackPanel() const { return m_playbackPanel; }
    void setPlaybackPanelVisible(bool visible);
    // The shown layout's working copy: into the saved layout (on disk at once), or back to it
    // (undoable). The bar's buttons and the layout menu call these.
    bool saveWorkingCopy();
    void revertWorkingCopy();
    WorkingCopyBar *workingCopyBar() const { return m_workingCopyBar; }
    QAction *undoAction() const { return m_undo; } // Ctrl+Z on this window's shown layout
    QAction *redoAction() const { return m_redo; } // Ctrl+Shift+Z, Ctrl+Y
    // Plays `cameraId` full screen from `utcMs` where the archive has footage then, else live.
    void reviewCamera(const QString &cameraId, qint64 utcMs);
    // An event's camera full screen from kEventLeadMs before the event started, so the operator
    // sees what led to it; live where there is no footage then (a click in "Peristiwa").
    static constexpr qint64 kEventLeadMs = 5'000;
    void reviewEvent(const QString &cameraId, qint64 eventStartUtcMs)
    {
        reviewCamera(cameraId, eventStartUtcMs - kEventLeadMs);
    }
    // The export dialog for the timeline's marked range (Ctrl+E): this window's cameras.
    void openExport();

Q_SIGNALS:
    void consoleRequested(); // the operator asked for the console (menu or Ctrl+K)
    void quitRequested();    // Ctrl+Q (WallManager asks and quits)

protected:
    void changeEvent(QEvent *) override;
    void contextMenuEvent(QContextMenuEvent *) override;
    void closeEvent(QCloseEvent *) override;

private:
    void retranslate();
    void syncWorkingCopy(); // the bar, the title and the undo actions follow the shown layout
    void syncTimeline();
    void followActivePlayback(); // the panel drives the view's active session (a tile's own or the window's)
    void fetchRanges(const QStringList &cameraIds, qint64 fromUtcMs, qint64 toUtcMs);

    SiteStore *m_store;
    playback::ArchiveSource *m_archive;
    playback::ExportQueue *m_exportQueue;
    playback::PlaybackPanel *m_playbackPanel = nullptr;
    QPointer<QScreen> m_screen;
    QString m_screenName;
    WallView *m_view;
    WorkingCopyBar *m_workingCopyBar = nullptr;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    CloseQuestion m_closeQuestion;
    QMetaObject::Connection m_activeState; // the active session's stateChanged
};

} // namespace pantau
