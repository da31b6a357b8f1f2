#include "ui/dashboard/HeadlineFigure.h"

#include <QLocale>
#include <QVBoxLayout>

namespace pantau {

HeadlineFigure::HeadlineFigure(QColor colour, QWidget *parent)
    : QWidget(parent), m_number(new QLabel), m_caption(new QLabel), m_note(new QLabel)
{
    setAttribute(Qt::WA_StyledBackground);
    setObjectName(QStringLiteral("headlineFigure"));
    auto *lay = new QVBoxLayout(this);
    lay->setContentsMargins(18, 10, 18, 10);
    lay->setSpacing(0);
    m_number->setStyleSheet(
        QStringLiteral("font-size: 56px; font-weight: bold; color: %1;").arg(colour.name()));
    m_caption->setStyleSheet(QStringLiteral("font-size: 22px; color: #dfe3e8;"));
    m_note->setStyleSheet(QStringLiteral("font-size: 15px; color: #9aa2ad;"));
    m_note->hide();
    lay->addWidget(m_number);
    lay->addWidget(m_caption);
    lay->addWidget(m_note);
    setValue(0);
}

void HeadlineFigure::setValue(int value)
{
    if (value == m_value)
        return;
    m_value = value;
    m_number->setText(QLocale().toString(value));
}

void HeadlineFigure::setCaption(const QString &caption)
{
    m_caption->setText(caption);
}

void HeadlineFigure::setNote(const QString &note)
{
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
}

} // namespace pantau
