#pragma once
// The playback controls under the timeline: jumps of 1 min and 10 s, frame steps (while paused),
// play backwards, play / pause, the speed (1, 2, 4, 8, 16x forward and back), the position in
// large type, "Ke waktu…" (GoToTimeDialog) and "LANGSUNG" (back to live). It drives any
// PlaybackControl and follows its stateChanged / positionChanged.
// Keyboard: Space play / pause, Left / Right 10 s, Shift+Left / Right 1 min, `,` / `.` a frame
// (paused), `[` / `]` the export range (markInRequested / markOutRequested, for the timeline).
// The shortcuts live on setShortcutScope()'s widget (default: the bar's window); in live only
// Space (pause the picture: go to playback, paused, at now) and `[` `]` act, so the arrows stay
// with PTZ on live tiles (the "−10 dtk" button still replays from live). GUI thread only.
#include <QPointer>
#include <QTimeZone>
#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QPushButton;
class QShortcut;
class QToolButton;

namespace pantau::playback {

class PlaybackControl;

class PlaybackBar : public QWidget
{
    Q_OBJECT
public:
    static constexpr qint64 kShortJumpMs = 10'000;
    static constexpr qint64 kLongJumpMs = 60'000;

    explicit PlaybackBar(QWidget *parent = nullptr);

    void setControl(PlaybackControl *control);
    void setTimeZone(const QTimeZone &zone);         // default: this PC's
    void setClock(std::function<qint64()> nowUtcMs); // default: the system clock
    // The widget whose window the keys work in while focus is inside it (a wall window).
    void setShortcutScope(QWidget *scope);

    QString positionText() const; // what the position label shows

public Q_SLOTS:
    void togglePause();
    void playForward();
    void playBackward();
    void jump(qint64 deltaMs);
    void stepFrame(int direction);
    void setSpeed(int speed);
    void goLive();
    void openGoToTime();

Q_SIGNALS:
    void markInRequested();
    void markOutRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    qint64 now() const;
    qint64 position() const; // the control's in playback, now in live
    bool inPlayback() const;
    void enterPaused(); // from live: the picture of now, paused
    void updateState();
    void retranslate();
    void buildShortcuts(QWidget *scope);

    QPointer<PlaybackControl> m_control;
    QTimeZone m_zone;
    std::function<qint64()> m_clock;

    QToolButton *m_backMinute;
    QToolButton *m_backShort;
    QToolButton *m_stepBack;
    QToolButton *m_reverse;
    QToolButton *m_play;
    QToolButton *m_stepForward;
    QToolButton *m_forwardShort;
    QToolButton *m_forwardMinute;
    QComboBox *m_speed;
    QLabel *m_position;
    QPushButton *m_goTo;
    QPushButton *m_live;
    QList<QPointer<QShortcut>> m_shortcuts; // children of the scope, which may go first
    QList<QPointer<QShortcut>> m_playbackOnly;
};

} // namespace pantau::playback
