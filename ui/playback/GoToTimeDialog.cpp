#include "ui/playback/GoToTimeDialog.h"

#include <QDateEdit>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QTimeEdit>

namespace pantau::playback {

GoToTimeDialog::GoToTimeDialog(qint64 utcMs, const QTimeZone &zone, QWidget *parent)
    : QDialog(parent), m_zone(zone), m_date(new QDateEdit(this)), m_time(new QTimeEdit(this))
{
    setWindowTitle(tr("Go to time"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("dddd, d MMMM yyyy"));
    m_time->setDisplayFormat(QStringLiteral("HH:mm:ss"));
    auto *form = new QFormLayout(this);
    form->addRow(tr("Date"), m_date);
    form->addRow(tr("Time"), m_time);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setUtcMs(utcMs);
}

qint64 GoToTimeDialog::utcMs() const
{
    return QDateTime(m_date->date(), m_time->time(), m_zone).toMSecsSinceEpoch();
}

void GoToTimeDialog::setUtcMs(qint64 utcMs)
{
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(utcMs, m_zone);
    m_date->setDate(local.date());
    m_time->setTime(QTime(local.time().hour(), local.time().minute(), local.time().second()));
}

} // namespace pantau::playback
