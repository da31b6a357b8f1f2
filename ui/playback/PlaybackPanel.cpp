#include "ui/playback/PlaybackPanel.h"

#include "ui/playback/PlaybackBar.h"
#include "ui/playback/TimelineWidget.h"

#include <QVBoxLayout>

namespace pantau::playback {

PlaybackPanel::PlaybackPanel(QWidget *parent)
    : QWidget(parent), m_timeline(new TimelineWidget(this)), m_bar(new PlaybackBar(this))
{
    auto *column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(0);
    column->addWidget(m_timeline);
    column->addWidget(m_bar);
    connect(m_bar, &PlaybackBar::markInRequested, m_timeline, &TimelineWidget::markIn);
    connect(m_bar, &PlaybackBar::markOutRequested, m_timeline, &TimelineWidget::markOut);
    QPalette dark = palette();
    dark.setColor(QPalette::Window, QColor(22, 25, 30));
    dark.setColor(QPalette::WindowText, QColor(210, 214, 220));
    dark.setColor(QPalette::ButtonText, QColor(210, 214, 220));
    dark.setColor(QPalette::Button, QColor(44, 48, 56));
    dark.setColor(QPalette::Base, QColor(34, 38, 45));
    dark.setColor(QPalette::Text, QColor(210, 214, 220));
    setPalette(dark);
    setAutoFillBackground(true);
}

void PlaybackPanel::setControl(PlaybackControl *control)
{
    m_timeline->setControl(control);
    m_bar->setControl(control);
}

void PlaybackPanel::setEventSource(events::EventSource *source)
{
    m_timeline->setEventSource(source);
}

void PlaybackPanel::setTimeZone(const QTimeZone &zone)
{
    m_timeline->setTimeZone(zone);
    m_bar->setTimeZone(zone);
}

void PlaybackPanel::setClock(const std::function<qint64()> &nowUtcMs)
{
    m_timeline->setClock(nowUtcMs);
    m_bar->setClock(nowUtcMs);
}

} // namespace pantau::playback
