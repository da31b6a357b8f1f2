// One camera's footage decoded along the shared clock (core/playback/PlaybackStream), on files the
// real pantau-recorder made from a loopback camera whose pictures carry their frame number: a
// seek shows the frame of the chosen time, frame steps move one frame, the stream crosses segment
// boundaries, a gap shows no footage and the stream joins again after it, reverse runs back, and
// footage read over HTTP from a recorder with a password plays.
#include "core/playback/PlaybackStream.h"
#include "RecordingCamera.h"
#include "Wait.h"
#include "app/demo/FrameBarcode.h"
#include "core/media/PipelineStarter.h"
#include "core/playback/FragmentedMp4.h"
#include "core/playback/LocalArchiveSource.h"
#include "core/playback/RemoteArchiveSource.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QHash>

#include <algorithm>
#include <limits>
#include <optional>

using namespace pantau;
using namespace pantau::playback;
using pantau::test::kStateBoundMs;
using pantau::test::waitUntil;

namespace {

constexpr qint64 kForever = std::numeric_limits<qint64>::max();
const QString kPassword = QStringLiteral("kata-sandi-rekaman");

QVector<ArchiveSegment> completeSegments(ArchiveSource &source, const QString &cameraId)
{
    bool done = false;
    QVector<ArchiveSegment> result;
    source.segments(cameraId, 0, kForever, [&](const QVector<ArchiveSegment> &s, const RecorderError &e) {
        REQUIRE_FALSE(e);
        for (const ArchiveSegment &a : s)
            if (!a.writing)
                result.push_back(a);
        done = true;
    });
    REQUIRE(waitUntil([&] { return done; }, kStateBoundMs));
    return result;
}

int barcodeOf(const PlaybackStream &stream)
{
    return demo::readFrameBarcode(stream.latestFrame().image);
}

// Frame numbers of the looping clip: how far b is after a, in frames.
int framesAfter(int a, int b)
{
    return ((b - a) % test::kBarcodeClipFrames + test::kBarcodeClipFrames) % test::kBarcodeClipFrames;
}

// Paused exact seek to utcMs; waits until the stream shows the frame of that time (not one of those
// decoded on the way to it), which is at most two frame times before it (one lost frame).
bool showPausedAt(PlaybackClock &clock, PlaybackStream &stream, qint64 utcMs)
{
    clock.setPaused(true, monotonicMs());
    clock.seek(utcMs, monotonicMs());
    stream.sync(true);
    const bool shown =
        waitUntil([&] { return stream.showsClockPosition() && barcodeOf(stream) >= 0; }, kStateBoundMs);
    const qint64 t = stream.frameUtcMs();
    UNSCOPED_INFO("asked " << utcMs << " shown " << t << " barcode " << barcodeOf(stream));
    return shown && t >= 0 && t <= utcMs && utcMs - t < 2 * stream.frameDurationMs();
}

// Empty when the recorded file's frames lie where the camera sent them: frame i at i frame times
// (40 ms) after the first, within half a frame time. Else the first one that does not. When the
// camera's frames came late (a starved test process, a network stall) while the recorder's RTP
// jitter buffer still learnt the camera's timing (about its first two seconds), the buffer
// followed their arrival and then slewed back (seen: a 249 ms step, then 27-38 ms apart for a
// second); there the time no longer tells the barcode.
QString unevenFrames(const ArchiveSegment &segment)
{
    QFile file(segment.url.toLocalFile());
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("cannot open %1").arg(file.fileName());
    const QByteArray bytes = file.readAll();
    QString why;
    const auto mp4 =
        FragmentedMp4::parse(reinterpret_cast<const uchar *>(bytes.constData()), bytes.size(), &why);
    if (!mp4)
        return why;
    QVector<qint64> ms;
    for (const Mp4Sample &sample : mp4->samples)
        ms.push_back(mp4->presentationNs(sample) / 1000000);
    if (ms.size() < 2)
        return QStringLiteral("%1 frames").arg(ms.size());
    std::sort(ms.begin(), ms.end());
    const qint64 frameMs = 1000 / test::kBarcodeClipFps;
    for (int i = 1; i < ms.size(); ++i)
        if (std::abs(ms[i] - ms[0] - i * frameMs) > frameMs / 2)
            return QStringLiteral("frame %1 of %2 at %3 ms, not %4")
                .arg(i)
                .arg(ms.size())
                .arg(ms[i] - ms[0])
                .arg(i * frameMs);
    return {};
}

// cam-a's first complete segment from `from` on whose frames are evenly spaced (unevenFrames), with
// at least `minDurationMs`; waits while the recorder goes on recording (up to `boundMs`).
ArchiveSegment evenlySpacedSegment(ArchiveSource &source, int from, qint64 minDurationMs, int boundMs)
{
    QStringList seen;
    QHash<qint64, QString> verdicts; // by segment id: a complete file is read once
    std::optional<ArchiveSegment> found;
    const bool ok = waitUntil(
        [&] {
            const QVector<ArchiveSegment> segments = completeSegments(source, "cam-a");
            seen.clear();
            for (int i = from; i < segments.size() && !found; ++i) {
                const ArchiveSegment &a = segments.at(i);
                if (!verdicts.contains(a.id))
                    verdicts.insert(a.id, a.durationMs() < minDurationMs
                                              ? QStringLiteral("%1 ms long").arg(a.durationMs())
                                              : unevenFrames(a));
                const QString why = verdicts.value(a.id);
                if (why.isEmpty())
                    found = a;
                else
                    seen << QStringLiteral("file %1: %2").arg(i).arg(why);
            }
            return found.has_value();
        },
        boundMs);
    INFO("no evenly spaced file: " << seen.join("; ").toStdString());
    REQUIRE(ok);
    return *found;
}

struct RecordedCamera
{
    test::RecordingCamera rec;
    std::unique_ptr<recording::SegmentIndex> index;
    std::unique_ptr<LocalArchiveSource> source;
    QVector<ArchiveSegment> segments;
    explicit RecordedCamera(int files)
    {
        rec.start({"cam-a"});
        REQUIRE(rec.waitForFiles("cam-a", files));
        index = std::make_unique<recording::SegmentIndex>(rec.archive); // the recorder's, read beside it
        REQUIRE(index->open());
        source = std::make_unique<LocalArchiveSource>(*index);
        REQUIRE(waitUntil([&] { return (segments = completeSegments(*source, "cam-a")).size() >= files; },
                          kStateBoundMs));
    }
};

} // namespace

TEST_CASE("PlaybackStream paused seek shows the frame of the chosen time and steps one frame",
          "[integration][playback]")
{
    // A file whose times match its barcodes (unevenFrames says when they do not).
    RecordedCamera cam(2);
    const ArchiveSegment s = evenlySpacedSegment(*cam.source, 1, 800, 40000);
    cam.segments = completeSegments(*cam.source, "cam-a"); // up to s at least
    PlaybackClock clock;
    PlaybackStream stream("cam-a", &clock);
    stream.setSegments(cam.segments);
    REQUIRE(showPausedAt(clock, stream, s.startUtcMs));
    const int first = barcodeOf(stream);
    const qint64 firstUtc = stream.frameUtcMs();
    // Halfway through the file: as many frames later in the picture as the time says (one frame
    // of timestamp jitter).
    REQUIRE(s.durationMs() >= 800);
    const qint64 target = s.startUtcMs + s.durationMs() / 2;
    REQUIRE(showPausedAt(clock, stream, target));
    const int later = barcodeOf(stream);
    const int expected = int((target - firstUtc) / 40);
    INFO("first " << first << " later " << later << " expected +" << expected);
    CHECK(std::abs(framesAfter(first, later) - expected) <= 1);
    CHECK(stream.state() == PlaybackStream::State::Showing);

    // Frame step forward and back: the neighbouring recorded frames. A loaded machine can lose a
    // source frame before the recorder gets it (the barcode then skips one, and the file's next
    // frame is 80 ms on), so each step is checked against the frame's own time: the next or
    // previous frame of the file (less than 2.5 frame times away) whose barcode is exactly as many
    // frames away as its time says.
    const qint64 laterUtc = stream.frameUtcMs();
    REQUIRE(showPausedAt(clock, stream, stream.stepTargetUtcMs(+1)));
    const qint64 nextUtc = stream.frameUtcMs();
    CHECK(nextUtc > laterUtc);
    CHECK(nextUtc - laterUtc < 100);
    CHECK(framesAfter(later, barcodeOf(stream)) == qRound((nextUtc - laterUtc) / 40.0));
    REQUIRE(showPausedAt(clock, stream, stream.stepTargetUtcMs(-1)));
    CHECK(barcodeOf(stream) == later);
    REQUIRE(showPausedAt(clock, stream, stream.stepTargetUtcMs(-1)));
    const qint64 previousUtc = stream.frameUtcMs();
    CHECK(previousUtc < laterUtc);
    CHECK(laterUtc - previousUtc < 100);
    CHECK(framesAfter(barcodeOf(stream), later) == qRound((laterUtc - previousUtc) / 40.0));
}

TEST_CASE("PlaybackStream crosses into the next segment while playing", "[integration][playback]")
{
    RecordedCamera cam(2);
    const ArchiveSegment a = cam.segments.at(0);
    const ArchiveSegment b = cam.segments.at(1);
    PlaybackClock clock;
    PlaybackStream stream("cam-a", &clock);
    stream.setSegments(cam.segments);
    clock.seek(a.endUtcMs - 500, monotonicMs());
    stream.sync(true);
    REQUIRE(waitUntil([&] { return stream.frameUtcMs() >= b.startUtcMs + 200; }, kStateBoundMs));
    CHECK(stream.state() == PlaybackStream::State::Showing);
    CHECK(barcodeOf(stream) >= 0);
    // It follows the clock: the frame shown is within 200 ms of the clock.
    CHECK(std::abs(stream.frameUtcMs() - clock.positionAt(monotonicMs())) < 200);
}

TEST_CASE("PlaybackStream at 8x starts the next file ahead and crosses into it on keyframes",
          "[integration][playback]")
{
    // With a starter, as a session's streams have: the next file's pipeline starts on its threads
    // and the pictures are converted on the streaming thread.
    RecordedCamera cam(3);
    const ArchiveSegment last = cam.segments.at(2);
    PlaybackClock clock;
    PlaybackStream stream("cam-a", &clock);
    stream.setStarter(std::make_shared<PipelineStarter>());
    stream.setSegments(cam.segments);
    // The first picture paused, then 8x: a 2 s file lasts 250 ms, less than a pipeline takes to
    // start, so from a cold start the first file's keyframes would be skipped as late.
    clock.setPaused(true, monotonicMs());
    clock.seek(cam.segments.at(0).startUtcMs, monotonicMs());
    REQUIRE(clock.setSpeed(8, monotonicMs()));
    stream.sync(true);
    REQUIRE(waitUntil([&] { return stream.state() == PlaybackStream::State::Showing; }, kStateBoundMs));
    qint64 previousUtcMs = -1;
    int previousFrame = -1;
    int pictures = 0, backwards = 0, notKeyframes = 0, compared = 0, wrongPicture = 0;
    QObject::connect(&stream, &PlaybackStream::frameAvailable, [&] {
        const qint64 t = stream.frameUtcMs();
        if (t < 0)
            return;
        ++pictures;
        backwards += t < previousUtcMs ? 1 : 0;
        const int frame = barcodeOf(stream);
        notKeyframes += frame >= 0 && frame % 25 != 0 ? 1 : 0; // the clip's GOP is 25 frames
        // The picture is the one of its time: the frames between two pictures match the time
        // between them, give or take the camera's timing and the files' seams (a picture
        // converted for another buffer would be a GOP, 1 s, away). Pictures of one file or of
        // two: a slow machine skips late keyframes and may show one picture of a 2 s file.
        if (frame >= 0 && previousFrame >= 0) {
            ++compared;
            wrongPicture +=
                std::abs(framesAfter(previousFrame, frame) * 40 - (t - previousUtcMs)) > 200 ? 1 : 0;
        }
        previousUtcMs = t;
        previousFrame = frame;
    });
    clock.setPaused(false, monotonicMs());
    stream.sync(true);
    REQUIRE(waitUntil([&] { return stream.frameUtcMs() >= last.startUtcMs; }, kStateBoundMs));
    CHECK(stream.state() == PlaybackStream::State::Showing);
    CHECK(stream.filesPreparedAhead() >= 1);
    // At most 4 after the paused one (keyframes 1 s apart, up to the last file's first); a busy
    // machine skips one that is late, by design.
    CHECK(pictures >= 2);
    CHECK(backwards == 0);
    CHECK(notKeyframes == 0);
    CHECK(compared >= 1);
    CHECK(wrongPicture == 0);
}

TEST_CASE("PlaybackStream shows no footage in a gap and joins again after it", "[integration][playback]")
{
    RecordedCamera cam(3);
    // Segment 1 is left out: a 2 s hole between segments 0 and 2.
    const QVector<ArchiveSegment> withGap = {cam.segments.at(0), cam.segments.at(2)};
    PlaybackClock clock;
    PlaybackStream stream("cam-a", &clock);
    stream.setSegments(withGap);
    clock.seek(withGap[0].endUtcMs - 400, monotonicMs());
    stream.sync(true);
    REQUIRE(waitUntil([&] { return stream.state() == PlaybackStream::State::Showing; }, kStateBoundMs));
    REQUIRE(waitUntil([&] { return stream.state() == PlaybackStream::State::NoFootage; }, kStateBoundMs));
    CHECK(stream.latestFrame().isNull()); // never a frozen picture
    CHECK(stream.gapEndsUtcMs() == withGap[1].startUtcMs);
    REQUIRE(
        waitUntil([&] { return stream.state() == PlaybackStream::State::Showing && barcodeOf(stream) >= 0; },
                  kStateBoundMs));
    CHECK(stream.frameUtcMs() >= withGap[1].startUtcMs);
    CHECK(clock.positionAt(monotonicMs()) >= withGap[1].startUtcMs);
}

TEST_CASE("PlaybackStream plays backwards on keyframes", "[integration][playback]")
{
    RecordedCamera cam(2);
    const ArchiveSegment s = cam.segments.at(1);
    PlaybackClock clock;
    PlaybackStream stream("cam-a", &clock);
    stream.setSegments(cam.segments);
    REQUIRE(clock.setSpeed(-2, monotonicMs()));
    clock.seek(s.endUtcMs - 100, monotonicMs());
    stream.sync(true);
    REQUIRE(waitUntil([&] { return stream.frameUtcMs() >= 0; }, kStateBoundMs));
    const qint64 firstShown = stream.frameUtcMs();
    REQUIRE(waitUntil([&] { return stream.frameUtcMs() >= 0 && stream.frameUtcMs() < firstShown - 500; },
                      kStateBoundMs));
    CHECK(barcodeOf(stream) >= 0);
}

TEST_CASE("PlaybackStream plays footage from a recorder with a password over HTTP", "[integration][playback]")
{
    test::RecordingCamera rec;
    rec.start({"cam-a"}, kPassword);
    REQUIRE(rec.waitForFiles("cam-a", 1));
    RemoteArchiveSource source(rec.baseUrl(), kPassword);
    QVector<ArchiveSegment> segments;
    REQUIRE(
        waitUntil([&] { return !(segments = completeSegments(source, "cam-a")).isEmpty(); }, kStateBoundMs));
    PlaybackClock clock;
    PlaybackStream stream("cam-a", &clock);
    stream.setSegments(segments);
    REQUIRE(showPausedAt(clock, stream, segments.first().startUtcMs + 500));
    CHECK(barcodeOf(stream) >= 0);

    SECTION("a wrong password fails with the clear message, no picture")
    {
        for (ArchiveSegment &s : segments)
            s.authorization = "Basic " + QByteArray("pantau:salah").toBase64();
        PlaybackStream refused("cam-a", &clock);
        refused.setSegments(segments);
        refused.sync(true);
        REQUIRE(waitUntil([&] { return refused.state() == PlaybackStream::State::Failed; }, kStateBoundMs));
        CHECK(refused.errorMessage() == "The recorder refused the password.");
        CHECK(refused.latestFrame().isNull());
    }
}

TEST_CASE("PlaybackStream seeks deep into a long file to the frame of that time", "[integration][playback]")
{
    // 8 s files: a seek 6.5 s in decodes from the keyframe at or before it, the rest is dropped.
    // Over HTTP the recorder sends the file from that keyframe's fragment on, in the file's own
    // times: the same file read over HTTP shows the very frame it shows from this PC's archive. A
    // camera with a keyframe only every 5 s (its files 5 or 10 s) is sought 0.5 s before its
    // file's end: 4.5 s after the keyframe, further than the 3 s a file of unknown shape is
    // decoded from.
    const int keyframeFrames = GENERATE(25, 125);
    CAPTURE(keyframeFrames);
    test::RecordingCamera rec;
    rec.start({"cam-a"}, {}, 8, keyframeFrames);
    REQUIRE(rec.waitForFiles("cam-a", 1, 60000));
    recording::SegmentIndex index(rec.archive);
    REQUIRE(index.open());
    LocalArchiveSource local(index);
    RemoteArchiveSource remote(rec.baseUrl(), QString());
    // A file whose times match its barcodes (unevenFrames says when they do not).
    const ArchiveSegment s = evenlySpacedSegment(local, 0, keyframeFrames == 25 ? 7000 : 4900, 60000);
    const QVector<ArchiveSegment> segments = completeSegments(local, "cam-a");
    const qint64 deepMs = keyframeFrames == 25 ? 6500 : s.durationMs() - 500;
    PlaybackClock clock;
    PlaybackStream stream("cam-a", &clock);
    stream.setSegments(segments);
    REQUIRE(showPausedAt(clock, stream, s.startUtcMs + deepMs));
    const int deep = barcodeOf(stream);
    const qint64 deepUtc = stream.frameUtcMs();
    CHECK(deepUtc > s.startUtcMs + deepMs - 100);
    // Back to the file's start (decoded again from there): the numbers between match the times.
    REQUIRE(showPausedAt(clock, stream, s.startUtcMs));
    const int first = barcodeOf(stream);
    const int expected = int((deepUtc - stream.frameUtcMs() + 20) / 40);
    INFO("first " << first << " deep " << deep << " expected +" << expected);
    CHECK(std::abs(framesAfter(first, deep) - expected) <= 1);

    // The same file over HTTP: the same frames at the same times.
    QVector<ArchiveSegment> overHttp;
    REQUIRE(
        waitUntil([&] { return !(overHttp = completeSegments(remote, "cam-a")).isEmpty(); }, kStateBoundMs));
    REQUIRE(std::any_of(overHttp.begin(), overHttp.end(),
                        [&](const ArchiveSegment &a) { return a.startUtcMs == s.startUtcMs; }));
    PlaybackStream remoteStream("cam-a", &clock);
    remoteStream.setSegments(overHttp);
    REQUIRE(showPausedAt(clock, remoteStream, s.startUtcMs + deepMs));
    CHECK(barcodeOf(remoteStream) == deep);
    CHECK(remoteStream.frameUtcMs() == deepUtc);
    REQUIRE(showPausedAt(clock, remoteStream, s.startUtcMs));
    CHECK(barcodeOf(remoteStream) == first);
}
