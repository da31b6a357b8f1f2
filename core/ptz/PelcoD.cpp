#include "core/ptz/PelcoD.h"

#include <algorithm>
#include <cmath>

namespace pantau::ptz::pelcod {

namespace {

std::optional<Frame> make(int address, quint8 command1, quint8 command2, quint8 data1, quint8 data2)
{
    if (!isValidAddress(address))
        return std::nullopt;
    return Frame{quint8(address), command1, command2, data1, data2};
}

std::optional<Frame> presetCommand(int address, quint8 command, int preset)
{
    if (!isValidPreset(preset))
        return std::nullopt;
    return make(address, 0x00, command, 0x00, quint8(preset));
}

double clampUnit(double v)
{
    return std::isnan(v) ? 0.0 : std::clamp(v, -1.0, 1.0);
}

} // namespace

quint8 checksum(quint8 address, quint8 command1, quint8 command2, quint8 data1, quint8 data2)
{
    return quint8((unsigned(address) + command1 + command2 + data1 + data2) % 256u);
}

quint8 Frame::checksum() const
{
    return pelcod::checksum(address, command1, command2, data1, data2);
}

QByteArray Frame::toBytes() const
{
    const char bytes[kFrameSize] = {char(kSync), char(address), char(command1),  char(command2),
                                    char(data1), char(data2),   char(checksum())};
    return QByteArray(bytes, kFrameSize);
}

QByteArray Frame::toHex() const
{
    return toBytes().toHex(' ');
}

bool isValidAddress(int address)
{
    return address >= kMinAddress && address <= kMaxAddress;
}

bool isValidPreset(int preset)
{
    return preset >= kMinPreset && preset <= kMaxPreset;
}

bool isCommonlyReservedPreset(int preset)
{
    return preset == 33 || preset == 34 || (preset >= 92 && preset <= 99);
}

quint8 speedFor(double velocity)
{
    const double magnitude = std::fabs(clampUnit(velocity));
    if (magnitude < kDeadZone)
        return 0;
    return quint8(std::clamp<long>(std::lround(magnitude * kMaxSpeed), 1, kMaxSpeed));
}

std::optional<Frame> stopFrame(int address)
{
    return make(address, 0x00, 0x00, 0x00, 0x00);
}

std::optional<Frame> moveFrame(int address, double pan, double tilt, double zoom, Turbo turbo)
{
    pan = clampUnit(pan);
    tilt = clampUnit(tilt);
    zoom = clampUnit(zoom);
    quint8 command2 = 0;
    quint8 panSpeed = speedFor(pan);
    const quint8 tiltSpeed = speedFor(tilt);
    if (panSpeed != 0)
        command2 |= pan > 0 ? kPanRight : kPanLeft;
    if (tiltSpeed != 0)
        command2 |= tilt > 0 ? kTiltUp : kTiltDown;
    if (std::fabs(zoom) >= kDeadZone)
        command2 |= zoom > 0 ? kZoomTele : kZoomWide;
    if (turbo == Turbo::AtFullPanSpeed && std::fabs(pan) >= 1.0)
        panSpeed = kTurboPanSpeed;
    return make(address, 0x00, command2, panSpeed, tiltSpeed);
}

std::optional<Frame> focusFrame(int address, Focus direction)
{
    return direction == Focus::Near ? make(address, kFocusNear, 0x00, 0x00, 0x00)
                                    : make(address, 0x00, kFocusFar, 0x00, 0x00);
}

std::optional<Frame> irisFrame(int address, Iris direction)
{
    return make(address, direction == Iris::Open ? kIrisOpen : kIrisClose, 0x00, 0x00, 0x00);
}

std::optional<Frame> setPresetFrame(int address, int preset)
{
    return presetCommand(address, kSetPreset, preset);
}

std::optional<Frame> clearPresetFrame(int address, int preset)
{
    return presetCommand(address, kClearPreset, preset);
}

std::optional<Frame> goToPresetFrame(int address, int preset)
{
    return presetCommand(address, kGoToPreset, preset);
}

std::optional<Frame> zoomSpeedFrame(int address, int speed)
{
    if (speed < 0 || speed > kMaxZoomSpeed)
        return std::nullopt;
    return make(address, 0x00, kSetZoomSpeed, 0x00, quint8(speed));
}

std::optional<Frame> parseFrame(QByteArrayView bytes)
{
    if (bytes.size() != kFrameSize)
        return std::nullopt;
    const auto at = [&](int i) { return quint8(bytes[i]); };
    if (at(0) != kSync || !isValidAddress(at(1)))
        return std::nullopt;
    const Frame frame{at(1), at(2), at(3), at(4), at(5)};
    if (frame.checksum() != at(6))
        return std::nullopt;
    return frame;
}

std::optional<Frame> takeFrame(QByteArray &buffer)
{
    while (!buffer.isEmpty()) {
        const qsizetype sync = buffer.indexOf(char(kSync));
        if (sync < 0) {
            buffer.clear();
            return std::nullopt;
        }
        if (sync > 0)
            buffer.remove(0, sync);
        if (buffer.size() < kFrameSize)
            return std::nullopt;
        if (const auto frame = parseFrame(QByteArrayView(buffer).first(kFrameSize))) {
            buffer.remove(0, kFrameSize);
            return frame;
        }
        buffer.remove(0, 1); // a sync byte that starts no frame: look for the next one
    }
    return std::nullopt;
}

} // namespace pantau::ptz::pelcod
