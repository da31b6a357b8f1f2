#include "ui/wall/WallManager.h"

#include "core/Log.h"

#include <QApplication>

namespace pantau {

WallManager::WallManager(const WallContext &context, QObject *parent) : QObject(parent), m_context(context)
{
    connect(qGuiApp, &QGuiApplication::screenAdded, this, [this](QScreen *s) {
        if (m_open)
            addScreen(s);
    });
    connect(qGuiApp, &QGuiApplication::screenRemoved, this, &WallManager::removeScreen);
}

WallManager::~WallManager()
{
    closeAll();
}

void WallManager::open(bool fullScreen, const QRect &primaryArea)
{
    closeAll();
    m_open = true;
    m_fullScreen = fullScreen;
    m_primaryArea = primaryArea;
    for (QScreen *s : QGuiApplication::screens())
        addScreen(s);
}

void WallManager::closeAll()
{
    m_open = false;
    const auto windows = std::exchange(m_windows, {});
    qDeleteAll(windows);
    if (!windows.isEmpty())
        Q_EMIT windowsChanged();
}

void WallManager::setCloseQuestion(WallWindow::CloseQuestion question)
{
    m_closeQuestion = std::move(question);
    for (WallWindow *w : std::as_const(m_windows))
        w->setCloseQuestion(m_closeQuestion);
}

void WallManager::quitWall(WallWindow *asking)
{
    if (!asking->confirmClose())
        return;
    qCInfo(lcUi) << "the operator closed the video wall";
    for (WallWindow *w : std::as_const(m_windows))
        w->setCloseQuestion({}); // asked once for all of them
    QApplication::closeAllWindows();
}

WallWindow *WallManager::windowForScreen(const QString &screenName) const
{
    for (WallWindow *w : m_windows)
        if (w->screenName() == screenName)
            return w;
    return nullptr;
}

void WallManager::assignDefaultLayout(const QString &screenName, int screenIndex)
{
    const Site &site = m_context.store->site();
    if (site.layout(site.layoutIdForScreen(screenName)) || site.layouts.isEmpty())
        return;
    // A new screen shows the next layout along, so a fresh wall is not all the same picture.
    m_context.store->setScreenLayout(screenName, site.layouts[screenIndex % site.layouts.size()].id);
}

void WallManager::addScreen(QScreen *screen)
{
    if (windowForScreen(screen->name()))
        return;
    assignDefaultLayout(screen->name(), int(m_windows.size()));
    auto *w = new WallWindow(m_context, screen);
    connect(w, &WallWindow::consoleRequested, this, &WallManager::consoleRequested);
    connect(w, &WallWindow::quitRequested, this, [this, w] { quitWall(w); });
    w->setCloseQuestion(m_closeQuestion);
    m_windows.push_back(w);
    const bool primary = screen == QGuiApplication::primaryScreen();
    w->placeOnScreen(m_fullScreen, primary ? m_primaryArea : QRect());
    qCInfo(lcUi) << "wall window on screen" << screen->name() << screen->geometry();
    Q_EMIT windowsChanged();
}

void WallManager::removeScreen(QScreen *screen)
{
    // The screen's layout assignment stays in the site for when it comes back.
    for (WallWindow *w : std::as_const(m_windows)) {
        if (w->targetScreen() == screen || w->screenName() == screen->name()) {
            m_windows.removeOne(w);
            qCInfo(lcUi) << "screen" << screen->name() << "removed; closing its wall window";
            w->hide();
            w->deleteLater();
            Q_EMIT windowsChanged();
            return;
        }
    }
}

} // namespace pantau
