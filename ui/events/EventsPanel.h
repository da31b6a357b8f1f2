#pragma once
// "Peristiwa": the site's events as a dock beside the console. The live list (snapshot thumbnail,
// camera, kecamatan, kind, time, who answered), filters by kind, kecamatan, time and "belum
// ditanggapi", acknowledge with a note (AcknowledgeDialog), mute the alarm for 5 or 15 minutes,
// and a double-click (or Enter, or "Buka kamera") that asks for the camera full screen
// (cameraRequested: app/ shows playback from 5 s before the event where footage exists, live
// otherwise). Reads the event store and the site; acknowledges through the store; mutes through
// the alarm. GUI thread only.
#include "core/events/Alarm.h"
#include "core/events/EventStore.h"

#include <QDockWidget>
#include <QHash>
#include <QIcon>
#include <QTimer>

class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QListWidgetItem;
class QPushButton;

namespace pantau {

class SiteStore;

class EventsPanel : public QDockWidget
{
    Q_OBJECT
public:
    // `alarm` may be nullptr (no mute buttons). All three outlive the panel.
    EventsPanel(events::EventStore *events, events::Alarm *alarm, const SiteStore *site,
                QWidget *parent = nullptr);

    // Time windows the time filter offers, in hours; 0: everything.
    static QVector<int> timeWindowsHours() { return {1, 24, 24 * 7, 0}; }
    static constexpr QSize kThumbnailPx{96, 54};

    events::EventFilter currentFilter() const;
    QVector<events::Event> shownEvents() const { return m_shown; }
    // Acknowledges without the dialog (tests; the dialog calls it). Remembers `who` for next time.
    bool acknowledge(qint64 eventId, const QString &who, const QString &note);
    // The dialog for the selected event; does nothing when none is selected or it is answered.
    void acknowledgeSelected();
    void openSelected();
    qint64 selectedEventId() const;
    void selectEvent(qint64 eventId);
    QString operatorName() const { return m_who; }

    // For tests and the screenshot.
    QListWidget *list() const { return m_list; }
    QComboBox *kindFilter() const { return m_kind; }
    QComboBox *areaFilter() const { return m_area; }
    QComboBox *timeFilter() const { return m_time; }
    QCheckBox *unacknowledgedOnly() const { return m_unacknowledged; }
    QPushButton *acknowledgeButton() const { return m_acknowledge; }
    QPushButton *muteShortButton() const { return m_muteShort; }
    QPushButton *muteLongButton() const { return m_muteLong; }
    QLabel *muteLabel() const { return m_muteText; }

public Q_SLOTS:
    void reload();

Q_SIGNALS:
    // Open this camera full screen, at this event (playback 5 s before its start if recorded).
    void cameraRequested(const QString &cameraId, qint64 eventStartUtcMs);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void reloadAreas();
    void updateButtons();
    void updateMute();
    QString describe(const events::Event &event) const; // the item's lines
    QString cameraName(const QString &cameraId) const;
    QString kecamatanOf(const QString &cameraId) const;
    QIcon thumbnail(const events::Event &event);

    events::EventStore *m_events;
    events::Alarm *m_alarm;
    const SiteStore *m_site;
    QString m_who; // the last name typed in the acknowledge dialog

    QComboBox *m_kind;
    QComboBox *m_area;
    QComboBox *m_time;
    QCheckBox *m_unacknowledged;
    QListWidget *m_list;
    QPushButton *m_acknowledge;
    QPushButton *m_open;
    QPushButton *m_muteShort;
    QPushButton *m_muteLong;
    QLabel *m_muteText;
    QLabel *m_count;
    QVector<events::Event> m_shown;
    QHash<QString, QIcon> m_thumbnails; // by snapshot path
    QTimer m_minute;                    // the time window moves on; a mute runs out
};

} // namespace pantau
