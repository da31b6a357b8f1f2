#include "core/ptz/PelcoDSerialPort.h"

#include "core/Log.h"

namespace pantau::ptz {

using pelcod::Frame;

PelcoDSerialPort::PelcoDSerialPort(QObject *parent) : QObject(parent)
{
    connect(&m_port, &QSerialPort::errorOccurred, this, &PelcoDSerialPort::onPortError);
    // Pelco-D receivers do not answer; a few send an acknowledgement byte. Nothing is read from
    // it, but the input is drained so it does not pile up.
    connect(&m_port, &QSerialPort::readyRead, this, [this] {
        const QByteArray input = m_port.readAll();
        qCDebug(lcPtz) << "pelco-d" << m_port.portName() << "ignored input" << input.toHex(' ');
    });
}

PelcoDSerialPort::~PelcoDSerialPort()
{
    close();
}

QList<qint32> PelcoDSerialPort::supportedBaudRates()
{
    return {2400, 4800, 9600};
}

void PelcoDSerialPort::setConfig(const PelcoDConfig &config)
{
    m_config = config;
}

bool PelcoDSerialPort::open()
{
    close();
    m_errorString.clear();
    if (m_config.portName.trimmed().isEmpty()) {
        m_errorString = tr("No serial port is set for this Pelco-D camera.");
        return false;
    }
    if (!supportedBaudRates().contains(m_config.baudRate)) {
        m_errorString = tr("%1 baud is not a Pelco-D speed: use 2400, 4800 or 9600.").arg(m_config.baudRate);
        return false;
    }
    if (!pelcod::isValidAddress(m_config.address)) {
        m_errorString = tr("Pelco-D address %1 is out of range: use 1 to 255.").arg(m_config.address);
        return false;
    }

    m_port.setPortName(m_config.portName);
    m_port.setBaudRate(m_config.baudRate);
    m_port.setDataBits(QSerialPort::Data8);
    m_port.setParity(QSerialPort::NoParity);
    m_port.setStopBits(QSerialPort::OneStop);
    m_port.setFlowControl(QSerialPort::NoFlowControl);
    if (!m_port.open(QIODevice::ReadWrite)) {
        m_errorString = openErrorText(m_port.error(), m_config.portName, m_port.errorString());
        qCWarning(lcPtz) << "pelco-d: cannot open" << m_config.portName << m_port.error()
                         << m_port.errorString();
        m_port.clearError();
        return false;
    }
    m_moving = false;
    qCInfo(lcPtz) << "pelco-d: opened" << m_config.portName << "at" << m_config.baudRate << "baud, address"
                  << m_config.address;
    return true;
}

void PelcoDSerialPort::close()
{
    if (!m_port.isOpen())
        return;
    if (m_moving) {
        if (const auto stop = pelcod::stopFrame(m_config.address)) {
            m_port.write(stop->toBytes());
            ++m_framesSent;
        }
        m_moving = false;
    }
    // QSerialPort::close() drops what is still queued; hand it to the kernel first (the serial
    // driver finishes transmitting on close).
    m_port.flush();
    m_port.close();
    qCInfo(lcPtz) << "pelco-d: closed" << m_config.portName;
}

bool PelcoDSerialPort::isOpen() const
{
    return m_port.isOpen();
}

qint64 PelcoDSerialPort::bytesToWrite() const
{
    return m_port.isOpen() ? m_port.bytesToWrite() : 0;
}

bool PelcoDSerialPort::fail(const QString &message)
{
    m_errorString = message;
    qCWarning(lcPtz) << "pelco-d:" << message;
    Q_EMIT errorOccurred(message);
    return false;
}

bool PelcoDSerialPort::send(const std::optional<Frame> &frame, bool moving)
{
    if (!m_port.isOpen()) {
        if (m_config.portName.trimmed().isEmpty())
            return fail(tr("No serial port is set for this Pelco-D camera."));
        return fail(tr("The Pelco-D serial port %1 is not open.").arg(m_config.portName));
    }
    if (!frame) // every other argument was checked by the caller
        return fail(tr("Pelco-D address %1 is out of range: use 1 to 255.").arg(m_config.address));
    const QByteArray bytes = frame->toBytes();
    qCDebug(lcPtz) << "pelco-d" << m_config.portName << frame->toHex();
    if (m_port.write(bytes) != bytes.size())
        return fail(
            tr("Writing to the serial port %1 failed (%2).").arg(m_config.portName, m_port.errorString()));
    m_moving = moving;
    ++m_framesSent;
    return true;
}

bool PelcoDSerialPort::continuousMove(double pan, double tilt, double zoom)
{
    const auto turbo = m_config.turboAtFullSpeed ? pelcod::Turbo::AtFullPanSpeed : pelcod::Turbo::Never;
    const auto frame = pelcod::moveFrame(m_config.address, pan, tilt, zoom, turbo);
    const bool moving = frame && (frame->command1 != 0 || frame->command2 != 0);
    return send(frame, moving);
}

bool PelcoDSerialPort::stop()
{
    return send(pelcod::stopFrame(m_config.address), false);
}

bool PelcoDSerialPort::presetCommand(int preset, std::optional<Frame> (*build)(int, int), bool endsMove)
{
    if (!pelcod::isValidPreset(preset))
        return fail(tr("Preset %1 does not exist: Pelco-D presets are 1 to 255.").arg(preset));
    if (pelcod::isCommonlyReservedPreset(preset) && !m_config.allowReservedPresets)
        return fail(tr("Preset %1 is not sent: many Pelco-D cameras reserve 33, 34 and 92 to 99 for special "
                       "functions (flip, menu, scan limits).")
                        .arg(preset));
    return send(build(m_config.address, preset), endsMove ? false : m_moving);
}

bool PelcoDSerialPort::goToPreset(int preset)
{
    // Calling a preset ends a continuous move (the camera drives itself there and stops).
    return presetCommand(preset, &pelcod::goToPresetFrame, true);
}

bool PelcoDSerialPort::setPreset(int preset)
{
    return presetCommand(preset, &pelcod::setPresetFrame, false);
}

bool PelcoDSerialPort::clearPreset(int preset)
{
    return presetCommand(preset, &pelcod::clearPresetFrame, false);
}

bool PelcoDSerialPort::goHome()
{
    return goToPreset(m_config.homePreset);
}

bool PelcoDSerialPort::setZoomSpeed(int speed)
{
    if (speed < 0 || speed > pelcod::kMaxZoomSpeed)
        return fail(tr("Zoom speed %1 is out of range: use 0 to 3.").arg(speed));
    return send(pelcod::zoomSpeedFrame(m_config.address, speed), m_moving);
}

bool PelcoDSerialPort::focus(pelcod::Focus direction)
{
    return send(pelcod::focusFrame(m_config.address, direction), true);
}

bool PelcoDSerialPort::iris(pelcod::Iris direction)
{
    return send(pelcod::irisFrame(m_config.address, direction), true);
}

void PelcoDSerialPort::onPortError(QSerialPort::SerialPortError error)
{
    // Failures to open are reported by open(); this is for a port that was working.
    if (error == QSerialPort::NoError || !m_port.isOpen())
        return;
    const QString port = m_config.portName;
    const QString detail = m_port.errorString();
    m_port.clearError();
    switch (error) {
    case QSerialPort::ResourceError:
        // The adaptor was unplugged: nothing more can be written, not even a stop.
        m_moving = false;
        m_port.close();
        fail(tr("The serial port %1 stopped working; is the RS-485 adaptor still plugged in? (%2)")
                 .arg(port, detail));
        return;
    case QSerialPort::WriteError:
        fail(tr("Writing to the serial port %1 failed (%2).").arg(port, detail));
        return;
    case QSerialPort::TimeoutError:
        return; // only from the blocking wait functions, which are not used
    default:
        fail(tr("The serial port %1 reported an error (%2).").arg(port, detail));
        return;
    }
}

QString PelcoDSerialPort::openErrorText(QSerialPort::SerialPortError error, const QString &portName,
                                        const QString &detail)
{
    QString base;
    switch (error) {
    case QSerialPort::DeviceNotFoundError:
        base =
            tr("The serial port %1 does not exist. Check that the RS-485 adaptor is plugged in and that the "
               "port name is right.")
                .arg(portName);
        break;
    case QSerialPort::PermissionError:
        base =
            tr("Pantau may not open the serial port %1. Add this user to the 'dialout' group (sudo adduser "
               "$USER dialout), then log out and in again. If the user is already a member, another program "
               "may be using the port.")
                .arg(portName);
        break;
    case QSerialPort::OpenError:
        base = tr("The serial port %1 is already open.").arg(portName);
        break;
    case QSerialPort::UnsupportedOperationError:
        base =
            tr("The serial port %1 does not accept these settings (8 data bits, no parity, 1 stop bit at the "
               "chosen baud rate).")
                .arg(portName);
        break;
    default:
        base = tr("The serial port %1 cannot be opened.").arg(portName);
        break;
    }
    return detail.isEmpty() ? base : tr("%1 (%2)").arg(base, detail);
}

} // namespace pantau::ptz
