#include "ui/wall/WallWindow.h"

#include <QContextMenuEvent>
#include <QEvent>
#include <QMenu>
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

void WallWindow::contextMenuEvent(QContextMenuEvent *e)
{
    // Right-click on the gaps (tiles have their own menu): switch layout for this screen.
    QMenu menu(this);
    QMenu *layouts = menu.addMenu(tr("Layout"));
    const auto &all = m_store->site().layouts;
    for (int i = 0; i < all.size(); ++i) {
        QAction *a = layouts->addAction(
            all[i].name, this, [this, id = all[i].id] { m_store->setScreenLayout(m_screenName, id); });
        a->setCheckable(true);
        a->setChecked(all[i].id == m_view->layoutId());
        if (i < 9)
            a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
    }
    QAction *stats =
        menu.addAction(tr("Show statistics"), this, [this](bool on) { m_view->setShowStats(on); });
    stats->setCheckable(true);
    stats->setChecked(m_view->showStats());
    QAction *console = menu.addAction(tr("Operator console"), this, &WallWindow::consoleRequested);
    console->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    menu.addAction(isFullScreen() ? tr("Leave full screen") : tr("Full screen"), this,
                   [this] { isFullScreen() ? showNormal() : showFullScreen(); });
    menu.exec(e->globalPos());
}

} // namespace pantau
