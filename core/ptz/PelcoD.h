#pragma once
// Pelco-D frames: pure functions, no I/O, any thread.
//
// A frame is 7 bytes: sync 0xFF, address (1..255), command 1, command 2, data 1, data 2, and a
// checksum = (address + command 1 + command 2 + data 1 + data 2) mod 256 (the sync byte is not
// summed). Pelco-D is one-way here: cameras are not asked for anything and nothing is read back.
//
// Standard command bits (data 1 = pan speed, data 2 = tilt speed for moves):
//   command 1: 0x01 focus near, 0x02 iris open, 0x04 iris close (0x08/0x10 camera on/off and
//              auto/manual scan with the sense bit 0x80: never sent by Pantau)
//   command 2: 0x02 right, 0x04 left, 0x08 up, 0x10 down, 0x20 zoom tele, 0x40 zoom wide,
//              0x80 focus far; bit 0 must be 0 (bit 0 set marks an extended command)
// Extended commands (command 1 = 0, data 1 = 0): 0x03 set preset, 0x05 clear preset, 0x07 go to
// preset (data 2 = preset 1..255), 0x25 zoom lens speed (data 2 = 0..3).
//
// Speeds: pan and tilt speeds are 0x00..0x3F; 0xFF in data 1 is "turbo" pan on the cameras that
// know it. A normalised velocity v in [-1, 1] becomes speed round(|v| * 63) clamped to 0x01..0x3F,
// so 0.5 is 0x20 ("medium" in the published examples) and 1.0 is 0x3F. |v| below kDeadZone (or
// NaN) leaves that axis idle. Turbo is never sent unless the caller asks for it, and then only
// for a pan at full speed (|pan| >= 1): many receivers ignore or misread 0xFF.
//
// Presets: the protocol carries 1..255 and the frame builders accept all of them. Many cameras
// give some numbers a special meaning (Pelco: call 33 = flip 180°, call 34 = pan zero; most OEM
// domes: 92/93 scan limits, 94 remote reboot on some, 95 open the on-screen menu, 96 stop a
// scan, 97..99 start pattern / sequence / auto scan). isCommonlyReservedPreset() names those;
// PelcoDSerialPort refuses them unless its configuration allows them.
#include <QByteArray>
#include <QByteArrayView>
#include <QtGlobal>

#include <optional>

namespace pantau::ptz::pelcod {

inline constexpr quint8 kSync = 0xFF;
inline constexpr int kFrameSize = 7;
inline constexpr int kMinAddress = 1;
inline constexpr int kMaxAddress = 255;
inline constexpr int kMinPreset = 1;
inline constexpr int kMaxPreset = 255;
inline constexpr quint8 kMaxSpeed = 0x3F;
inline constexpr quint8 kTurboPanSpeed = 0xFF;
inline constexpr int kMaxZoomSpeed = 3;
inline constexpr double kDeadZone = 0.01;

// Command 1 bits.
inline constexpr quint8 kFocusNear = 0x01;
inline constexpr quint8 kIrisOpen = 0x02;
inline constexpr quint8 kIrisClose = 0x04;
// Command 2 bits.
inline constexpr quint8 kPanRight = 0x02;
inline constexpr quint8 kPanLeft = 0x04;
inline constexpr quint8 kTiltUp = 0x08;
inline constexpr quint8 kTiltDown = 0x10;
inline constexpr quint8 kZoomTele = 0x20;
inline constexpr quint8 kZoomWide = 0x40;
inline constexpr quint8 kFocusFar = 0x80;
// Extended commands (command 2, command 1 = 0).
inline constexpr quint8 kSetPreset = 0x03;
inline constexpr quint8 kClearPreset = 0x05;
inline constexpr quint8 kGoToPreset = 0x07;
inline constexpr quint8 kSetZoomSpeed = 0x25;

struct Frame
{
    quint8 address = 1;
    quint8 command1 = 0;
    quint8 command2 = 0;
    quint8 data1 = 0;
    quint8 data2 = 0;

    quint8 checksum() const;
    QByteArray toBytes() const; // 7 bytes, sync and checksum included
    QByteArray toHex() const;   // "ff 01 00 02 20 00 23", for logs and test messages
    friend bool operator==(const Frame &, const Frame &) = default;
};

enum class Turbo { Never, AtFullPanSpeed };
enum class Focus { Near, Far };
enum class Iris { Open, Close };

quint8 checksum(quint8 address, quint8 command1, quint8 command2, quint8 data1, quint8 data2);
bool isValidAddress(int address);
bool isValidPreset(int preset);
bool isCommonlyReservedPreset(int preset);
// 0 for |v| < kDeadZone or NaN, else 0x01..0x3F.
quint8 speedFor(double velocity);

// Every builder returns nullopt when an argument is out of range (address outside 1..255,
// preset outside 1..255, zoom speed outside 0..3).
std::optional<Frame> stopFrame(int address);
// pan > 0 right, tilt > 0 up, zoom > 0 tele (in); values are clamped to [-1, 1]. The zoom's
// magnitude is not carried by the frame (see zoomSpeedFrame); an all-idle move is a stop.
std::optional<Frame> moveFrame(int address, double pan, double tilt, double zoom, Turbo turbo = Turbo::Never);
std::optional<Frame> focusFrame(int address, Focus direction);
std::optional<Frame> irisFrame(int address, Iris direction);
std::optional<Frame> setPresetFrame(int address, int preset);
std::optional<Frame> clearPresetFrame(int address, int preset);
std::optional<Frame> goToPresetFrame(int address, int preset);
std::optional<Frame> zoomSpeedFrame(int address, int speed);

// Exactly one well-formed frame: 7 bytes, sync 0xFF, address 1..255, matching checksum.
std::optional<Frame> parseFrame(QByteArrayView bytes);
// For a byte stream (a test camera, a sniffer): drops bytes from the front of `buffer` until it
// starts with a valid frame, takes that frame out and returns it; nullopt (keeping up to 6 bytes
// that may start a frame) when there is none yet.
std::optional<Frame> takeFrame(QByteArray &buffer);

} // namespace pantau::ptz::pelcod
