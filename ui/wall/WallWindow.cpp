#include "ui/wall/WallWindow.h"

#include <QCloseEvent>
#include <QContextMenuEvent>
#include <QEvent>
#include <QMenu>
#include <QMessageBox>
#include <QShortcut>
#include <QVBoxLayout>
#include <QWindow>

namespace pantau {

WallWindow::WallWindow(const WallContext &context, QScreen *screen, QWidget *parent)
    : QWidget(parent, Qt::Window), m_store(context.store), m_screen(screen),
      m_screenName(screen ? screen->name() : QString())
{
    setAttribute(Qt::WA_DeleteOnClose, false);
    m_view = new WallView(context, this);
    auto *lay = new QVBoxLayout(this);
    lay->setContentsMargins(0, 0, 0, 0);
    lay->addWidget(m_view);

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
    QAction *console = menu->addAction(tr("Operator console"), this, &WallWindow::consoleRequested);
    console->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    // The window's full screen; a tile's menu already has the tile's own "Full screen".
    const QString fullScreen = withStats ? tr("Full screen") : tr("Window full screen");
    menu->addAction(isFullScreen() ? tr("Leave full screen") : fullScreen, this,
                    [this] { isFullScreen() ? showNormal() : showFullScreen(); });
}

} // namespace pantau
