// media::RtpKeyframeFilter: the RTP packets of keyframes (and everything that is no picture) pass,
// the packets of delta frames do not. Hand-made payloads for each NAL unit kind; real packets
// from GStreamer's payloaders are in tests/integration/KeyframesOnlyTest.cpp.
#include "core/media/RtpKeyframeFilter.h"

#include <catch2/catch.hpp>

#include <vector>

using pantau::media::RtpKeyframeFilter;
using Bytes = std::vector<std::uint8_t>;

namespace {
bool passes(RtpKeyframeFilter &f, const Bytes &payload, std::int64_t nowMs = 0,
            std::uint32_t rtpTimestamp = 0)
{
    return f.pass(payload.data(), payload.size(), rtpTimestamp, nowMs);
}
} // namespace

TEST_CASE("RtpKeyframeFilter keeps H.264 keyframes and parameter sets, drops delta frames and their extras")
{
    RtpKeyframeFilter f(RtpKeyframeFilter::Codec::H264);
    // Slice headers: first_mb_in_slice = 0 ('1'), then slice_type as ue(v):
    // 0 (P) = '1', 2 (I) = '011', 7 (I, all slices) = '0001000', 5 (P, all) = '00110'.
    CHECK(passes(f, {0x65, 0x88, 0x80}));       // IDR slice
    CHECK(passes(f, {0x67, 0x42, 0x00, 0x1f})); // SPS
    CHECK(passes(f, {0x68, 0xce, 0x38, 0x80})); // PPS
    CHECK_FALSE(passes(f, {0x06, 0x05, 0x10})); // SEI: would pile up in front of the next keyframe
    CHECK_FALSE(passes(f, {0x09, 0xf0}));       // access unit delimiter
    CHECK_FALSE(passes(f, {0x0c, 0xff, 0xff})); // filler
    CHECK(passes(f, {0x18, 0x00, 0x04, 0x67})); // STAP-A
    CHECK_FALSE(passes(f, {0x41, 0xc0, 0x00})); // non-IDR slice, P ('1' '1')
    CHECK_FALSE(passes(f, {0x41, 0x98, 0x00})); // non-IDR slice, slice_type 5 ('1' '00110')
    CHECK(passes(f, {0x41, 0xb0, 0x00}));       // non-IDR slice, I ('1' '011'): an open-GOP keyframe
    CHECK(passes(f, {0x41, 0x88, 0x00}));       // non-IDR slice, slice_type 7 ('1' '0001000')
    CHECK_FALSE(passes(f, {0x42, 0x00}));       // data partition A

    SECTION("an I picture of several slices is kept whole; an I slice inside a P picture is not")
    {
        // first_mb_in_slice 5 = '00110', then slice_type 2 (I) = '011': 0011 0011 -> 0x33.
        CHECK(passes(f, {0x41, 0xb0, 0x00}, 0, 1000));       // I picture, first slice
        CHECK(passes(f, {0x41, 0x33, 0x00}, 0, 1000));       // its later I slice
        CHECK_FALSE(passes(f, {0x41, 0xc0, 0x00}, 0, 2000)); // P picture, first slice
        CHECK_FALSE(passes(f, {0x41, 0x33, 0x00}, 0, 2000)); // intra-refresh I slice inside it
        CHECK_FALSE(passes(f, {0x41, 0x33, 0x00}, 0, 3000)); // a later slice of a picture never started
    }

    SECTION("fragments follow the decision made for the first one")
    {
        CHECK_FALSE(passes(f, {0x7c, 0x81, 0xc0, 0x11})); // FU-A start of a P slice
        CHECK_FALSE(passes(f, {0x7c, 0x01, 0x22}));       // middle
        CHECK_FALSE(passes(f, {0x7c, 0x41, 0x33}));       // end
        CHECK(passes(f, {0x7c, 0x85, 0x88, 0x11}));       // FU-A start of an IDR slice
        CHECK(passes(f, {0x7c, 0x05, 0x22}));
        CHECK(passes(f, {0x7c, 0x45, 0x33}));
        CHECK(f.keyPictures() >= 1);
    }
    SECTION("payloads too short to judge pass: the depayloader deals with them")
    {
        CHECK(passes(f, {}));
        CHECK(passes(f, {0x7c}));
    }
}

TEST_CASE("RtpKeyframeFilter keeps H.265 random access pictures and parameter sets")
{
    RtpKeyframeFilter f(RtpKeyframeFilter::Codec::H265);
    auto nal = [](int type, Bytes rest = {0xaa}) {
        Bytes b{std::uint8_t(type << 1), 0x01};
        b.insert(b.end(), rest.begin(), rest.end());
        return b;
    };
    CHECK(passes(f, nal(19)));       // IDR_W_RADL
    CHECK(passes(f, nal(21)));       // CRA
    CHECK(passes(f, nal(32)));       // VPS
    CHECK(passes(f, nal(33)));       // SPS
    CHECK(passes(f, nal(34)));       // PPS
    CHECK_FALSE(passes(f, nal(39))); // prefix SEI
    CHECK_FALSE(passes(f, nal(35))); // access unit delimiter
    CHECK(passes(f, nal(48)));       // aggregation packet
    CHECK_FALSE(passes(f, nal(1)));  // TRAIL_R
    CHECK_FALSE(passes(f, nal(0)));  // TRAIL_N
    CHECK_FALSE(passes(f, nal(8)));  // RASL_N
    // Fragmentation units: the FU header's start bit and type decide for the whole NAL unit.
    CHECK_FALSE(passes(f, nal(49, {0x81, 0x00})));
    CHECK_FALSE(passes(f, nal(49, {0x01, 0x00})));
    CHECK_FALSE(passes(f, nal(49, {0x41, 0x00})));
    CHECK(passes(f, nal(49, {0x93, 0x00}))); // start of an IDR_W_RADL (19)
    CHECK(passes(f, nal(49, {0x13, 0x00})));
    CHECK(passes(f, nal(49, {0x53, 0x00})));
}

TEST_CASE("RtpKeyframeFilter passes everything when it sees no keyframe for 10 s")
{
    RtpKeyframeFilter f(RtpKeyframeFilter::Codec::H264);
    const Bytes delta{0x41, 0xc0, 0x00};
    CHECK_FALSE(passes(f, delta, 1000));
    CHECK_FALSE(passes(f, delta, 1000 + RtpKeyframeFilter::kGiveUpMs));
    CHECK_FALSE(f.passingAll());
    CHECK(passes(f, delta, 1001 + RtpKeyframeFilter::kGiveUpMs));
    CHECK(f.passingAll());
    CHECK(passes(f, delta, 1002 + RtpKeyframeFilter::kGiveUpMs));

    RtpKeyframeFilter seen(RtpKeyframeFilter::Codec::H264);
    CHECK(passes(seen, {0x65, 0x88, 0x80}, 0));
    CHECK_FALSE(passes(seen, delta, 60000)); // a keyframe was seen: it never gives up
    CHECK_FALSE(seen.passingAll());
}
