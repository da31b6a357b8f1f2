#pragma once
// Onboards one ONVIF device: clock (GetSystemDateAndTime, kept for the digest), identity
// (GetDeviceInformation), services (GetCapabilities, GetServices), media profiles through Media2
// when offered (so H.265 profiles are seen) else Media, their RTSP stream and snapshot addresses,
// then the main / sub stream choice. Ends with exactly one finished() or failed(); every request is
// bounded by the client's timeout, so it never hangs.
// GUI thread (or any thread with an event loop).
#include "core/camera/Camera.h"
#include "core/onvif/OnvifDeviceInfo.h"
#include "core/onvif/SoapClient.h"

#include <QObject>

namespace pantau::onvif {

class OnvifOnboarding : public QObject
{
    Q_OBJECT
public:
    OnvifOnboarding(QNetworkAccessManager *network, const QUrl &deviceUrl, const QString &username,
                    const QString &password, QObject *parent = nullptr);

    void setTimeoutMs(int timeoutMs) { m_client.setTimeoutMs(timeoutMs); }
    void start();
    void cancel();
    const OnvifDeviceInfo &info() const { return m_info; }
    bool isRunning() const { return m_running; }

    // The camera to add to the site from what onboarding found (id left empty for the caller).
    static Camera toCamera(const OnvifDeviceInfo &info, const QString &username, const QString &password);
    // "192.168.1.64", "192.168.1.64:8080", "http://host/onvif/device_service" -> device service URL.
    static QUrl deviceUrlFromUserInput(const QString &text);

Q_SIGNALS:
    void progress(int step, int steps, const QString &what); // translated step description
    void finished(const pantau::onvif::OnvifDeviceInfo &info);
    void failed(const pantau::onvif::OnvifError &error);

private:
    void getDateTime();
    void getDeviceInformation();
    void getCapabilities();
    void getServices();
    void getProfiles();
    void getMedia1Profiles();
    void getNextUri(int index);
    void done();
    void fail(const OnvifError &error);
    QUrl reachable(const QUrl &advertised) const;

    SoapClient m_client;
    OnvifDeviceInfo m_info;
    bool m_running = false;
};

} // namespace pantau::onvif
