// What a PTZ node supports, read from its SupportedPTZSpaces, decides which moves are sent.
#include <catch2/catch.hpp>

#include "core/onvif/XmlElement.h"
#include "core/ptz/PtzMoveFilter.h"

using namespace pantau;
using namespace pantau::ptz;

namespace {
PtzCapabilities capsOf(const QByteArray &spaces)
{
    const onvif::XmlParseResult parsed =
        onvif::parseXml("<tt:SupportedPTZSpaces xmlns:tt=\"http://www.onvif.org/ver10/schema\">" + spaces +
                        "</tt:SupportedPTZSpaces>");
    REQUIRE(parsed.root);
    return PtzMoveFilter::withSpaces(PtzCapabilities{}, *parsed.root);
}
const QByteArray kContinuousPanTilt = "<tt:ContinuousPanTiltVelocitySpace/>";
const QByteArray kContinuousZoom = "<tt:ContinuousZoomVelocitySpace/>";
const QByteArray kRelativePanTilt = "<tt:RelativePanTiltTranslationSpace/>";
const QByteArray kAbsolutePanTilt = "<tt:AbsolutePanTiltPositionSpace/>";
const QByteArray kAbsoluteZoom = "<tt:AbsoluteZoomPositionSpace/>";
} // namespace

TEST_CASE("PtzMoveFilter: a node without absolute spaces allows no absolute move", "[unit][ptz]")
{
    const PtzCapabilities caps = capsOf(kContinuousPanTilt + kContinuousZoom + kRelativePanTilt);
    CHECK_FALSE(caps.absolute);
    CHECK_FALSE(caps.absoluteZoom);
    CHECK_FALSE(PtzMoveFilter::axes(caps, PtzMoveFilter::Move::Absolute).any());
    CHECK(caps.relative);
    CHECK(caps.continuous);
}

TEST_CASE("PtzMoveFilter: a node with every space allows every move on both axes", "[unit][ptz]")
{
    const PtzCapabilities caps =
        capsOf(kContinuousPanTilt + kContinuousZoom + kRelativePanTilt + kAbsolutePanTilt + kAbsoluteZoom);
    const PtzAxes absolute = PtzMoveFilter::axes(caps, PtzMoveFilter::Move::Absolute);
    CHECK(absolute.panTilt);
    CHECK(absolute.zoom);
    const PtzAxes continuous = PtzMoveFilter::axes(caps, PtzMoveFilter::Move::Continuous);
    CHECK(continuous.panTilt);
    CHECK(continuous.zoom);
}

TEST_CASE("PtzMoveFilter: a node without zoom spaces does not zoom", "[unit][ptz]")
{
    const PtzCapabilities caps = capsOf(kContinuousPanTilt + kRelativePanTilt + kAbsolutePanTilt);
    CHECK(caps.continuousPanTilt);
    CHECK_FALSE(caps.continuousZoom);
    CHECK(caps.continuous);
    const PtzAxes continuous = PtzMoveFilter::axes(caps, PtzMoveFilter::Move::Continuous);
    CHECK_FALSE(PtzMoveFilter::asksSupported({0.0, 0.0, 0.5}, continuous)); // zoom only: not sent
    CHECK(PtzMoveFilter::asksSupported({0.3, 0.0, 0.5}, continuous));       // pan: sent, without zoom
    CHECK_FALSE(PtzMoveFilter::axes(caps, PtzMoveFilter::Move::Absolute).zoom);
}

TEST_CASE("PtzMoveFilter: a zoom-only node does not pan or tilt", "[unit][ptz]")
{
    const PtzCapabilities caps = capsOf(kContinuousZoom);
    CHECK_FALSE(caps.continuousPanTilt);
    CHECK(caps.continuousZoom);
    const PtzAxes continuous = PtzMoveFilter::axes(caps, PtzMoveFilter::Move::Continuous);
    CHECK_FALSE(PtzMoveFilter::asksSupported({0.5, -0.5, 0.0}, continuous));
    CHECK(PtzMoveFilter::asksSupported({0.0, 0.0, -0.5}, continuous));
    CHECK_FALSE(caps.relative);
}
