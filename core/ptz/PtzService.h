#pragma once
// Hands out one PTZ controller per camera, created on first use from the camera's settings
// (ONVIF address + profile token + credentials), connected once and kept while the camera is
// unchanged. Built in app/ and passed down to the wall. GUI thread only.
#include "core/camera/Camera.h"
#include "core/camera/CameraLookup.h"
#include "core/ptz/PtzController.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>

class QNetworkAccessManager;

namespace pantau::ptz {

class PtzService : public QObject
{
    Q_OBJECT
public:
    using CameraLookup = pantau::CameraLookup;
    PtzService(QNetworkAccessManager *network, CameraLookup lookup, QObject *parent = nullptr);

    // nullptr when the camera has no PTZ or no usable control address.
    PtzController *controllerFor(const QString &cameraId);
    // Drops controllers of cameras that changed or vanished (after a site edit).
    void refresh();
    int requestTimeoutMs() const { return m_timeoutMs; }
    void setRequestTimeoutMs(int ms) { m_timeoutMs = ms; }

private:
    static constexpr int kRetryAfterMs = 5000; // a controller not ready after this is rebuilt on use
    static QElapsedTimer startedTimer();
    struct Entry
    {
        Camera camera;
        QPointer<PtzController> controller;
        QElapsedTimer created;
    };
    QNetworkAccessManager *m_network;
    CameraLookup m_lookup;
    QHash<QString, Entry> m_entries;
    int m_timeoutMs = 3000;
};

} // namespace pantau::ptz
