#include "core/playback/Mp4Header.h"

#include <QtEndian>

#include <algorithm>
#include <array>
#include <cstring>
#include <limits>

namespace pantau::playback {

namespace {

constexpr quint64 kSecondsFrom1904To1970 = 2082844800ULL;

class Boxes
{
public:
    QByteArray data;

    int begin(const char *type)
    {
        const int at = int(data.size());
        u32(0);
        data.append(type, 4);
        return at;
    }
    int beginFull(const char *type, quint8 version, quint32 flags)
    {
        const int at = begin(type);
        u32((quint32(version) << 24) | (flags & 0xffffff));
        return at;
    }
    void end(int at) { qToBigEndian<quint32>(quint32(data.size() - at), data.data() + at); }
    void u8(quint8 v) { data.append(char(v)); }
    void u16(quint16 v)
    {
        char b[2];
        qToBigEndian<quint16>(v, b);
        data.append(b, 2);
    }
    void u32(quint32 v)
    {
        char b[4];
        qToBigEndian<quint32>(v, b);
        data.append(b, 4);
    }
    void u64(quint64 v)
    {
        char b[8];
        qToBigEndian<quint64>(v, b);
        data.append(b, 8);
    }
    void zeros(int n) { data.append(QByteArray(n, '\0')); }
    void raw(const QByteArray &b) { data.append(b); }
    void matrix()
    {
        for (quint32 v : {0x00010000u, 0u, 0u, 0u, 0x00010000u, 0u, 0u, 0u, 0x40000000u})
            u32(v);
    }
    // A 32- or 64-bit time field pair by version.
    void times(bool v1, quint64 creation)
    {
        if (v1) {
            u64(creation);
            u64(creation);
        } else {
            u32(quint32(creation));
            u32(quint32(creation));
        }
    }
    void tag(const char *type, const QString &text)
    {
        if (text.isEmpty())
            return;
        const int item = begin(type);
        const int d = begin("data");
        u32(1); // UTF-8
        u32(0); // locale
        raw(text.toUtf8());
        end(d);
        end(item);
    }
};

qint64 ticks(qint64 ns, quint32 timescale)
{
    // Rounded to the nearest tick.
    return (ns * qint64(timescale) + (ns >= 0 ? 500'000'000 : -500'000'000)) / 1'000'000'000;
}

QByteArray moov(const Mp4HeaderInput &in, qint64 mediaStart, bool co64)
{
    const quint64 creation = quint64(std::max<qint64>(0, in.creationUtcMs / 1000)) + kSecondsFrom1904To1970;
    const quint32 ts = Mp4Header::timescaleFor(in.samples);

    // Decode times in ticks, strictly increasing; composition offsets; the last duration.
    const int n = int(in.samples.size());
    QVector<qint64> dts(n);
    qint64 minPts = std::numeric_limits<qint64>::max();
    for (int i = 0; i < n; ++i) {
        dts[i] = ticks(in.samples[i].dtsNs, ts);
        if (i > 0 && dts[i] <= dts[i - 1])
            dts[i] = dts[i - 1] + 1;
    }
    QVector<qint64> cts(n);
    bool anyCts = false, negativeCts = false;
    qint64 mediaEnd = 0;
    for (int i = 0; i < n; ++i) {
        cts[i] = ticks(in.samples[i].ptsNs, ts) - dts[i];
        anyCts |= cts[i] != 0;
        negativeCts |= cts[i] < 0;
        minPts = std::min(minPts, dts[i] + cts[i]);
        const qint64 duration =
            i + 1 < n ? dts[i + 1] - dts[i] : std::max<qint64>(1, ticks(in.samples[i].durationNs, ts));
        mediaEnd = std::max(mediaEnd, dts[i] + duration);
    }
    const qint64 lastDuration = n ? std::max<qint64>(1, ticks(in.samples.last().durationNs, ts)) : 0;
    const qint64 mediaDuration = n ? dts.last() + lastDuration : 0;
    const qint64 firstPts = n ? std::max<qint64>(0, minPts) : 0;
    // What plays: from the first picture to the end of the last.
    const qint64 shownTicks = std::max<qint64>(0, mediaDuration - firstPts);
    const qint64 movieDuration = shownTicks * Mp4Header::kMovieTimescale / ts;
    const bool v1 = creation > 0xffffffffULL || mediaDuration > 0xffffffffLL;

    Boxes b;
    const int moovAt = b.begin("moov");
    {
        const int at = b.beginFull("mvhd", v1 ? 1 : 0, 0);
        b.times(v1, creation);
        b.u32(Mp4Header::kMovieTimescale);
        v1 ? b.u64(quint64(movieDuration)) : b.u32(quint32(movieDuration));
        b.u32(0x00010000); // rate
        b.u16(0x0100);     // volume
        b.zeros(10);
        b.matrix();
        b.zeros(24);
        b.u32(2); // next track id
        b.end(at);
    }
    const int trakAt = b.begin("trak");
    {
        const int at = b.beginFull("tkhd", v1 ? 1 : 0, 0x7); // enabled, in movie, in preview
        b.times(v1, creation);
        b.u32(1); // track id
        b.u32(0);
        v1 ? b.u64(quint64(movieDuration)) : b.u32(quint32(movieDuration));
        b.zeros(8);
        b.u16(0); // layer
        b.u16(0); // alternate group
        b.u16(0); // volume
        b.u16(0);
        b.matrix();
        b.u32(in.widthFixed);
        b.u32(in.heightFixed);
        b.end(at);
    }
    if (firstPts > 0) { // composition offsets at the start: the first picture plays at time 0
        const int edts = b.begin("edts");
        const int elst = b.beginFull("elst", 0, 0);
        b.u32(1);
        b.u32(quint32(movieDuration));
        b.u32(quint32(firstPts));
        b.u32(0x00010000);
        b.end(elst);
        b.end(edts);
    }
    const int mdiaAt = b.begin("mdia");
    {
        const int at = b.beginFull("mdhd", v1 ? 1 : 0, 0);
        b.times(v1, creation);
        b.u32(ts);
        v1 ? b.u64(quint64(mediaDuration)) : b.u32(quint32(mediaDuration));
        b.u16(0x55c4); // language "und"
        b.u16(0);
        b.end(at);
    }
    {
        const int at = b.beginFull("hdlr", 0, 0);
        b.u32(0);
        b.raw("vide");
        b.zeros(12);
        b.raw(QByteArray("VideoHandler", 13)); // with its terminating zero
        b.end(at);
    }
    const int minfAt = b.begin("minf");
    {
        const int at = b.beginFull("vmhd", 0, 1);
        b.zeros(8);
        b.end(at);
        const int dinf = b.begin("dinf");
        const int dref = b.beginFull("dref", 0, 0);
        b.u32(1);
        const int url = b.beginFull("url ", 0, 1); // the media are in this file
        b.end(url);
        b.end(dref);
        b.end(dinf);
    }
    const int stblAt = b.begin("stbl");
    {
        const int at = b.beginFull("stsd", 0, 0);
        b.u32(quint32(in.sampleEntries.size()));
        for (const QByteArray &entry : in.sampleEntries)
            b.raw(entry);
        b.end(at);
    }
    { // stts: runs of equal decode durations
        QVector<std::pair<quint32, quint32>> runs;
        for (int i = 0; i < n; ++i) {
            const quint32 d = quint32(i + 1 < n ? dts[i + 1] - dts[i] : lastDuration);
            if (!runs.isEmpty() && runs.last().second == d)
                ++runs.last().first;
            else
                runs.append({1u, d});
        }
        const int at = b.beginFull("stts", 0, 0);
        b.u32(quint32(runs.size()));
        for (const auto &[count, delta] : runs) {
            b.u32(count);
            b.u32(delta);
        }
        b.end(at);
    }
    if (anyCts) {
        QVector<std::pair<quint32, qint32>> runs;
        for (int i = 0; i < n; ++i) {
            const qint32 c = qint32(cts[i]);
            if (!runs.isEmpty() && runs.last().second == c)
                ++runs.last().first;
            else
                runs.append({1u, c});
        }
        const int at = b.beginFull("ctts", negativeCts ? 1 : 0, 0);
        b.u32(quint32(runs.size()));
        for (const auto &[count, offset] : runs) {
            b.u32(count);
            b.u32(quint32(offset));
        }
        b.end(at);
    }
    { // stss: the sync samples (1-based)
        int keyframes = 0;
        for (const Mp4HeaderSample &s : in.samples)
            keyframes += s.keyframe ? 1 : 0;
        if (keyframes < n) {
            const int at = b.beginFull("stss", 0, 0);
            b.u32(quint32(keyframes));
            for (int i = 0; i < n; ++i)
                if (in.samples[i].keyframe)
                    b.u32(quint32(i + 1));
            b.end(at);
        }
    }
    // Chunks: a new one where the sample description changes, and at most 1000 samples each.
    QVector<int> chunkFirst;
    for (int i = 0; i < n; ++i)
        if (i == 0 || in.samples[i].sampleEntry != in.samples[i - 1].sampleEntry ||
            i - chunkFirst.last() >= 1000)
            chunkFirst << i;
    {
        const int at = b.beginFull("stsc", 0, 0);
        QVector<std::array<quint32, 3>> rows;
        for (int c = 0; c < chunkFirst.size(); ++c) {
            const int count = (c + 1 < chunkFirst.size() ? chunkFirst[c + 1] : n) - chunkFirst[c];
            const quint32 entry = quint32(in.samples[chunkFirst[c]].sampleEntry + 1);
            if (!rows.isEmpty() && rows.last()[1] == quint32(count) && rows.last()[2] == entry)
                continue;
            rows.append({quint32(c + 1), quint32(count), entry});
        }
        b.u32(quint32(rows.size()));
        for (const auto &row : rows)
            for (quint32 v : row)
                b.u32(v);
        b.end(at);
    }
    {
        const int at = b.beginFull("stsz", 0, 0);
        b.u32(0);
        b.u32(quint32(n));
        for (const Mp4HeaderSample &s : in.samples)
            b.u32(s.size);
        b.end(at);
    }
    {
        const int at = b.beginFull(co64 ? "co64" : "stco", 0, 0);
        b.u32(quint32(chunkFirst.size()));
        qint64 offset = mediaStart;
        int c = 0;
        for (int i = 0; i < n; ++i) {
            if (c < chunkFirst.size() && chunkFirst[c] == i) {
                co64 ? b.u64(quint64(offset)) : b.u32(quint32(offset));
                ++c;
            }
            offset += in.samples[i].size;
        }
        b.end(at);
    }
    b.end(stblAt);
    b.end(minfAt);
    b.end(mdiaAt);
    b.end(trakAt);
    {
        const int udta = b.begin("udta");
        const int meta = b.beginFull("meta", 0, 0);
        const int hdlr = b.beginFull("hdlr", 0, 0);
        b.raw("mhlr");
        b.raw("mdir");
        b.zeros(12);
        b.u8(0);
        b.end(hdlr);
        const int ilst = b.begin("ilst");
        b.tag("\xa9nam", in.title);
        b.tag("\xa9"
              "cmt",
              in.comment);
        b.tag("\xa9"
              "day",
              in.dateTime);
        b.end(ilst);
        b.end(meta);
        b.end(udta);
    }
    b.end(moovAt);
    return b.data;
}

QByteArray ftyp()
{
    Boxes b;
    const int at = b.begin("ftyp");
    b.raw("isom");
    b.u32(0x200);
    for (const char *brand : {"isom", "iso2", "mp41"})
        b.raw(QByteArray(brand, 4));
    b.end(at);
    return b.data;
}

} // namespace

quint32 Mp4Header::timescaleFor(const QVector<Mp4HeaderSample> &samples)
{
    qint64 longestNs = 0;
    for (int i = 0; i < samples.size(); ++i)
        longestNs = std::max(longestNs, i + 1 < samples.size() ? samples[i + 1].dtsNs - samples[i].dtsNs
                                                               : samples[i].durationNs);
    const qint64 limitNs = qint64(std::numeric_limits<quint32>::max() / kTimescale) * 1'000'000'000;
    return longestNs < limitNs ? kTimescale : kLongGapTimescale;
}

qint64 Mp4Header::mediaBytes(const QVector<Mp4HeaderSample> &samples)
{
    qint64 bytes = 0;
    for (const Mp4HeaderSample &s : samples)
        bytes += s.size;
    return bytes;
}

QByteArray Mp4Header::build(const Mp4HeaderInput &input)
{
    const QByteArray head = ftyp();
    const qint64 media = mediaBytes(input.samples);
    constexpr qint64 kMdatHeader = 16; // 64-bit size, always
    // The moov's size does not depend on the offsets it holds: measure it, then fill them in.
    const qint64 roughEnd = head.size() + media + kMdatHeader + 64 * (input.samples.size() + 1024);
    const bool co64 = roughEnd > qint64(std::numeric_limits<quint32>::max());
    const qint64 moovSize = moov(input, 0, co64).size();
    const qint64 mediaStart = head.size() + moovSize + kMdatHeader;
    QByteArray out = head + moov(input, mediaStart, co64);
    char mdat[16];
    qToBigEndian<quint32>(1, mdat);
    memcpy(mdat + 4, "mdat", 4);
    qToBigEndian<quint64>(quint64(media + kMdatHeader), mdat + 8);
    out.append(mdat, 16);
    return out;
}

} // namespace pantau::playback
