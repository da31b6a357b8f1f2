#include "core/ptz/PtzService.h"

#include "core/Log.h"
#include "core/ptz/OnvifPtzController.h"
#include "core/ptz/PelcoDPtzController.h"

namespace pantau::ptz {

PtzService::PtzService(QNetworkAccessManager *network, CameraLookup lookup, QObject *parent)
    : QObject(parent), m_network(network), m_lookup(std::move(lookup))
{
}

PtzController *PtzService::controllerFor(const QString &cameraId)
{
    const std::optional<Camera> camera = m_lookup(cameraId);
    if (!camera || !camera->ptz)
        return nullptr;
    auto it = m_entries.find(cameraId);
    if (it != m_entries.end() && it->controller && it->camera == *camera &&
        (it->controller->isReady() || it->created.elapsed() < kRetryAfterMs))
        return it->controller;
    // Changed, or never became ready (camera offline, adaptor unplugged): start again. Deleted at
    // once, not later: a Pelco-D controller must close its serial port before the new one opens it.
    if (it != m_entries.end() && it->controller)
        delete it->controller.data();
    if (!camera->ptzUrl.isEmpty()) {
        QString error;
        const auto config = PelcoDPtzController::configFromUrl(camera->ptzUrl, &error);
        if (!config) {
            qCInfo(lcPtz) << "camera" << cameraId << error;
            m_entries.remove(cameraId);
            return nullptr;
        }
        auto *c = new PelcoDPtzController(*config, this);
        c->open(); // a failure shows on the PTZ panel through failed()
        m_entries.insert(cameraId, {*camera, c, startedTimer()});
        return c;
    }
    if (camera->onvifUrl.isEmpty() || camera->onvifProfileToken.isEmpty()) {
        qCInfo(lcPtz) << "camera" << cameraId << "is marked PTZ but has no ONVIF address or profile";
        m_entries.remove(cameraId);
        return nullptr;
    }
    auto *c = new OnvifPtzController(m_network, camera->onvifUrl, camera->onvifProfileToken, camera->username,
                                     camera->password, this);
    c->setTimeoutMs(m_timeoutMs);
    c->connectToDevice();
    m_entries.insert(cameraId, {*camera, c, startedTimer()});
    return c;
}

QElapsedTimer PtzService::startedTimer()
{
    QElapsedTimer t;
    t.start();
    return t;
}

void PtzService::refresh()
{
    for (auto it = m_entries.begin(); it != m_entries.end();) {
        const std::optional<Camera> camera = m_lookup(it.key());
        if (!camera || *camera != it->camera || !it->controller) {
            if (it->controller)
                delete it->controller.data(); // frees a serial port for the camera's new controller
            it = m_entries.erase(it);
        } else {
            ++it;
        }
    }
}

} // namespace pantau::ptz
