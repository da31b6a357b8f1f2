#pragma once
// Which moves a PTZ node can do, from the spaces it lists (ONVIF GetNodes / GetNode:
// SupportedPTZSpaces), and which axes of a move may be sent to it: a move the node does not
// support is never sent, and its control is not offered. Pure; any thread.
#include "core/ptz/PtzController.h"

namespace pantau::onvif {
struct XmlElement;
}

namespace pantau::ptz {

struct PtzAxes
{
    bool panTilt = false;
    bool zoom = false;
    bool any() const { return panTilt || zoom; }
};

class PtzMoveFilter
{
public:
    enum class Move { Continuous, Relative, Absolute };

    // `caps` with its move flags set from a node's SupportedPTZSpaces element.
    static PtzCapabilities withSpaces(PtzCapabilities caps, const onvif::XmlElement &supportedSpaces);
    // The axes of `move` the node supports.
    static PtzAxes axes(const PtzCapabilities &caps, Move move);
    // Whether a velocity or translation asks anything of an axis in `axes`: one that moves only
    // unsupported axes is not sent. (An absolute position is sent when any axis is supported.)
    static bool asksSupported(const PtzVector &vector, PtzAxes axes);
};

} // namespace pantau::ptz
