#pragma once
// Pelco-D behind the protocol-independent PtzController. Pelco-D has no feedback: there is no
// preset list to read, so presets are the numbers 1..maxPresets named locally ("Preset 1"...),
// saving stores the camera's current position in that number, and there is no status.
// Configured from the camera's PTZ address: pelcod:/dev/ttyUSB0?address=1&baud=2400.
// GUI thread only.
#include "core/ptz/PelcoDSerialPort.h"
#include "core/ptz/PtzController.h"

#include <QHash>
#include <QUrl>

namespace pantau::ptz {

class PelcoDPtzController : public PtzController
{
    Q_OBJECT
public:
    static constexpr int kListedPresets = 16;
    explicit PelcoDPtzController(const PelcoDConfig &config, QObject *parent = nullptr);

    // pelcod:/dev/ttyUSB0?address=3&baud=4800 -> config; nullopt when it is not a Pelco-D address.
    static std::optional<PelcoDConfig> configFromUrl(const QUrl &url, QString *error);

    bool open(); // failed() says why when it returns false
    PelcoDSerialPort &port() { return m_port; }

    PtzCapabilities capabilities() const override;
    bool isReady() const override { return m_port.isOpen(); }
    void continuousMove(const PtzVector &velocity, int timeoutMs) override;
    void stop() override;
    void goToPreset(const QString &token) override;
    void savePreset(const QString &name, const QString &token) override;
    void removePreset(const QString &token) override;
    void goHome() override;
    void setHome() override;

private:
    void listPresets();
    PelcoDSerialPort m_port;
    QHash<int, QString> m_names; // preset number -> name given in Pantau (session only)
};

} // namespace pantau::ptz
