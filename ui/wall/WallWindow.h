#pragma once
// One top-level wall window per screen, showing the layout assigned to that screen.
// Ctrl+1..Ctrl+9 switch to the first nine saved layouts; F11 toggles full screen.
// GUI thread only.
#include "ui/wall/WallView.h"

#include <QPointer>
#include <QScreen>
#include <QWidget>
class QMenu;

namespace pantau {

class WallWindow : public QWidget
{
    Q_OBJECT
public:
    WallWindow(const WallContext &context, QScreen *screen, QWidget *parent = nullptr);

    QString screenName() const { return m_screenName; }
    QScreen *targetScreen() const { return m_screen; }
    WallView *view() const { return m_view; }

    // Shows the layout the site assigns to this screen (or the first one).
    void syncWithSite();
    void switchToLayoutNumber(int oneBased);
    void placeOnScreen(bool fullScreen, const QRect &windowedGeometry = {});

    // The layout menu, statistics, console and full screen: the gaps' menu, added to the tiles'.
    void addWindowActions(QMenu *menu, bool withStats);

Q_SIGNALS:
    void consoleRequested(); // the operator asked for the console (menu or Ctrl+K)

protected:
    void changeEvent(QEvent *) override;
    void contextMenuEvent(QContextMenuEvent *) override;

private:
    void retranslate();

    SiteStore *m_store;
    QPointer<QScreen> m_screen;
    QString m_screenName;
    WallView *m_view;
};

} // namespace pantau
