#pragma once
// PTZ over ONVIF (ver20 PTZ service). On connect() it reads the device clock (for the
// WS-Security digest), finds the PTZ service address, the node's capabilities (spaces, presets,
// home) and the presets. Moves use the generic spaces. Every request is bounded by the SOAP
// client's timeout; failures come back as failed() with a translated message.
// GUI thread (or any thread with an event loop).
#include "core/onvif/SoapClient.h"
#include "core/ptz/PtzController.h"

#include <QElapsedTimer>

namespace pantau::ptz {

class OnvifPtzController : public PtzController
{
    Q_OBJECT
public:
    OnvifPtzController(QNetworkAccessManager *network, const QUrl &deviceUrl, const QString &profileToken,
                       const QString &username, const QString &password, QObject *parent = nullptr);
    ~OnvifPtzController() override; // a camera last told to move gets a final Stop

    void connectToDevice();
    void setTimeoutMs(int ms) { m_client.setTimeoutMs(ms); }

    PtzCapabilities capabilities() const override { return m_caps; }
    bool isReady() const override { return m_ready; }
    void continuousMove(const PtzVector &velocity, int timeoutMs) override;
    void stop() override;
    void relativeMove(const PtzVector &translation) override;
    void absoluteMove(const PtzVector &position) override;
    void refreshPresets() override;
    void goToPreset(const QString &token) override;
    void savePreset(const QString &name, const QString &token) override;
    void removePreset(const QString &token) override;
    void goHome() override;
    void setHome() override;
    void refreshStatus() override;

    static QString duration(int ms); // xs:duration, "PT1.5S"

private:
    using Then = std::function<void(const onvif::SoapResponse &)>;
    void send(const char *operation, const QString &innerXml, Then then = {}, bool retried = false);
    QString body(const char *operation, const QString &innerXml) const;
    void readClock(std::function<void()> then);
    void findPtzService();
    void readNodes();
    // Moves and stops go one at a time, in order: a Stop can never overtake a ContinuousMove on
    // another connection, and the newest move replaces one still waiting.
    void sendMotion(const char *operation, const QString &innerXml);
    struct Motion
    {
        const char *operation;
        QString innerXml;
    };
    std::optional<Motion> m_queuedMotion;
    bool m_motionInFlight = false;
    bool m_lastMotionWasMove = false;

    onvif::SoapClient m_client;
    QUrl m_deviceUrl;
    QUrl m_ptzUrl;
    QString m_profileToken;
    PtzCapabilities m_caps;
    bool m_ready = false;
    QNetworkAccessManager *m_network;
    QString m_username, m_password; // for the final Stop sent from the destructor
};

} // namespace pantau::ptz
