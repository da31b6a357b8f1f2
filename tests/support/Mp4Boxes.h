#pragma once
// Fragmented MP4 files built box by box in tests, as the recorder's mp4mux writes them: ftyp, a
// moov with one video track (id 1, timescale 1000, 320x180), an empty sample table and mvex/trex,
// then moof + mdat pairs.
#include <QByteArray>
#include <QVector>
#include <QtEndian>

namespace pantau::test {

inline QByteArray be32(quint32 v)
{
    QByteArray b(4, '\0');
    qToBigEndian<quint32>(v, b.data());
    return b;
}

inline QByteArray be64(quint64 v)
{
    QByteArray b(8, '\0');
    qToBigEndian<quint64>(v, b.data());
    return b;
}

inline QByteArray box(const char *type, const QByteArray &body)
{
    return be32(quint32(8 + body.size())) + QByteArray(type, 4) + body;
}

inline QByteArray fullBox(const char *type, quint32 versionFlags, const QByteArray &body)
{
    return box(type, be32(versionFlags) + body);
}

// moov: one video track (id 1, timescale 1000, 320x180), empty sample table, mvex/trex.
inline QByteArray moov(bool fragmented = true)
{
    QByteArray tkhd = be32(0) + be32(0) + be32(1) + be32(0) + be32(0) + QByteArray(52, '\0') +
                      be32(320u << 16) + be32(180u << 16);
    const QByteArray mdhd = fullBox("mdhd", 0, be32(0) + be32(0) + be32(1000) + be32(0) + be32(0x55c40000));
    const QByteArray hdlr = fullBox("hdlr", 0, be32(0) + "vide" + QByteArray(13, '\0'));
    const QByteArray avc1 = box("avc1", QByteArray(78, '\x01') + box("avcC", "config"));
    const QByteArray stbl = box("stbl", fullBox("stsd", 0, be32(1) + avc1) + fullBox("stts", 0, be32(0)) +
                                            fullBox("stsz", 0, be32(0) + be32(0)));
    const QByteArray trak =
        box("trak", fullBox("tkhd", 7, tkhd) + box("mdia", mdhd + hdlr + box("minf", stbl)));
    const QByteArray mvex =
        box("mvex", fullBox("trex", 0, be32(1) + be32(1) + be32(40) + be32(0) + be32(0x10000)));
    return box("moov", fullBox("mvhd", 0, QByteArray(96, '\0')) + trak + (fragmented ? mvex : QByteArray()));
}

// A moof + mdat of `sizes.size()` samples of 40 ms from `decodeTime`; the first a keyframe.
inline QByteArray fragment(quint64 decodeTime, const QVector<quint32> &sizes, char fill)
{
    QByteArray entries;
    QByteArray media;
    for (quint32 s : sizes) {
        entries += be32(s);
        media += QByteArray(int(s), fill);
    }
    const auto build = [&](quint32 dataOffset) {
        const QByteArray trun =
            fullBox("trun", 0x205, be32(quint32(sizes.size())) + be32(dataOffset) + be32(0) + entries);
        return box("moof", fullBox("mfhd", 0, be32(1)) +
                               box("traf", fullBox("tfhd", 0, be32(1)) +
                                               fullBox("tfdt", 0x01000000, be64(decodeTime)) + trun));
    };
    const int moofSize = int(build(0).size());
    return build(quint32(moofSize + 8)) + box("mdat", media);
}

// ftyp, moov, then `fragments` fragments of three 40 ms samples each (120 ms), the first of each
// a keyframe, filled with 'a', 'b', ...
inline QByteArray fragmentedFile(int fragments)
{
    QByteArray file = box("ftyp", QByteArray("isom") + be32(0)) + moov();
    for (int i = 0; i < fragments; ++i)
        file += fragment(quint64(i) * 120, {quint32(10 + i), 5, 5}, char('a' + i));
    return file;
}

} // namespace pantau::test
