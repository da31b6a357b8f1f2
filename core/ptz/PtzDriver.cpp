#include "core/ptz/PtzDriver.h"

#include "core/Log.h"

namespace pantau::ptz {

PtzDriver::PtzDriver(QObject *parent) : QObject(parent)
{
    m_flushTimer.setSingleShot(true);
    connect(&m_flushTimer, &QTimer::timeout, this, &PtzDriver::flush);
    m_watchdog.setSingleShot(true);
    m_watchdog.setInterval(1000);
    connect(&m_watchdog, &QTimer::timeout, this, [this] {
        if (!m_moving)
            return;
        qCInfo(lcPtz) << "no new move for" << m_watchdog.interval() << "ms: stopping the camera";
        stop();
        Q_EMIT watchdogStopped();
    });
}

PtzDriver::~PtzDriver()
{
    if (m_moving)
        stop();
}

void PtzDriver::setController(PtzController *controller)
{
    if (m_controller == controller)
        return;
    if (m_moving)
        stop();
    m_controller = controller;
}

void PtzDriver::setVelocity(const PtzVector &velocity)
{
    if (velocity.isZero()) {
        stop();
        return;
    }
    m_pending = velocity;
    m_hasPending = true;
    m_watchdog.start(); // the caller is alive
    const int waitMs = m_sinceLastSend.isValid() ? m_minIntervalMs - int(m_sinceLastSend.elapsed()) : 0;
    if (waitMs <= 0)
        flush();
    else if (!m_flushTimer.isActive())
        m_flushTimer.start(waitMs);
}

void PtzDriver::flush()
{
    if (!m_hasPending || !m_controller)
        return;
    m_hasPending = false;
    // The camera stops by itself a little after our watchdog would have.
    m_controller->continuousMove(m_pending, m_watchdog.interval() + 500);
    m_lastSent = m_pending;
    m_moving = true;
    ++m_movesSent;
    m_sinceLastSend.start();
}

void PtzDriver::stop()
{
    m_flushTimer.stop();
    m_watchdog.stop();
    m_hasPending = false;
    if (!m_controller || !m_moving)
        return; // nothing was sent since the last stop
    m_controller->stop();
    m_moving = false;
    m_lastSent = {};
    ++m_stopsSent;
    m_sinceLastSend.start();
}

} // namespace pantau::ptz
