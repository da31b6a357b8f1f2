#pragma once
// Keeps one wall window per screen: opens them, follows screens being plugged in and out, and
// keeps each on the layout the site assigns to its screen. GUI thread only.
#include "ui/wall/WallWindow.h"

#include <QObject>

namespace pantau {

namespace ptz {
class PtzService;
class GamepadInput;
} // namespace ptz

class WallManager : public QObject
{
    Q_OBJECT
public:
    WallManager(SiteStore *store, StreamPool *pool, QObject *parent = nullptr);
    ~WallManager() override;

    // fullScreen: every window full screen on its screen (the wall PC). Otherwise windowed;
    // `primaryArea` (if valid) is where the primary screen's window goes.
    void open(bool fullScreen, const QRect &primaryArea = {});
    void closeAll();

    QList<WallWindow *> windows() const { return m_windows; }
    WallWindow *windowForScreen(const QString &screenName) const;
    void setShowStats(bool show);
    void setSubStreamMaxHeightPx(int px);
    void setPtzService(ptz::PtzService *service);
    void setGamepad(ptz::GamepadInput *gamepad);

Q_SIGNALS:
    void windowsChanged();
    void consoleRequested();

private:
    void addScreen(QScreen *screen);
    void removeScreen(QScreen *screen);
    void assignDefaultLayout(const QString &screenName, int screenIndex);

    SiteStore *m_store;
    StreamPool *m_pool;
    QList<WallWindow *> m_windows;
    bool m_fullScreen = false;
    bool m_open = false;
    QRect m_primaryArea;
    bool m_showStats = false;
    int m_subMaxHeightPx = 400;
    ptz::PtzService *m_ptz = nullptr;
    ptz::GamepadInput *m_gamepad = nullptr;
};

} // namespace pantau
