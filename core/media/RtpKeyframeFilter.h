#pragma once
// Keyframes-only thumbnails: decides, per RTP packet of an H.264 or H.265 stream, whether it can
// belong to a keyframe, so that the packets of delta frames are dropped before the depayloader
// and the parser ever see them (the decoder-side drop of delta frames stays behind it). On a
// 200-camera overview most packets are delta frames: see README "Performance".
//
// Kept: IDR / IRAP pictures, non-IDR H.264 pictures whose slices are all I slices (cameras with
// open GOPs; an I slice inside a P picture, intra refresh, is not kept), parameter sets and
// aggregation packets. Dropped: the other slices, every fragment of a fragmented slice whose
// first fragment was dropped, and access unit delimiters, SEI and filler (those of dropped delta
// frames would otherwise pile up in front of the next keyframe in the depayloader).
//
// A stream whose keyframes this cannot see (no key picture kept for `kGiveUpMs` after its first
// packet) is passed on whole from then on; the decoder-side drop still keeps delta frames out.
//
// Threads: one filter per RTSP pad, called only from that pad's streaming thread.
#include <cstddef>
#include <cstdint>

namespace pantau::media {

class RtpKeyframeFilter
{
public:
    enum class Codec { H264, H265 };
    static constexpr std::int64_t kGiveUpMs = 10000;

    explicit RtpKeyframeFilter(Codec codec) : m_codec(codec) {}

    // The RTP payload of one packet (after the RTP header), its RTP timestamp (one per picture)
    // and a monotonic clock. True: pass it on.
    bool pass(const std::uint8_t *payload, std::size_t size, std::uint32_t rtpTimestamp, std::int64_t nowMs);

    // True once it gave up on this stream and passes everything.
    bool passingAll() const { return m_passAll; }
    // Key picture slices seen.
    std::uint64_t keyPictures() const { return m_keyPictures; }

private:
    enum class Kind { Key, Delta, Other };
    Kind classifyH264(std::uint8_t nalType, const std::uint8_t *sliceHeader, std::size_t size,
                      std::uint32_t rtpTimestamp);
    static Kind classifyH265(std::uint8_t nalType);

    Codec m_codec;
    bool m_keepFragments = true; // the decision for the fragmented NAL unit being received
    bool m_passAll = false;
    // The H.264 picture being received: its RTP timestamp, and whether its first slice was intra.
    std::uint32_t m_pictureTimestamp = 0;
    bool m_pictureIsKey = false;
    bool m_pictureKnown = false;
    std::int64_t m_firstPacketMs = -1;
    std::uint64_t m_keyPictures = 0;
};

} // namespace pantau::media
