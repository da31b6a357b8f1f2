#pragma once
// The alarm screen: the camera of a new high-priority event pops up full screen on a wall window
// (WallView::showCamera, as Enter in the console's search does) under a red banner with the event's
// kind in large type, until someone acknowledges it ("Tanggapi…", the AcknowledgeDialog) or presses
// Escape; then the next waiting one shows, or the wall goes back to its layout. Which event shows
// is core/events/AlarmPopupQueue's decision; this class follows the event store and acts.
// Turned on and off by the alarm/screen setting (app/Application). GUI thread only.
#include "core/events/AlarmPopupQueue.h"
#include "core/events/EventStore.h"

#include <QPointer>
#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;

namespace pantau {

class SiteStore;
class WallWindow;

class AlarmScreen : public QObject
{
    Q_OBJECT
public:
    using WallChooser = std::function<WallWindow *()>; // the chosen wall window; nullptr: none

    // All outlive the alarm screen.
    AlarmScreen(events::EventStore *events, const SiteStore *site, WallChooser chooseWall,
                QObject *parent = nullptr);
    ~AlarmScreen() override;

    void setEnabled(bool enabled); // off: nothing pops up, what is shown goes
    bool isEnabled() const { return m_enabled; }
    void setPolicy(const events::AlarmPolicy &policy) { m_queue.setPolicy(policy); }

    std::optional<events::Event> shownEvent() const { return m_queue.shown(); }
    QWidget *banner() const { return m_banner; } // nullptr until the first alarm
    QLabel *kindLabel() const { return m_kind; }
    QPushButton *acknowledgeButton() const { return m_acknowledge; }
    // Acknowledges the shown event without the dialog (tests; the dialog calls it).
    bool acknowledgeShown(const QString &who, const QString &note);
    void dismiss(); // Escape

private:
    void onAdded(const events::Event &event);
    void onAcknowledged(const events::Event &event);
    void askAcknowledge();
    void update(); // shows what the queue says
    void buildBanner(QWidget *parent);
    void retranslate();

    events::EventStore *m_events;
    const SiteStore *m_site;
    WallChooser m_chooseWall;
    events::AlarmPopupQueue m_queue;
    bool m_enabled = false;
    QString m_who;
    QPointer<WallWindow> m_wall; // where the shown event is
    QString m_shownCameraId;
    QPointer<QWidget> m_banner;
    QLabel *m_kind = nullptr;
    QLabel *m_detail = nullptr;
    QPushButton *m_acknowledge = nullptr;
    QPushButton *m_close = nullptr;
};

} // namespace pantau
