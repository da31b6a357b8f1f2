#pragma once
// Pan / tilt / zoom independent of protocol. A back-end (ONVIF PTZ, Pelco-D over serial) turns
// these calls into its own commands; PtzDriver sits in front of it and makes moves safe (rate
// limit, newest wins, a stop that is never lost). Velocities and positions are normalised:
// pan / tilt in [-1, 1] (right / up positive), zoom velocity in [-1, 1], zoom position in [0, 1].
// GUI thread: back-ends are QObjects on the thread that calls them; signals come on that thread.
#include <QObject>
#include <QString>
#include <QVector>

namespace pantau::ptz {

struct PtzVector
{
    double pan = 0.0;
    double tilt = 0.0;
    double zoom = 0.0;
    bool isZero() const { return pan == 0.0 && tilt == 0.0 && zoom == 0.0; }
    friend bool operator==(const PtzVector &, const PtzVector &) = default;
};

struct PtzStatus
{
    PtzVector position;
    bool moving = false;
    bool valid = false; // the back-end could read the position (Pelco-D never can)
};

struct PtzPreset
{
    QString token;
    QString name;
    friend bool operator==(const PtzPreset &, const PtzPreset &) = default;
};

struct PtzCapabilities
{
    bool continuous = true; // continuousPanTilt || continuousZoom
    bool continuousPanTilt = true;
    bool continuousZoom = true;
    bool relative = false; // relative pan / tilt
    bool relativeZoom = false;
    bool absolute = false; // absolute pan / tilt
    bool absoluteZoom = false;
    bool presets = true;
    bool renamePresets = false;
    bool home = false;
    bool status = false;
    int maxPresets = 0;
};

class PtzController : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~PtzController() override = default;

    virtual PtzCapabilities capabilities() const = 0;
    virtual bool isReady() const = 0;
    // `timeoutMs`: the camera should stop by itself after this long without a new move (ONVIF
    // ContinuousMove Timeout); a back-end that cannot do that relies on PtzDriver's watchdog.
    virtual void continuousMove(const PtzVector &velocity, int timeoutMs) = 0;
    virtual void stop() = 0;
    virtual void relativeMove(const PtzVector &translation) { Q_UNUSED(translation); }
    virtual void absoluteMove(const PtzVector &position) { Q_UNUSED(position); }
    virtual void refreshPresets() {}
    virtual void goToPreset(const QString &token) = 0;
    // Empty token: a new preset. Otherwise overwrites (or renames) that preset.
    virtual void savePreset(const QString &name, const QString &token) = 0;
    virtual void removePreset(const QString &token) = 0;
    virtual void goHome() = 0;
    virtual void setHome() {}
    virtual void refreshStatus() {}

    QVector<PtzPreset> presets() const { return m_presets; }

Q_SIGNALS:
    void ready();
    void presetsChanged(const QVector<pantau::ptz::PtzPreset> &presets);
    void statusChanged(const pantau::ptz::PtzStatus &status);
    void failed(const QString &message); // translated; the operator sees it on the PTZ panel
    void commandAcknowledged(const QString &command, double roundTripMs);

protected:
    void setPresets(const QVector<PtzPreset> &presets)
    {
        m_presets = presets;
        Q_EMIT presetsChanged(m_presets);
    }

private:
    QVector<PtzPreset> m_presets;
};

} // namespace pantau::ptz
