#pragma once
// "Pengaturan alarm…" from the console's View menu: a priority per event kind, how many days the
// event list keeps, whether the alarm screen pops up a new high event on the wall, and how many
// cameras off the wall are analysed. Reads the Settings as it opens; OK writes them (Settings
// emits alarmSettingsChanged and app/ applies them at once). GUI thread only.
#include "core/events/Event.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QSpinBox;

namespace pantau {

class Settings;

class AlarmSettingsDialog : public QDialog
{
    Q_OBJECT
public:
    AlarmSettingsDialog(Settings *settings, QWidget *parent = nullptr);

    QComboBox *priorityBox(events::EventKind kind) const { return m_priorities.value(kind); }
    QSpinBox *keepDaysBox() const { return m_keepDays; }
    QComboBox *alarmScreenBox() const { return m_screen; }
    QSpinBox *offWallBox() const { return m_offWall; }
    void apply(); // writes what the dialog shows (OK)

private:
    Settings *m_settings;
    QHash<events::EventKind, QComboBox *> m_priorities;
    QSpinBox *m_keepDays;
    QComboBox *m_screen;
    QSpinBox *m_offWall;
};

} // namespace pantau
