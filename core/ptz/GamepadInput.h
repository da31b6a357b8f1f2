#pragma once
// A USB joystick or gamepad driving the selected PTZ camera, through SDL2's game controller API
// (any pad SDL knows: Xbox, PlayStation, generic USB). Left stick: pan / tilt; right stick up /
// down, or the triggers: zoom; B: stop; A: home position. The stick's velocity goes to the
// target PtzDriver on every poll while it is deflected (which also keeps the driver's watchdog
// fed); back to the centre, a pad unplugged or the target changed: stop.
// Polls every 20 ms while a pad is open, once a second otherwise (to see one plugged in).
// GUI thread only; one instance per process (SDL is process-wide), built in app/.
#include "core/ptz/PtzDriver.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

namespace pantau::ptz {

class GamepadInput : public QObject
{
    Q_OBJECT
public:
    explicit GamepadInput(QObject *parent = nullptr);
    ~GamepadInput() override;

    bool isAvailable() const { return m_sdlReady; } // SDL's game controller subsystem started
    int padCount() const;
    QString padName() const;

    void setTarget(PtzDriver *driver);
    PtzDriver *target() const { return m_target; }
    PtzVector lastVelocity() const { return m_last; }
    void pollNow(); // tests and the timer

    static constexpr int kDeadZone = 8000; // of 32767
    static double axisValue(int raw);      // [-1, 1] with the dead zone removed

Q_SIGNALS:
    void padsChanged();

private:
    void openPads();

    bool m_sdlReady = false;
    QVector<void *> m_pads; // SDL_GameController*
    QPointer<PtzDriver> m_target;
    PtzVector m_last;
    bool m_homeHeld = false;
    QTimer m_poll;
};

} // namespace pantau::ptz
