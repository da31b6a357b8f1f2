#pragma once
// Keeps one wall window per screen: opens them, follows screens being plugged in and out, and
// keeps each on the layout the site assigns to its screen. Every window gets the same context
// (site, streams, settings, PTZ). GUI thread only.
#include "ui/wall/WallContext.h"
#include "ui/wall/WallWindow.h"

#include <QObject>

namespace pantau {

class WallManager : public QObject
{
    Q_OBJECT
public:
    explicit WallManager(const WallContext &context, QObject *parent = nullptr);
    ~WallManager() override;

    // fullScreen: every window full screen on its screen (the wall PC). Otherwise windowed;
    // `primaryArea` (if valid) is where the primary screen's window goes.
    void open(bool fullScreen, const QRect &primaryArea = {});
    void closeAll();

    // Every window, now and later, asks this before it closes (the `--wall` PC); Ctrl+Q asks once
    // and then closes all of them. Empty: no question.
    void setCloseQuestion(WallWindow::CloseQuestion question);

    QList<WallWindow *> windows() const { return m_windows; }
    WallWindow *windowForScreen(const QString &screenName) const;

Q_SIGNALS:
    void windowsChanged();
    void consoleRequested();

private:
    void addScreen(QScreen *screen);
    void removeScreen(QScreen *screen);
    void assignDefaultLayout(const QString &screenName, int screenIndex);
    void quitWall(WallWindow *asking);

    WallContext m_context;
    QList<WallWindow *> m_windows;
    bool m_fullScreen = false;
    bool m_open = false;
    QRect m_primaryArea;
    WallWindow::CloseQuestion m_closeQuestion;
};

} // namespace pantau
