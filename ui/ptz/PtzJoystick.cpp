#include "ui/ptz/PtzJoystick.h"

#include <QKeyEvent>
#include <QPainter>

#include <cmath>

namespace pantau {

using ptz::PtzVector;

PtzJoystick::PtzJoystick(QObject *parent) : QObject(parent)
{
    m_keepAlive.setInterval(250);
    connect(&m_keepAlive, &QTimer::timeout, this, &PtzJoystick::apply);
    m_zoomPulse.setSingleShot(true);
    m_zoomPulse.setInterval(350);
    connect(&m_zoomPulse, &QTimer::timeout, this, [this] {
        m_wheelZoom = 0.0;
        apply();
    });
}

PtzJoystick::~PtzJoystick()
{
    stopAll();
}

void PtzJoystick::setController(ptz::PtzController *controller)
{
    if (controller != m_driver.controller())
        stopAll();
    m_driver.setController(controller);
}

PtzVector PtzJoystick::velocityAt(QPointF pos, QSizeF size)
{
    if (size.width() <= 0 || size.height() <= 0)
        return {};
    auto axis = [](double offset, double half) {
        const double n = std::clamp(offset / half, -1.0, 1.0);
        constexpr double deadZone = 0.06;
        if (std::abs(n) < deadZone)
            return 0.0;
        const double s = (std::abs(n) - deadZone) / (1.0 - deadZone);
        return std::copysign(s * s, n);
    };
    PtzVector v;
    v.pan = axis(pos.x() - size.width() / 2, size.width() / 2);
    v.tilt = axis(size.height() / 2 - pos.y(), size.height() / 2); // screen y grows downwards
    return v;
}

bool PtzJoystick::press(QPointF pos, QSizeF size)
{
    if (!m_driver.controller() || !m_driver.controller()->capabilities().continuousPanTilt)
        return false; // a node without pan / tilt: no joystick
    const QPointF centre(size.width() / 2, size.height() / 2);
    const double radius = kGrabRadius * std::min(size.width(), size.height());
    if (std::hypot(pos.x() - centre.x(), pos.y() - centre.y()) > radius)
        return false;
    m_active = true;
    m_pressPos = m_pos = pos;
    m_size = size;
    apply();
    Q_EMIT changed();
    return true;
}

void PtzJoystick::move(QPointF pos)
{
    if (!m_active)
        return;
    m_pos = pos;
    apply();
    Q_EMIT changed();
}

void PtzJoystick::release()
{
    if (!m_active)
        return;
    m_active = false;
    apply();
    Q_EMIT changed();
}

bool PtzJoystick::clickToCentre(QPointF pos, QSizeF size)
{
    ptz::PtzController *c = m_driver.controller();
    if (!c || !c->capabilities().relative || size.isEmpty())
        return false;
    // Generic relative space spans the whole pan / tilt range; a tile shows a small part of it.
    // Without the lens's field of view the step is an estimate: a quarter of the range at the
    // tile's edge, less when zoomed in (the operator clicks again to refine).
    const double zoom = 0.0;
    const double scale = 0.25 / (1.0 + 4.0 * zoom);
    PtzVector t;
    t.pan = (pos.x() - size.width() / 2) / (size.width() / 2) * scale;
    t.tilt = (size.height() / 2 - pos.y()) / (size.height() / 2) * scale;
    c->relativeMove(t);
    return true;
}

void PtzJoystick::wheel(int angleDelta)
{
    if (!m_driver.controller() || !m_driver.controller()->capabilities().continuousZoom || angleDelta == 0)
        return; // a node without zoom: the wheel does nothing
    m_wheelZoom = angleDelta > 0 ? 0.5 : -0.5;
    m_zoomPulse.start();
    apply();
}

namespace {
bool isPtzKey(int key)
{
    return key == Qt::Key_Left || key == Qt::Key_Right || key == Qt::Key_Up || key == Qt::Key_Down ||
           key == Qt::Key_Plus || key == Qt::Key_Equal || key == Qt::Key_Minus;
}
} // namespace

bool PtzJoystick::offers(int key) const
{
    const ptz::PtzCapabilities caps = m_driver.controller()->capabilities();
    const bool zoomKey = key == Qt::Key_Plus || key == Qt::Key_Equal || key == Qt::Key_Minus;
    return zoomKey ? caps.continuousZoom : caps.continuousPanTilt;
}

bool PtzJoystick::keyPress(QKeyEvent *e)
{
    if (!m_driver.controller() || !isPtzKey(e->key()) || !offers(e->key()))
        return false;
    if (e->isAutoRepeat())
        return true; // the held velocity is refreshed by the keep-alive timer
    switch (e->key()) {
    case Qt::Key_Left:
        m_keys.pan = -0.5;
        break;
    case Qt::Key_Right:
        m_keys.pan = 0.5;
        break;
    case Qt::Key_Up:
        m_keys.tilt = 0.5;
        break;
    case Qt::Key_Down:
        m_keys.tilt = -0.5;
        break;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        m_keys.zoom = 0.5;
        break;
    case Qt::Key_Minus:
        m_keys.zoom = -0.5;
        break;
    default:
        return false;
    }
    apply();
    return true;
}

bool PtzJoystick::keyRelease(QKeyEvent *e)
{
    if (!m_driver.controller() || !isPtzKey(e->key()) || !offers(e->key()))
        return false;
    if (e->isAutoRepeat())
        return true;
    switch (e->key()) {
    case Qt::Key_Left:
    case Qt::Key_Right:
        m_keys.pan = 0;
        break;
    case Qt::Key_Up:
    case Qt::Key_Down:
        m_keys.tilt = 0;
        break;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
    case Qt::Key_Minus:
        m_keys.zoom = 0;
        break;
    default:
        return false;
    }
    apply();
    return true;
}

void PtzJoystick::stopAll()
{
    const bool wasActive = m_active;
    m_active = false;
    m_keys = {};
    m_wheelZoom = 0.0;
    m_zoomPulse.stop();
    m_keepAlive.stop();
    m_driver.stop();
    if (wasActive)
        Q_EMIT changed();
}

void PtzJoystick::apply()
{
    PtzVector v = m_keys;
    if (m_active) {
        const PtzVector j = velocityAt(m_pos, m_size);
        v.pan = j.pan;
        v.tilt = j.tilt;
    }
    if (m_wheelZoom != 0.0)
        v.zoom = m_wheelZoom;
    if (v.isZero())
        m_keepAlive.stop();
    else if (!m_keepAlive.isActive())
        m_keepAlive.start();
    m_driver.setVelocity(v);
}

void PtzJoystick::paint(QPainter &p, const QRectF &tileRect) const
{
    if (!m_driver.controller())
        return;
    const QPointF centre = tileRect.center();
    const double radius = kGrabRadius * std::min(tileRect.width(), tileRect.height());
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(QColor(255, 255, 255, m_active ? 200 : 90), 1.5, Qt::DashLine));
    p.setBrush(Qt::NoBrush);
    p.drawEllipse(centre, radius, radius);
    p.drawLine(centre - QPointF(8, 0), centre + QPointF(8, 0));
    p.drawLine(centre - QPointF(0, 8), centre + QPointF(0, 8));
    if (m_active) {
        const QPointF tip = tileRect.topLeft() + m_pos;
        p.setPen(QPen(QColor(255, 200, 60), 3));
        p.drawLine(centre, tip);
        p.setBrush(QColor(255, 200, 60));
        p.drawEllipse(tip, 6, 6);
    }
    p.restore();
}

} // namespace pantau
