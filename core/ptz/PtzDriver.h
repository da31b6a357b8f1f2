#pragma once
// Makes PTZ moves safe whatever drives them (virtual joystick, keys, gamepad):
// - moves are coalesced: the newest velocity wins, sent at most once per `minIntervalMs`;
// - a zero velocity is a stop and goes out at once, never coalesced away;
// - a watchdog stops the camera when no new velocity arrives within `watchdogMs` while moving
//   (a lost mouse release, a dead gamepad), and the camera's own ContinuousMove timeout is set
//   slightly above it in case Pantau itself stops answering.
// Callers refresh a held velocity with setVelocity() (the joystick does so on a timer).
// GUI thread only.
#include "core/ptz/PtzController.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QTimer>

namespace pantau::ptz {

class PtzDriver : public QObject
{
    Q_OBJECT
public:
    explicit PtzDriver(QObject *parent = nullptr);
    ~PtzDriver() override;

    void setController(PtzController *controller); // may be null; a moving camera is stopped first
    PtzController *controller() const { return m_controller; }
    void setMinIntervalMs(int ms) { m_minIntervalMs = ms; }
    void setWatchdogMs(int ms) { m_watchdog.setInterval(ms); }
    int watchdogMs() const { return m_watchdog.interval(); }

    void setVelocity(const PtzVector &velocity);
    void stop();
    bool isMoving() const { return m_moving; }
    int movesSent() const { return m_movesSent; }
    int stopsSent() const { return m_stopsSent; }

Q_SIGNALS:
    void watchdogStopped();

private:
    void flush();

    QPointer<PtzController> m_controller;
    PtzVector m_pending;
    PtzVector m_lastSent;
    bool m_hasPending = false;
    bool m_moving = false;
    int m_minIntervalMs = 100;
    int m_movesSent = 0, m_stopsSent = 0;
    QElapsedTimer m_sinceLastSend;
    QTimer m_flushTimer;
    QTimer m_watchdog;
};

} // namespace pantau::ptz
