#include "ui/events/AlarmSettingsDialog.h"

#include "core/events/EventKinds.h"
#include "core/settings/Settings.h"
#include "ui/events/EventTexts.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QSpinBox>
#include <QVBoxLayout>

namespace pantau {

using events::EventPriority;

AlarmSettingsDialog::AlarmSettingsDialog(Settings *settings, QWidget *parent)
    : QDialog(parent), m_settings(settings)
{
    setWindowTitle(tr("Alarm settings"));
    auto *layout = new QVBoxLayout(this);
    auto *priorities = new QGroupBox(tr("Priority per event kind"), this);
    auto *priorityForm = new QFormLayout(priorities);
    for (events::EventKind kind : events::allEventKinds()) {
        auto *box = new QComboBox(priorities);
        for (EventPriority p : {EventPriority::High, EventPriority::Medium, EventPriority::Low})
            box->addItem(EventTexts::priorityName(p), int(p));
        box->setCurrentIndex(box->findData(int(m_settings->alarmPriority(kind))));
        priorityForm->addRow(EventTexts::kindName(kind) + QLatin1Char(':'), box);
        m_priorities.insert(kind, box);
    }
    layout->addWidget(priorities);

    auto *form = new QFormLayout;
    m_keepDays = new QSpinBox(this);
    m_keepDays->setRange(Settings::kMinEventKeepDays, Settings::kMaxEventKeepDays);
    m_keepDays->setSuffix(tr(" days"));
    m_keepDays->setValue(m_settings->eventKeepDays());
    form->addRow(tr("Keep events for:"), m_keepDays);
    m_screen = new QComboBox(this);
    m_screen->addItem(tr("Automatic (on the wall PC only)"), int(Settings::AlarmScreen::Auto));
    m_screen->addItem(tr("On"), int(Settings::AlarmScreen::On));
    m_screen->addItem(tr("Off"), int(Settings::AlarmScreen::Off));
    m_screen->setCurrentIndex(m_screen->findData(int(m_settings->alarmScreen())));
    m_screen->setToolTip(tr("The camera of a new high-priority event pops up full screen on the chosen wall "
                            "screen until it is acknowledged or Escape is pressed."));
    form->addRow(tr("Alarm screen:"), m_screen);
    m_offWall = new QSpinBox(this);
    m_offWall->setRange(0, Settings::kMaxOffWallCameras);
    m_offWall->setValue(m_settings->offWallCameras());
    m_offWall->setToolTip(tr("Cameras no tile shows are checked from their sub stream, keyframes only, this "
                             "many at a time (taking turns every few minutes)."));
    form->addRow(tr("Cameras off the wall analysed at once:"), m_offWall);
    layout->addLayout(form);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        apply();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

void AlarmSettingsDialog::apply()
{
    for (auto it = m_priorities.cbegin(); it != m_priorities.cend(); ++it)
        m_settings->setAlarmPriority(it.key(), EventPriority(it.value()->currentData().toInt()));
    m_settings->setEventKeepDays(m_keepDays->value());
    m_settings->setAlarmScreen(Settings::AlarmScreen(m_screen->currentData().toInt()));
    m_settings->setOffWallCameras(m_offWall->value());
}

} // namespace pantau
