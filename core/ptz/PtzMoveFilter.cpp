#include "core/ptz/PtzMoveFilter.h"

#include "core/onvif/XmlElement.h"

namespace pantau::ptz {

PtzCapabilities PtzMoveFilter::withSpaces(PtzCapabilities caps, const onvif::XmlElement &spaces)
{
    const auto has = [&](const char16_t *name) { return spaces.child(name) != nullptr; };
    caps.continuousPanTilt = has(u"ContinuousPanTiltVelocitySpace");
    caps.continuousZoom = has(u"ContinuousZoomVelocitySpace");
    caps.continuous = caps.continuousPanTilt || caps.continuousZoom;
    caps.relative = has(u"RelativePanTiltTranslationSpace");
    caps.relativeZoom = has(u"RelativeZoomTranslationSpace");
    caps.absolute = has(u"AbsolutePanTiltPositionSpace");
    caps.absoluteZoom = has(u"AbsoluteZoomPositionSpace");
    return caps;
}

PtzAxes PtzMoveFilter::axes(const PtzCapabilities &caps, Move move)
{
    switch (move) {
    case Move::Continuous:
        return {caps.continuousPanTilt, caps.continuousZoom};
    case Move::Relative:
        return {caps.relative, caps.relativeZoom};
    case Move::Absolute:
        return {caps.absolute, caps.absoluteZoom};
    }
    return {};
}

bool PtzMoveFilter::asksSupported(const PtzVector &v, PtzAxes axes)
{
    return (axes.panTilt && (v.pan != 0.0 || v.tilt != 0.0)) || (axes.zoom && v.zoom != 0.0);
}

} // namespace pantau::ptz
