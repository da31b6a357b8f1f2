#pragma once
// The virtual joystick on a PTZ tile: drag from the centre of the selected tile, and direction and
// distance give the pan / tilt velocity; release stops. The wheel zooms, arrow keys and +/- move
// while the tile has focus, a click away from the centre centres the camera there (relative move)
// when the camera supports it. Controls for axes the camera's PTZ node lacks are not offered. Losing focus,
// hiding or the window going inactive stops the camera. Moves go through a PtzDriver (coalesced, watchdog).
// The tile forwards its input events here. GUI thread only.
#include "core/ptz/PtzDriver.h"

#include <QObject>
#include <QPointF>
#include <QSizeF>
#include <QTimer>

class QKeyEvent;
class QPainter;

namespace pantau {

class PtzJoystick : public QObject
{
    Q_OBJECT
public:
    explicit PtzJoystick(QObject *parent = nullptr);
    ~PtzJoystick() override;

    void setController(ptz::PtzController *controller);
    ptz::PtzController *controller() const { return m_driver.controller(); }
    ptz::PtzDriver &driver() { return m_driver; }

    // The central zone where a press starts the joystick, as a fraction of the tile's short side.
    static constexpr double kGrabRadius = 0.22;
    // Velocity for a pointer at `pos` on a tile of `size`: (0,0) in the dead zone at the centre,
    // up to 1 at the tile's edge, quadratic for fine control near the centre.
    static ptz::PtzVector velocityAt(QPointF pos, QSizeF size);

    bool press(QPointF pos, QSizeF size); // true: the joystick took the gesture
    void move(QPointF pos);
    void release();
    bool isActive() const { return m_active; }
    // A click (no drag) away from the centre: centre the camera on that point.
    bool clickToCentre(QPointF pos, QSizeF size);
    void wheel(int angleDelta);
    bool keyPress(QKeyEvent *e);
    bool keyRelease(QKeyEvent *e);
    void stopAll(); // focus lost, window inactive, tile hidden

    void paint(QPainter &p, const QRectF &tileRect) const;

Q_SIGNALS:
    void changed(); // repaint the overlay

private:
    void apply();
    bool offers(int key) const; // the camera's node supports what the key moves

    ptz::PtzDriver m_driver;
    bool m_active = false;
    QPointF m_pressPos, m_pos;
    QSizeF m_size;
    ptz::PtzVector m_keys; // from held keys
    QTimer m_keepAlive;    // refreshes a held velocity so the watchdog knows we are alive
    QTimer m_zoomPulse;    // a wheel notch zooms for a moment
    double m_wheelZoom = 0.0;
};

} // namespace pantau
