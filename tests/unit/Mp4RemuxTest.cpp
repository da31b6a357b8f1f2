// The evidence export's direct remux, pure parts: FragmentedMp4 reading a fragmented MP4 built
// here box by box (as mp4mux writes the recorder's files), and Mp4Header's faststart front.
#include "Mp4Boxes.h"
#include "core/playback/FragmentedMp4.h"
#include "core/playback/Mp4Header.h"

#include <QtEndian>

#include <catch2/catch.hpp>

#include <functional>

using namespace pantau::playback;
using namespace pantau::test;

namespace {

QByteArray recordedFile()
{
    return box("ftyp", QByteArray("isom") + be32(0)) + moov() + fragment(0, {10, 5, 5}, 'a') +
           fragment(120, {12, 6, 6}, 'b');
}

std::optional<FragmentedMp4> parse(const QByteArray &bytes)
{
    return FragmentedMp4::parse(reinterpret_cast<const uchar *>(bytes.constData()), bytes.size());
}

// The first box of `type` anywhere in `bytes` (by its name): the offset of its body.
qint64 bodyOf(const QByteArray &bytes, const char *type)
{
    const qint64 at = bytes.indexOf(QByteArray(type, 4));
    return at < 0 ? -1 : at + 4;
}

} // namespace

TEST_CASE("FragmentedMp4 lists every sample of the fragments with its place, time and sync flag",
          "[unit][export]")
{
    const QByteArray file = recordedFile();
    const std::optional<FragmentedMp4> mp4 = parse(file);
    REQUIRE(mp4);
    CHECK(mp4->timescale == 1000);
    CHECK(mp4->widthFixed == 320u << 16);
    CHECK(mp4->heightFixed == 180u << 16);
    CHECK(mp4->sampleEntry.mid(4, 4) == "avc1");
    REQUIRE(mp4->samples.size() == 6);
    const QVector<qint64> times = {0, 40, 80, 120, 160, 200};
    const QVector<bool> keyframes = {true, false, false, true, false, false};
    const QByteArray expected = QByteArray(10, 'a') + QByteArray(5, 'a') + QByteArray(5, 'a') +
                                QByteArray(12, 'b') + QByteArray(6, 'b') + QByteArray(6, 'b');
    QByteArray read;
    for (int i = 0; i < 6; ++i) {
        const Mp4Sample &s = mp4->samples[i];
        CHECK(s.decodeTime == times[i]);
        CHECK(s.keyframe == keyframes[i]);
        CHECK(s.duration == 40);
        read += file.mid(s.fileOffset, s.size);
    }
    CHECK(read == expected);
}

TEST_CASE("FragmentedMp4 says where a reader starts for a time: the fragment of its keyframe",
          "[unit][export]")
{
    const QByteArray file = fragmentedFile(3); // keyframes at 0, 120 and 240 ms
    const std::optional<FragmentedMp4> mp4 = parse(file);
    REQUIRE(mp4);
    const qint64 firstMoof = file.indexOf("moof") - 4;
    const qint64 secondMoof = file.indexOf("moof", firstMoof + 8) - 4;
    const qint64 thirdMoof = file.indexOf("moof", secondMoof + 8) - 4;
    CHECK(mp4->firstFragmentOffset == firstMoof);
    CHECK(mp4->samples[3].fragmentOffset == secondMoof);
    CHECK(mp4->presentationNs(mp4->samples[4]) == 160'000'000);
    CHECK(mp4->keyframeAtOrBefore(119'999'999) == 0);
    CHECK(mp4->keyframeAtOrBefore(120'000'000) == 3);
    CHECK(mp4->keyframeAtOrBefore(10'000'000'000) == 6);
    CHECK_FALSE(mp4->fragmentStartFor(0));   // the first fragment: the whole file
    CHECK_FALSE(mp4->fragmentStartFor(119)); // still the first keyframe's
    CHECK(mp4->fragmentStartFor(120) == secondMoof);
    CHECK(mp4->fragmentStartFor(239) == secondMoof);
    CHECK(mp4->fragmentStartFor(100'000) == thirdMoof);
}

TEST_CASE("FragmentedMp4 reads a file cut inside its last fragment up to the last complete sample",
          "[unit][export]")
{
    const QByteArray file = recordedFile();
    // Cut in the second sample of the last fragment's media (a crash while it was written).
    const QByteArray cut = file.left(file.size() - 6 - 3);
    const std::optional<FragmentedMp4> mp4 = parse(cut);
    REQUIRE(mp4);
    REQUIRE(mp4->samples.size() == 4);
    CHECK(mp4->samples.last().decodeTime == 120);
    // Cut inside the last moof itself: the first fragment stands.
    const qint64 secondMoof = file.lastIndexOf("moof") - 4;
    const std::optional<FragmentedMp4> early = parse(file.left(secondMoof + 20));
    REQUIRE(early);
    CHECK(early->samples.size() == 3);
}

TEST_CASE("FragmentedMp4 refuses a file that is not fragmented", "[unit][export]")
{
    const QByteArray plain = box("ftyp", QByteArray("isom") + be32(0)) + moov(false) + box("mdat", "xyz");
    QString why;
    CHECK_FALSE(FragmentedMp4::parse(reinterpret_cast<const uchar *>(plain.constData()), plain.size(), &why));
    CHECK_FALSE(why.isEmpty());
}

TEST_CASE("Mp4Header puts the index before the media and points its chunk at the first media byte",
          "[unit][export]")
{
    Mp4HeaderInput in;
    in.sampleEntries = {box("avc1", QByteArray(78, '\x01') + box("avcC", "config"))};
    in.widthFixed = 320u << 16;
    in.heightFixed = 180u << 16;
    for (int i = 0; i < 3; ++i) {
        Mp4HeaderSample s;
        s.size = quint32(10 + i);
        s.dtsNs = s.ptsNs = i * 40'000'000LL;
        s.durationNs = 40'000'000;
        s.keyframe = i != 1;
        in.samples << s;
    }
    const QByteArray head = Mp4Header::build(in);
    // ftyp, moov, then the mdat header (64-bit size) at the very end: the media follow it.
    CHECK(head.mid(4, 4) == "ftyp");
    const qint64 moovAt = qFromBigEndian<quint32>(head.constData());
    CHECK(head.mid(moovAt + 4, 4) == "moov");
    const qint64 mdatAt = moovAt + qFromBigEndian<quint32>(head.constData() + moovAt);
    REQUIRE(mdatAt + 16 == head.size());
    CHECK(head.mid(mdatAt + 4, 4) == "mdat");
    CHECK(qFromBigEndian<quint64>(head.constData() + mdatAt + 8) == 16 + 10 + 11 + 12);
    // One chunk, at the first byte after the header.
    const qint64 stco = bodyOf(head, "stco");
    REQUIRE(stco > 0);
    CHECK(qFromBigEndian<quint32>(head.constData() + stco + 4) == 1);
    CHECK(qFromBigEndian<quint32>(head.constData() + stco + 8) == quint32(head.size()));
    // Sync samples 1 and 3; sizes as given.
    const qint64 stss = bodyOf(head, "stss");
    REQUIRE(stss > 0);
    CHECK(qFromBigEndian<quint32>(head.constData() + stss + 4) == 2);
    CHECK(qFromBigEndian<quint32>(head.constData() + stss + 8) == 1);
    CHECK(qFromBigEndian<quint32>(head.constData() + stss + 12) == 3);
    const qint64 stsz = bodyOf(head, "stsz");
    CHECK(qFromBigEndian<quint32>(head.constData() + stsz + 8) == 3);
    CHECK(qFromBigEndian<quint32>(head.constData() + stsz + 12) == 10);
}

TEST_CASE("Mp4Header writes the true start as creation time and the tags", "[unit][export]")
{
    Mp4HeaderInput in;
    in.sampleEntries = {box("avc1", QByteArray(78, '\x01'))};
    Mp4HeaderSample s;
    s.size = 5;
    s.durationNs = 40'000'000;
    s.keyframe = true;
    in.samples = {s};
    in.creationUtcMs = 1'796'000'000'123;
    in.title = QStringLiteral("Simpang Lampu Merah Sekayu");
    in.comment = QStringLiteral("Pantau evidence export; start (UTC ms 1796000000123)");
    in.dateTime = QStringLiteral("2026-11-30T00:53:20Z");
    const QByteArray head = Mp4Header::build(in);
    const qint64 mvhd = bodyOf(head, "mvhd");
    REQUIRE(mvhd > 0);
    const quint32 expected = quint32(1'796'000'000ULL + 2082844800ULL);
    CHECK(qFromBigEndian<quint32>(head.constData() + mvhd + 4) == expected); // creation
    CHECK(qFromBigEndian<quint32>(head.constData() + mvhd + 8) == expected); // modification
    CHECK(head.contains(in.title.toUtf8()));
    CHECK(head.contains(in.comment.toUtf8()));
    CHECK(head.contains(in.dateTime.toUtf8()));
    CHECK(head.contains(QByteArray("\xa9"
                                   "cmt")));
}

TEST_CASE("Mp4Header counts in milliseconds when a gap between two frames is longer than 13 hours",
          "[unit][export]")
{
    Mp4HeaderInput in;
    in.sampleEntries = {box("avc1", QByteArray(78, '\x01'))};
    Mp4HeaderSample s;
    s.size = 5;
    s.durationNs = 40'000'000;
    s.keyframe = true;
    in.samples = {s, s};
    CHECK(Mp4Header::timescaleFor(in.samples) == Mp4Header::kTimescale);
    in.samples[1].dtsNs = in.samples[1].ptsNs = 20LL * 3600 * 1'000'000'000; // the next day's footage
    CHECK(Mp4Header::timescaleFor(in.samples) == Mp4Header::kLongGapTimescale);
    const QByteArray head = Mp4Header::build(in);
    const qint64 mdhd = bodyOf(head, "mdhd");
    REQUIRE(mdhd > 0);
    CHECK(qFromBigEndian<quint32>(head.constData() + mdhd + 12) == 1000);
    const qint64 stts = bodyOf(head, "stts");
    REQUIRE(stts > 0);
    CHECK(qFromBigEndian<quint32>(head.constData() + stts + 4) == 2);                  // two runs
    CHECK(qFromBigEndian<quint32>(head.constData() + stts + 12) == 20u * 3600 * 1000); // the gap
}
