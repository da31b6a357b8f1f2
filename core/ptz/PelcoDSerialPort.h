#pragma once
// Drives one Pelco-D camera over a serial port (an RS-485 adaptor such as /dev/ttyUSB0; a
// pseudo-terminal in tests): 8 data bits, no parity, 1 stop bit, no flow control, at 2400 baud
// (the Pelco-D default) or 4800 / 9600 as set on the camera's DIP switches or menu.
//
// Pelco-D has no feedback: the camera never answers, so there is no position, no status, no
// list of presets and no acknowledgement; a write that reached the adaptor is all we can know.
// A camera also keeps moving until it is told to stop (no timeout in the protocol), so whoever
// sends continuousMove() must send stop() (PtzDriver's watchdog does); close() and the
// destructor send a stop first when the last command was a move.
//
// "Home" is not a Pelco-D command: goHome() calls the configured home preset (preset 1 unless
// configured otherwise), the usual convention for Pelco-D installations.
//
// Presets 1..255 are accepted, except the numbers many cameras reserve for special functions
// (pelcod::isCommonlyReservedPreset: 33, 34, 92..99), refused unless allowReservedPresets is set
// for a camera that uses them as ordinary presets: setting 92 or calling 95 on a typical dome
// changes scan limits or opens its on-screen menu instead of moving.
//
// PelcoDPtzController wraps this port behind the protocol-independent PtzController interface
// (core/ptz/PtzController.h); this class only owns the serial port and the bytes sent on it.
//
// Thread: GUI thread only (the QSerialPort lives there and writes from its event loop). Every
// method is called on that thread; errorOccurred is emitted on it.
#include "core/ptz/PelcoD.h"

#include <QList>
#include <QObject>
#include <QSerialPort>
#include <QString>

namespace pantau::ptz {

struct PelcoDConfig
{
    QString portName; // "/dev/ttyUSB0", "ttyUSB0", or a pty path
    qint32 baudRate = 2400;
    int address = 1;    // 1..255, as set on the camera
    int homePreset = 1; // goHome() calls this preset
    bool allowReservedPresets = false;
    bool turboAtFullSpeed = false; // pan speed 0xFF at |pan| = 1 (see PelcoD.h)
};

class PelcoDSerialPort : public QObject
{
    Q_OBJECT
public:
    explicit PelcoDSerialPort(QObject *parent = nullptr);
    ~PelcoDSerialPort() override;

    static QList<qint32> supportedBaudRates(); // 2400, 4800, 9600

    // Takes effect at the next open(); the address and preset options take effect at once.
    void setConfig(const PelcoDConfig &config);
    const PelcoDConfig &config() const { return m_config; }

    // Opens and configures the port. On failure returns false and errorString() tells the
    // operator why (translated); errorOccurred is not emitted for open().
    bool open();
    void close(); // sends a stop first if the camera was last told to move
    bool isOpen() const;
    QString errorString() const { return m_errorString; }

    // Each returns false (and emits errorOccurred with a translated message) when the port is
    // not open, an argument is refused, or the write failed at once. A true result means the
    // frame was queued: it is written from the event loop, and a later write error is reported
    // through errorOccurred too.
    bool continuousMove(double pan, double tilt, double zoom); // [-1, 1], right / up / tele > 0
    bool stop();
    bool goToPreset(int preset);
    bool setPreset(int preset);
    bool clearPreset(int preset);
    bool goHome();
    bool setZoomSpeed(int speed);        // 0 (slowest) .. 3 (fastest)
    bool focus(pelcod::Focus direction); // until stop()
    bool iris(pelcod::Iris direction);   // until stop()

    qint64 bytesToWrite() const; // queued, not yet handed to the port
    qint64 framesSent() const { return m_framesSent; }

    // The translated explanation for a failed open (public for tests).
    static QString openErrorText(QSerialPort::SerialPortError error, const QString &portName,
                                 const QString &detail);

Q_SIGNALS:
    void errorOccurred(const QString &message);

private:
    bool send(const std::optional<pelcod::Frame> &frame, bool moving);
    bool presetCommand(int preset, std::optional<pelcod::Frame> (*build)(int, int), bool endsMove);
    bool fail(const QString &message);
    void onPortError(QSerialPort::SerialPortError error);

    PelcoDConfig m_config;
    QSerialPort m_port;
    QString m_errorString;
    bool m_moving = false;
    qint64 m_framesSent = 0;
};

} // namespace pantau::ptz
