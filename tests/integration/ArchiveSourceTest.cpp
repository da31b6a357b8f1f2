// Where playback finds footage (core/playback/*ArchiveSource): this PC's index on disk (file://
// URLs) and a real pantau-recorder serving a loopback camera's footage on 127.0.0.1 (http:// URLs
// with the recorder's Authorization header); an unreachable recorder or a wrong password gives the
// operator a clear message.
#include "RecordingCamera.h"
#include "Wait.h"
#include "core/playback/LocalArchiveSource.h"
#include "core/playback/RemoteArchiveSource.h"

#include <QFileInfo>
#include <QTcpServer>

#include <catch2/catch.hpp>

#include <limits>

using namespace pantau;
using namespace pantau::playback;
using pantau::test::kStateBoundMs;
using pantau::test::waitUntil;

namespace {

constexpr qint64 kForever = std::numeric_limits<qint64>::max();
const QString kPassword = QStringLiteral("kata-sandi-rekaman");

template <typename Result> struct Answer
{
    bool done = false;
    Result value{};
    RecorderError error;
};

Answer<QVector<ArchiveSegment>> segmentsOf(ArchiveSource &source, const QString &cameraId, qint64 from,
                                           qint64 to)
{
    Answer<QVector<ArchiveSegment>> a;
    source.segments(cameraId, from, to, [&](const QVector<ArchiveSegment> &s, const RecorderError &e) {
        a = {true, s, e};
    });
    REQUIRE(waitUntil([&] { return a.done; }, kStateBoundMs));
    return a;
}

Answer<QHash<QString, QVector<TimeRange>>> rangesOf(ArchiveSource &source, const QStringList &ids,
                                                    qint64 from, qint64 to)
{
    Answer<QHash<QString, QVector<TimeRange>>> a;
    source.ranges(ids, from, to, [&](const QHash<QString, QVector<TimeRange>> &r, const RecorderError &e) {
        a = {true, r, e};
    });
    REQUIRE(waitUntil([&] { return a.done; }, kStateBoundMs));
    return a;
}

recording::Segment row(const QString &cameraId, qint64 start, qint64 end)
{
    recording::Segment s;
    s.cameraId = cameraId;
    s.relativePath = recording::SegmentIndex::relativePathFor(cameraId, start);
    s.startUtcMs = start;
    s.endUtcMs = end;
    s.bytes = 1000;
    s.codec = "h264";
    s.resolution = {320, 180};
    s.state = recording::Segment::State::Complete;
    return s;
}

} // namespace

TEST_CASE("LocalArchiveSource lists this PC's segments as file URLs and their ranges with gaps",
          "[integration][playback]")
{
    QTemporaryDir dir;
    recording::SegmentIndex index(dir.filePath("archive"));
    REQUIRE(index.open());
    const qint64 t0 = 1'764'720'000'000; // 2025-12-03 00:00 UTC
    REQUIRE(index.addSegments({row("cam-a", t0, t0 + 60'000), row("cam-a", t0 + 60'000, t0 + 120'000),
                               row("cam-a", t0 + 300'000, t0 + 360'000), row("cam-b", t0, t0 + 60'000)}) ==
            4);
    LocalArchiveSource source(index);

    const auto segments = segmentsOf(source, "cam-a", t0 + 30'000, t0 + 300'000);
    REQUIRE_FALSE(segments.error);
    REQUIRE(segments.value.size() == 2); // [from, to): the segment starting at `to` is not in it
    CHECK(segments.value[0].url.isLocalFile());
    CHECK(segments.value[0].url.toLocalFile() ==
          dir.filePath("archive") + "/" + recording::SegmentIndex::relativePathFor("cam-a", t0));
    CHECK(segments.value[0].authorization.isEmpty());
    CHECK(segments.value[1].startUtcMs == t0 + 60'000);

    const auto ranges = rangesOf(source, {"cam-a", "cam-b"}, t0, t0 + 3'600'000);
    REQUIRE_FALSE(ranges.error);
    CHECK(ranges.value.value("cam-a") ==
          QVector<TimeRange>{{t0, t0 + 120'000}, {t0 + 300'000, t0 + 360'000}});
    CHECK(ranges.value.value("cam-b") == QVector<TimeRange>{{t0, t0 + 60'000}});

    bool locked = false;
    int count = -1;
    source.lock("cam-a", t0 + 10'000, t0 + 20'000, true, [&](int n, const RecorderError &e) {
        CHECK_FALSE(e);
        count = n;
        locked = true;
    });
    REQUIRE(waitUntil([&] { return locked; }, kStateBoundMs));
    CHECK(count == 1);
    CHECK(segmentsOf(source, "cam-a", t0, t0 + 1).value.first().locked);
    CHECK(source.displayName() == "This PC");
}

TEST_CASE("RemoteArchiveSource says a recorder that does not answer cannot be reached",
          "[integration][playback]")
{
    QTcpServer probe; // a port that was free a moment ago, closed again: nothing listens there
    REQUIRE(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close();
    RemoteArchiveSource source(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)), kPassword);
    const auto segments = segmentsOf(source, "cam-a", 0, kForever);
    CHECK(segments.error.kind == RecorderError::Kind::Unreachable);
    CHECK(segments.error.message ==
          QStringLiteral("The recorder at 127.0.0.1:%1 cannot be reached.").arg(port));
    const auto ranges = rangesOf(source, {"cam-a", "cam-b"}, 0, kForever);
    CHECK(ranges.error.kind == RecorderError::Kind::Unreachable);
}

TEST_CASE("RemoteArchiveSource reads a real recorder's footage over HTTP and refuses a wrong password",
          "[integration][playback]")
{
    test::RecordingCamera rec;
    rec.start({"cam-a"}, kPassword);
    REQUIRE(rec.waitForFiles("cam-a", 1));

    SECTION("the right password lists segments with http URLs and the recorder's header")
    {
        RemoteArchiveSource source(rec.baseUrl(), kPassword);
        CHECK(source.displayName() == rec.httpAddress());
        // The index notes a file complete a moment after the next one starts.
        Answer<QVector<ArchiveSegment>> segments;
        REQUIRE(waitUntil(
            [&] {
                segments = segmentsOf(source, "cam-a", 0, kForever);
                return !segments.error && !segments.value.isEmpty() && !segments.value.first().writing;
            },
            kStateBoundMs));
        const ArchiveSegment first = segments.value.first();
        CHECK(first.url.scheme() == "http");
        CHECK(first.url == source.client().footageUrl(first.id));
        CHECK(first.authorization.startsWith("Basic "));
        CHECK(first.cameraId == "cam-a");
        CHECK(first.codec == "h264");
        CHECK(first.endUtcMs > first.startUtcMs);
        const auto ranges = rangesOf(source, {"cam-a"}, 0, kForever);
        REQUIRE_FALSE(ranges.error);
        REQUIRE_FALSE(ranges.value.value("cam-a").isEmpty());
        CHECK(ranges.value.value("cam-a").first().startUtcMs == first.startUtcMs);
    }
    SECTION("a wrong password gives the clear message")
    {
        RemoteArchiveSource source(rec.baseUrl(), QStringLiteral("bukan-kata-sandi"));
        const auto segments = segmentsOf(source, "cam-a", 0, kForever);
        CHECK(segments.error.kind == RecorderError::Kind::WrongPassword);
        CHECK(segments.error.message ==
              QStringLiteral("The recorder at %1 refused the password.").arg(rec.httpAddress()));
        CHECK(segments.value.isEmpty());
    }
    SECTION("the operator gives the right password and the same source reads the footage")
    {
        QTcpServer probe; // nothing listens there: the recorder chosen first is not this one
        REQUIRE(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close();
        RemoteArchiveSource source(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)), kPassword);
        int changes = 0;
        QObject::connect(&source, &ArchiveSource::changed, [&] { ++changes; });
        CHECK(segmentsOf(source, "cam-a", 0, kForever).error.kind == RecorderError::Kind::Unreachable);
        source.setRecorder(rec.baseUrl(), QStringLiteral("bukan-kata-sandi"));
        CHECK(segmentsOf(source, "cam-a", 0, kForever).error.kind == RecorderError::Kind::WrongPassword);
        source.setRecorder(rec.baseUrl(), kPassword);
        CHECK(changes == 2);
        CHECK(source.displayName() == rec.httpAddress());
        const auto segments = segmentsOf(source, "cam-a", 0, kForever);
        REQUIRE_FALSE(segments.error);
        CHECK_FALSE(segments.value.isEmpty());
    }
}
