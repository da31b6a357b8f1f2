#include "core/playback/FragmentedMp4.h"

#include <QtEndian>

#include <algorithm>

namespace pantau::playback {

namespace {

// One box inside [begin, end) of the file.
struct Box
{
    qint64 start = 0;
    qint64 bodyStart = 0;
    qint64 end = 0;
    QByteArray type;
};

class Reader
{
public:
    Reader(const uchar *data, qint64 size) : m_data(data), m_size(size) {}
    qint64 size() const { return m_size; }
    bool has(qint64 pos, qint64 n) const { return pos >= 0 && n >= 0 && pos + n <= m_size; }
    quint32 u32(qint64 pos) const { return qFromBigEndian<quint32>(m_data + pos); }
    quint64 u64(qint64 pos) const { return qFromBigEndian<quint64>(m_data + pos); }
    quint8 u8(qint64 pos) const { return m_data[pos]; }
    QByteArray bytes(qint64 pos, qint64 n) const
    {
        return QByteArray(reinterpret_cast<const char *>(m_data + pos), int(n));
    }

    // The box at `pos`, inside `end`; nothing when its header does not fit. `truncated` is set
    // when the box runs past `end` (a file cut while it was written).
    std::optional<Box> box(qint64 pos, qint64 end, bool *truncated = nullptr) const
    {
        if (!has(pos, 8) || pos + 8 > end)
            return std::nullopt;
        Box b;
        b.start = pos;
        quint64 size = u32(pos);
        b.type = bytes(pos + 4, 4);
        b.bodyStart = pos + 8;
        if (size == 1) {
            if (!has(pos, 16) || pos + 16 > end)
                return std::nullopt;
            size = u64(pos + 8);
            b.bodyStart = pos + 16;
        } else if (size == 0) {
            size = quint64(end - pos);
        }
        if (size < quint64(b.bodyStart - pos))
            return std::nullopt;
        if (size > quint64(end - pos)) {
            if (truncated)
                *truncated = true;
            return std::nullopt;
        }
        b.end = pos + qint64(size);
        return b;
    }

    // The first child of `parent` of `type`.
    std::optional<Box> child(const Box &parent, const char *type, qint64 skip = 0) const
    {
        for (qint64 pos = parent.bodyStart + skip; pos < parent.end;) {
            const std::optional<Box> b = box(pos, parent.end);
            if (!b)
                return std::nullopt;
            if (b->type == type)
                return b;
            pos = b->end;
        }
        return std::nullopt;
    }

private:
    const uchar *m_data;
    qint64 m_size;
};

struct TrackDefaults
{
    quint32 sampleDescriptionIndex = 1;
    quint32 duration = 0;
    quint32 size = 0;
    quint32 flags = 0;
};

constexpr quint32 kNonSyncSample = 0x10000;

} // namespace

std::optional<FragmentedMp4> FragmentedMp4::parse(const uchar *data, qint64 size, QString *why)
{
    const auto refuse = [&](const char *reason) -> std::optional<FragmentedMp4> {
        if (why)
            *why = QString::fromLatin1(reason);
        return std::nullopt;
    };
    const Reader r(data, size);
    FragmentedMp4 out;
    quint32 trackId = 0;
    TrackDefaults defaults;
    bool haveMoov = false;
    qint64 nextDecodeTime = 0;

    for (qint64 pos = 0; pos < size;) {
        bool truncated = false;
        const std::optional<Box> top = r.box(pos, size, &truncated);
        if (!top)
            break; // the end, or a box cut by a crash: what came before stands
        pos = top->end;
        if (top->type == "moov") {
            if (haveMoov)
                return refuse("two moov boxes");
            haveMoov = true;
            int videoTracks = 0;
            for (qint64 p = top->bodyStart; p < top->end;) {
                const std::optional<Box> trak = r.box(p, top->end);
                if (!trak)
                    return refuse("a moov box that cannot be walked");
                p = trak->end;
                if (trak->type != "trak")
                    continue;
                const auto tkhd = r.child(*trak, "tkhd");
                const auto mdia = r.child(*trak, "mdia");
                const auto hdlr = mdia ? r.child(*mdia, "hdlr") : std::nullopt;
                if (!tkhd || !mdia || !hdlr || !r.has(hdlr->bodyStart + 8, 4))
                    return refuse("a track without its headers");
                if (r.bytes(hdlr->bodyStart + 8, 4) != "vide")
                    continue;
                if (++videoTracks > 1)
                    return refuse("more than one video track");
                const bool tkhdV1 = r.u8(tkhd->bodyStart) == 1;
                const qint64 idAt = tkhd->bodyStart + (tkhdV1 ? 20 : 12);
                if (!r.has(idAt, 4) || tkhd->end - tkhd->bodyStart < 84)
                    return refuse("a short tkhd");
                trackId = r.u32(idAt);
                out.widthFixed = r.u32(tkhd->end - 8);
                out.heightFixed = r.u32(tkhd->end - 4);
                const auto mdhd = r.child(*mdia, "mdhd");
                if (!mdhd)
                    return refuse("no mdhd");
                const bool mdhdV1 = r.u8(mdhd->bodyStart) == 1;
                const qint64 scaleAt = mdhd->bodyStart + (mdhdV1 ? 20 : 12);
                if (!r.has(scaleAt, 4) || scaleAt + 4 > mdhd->end)
                    return refuse("a short mdhd");
                out.timescale = r.u32(scaleAt);
                const auto minf = r.child(*mdia, "minf");
                const auto stbl = minf ? r.child(*minf, "stbl") : std::nullopt;
                const auto stsd = stbl ? r.child(*stbl, "stsd") : std::nullopt;
                if (!stsd || !r.has(stsd->bodyStart, 8) || r.u32(stsd->bodyStart + 4) != 1)
                    return refuse("not one sample description");
                const auto entry = r.box(stsd->bodyStart + 8, stsd->end);
                if (!entry)
                    return refuse("a sample description that cannot be read");
                out.sampleEntry = r.bytes(entry->start, entry->end - entry->start);
                // A fragmented file keeps its samples in the moofs; a sample table here is a
                // file of another shape.
                const auto stsz = r.child(*stbl, "stsz");
                if (stsz && r.has(stsz->bodyStart, 12) && r.u32(stsz->bodyStart + 8) != 0)
                    return refuse("samples in the moov");
            }
            if (videoTracks != 1 || out.timescale == 0)
                return refuse("no video track");
            const auto mvex = r.child(*top, "mvex");
            if (!mvex)
                return refuse("not fragmented (no mvex)");
            for (qint64 p = mvex->bodyStart; p < mvex->end;) {
                const std::optional<Box> trex = r.box(p, mvex->end);
                if (!trex)
                    break;
                p = trex->end;
                if (trex->type == "trex" && r.has(trex->bodyStart, 24) &&
                    r.u32(trex->bodyStart + 4) == trackId) {
                    defaults.sampleDescriptionIndex = r.u32(trex->bodyStart + 8);
                    defaults.duration = r.u32(trex->bodyStart + 12);
                    defaults.size = r.u32(trex->bodyStart + 16);
                    defaults.flags = r.u32(trex->bodyStart + 20);
                }
            }
            continue;
        }
        if (top->type != "moof")
            continue; // ftyp, mdat, mfra, free ...
        if (!haveMoov)
            return refuse("a moof before the moov");
        if (out.firstFragmentOffset == 0)
            out.firstFragmentOffset = top->start;
        for (qint64 p = top->bodyStart; p < top->end;) {
            const std::optional<Box> traf = r.box(p, top->end);
            if (!traf)
                break;
            p = traf->end;
            if (traf->type != "traf")
                continue;
            const auto tfhd = r.child(*traf, "tfhd");
            if (!tfhd || !r.has(tfhd->bodyStart, 8))
                continue;
            const quint32 tfhdFlags = r.u32(tfhd->bodyStart) & 0xffffff;
            if (r.u32(tfhd->bodyStart + 4) != trackId)
                continue;
            qint64 at = tfhd->bodyStart + 8;
            qint64 baseOffset = top->start; // no base offset given: the moof's start
            TrackDefaults d = defaults;
            const auto field = [&](quint32 flag, int bytes) -> std::optional<quint64> {
                if (!(tfhdFlags & flag))
                    return std::nullopt;
                if (at + bytes > tfhd->end)
                    return std::nullopt;
                const quint64 v = bytes == 8 ? r.u64(at) : r.u32(at);
                at += bytes;
                return v;
            };
            if (const auto v = field(0x1, 8))
                baseOffset = qint64(*v);
            if (const auto v = field(0x2, 4))
                d.sampleDescriptionIndex = quint32(*v);
            if (const auto v = field(0x8, 4))
                d.duration = quint32(*v);
            if (const auto v = field(0x10, 4))
                d.size = quint32(*v);
            if (const auto v = field(0x20, 4))
                d.flags = quint32(*v);
            if (d.sampleDescriptionIndex != 1)
                return refuse("a fragment with another sample description");
            if (const auto tfdt = r.child(*traf, "tfdt"); tfdt && r.has(tfdt->bodyStart, 8)) {
                const bool v1 = r.u8(tfdt->bodyStart) == 1;
                if (v1 && !r.has(tfdt->bodyStart, 12))
                    return refuse("a short tfdt");
                nextDecodeTime = v1 ? qint64(r.u64(tfdt->bodyStart + 4)) : qint64(r.u32(tfdt->bodyStart + 4));
            }
            qint64 dataAt = baseOffset;
            for (qint64 q = traf->bodyStart; q < traf->end;) {
                const std::optional<Box> trun = r.box(q, traf->end);
                if (!trun)
                    break;
                q = trun->end;
                if (trun->type != "trun" || !r.has(trun->bodyStart, 8))
                    continue;
                const quint32 vf = r.u32(trun->bodyStart);
                const quint32 flags = vf & 0xffffff;
                const bool v1 = (vf >> 24) == 1;
                const quint32 count = r.u32(trun->bodyStart + 4);
                qint64 t = trun->bodyStart + 8;
                if (flags & 0x1) {
                    if (t + 4 > trun->end)
                        return refuse("a short trun");
                    dataAt = baseOffset + qint32(r.u32(t));
                    t += 4;
                }
                std::optional<quint32> firstFlags;
                if (flags & 0x4) {
                    if (t + 4 > trun->end)
                        return refuse("a short trun");
                    firstFlags = r.u32(t);
                    t += 4;
                }
                const int perSample = ((flags & 0x100) ? 4 : 0) + ((flags & 0x200) ? 4 : 0) +
                                      ((flags & 0x400) ? 4 : 0) + ((flags & 0x800) ? 4 : 0);
                if (t + qint64(count) * perSample > trun->end)
                    return refuse("a short trun");
                for (quint32 i = 0; i < count; ++i) {
                    Mp4Sample s;
                    s.duration = d.duration;
                    s.size = d.size;
                    quint32 sampleFlags = (i == 0 && firstFlags) ? *firstFlags : d.flags;
                    if (flags & 0x100) {
                        s.duration = r.u32(t);
                        t += 4;
                    }
                    if (flags & 0x200) {
                        s.size = r.u32(t);
                        t += 4;
                    }
                    if (flags & 0x400) {
                        sampleFlags = r.u32(t);
                        t += 4;
                    }
                    if (flags & 0x800) {
                        const quint32 c = r.u32(t);
                        s.compositionOffset = v1 ? qint32(c) : qint32(std::min<quint32>(c, 0x7fffffff));
                        t += 4;
                    }
                    s.fileOffset = dataAt;
                    s.fragmentOffset = top->start;
                    s.decodeTime = nextDecodeTime;
                    s.keyframe = !(sampleFlags & kNonSyncSample);
                    dataAt += s.size;
                    nextDecodeTime += s.duration;
                    if (s.size == 0 || !r.has(s.fileOffset, s.size))
                        return out.samples.isEmpty() ? refuse("no complete sample") : std::optional(out);
                    out.samples << s;
                }
            }
        }
    }
    if (!haveMoov)
        return refuse("no moov");
    if (out.samples.isEmpty())
        return refuse("no complete sample");
    return out;
}

qint64 FragmentedMp4::presentationNs(const Mp4Sample &sample) const
{
    if (timescale == 0)
        return 0;
    const qint64 ticks = std::max<qint64>(0, sample.decodeTime + sample.compositionOffset);
    // ticks * 1e9 / timescale without overflow for any file of this world.
    return ticks / timescale * 1'000'000'000 + ticks % timescale * 1'000'000'000 / timescale;
}

int FragmentedMp4::keyframeAtOrBefore(qint64 timeNs) const
{
    int found = -1;
    for (int i = 0; i < samples.size(); ++i) {
        if (!samples[i].keyframe)
            continue;
        if (presentationNs(samples[i]) > timeNs && found >= 0)
            break;
        found = i;
    }
    return found;
}

std::optional<qint64> FragmentedMp4::fragmentStartFor(qint64 timeMs) const
{
    const int keyframe = keyframeAtOrBefore(timeMs * 1'000'000);
    if (keyframe < 0 || samples[keyframe].fragmentOffset <= firstFragmentOffset)
        return std::nullopt;
    return samples[keyframe].fragmentOffset;
}

} // namespace pantau::playback
