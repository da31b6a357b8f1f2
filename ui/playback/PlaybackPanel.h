#pragma once
// What goes under a wall window (and the full-screen tile) for playback: the TimelineWidget above
// the PlaybackBar, on one PlaybackControl; the bar's `[` / `]` set the timeline's export range.
// The lead's wiring: rangesNeeded -> ArchiveSource::ranges -> setRanges; exportRangeChanged ->
// the export dialog. GUI thread only.
#include <QWidget>

#include <functional>

class QTimeZone;

namespace pantau::events {
class EventSource;
}

namespace pantau::playback {

class PlaybackBar;
class PlaybackControl;
class TimelineWidget;

class PlaybackPanel : public QWidget
{
    Q_OBJECT
public:
    explicit PlaybackPanel(QWidget *parent = nullptr);

    TimelineWidget *timeline() const { return m_timeline; }
    PlaybackBar *bar() const { return m_bar; }

    void setControl(PlaybackControl *control);
    void setEventSource(events::EventSource *source);
    void setTimeZone(const QTimeZone &zone);
    void setClock(const std::function<qint64()> &nowUtcMs);

private:
    TimelineWidget *m_timeline;
    PlaybackBar *m_bar;
};

} // namespace pantau::playback
