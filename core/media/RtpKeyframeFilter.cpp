#include "core/media/RtpKeyframeFilter.h"

namespace pantau::media {

namespace {
// Reads ue(v) Exp-Golomb numbers from the first bytes of a slice header (RBSP; an emulation
// prevention byte cannot occur this early for any real first_mb_in_slice).
class BitReader
{
public:
    BitReader(const std::uint8_t *data, std::size_t size) : m_data(data), m_bits(size * 8) {}
    bool ue(std::uint32_t &value)
    {
        int zeros = 0;
        for (;;) {
            int bit = 0;
            if (!read(bit))
                return false;
            if (bit)
                break;
            if (++zeros > 31)
                return false;
        }
        std::uint32_t rest = 0;
        for (int i = 0; i < zeros; ++i) {
            int bit = 0;
            if (!read(bit))
                return false;
            rest = (rest << 1) | std::uint32_t(bit);
        }
        value = ((1u << zeros) - 1) + rest;
        return true;
    }

private:
    bool read(int &bit)
    {
        if (m_pos >= m_bits)
            return false;
        bit = (m_data[m_pos / 8] >> (7 - m_pos % 8)) & 1;
        ++m_pos;
        return true;
    }
    const std::uint8_t *m_data;
    std::size_t m_bits;
    std::size_t m_pos = 0;
};
} // namespace

RtpKeyframeFilter::Kind RtpKeyframeFilter::classifyH264(std::uint8_t nalType, const std::uint8_t *sliceHeader,
                                                        std::size_t size, std::uint32_t rtpTimestamp)
{
    switch (nalType) {
    case 5: // IDR slice
        return Kind::Key;
    case 1: { // non-IDR slice: an I picture is a keyframe for an open-GOP camera
        BitReader bits(sliceHeader, size);
        std::uint32_t firstMb = 0, sliceType = 0;
        if (!bits.ue(firstMb) || !bits.ue(sliceType))
            return Kind::Delta; // too short to be a slice anyone could use alone
        const bool intra = sliceType % 5 == 2 || sliceType % 5 == 4;
        if (firstMb == 0) { // the picture's first slice decides for the picture
            m_pictureTimestamp = rtpTimestamp;
            m_pictureIsKey = intra;
            m_pictureKnown = true;
            return intra ? Kind::Key : Kind::Delta;
        }
        // A later slice: an I slice inside a P picture (intra refresh) is no keyframe.
        const bool samePicture = m_pictureKnown && rtpTimestamp == m_pictureTimestamp;
        return samePicture && m_pictureIsKey && intra ? Kind::Key : Kind::Delta;
    }
    case 2: // data partitions A, B, C
    case 3:
    case 4:
    case 6:  // SEI
    case 9:  // access unit delimiter
    case 10: // end of sequence
    case 11: // end of stream
    case 12: // filler
        // Dropped with the pictures: those of a dropped delta frame would pile up in front of the
        // next keyframe in the depayloader (the packet that ends a delta frame is gone).
        return Kind::Delta;
    default:
        return Kind::Other; // SPS, PPS, aggregation packets, ...
    }
}

RtpKeyframeFilter::Kind RtpKeyframeFilter::classifyH265(std::uint8_t nalType)
{
    if (nalType <= 9) // TRAIL, TSA, STSA, RADL, RASL: pictures that are no random access point
        return Kind::Delta;
    if (nalType >= 16 && nalType <= 21) // BLA, IDR, CRA
        return Kind::Key;
    if (nalType >= 35 && nalType <= 40) // AUD, end of sequence / bitstream, filler, SEI: as for H.264
        return Kind::Delta;
    return Kind::Other; // VPS, SPS, PPS, aggregation packets, ...
}

bool RtpKeyframeFilter::pass(const std::uint8_t *payload, std::size_t size, std::uint32_t rtpTimestamp,
                             std::int64_t nowMs)
{
    if (m_passAll)
        return true;
    if (m_firstPacketMs < 0)
        m_firstPacketMs = nowMs;
    if (m_keyPictures == 0 && nowMs - m_firstPacketMs > kGiveUpMs) {
        m_passAll = true;
        return true;
    }
    if (!payload || size < 1)
        return true;

    Kind kind = Kind::Other;
    bool fragmentStart = false, fragment = false;
    if (m_codec == Codec::H264) {
        const std::uint8_t type = payload[0] & 0x1f;
        if (type >= 1 && type <= 23) {
            kind = classifyH264(type, payload + 1, size - 1, rtpTimestamp);
        } else if (type == 28 || type == 29) { // FU-A, FU-B
            if (size < 2)
                return true;
            fragment = true;
            fragmentStart = payload[1] & 0x80;
            const std::size_t header = type == 29 ? 4 : 2; // FU-B carries a decoding order number
            if (fragmentStart)
                kind = classifyH264(payload[1] & 0x1f, payload + header, size > header ? size - header : 0,
                                    rtpTimestamp);
        }
    } else {
        if (size < 2)
            return true;
        const std::uint8_t type = (payload[0] >> 1) & 0x3f;
        if (type == 49) { // fragmentation unit
            if (size < 3)
                return true;
            fragment = true;
            fragmentStart = payload[2] & 0x80;
            if (fragmentStart)
                kind = classifyH265(payload[2] & 0x3f);
        } else {
            kind = classifyH265(type);
        }
    }

    if (fragment && !fragmentStart)
        return m_keepFragments;
    const bool keep = kind != Kind::Delta;
    if (fragment)
        m_keepFragments = keep;
    if (kind == Kind::Key)
        ++m_keyPictures;
    return keep;
}

} // namespace pantau::media
