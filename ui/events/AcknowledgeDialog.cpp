#include "ui/events/AcknowledgeDialog.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace pantau {

AcknowledgeDialog::AcknowledgeDialog(const QString &what, const QString &who, qint64 atUtcMs, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Acknowledge event"));
    auto *layout = new QVBoxLayout(this);
    auto *event = new QLabel(what, this);
    event->setWordWrap(true);
    layout->addWidget(event);
    auto *form = new QFormLayout;
    m_who = new QLineEdit(who, this);
    m_who->setPlaceholderText(tr("Your name"));
    form->addRow(tr("Acknowledged by:"), m_who);
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(atUtcMs).toLocalTime();
    form->addRow(tr("Time:"), new QLabel(QLocale().toString(at, QLocale::ShortFormat), this));
    m_note = new QPlainTextEdit(this);
    m_note->setPlaceholderText(tr("What was done, e.g. an officer was sent to check"));
    m_note->setTabChangesFocus(true);
    form->addRow(tr("Note:"), m_note);
    layout->addLayout(form);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Acknowledge"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_who, &QLineEdit::textChanged, this, &AcknowledgeDialog::updateOk);
    layout->addWidget(m_buttons);
    updateOk();
    if (who.isEmpty())
        m_who->setFocus();
    else
        m_note->setFocus();
}

QString AcknowledgeDialog::who() const
{
    return m_who->text().trimmed();
}

QString AcknowledgeDialog::note() const
{
    return m_note->toPlainText().trimmed();
}

void AcknowledgeDialog::updateOk()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!who().isEmpty());
}

} // namespace pantau
