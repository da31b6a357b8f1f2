// The footage index: rows, recorded ranges, evidence locks, recovery from the files, the layout.
#include "CatchQt.h"

#include "core/recording/SegmentFileProbe.h"
#include "core/recording/SegmentIndex.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QTemporaryDir>

#include <algorithm>
#include <random>

using namespace pantau::recording;

namespace {
constexpr qint64 kMinute = 60'000;
constexpr qint64 kT0 = 1'789'999'980'000LL; // 2026-09-21, on a minute boundary

// A segment file whose content tells the fake probe what it holds: "<durationMs>" plays that
// long, anything else does not play.
void writeSegmentFile(const QString &root, const QString &cameraId, qint64 startUtcMs,
                      const QByteArray &content)
{
    const QString path = QDir(root).filePath(SegmentIndex::relativePathFor(cameraId, startUtcMs));
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(content);
}

std::optional<SegmentProbe> fakeProbe(const QString &absolutePath)
{
    QFile f(absolutePath);
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    bool ok = false;
    const qint64 durationMs = f.readAll().trimmed().toLongLong(&ok);
    if (!ok)
        return std::nullopt;
    return SegmentProbe{durationMs, QStringLiteral("h264"), QSize(1280, 720)};
}

Segment writing(const QString &cameraId, qint64 startUtcMs)
{
    Segment s;
    s.cameraId = cameraId;
    s.startUtcMs = startUtcMs;
    s.endUtcMs = startUtcMs;
    s.codec = QStringLiteral("h264");
    s.resolution = QSize(1280, 720);
    return s;
}

// A complete segment [start, end] recorded through begin + finish.
qint64 record(SegmentIndex &index, const QString &cameraId, qint64 startUtcMs, qint64 endUtcMs)
{
    const qint64 id = index.beginSegment(writing(cameraId, startUtcMs));
    REQUIRE(id > 0);
    REQUIRE(index.finishSegment(id, endUtcMs, 1000));
    return id;
}

// Collects the Qt messages logged while it lives, instead of printing them.
class CapturedMessages
{
public:
    CapturedMessages() { m_previous = qInstallMessageHandler(&CapturedMessages::handle); }
    ~CapturedMessages() { qInstallMessageHandler(m_previous); }
    static QStringList &messages()
    {
        static QStringList list;
        return list;
    }

private:
    static void handle(QtMsgType, const QMessageLogContext &, const QString &message)
    {
        messages() << message;
    }
    QtMessageHandler m_previous = nullptr;
};

struct Archive
{
    QTemporaryDir dir;
    SegmentIndex index{dir.path()};
    Archive()
    {
        REQUIRE(dir.isValid());
        QString error;
        REQUIRE(index.open(&error));
        CHECK(error.isEmpty());
    }
    QString root() const { return dir.path(); }
};
} // namespace

TEST_CASE("Segment index opens an index file in WAL mode", "[recording][index]")
{
    Archive a;
    CHECK(QFileInfo::exists(a.root() + "/index.sqlite"));
    CHECK(a.index.journalMode() == "wal");
    CHECK(a.index.setAsidePath().isEmpty());
    CHECK(a.index.segmentCount() == 0);
}

TEST_CASE("Segment index reopens its own file without setting it aside", "[recording][index]")
{
    QTemporaryDir dir;
    {
        SegmentIndex first(dir.path());
        REQUIRE(first.open());
        record(first, "cam-1", kT0, kT0 + kMinute);
    }
    SegmentIndex again(dir.path());
    REQUIRE(again.open());
    CHECK(again.setAsidePath().isEmpty());
    CHECK(again.segmentCount() == 1);
}

TEST_CASE("Two segment indexes live in one process, each on its own connection", "[recording][index]")
{
    Archive a;
    Archive b;
    record(a.index, "cam-1", kT0, kT0 + kMinute);
    CHECK(a.index.segmentCount() == 1);
    CHECK(b.index.segmentCount() == 0);
}

TEST_CASE("A begun segment is a writing row with its path from the layout", "[recording][index]")
{
    Archive a;
    const qint64 id = a.index.beginSegment(writing("cam-1", kT0));
    REQUIRE(id > 0);
    const auto s = a.index.segment(id);
    REQUIRE(s);
    CHECK(s->state == Segment::State::Writing);
    CHECK(s->cameraId == "cam-1");
    CHECK(s->relativePath == SegmentIndex::relativePathFor("cam-1", kT0));
    CHECK(s->startUtcMs == kT0);
    CHECK(s->endUtcMs == kT0);
    CHECK(s->codec == "h264");
    CHECK(s->resolution == QSize(1280, 720));
}

TEST_CASE("Progress of a writing segment moves its end and bytes, finishing completes it",
          "[recording][index]")
{
    Archive a;
    const qint64 id = a.index.beginSegment(writing("cam-1", kT0));
    REQUIRE(a.index.updateWriting(id, kT0 + 20'000, 5'000));
    auto s = a.index.segment(id);
    CHECK(s->state == Segment::State::Writing);
    CHECK(s->endUtcMs == kT0 + 20'000);
    CHECK(s->bytes == 5'000);
    CHECK(a.index.recordedRanges("cam-1", kT0, kT0 + kMinute) == QVector<TimeRange>{{kT0, kT0 + 20'000}});
    REQUIRE(a.index.finishSegment(id, kT0 + kMinute, 15'000));
    s = a.index.segment(id);
    CHECK(s->state == Segment::State::Complete);
    CHECK(s->endUtcMs == kT0 + kMinute);
    CHECK(s->bytes == 15'000);
}

TEST_CASE("A segment of an id that cannot name a folder is refused", "[recording][index]")
{
    Archive a;
    CHECK(a.index.beginSegment(writing("../etc", kT0)) == 0);
    CHECK(a.index.beginSegment(writing("a/b", kT0)) == 0);
    CHECK(a.index.beginSegment(writing("", kT0)) == 0);
    CHECK(a.index.segmentCount() == 0);
}

TEST_CASE("Recorded ranges merge segments closer than the gap and keep larger gaps", "[recording][index]")
{
    Archive a;
    record(a.index, "cam-1", kT0, kT0 + kMinute);
    record(a.index, "cam-1", kT0 + kMinute + 300, kT0 + 2 * kMinute); // 300 ms apart: merges
    record(a.index, "cam-1", kT0 + 5 * kMinute, kT0 + 6 * kMinute);   // 3 minutes later: a gap
    const QVector<TimeRange> expected{{kT0, kT0 + 2 * kMinute}, {kT0 + 5 * kMinute, kT0 + 6 * kMinute}};
    CHECK(a.index.recordedRanges("cam-1", kT0 - kMinute, kT0 + 10 * kMinute) == expected);
    // A gap wider than the one asked for merges too.
    CHECK(a.index.recordedRanges("cam-1", kT0 - kMinute, kT0 + 10 * kMinute, 4 * kMinute) ==
          QVector<TimeRange>{{kT0, kT0 + 6 * kMinute}});
}

TEST_CASE("Recorded ranges with a gap finer than the stored one keep short gaps", "[recording][index]")
{
    Archive a;
    record(a.index, "cam-1", kT0, kT0 + kMinute);
    record(a.index, "cam-1", kT0 + kMinute + 300, kT0 + 2 * kMinute);
    CHECK(a.index.recordedRanges("cam-1", kT0, kT0 + 2 * kMinute, 100) ==
          QVector<TimeRange>{{kT0, kT0 + kMinute}, {kT0 + kMinute + 300, kT0 + 2 * kMinute}});
}

TEST_CASE("Recorded ranges are clipped to the window asked for", "[recording][index]")
{
    Archive a;
    record(a.index, "cam-1", kT0, kT0 + 10 * kMinute);
    CHECK(a.index.recordedRanges("cam-1", kT0 + kMinute, kT0 + 2 * kMinute) ==
          QVector<TimeRange>{{kT0 + kMinute, kT0 + 2 * kMinute}});
    CHECK(a.index.recordedRanges("cam-1", kT0 + 20 * kMinute, kT0 + 30 * kMinute).isEmpty());
}

TEST_CASE("Recorded ranges of several cameras come back per camera", "[recording][index]")
{
    Archive a;
    record(a.index, "cam-1", kT0, kT0 + kMinute);
    record(a.index, "cam-2", kT0 + kMinute, kT0 + 2 * kMinute);
    const auto ranges =
        a.index.recordedRanges(QStringList{"cam-1", "cam-2", "cam-3"}, kT0, kT0 + 5 * kMinute);
    CHECK(ranges.value("cam-1") == QVector<TimeRange>{{kT0, kT0 + kMinute}});
    CHECK(ranges.value("cam-2") == QVector<TimeRange>{{kT0 + kMinute, kT0 + 2 * kMinute}});
    CHECK(ranges.contains("cam-3"));
    CHECK(ranges.value("cam-3").isEmpty());
}

TEST_CASE("Removing the oldest segment makes its range start later", "[recording][index]")
{
    Archive a;
    const qint64 first = record(a.index, "cam-1", kT0, kT0 + kMinute);
    record(a.index, "cam-1", kT0 + kMinute, kT0 + 2 * kMinute);
    REQUIRE(a.index.removeSegment(first));
    CHECK(a.index.segmentCount() == 1);
    CHECK(a.index.recordedRanges("cam-1", kT0 - kMinute, kT0 + 5 * kMinute) ==
          QVector<TimeRange>{{kT0 + kMinute, kT0 + 2 * kMinute}});
}

TEST_CASE("Removing a segment in the middle splits its range", "[recording][index]")
{
    Archive a;
    record(a.index, "cam-1", kT0, kT0 + kMinute);
    const qint64 middle = record(a.index, "cam-1", kT0 + kMinute, kT0 + 2 * kMinute);
    record(a.index, "cam-1", kT0 + 2 * kMinute, kT0 + 3 * kMinute);
    REQUIRE(a.index.removeSegment(middle));
    CHECK(a.index.recordedRanges("cam-1", kT0 - kMinute, kT0 + 5 * kMinute) ==
          QVector<TimeRange>{{kT0, kT0 + kMinute}, {kT0 + 2 * kMinute, kT0 + 3 * kMinute}});
}

TEST_CASE("Evidence lock marks every segment overlapping the window, and only those", "[recording][index]")
{
    Archive a;
    const qint64 before = record(a.index, "cam-1", kT0, kT0 + kMinute);
    const qint64 inside1 = record(a.index, "cam-1", kT0 + 2 * kMinute, kT0 + 3 * kMinute);
    const qint64 inside2 = record(a.index, "cam-1", kT0 + 3 * kMinute, kT0 + 4 * kMinute);
    const qint64 otherCamera = record(a.index, "cam-2", kT0 + 2 * kMinute, kT0 + 3 * kMinute);
    CHECK(a.index.setLocked("cam-1", kT0 + 2 * kMinute + 10, kT0 + 3 * kMinute + 10, true) == 2);
    CHECK_FALSE(a.index.segment(before)->locked);
    CHECK(a.index.segment(inside1)->locked);
    CHECK(a.index.segment(inside2)->locked);
    CHECK_FALSE(a.index.segment(otherCamera)->locked);
    CHECK(a.index.setLocked("cam-1", kT0, kT0 + 10 * kMinute, false) == 3);
    CHECK_FALSE(a.index.segment(inside1)->locked);
}

TEST_CASE("Segments of a camera come back in start order", "[recording][index]")
{
    Archive a;
    record(a.index, "cam-1", kT0 + 2 * kMinute, kT0 + 3 * kMinute);
    record(a.index, "cam-1", kT0, kT0 + kMinute);
    record(a.index, "cam-2", kT0 + kMinute, kT0 + 2 * kMinute);
    const QVector<Segment> s = a.index.segments("cam-1", kT0, kT0 + 10 * kMinute);
    REQUIRE(s.size() == 2);
    CHECK(s[0].startUtcMs == kT0);
    CHECK(s[1].startUtcMs == kT0 + 2 * kMinute);
    CHECK(a.index.allSegments().size() == 3);
    CHECK(a.index.allSegments()[1].cameraId == "cam-2");
}

TEST_CASE("Stored recorded ranges always equal the ranges merged from the rows", "[recording][index]")
{
    // Random recording, progress, shrinking and removal on two cameras, with overlaps, touching
    // and zero-length segments; the ranges kept in step must match a merge of the rows.
    Archive a;
    std::mt19937 rng(qEnvironmentVariableIntValue("PANTAU_SEED") + 16); // PANTAU_SEED=n: another run
    QVector<qint64> ids;
    const QStringList cameras{"cam-1", "cam-2"};
    const qint64 from = kT0 - 86'400'000LL;
    const qint64 to = kT0 + 86'400'000LL;
    for (int step = 0; step < 600; ++step) {
        const unsigned op = rng() % 10;
        if (op < 5 || ids.isEmpty()) {
            const qint64 start = kT0 + qint64(rng() % 300) * 10'000 + (rng() % 3 == 0 ? 700 : 0);
            const qint64 durationMs = qint64(rng() % 8) * 10'000 + (rng() % 3 == 0 ? 400 : 0);
            const qint64 id = a.index.beginSegment(writing(cameras[rng() % 2], start));
            REQUIRE(id > 0);
            if (rng() % 4)
                REQUIRE(a.index.finishSegment(id, start + durationMs, 1));
            else
                REQUIRE(a.index.updateWriting(id, start + durationMs, 1));
            ids.push_back(id);
        } else if (op < 8) {
            const qint64 id = ids.takeAt(int(rng() % ids.size()));
            REQUIRE(a.index.removeSegment(id));
        } else {
            const auto s = a.index.segment(ids[int(rng() % ids.size())]);
            REQUIRE(s);
            REQUIRE(a.index.finishSegment(s->id, s->startUtcMs + s->durationMs() / 2, 1));
        }
        for (const QString &camera : cameras) {
            QVector<TimeRange> rows;
            for (const Segment &s : a.index.segments(camera, from, to))
                rows.push_back({s.startUtcMs, s.endUtcMs});
            INFO("step " << step << ", " << camera.toStdString());
            REQUIRE(a.index.recordedRanges(camera, from, to) ==
                    mergeRanges(rows, SegmentIndex::kStoredMergeGapMs));
        }
    }
}

TEST_CASE("After recovery every segment file has one row and the ranges match the rows", "[recording][index]")
{
    // Rows and files that disagree at random over three days: rows without files, files without
    // rows, rows left writing; after recover() they agree and the stored ranges match the rows.
    Archive a;
    std::mt19937 rng(qEnvironmentVariableIntValue("PANTAU_SEED") + 61);
    QSet<qint64> files;
    for (int i = 0; i < 300; ++i) {
        const qint64 start = kT0 + qint64(rng() % 4000) * kMinute;
        const unsigned kind = rng() % 4;
        if (kind != 0) { // 0: a row whose file is gone
            writeSegmentFile(a.root(), "cam-1", start, rng() % 5 ? "60000" : "junk");
            files.insert(start);
        }
        if (kind == 1 || kind == 0) // a complete row
            a.index.addSegments({[&] {
                Segment s = writing("cam-1", start);
                s.endUtcMs = start + kMinute;
                s.state = Segment::State::Complete;
                return s;
            }()});
        else if (kind == 2) // a row left writing, with an end past what plays
            REQUIRE(a.index.updateWriting(a.index.beginSegment(writing("cam-1", start)), start + 90'000, 1));
        // kind 3: a file without a row
    }
    REQUIRE(a.index.recover(fakeProbe).ok);
    const qint64 from = kT0 - 86'400'000LL;
    const qint64 to = kT0 + 4 * 86'400'000LL;
    QSet<qint64> rowStarts;
    QVector<TimeRange> rows;
    for (const Segment &s : a.index.segments("cam-1", from, to)) {
        CHECK(s.state == Segment::State::Complete);
        rowStarts.insert(s.startUtcMs);
        rows.push_back({s.startUtcMs, s.endUtcMs});
    }
    CHECK(rowStarts == files);
    CHECK(a.index.segmentCount() == files.size());
    CHECK(a.index.recordedRanges("cam-1", from, to) == mergeRanges(rows, SegmentIndex::kStoredMergeGapMs));
}

TEST_CASE("Retention reads every segment with its lock and writing state", "[recording][index]")
{
    Archive a;
    const qint64 done = record(a.index, "cam-1", kT0, kT0 + kMinute);
    const qint64 open = a.index.beginSegment(writing("cam-2", kT0 + kMinute));
    REQUIRE(a.index.setLocked("cam-1", kT0, kT0, true) == 1);
    QVector<RetentionSegment> s = a.index.retentionSegments();
    std::sort(s.begin(), s.end(),
              [](const RetentionSegment &x, const RetentionSegment &y) { return x.id < y.id; });
    REQUIRE(s.size() == 2);
    CHECK(s[0].id == done);
    CHECK(s[0].cameraId == "cam-1");
    CHECK(s[0].endUtcMs == kT0 + kMinute);
    CHECK(s[0].bytes == 1000);
    CHECK(s[0].locked);
    CHECK_FALSE(s[0].writing);
    CHECK(s[1].id == open);
    CHECK(s[1].writing);
    CHECK_FALSE(s[1].locked);
}

TEST_CASE("A clock stepped back keeps segments in start order and ranges merged", "[recording][index]")
{
    Archive a;
    // Recording at 10:00-10:01, then NTP sets the clock back 30 s: the next segment starts at
    // 10:00:30 and overlaps the first.
    const qint64 first = record(a.index, "cam-1", kT0, kT0 + kMinute);
    const qint64 stepped = record(a.index, "cam-1", kT0 + 30'000, kT0 + 90'000);
    const qint64 next = record(a.index, "cam-1", kT0 + 90'000, kT0 + 150'000);
    const QVector<Segment> s = a.index.segments("cam-1", kT0, kT0 + 10 * kMinute);
    REQUIRE(s.size() == 3);
    CHECK(s[0].id == first);
    CHECK(s[1].id == stepped);
    CHECK(s[2].id == next);
    CHECK(a.index.recordedRanges("cam-1", kT0, kT0 + 10 * kMinute) ==
          QVector<TimeRange>{{kT0, kT0 + 150'000}});
    // Removing the longer first segment of the overlap leaves the rest covered.
    REQUIRE(a.index.removeSegment(first));
    CHECK(a.index.recordedRanges("cam-1", kT0, kT0 + 10 * kMinute) ==
          QVector<TimeRange>{{kT0 + 30'000, kT0 + 150'000}});
}

TEST_CASE("Recovery trims a segment left writing to what plays", "[recording][index]")
{
    Archive a;
    const qint64 id = a.index.beginSegment(writing("cam-1", kT0));
    REQUIRE(a.index.updateWriting(id, kT0 + 50'000, 4'000));
    writeSegmentFile(a.root(), "cam-1", kT0, "42000"); // the crash left 42 s that play
    const RecoveryReport report = a.index.recover(fakeProbe);
    CHECK(report.ok);
    CHECK(report.trimmed == 1);
    const auto s = a.index.segment(id);
    REQUIRE(s);
    CHECK(s->state == Segment::State::Complete);
    CHECK(s->endUtcMs == kT0 + 42'000);
    CHECK(s->bytes == 5); // the file's size
    CHECK(a.index.recordedRanges("cam-1", kT0, kT0 + kMinute) == QVector<TimeRange>{{kT0, kT0 + 42'000}});
}

TEST_CASE("Recovery keeps a file that does not play, complete with no duration", "[recording][index]")
{
    Archive a;
    const qint64 id = a.index.beginSegment(writing("cam-1", kT0));
    writeSegmentFile(a.root(), "cam-1", kT0, "junk");
    const RecoveryReport report = a.index.recover(fakeProbe);
    CHECK(report.unplayable == QStringList{SegmentIndex::relativePathFor("cam-1", kT0)});
    const auto s = a.index.segment(id);
    REQUIRE(s);
    CHECK(s->state == Segment::State::Complete);
    CHECK(s->durationMs() == 0);
    CHECK(QFileInfo::exists(a.root() + "/" + SegmentIndex::relativePathFor("cam-1", kT0)));
}

TEST_CASE("Recovery adopts a segment file without a row", "[recording][index]")
{
    Archive a;
    writeSegmentFile(a.root(), "cam-1", kT0, "60000");
    writeSegmentFile(a.root(), "cam-1", kT0 + 2 * kMinute, "junk"); // adopted too, with no duration
    const RecoveryReport report = a.index.recover(fakeProbe);
    CHECK(report.adopted == 2);
    const QVector<Segment> s = a.index.segments("cam-1", kT0, kT0 + 10 * kMinute);
    REQUIRE(s.size() == 2);
    CHECK(s[0].state == Segment::State::Complete);
    CHECK(s[0].endUtcMs == kT0 + kMinute);
    CHECK(s[0].codec == "h264");
    CHECK(s[1].durationMs() == 0);
    CHECK(a.index.recordedRanges("cam-1", kT0, kT0 + 10 * kMinute) ==
          QVector<TimeRange>{{kT0, kT0 + kMinute}});
}

TEST_CASE("Recovery ignores files the layout does not make", "[recording][index]")
{
    Archive a;
    QDir(a.root()).mkpath("cam-1/2026-09-21");
    for (const char *name :
         {"cam-1/2026-09-21/notes.txt", "cam-1/2026-09-21/0123.mp4", "cam-1/2026-09-21/1.mp4"}) {
        QFile f(a.root() + "/" + name);
        REQUIRE(f.open(QIODevice::WriteOnly));
    }
    const RecoveryReport report = a.index.recover(fakeProbe);
    CHECK(report.ok);
    CHECK(report.adopted == 0);
    CHECK(QFileInfo::exists(a.root() + "/cam-1/2026-09-21/notes.txt"));
}

TEST_CASE("Recovery removes a row whose file is gone", "[recording][index]")
{
    Archive a;
    record(a.index, "cam-1", kT0, kT0 + kMinute); // its file never existed
    writeSegmentFile(a.root(), "cam-1", kT0 + kMinute, "60000");
    record(a.index, "cam-1", kT0 + kMinute, kT0 + 2 * kMinute);
    const RecoveryReport report = a.index.recover(fakeProbe);
    CHECK(report.removedRows == 1);
    CHECK(a.index.segmentCount() == 1);
    CHECK(a.index.recordedRanges("cam-1", kT0, kT0 + 10 * kMinute) ==
          QVector<TimeRange>{{kT0 + kMinute, kT0 + 2 * kMinute}});
}

TEST_CASE("Recovery removes the rows of a camera whose folder is gone", "[recording][index]")
{
    Archive a;
    record(a.index, "cam-9", kT0, kT0 + kMinute);
    record(a.index, "cam-9", kT0 + 3 * 86'400'000LL, kT0 + 3 * 86'400'000LL + kMinute);
    const RecoveryReport report = a.index.recover(fakeProbe);
    CHECK(report.removedRows == 2);
    CHECK(a.index.segmentCount() == 0);
    CHECK(a.index.recordedRanges("cam-9", kT0, kT0 + 4 * 86'400'000LL).isEmpty());
}

TEST_CASE("A corrupt index file is set aside and the index rebuilt with the same ranges",
          "[recording][index]")
{
    QTemporaryDir dir;
    QVector<TimeRange> before;
    {
        SegmentIndex index(dir.path());
        REQUIRE(index.open());
        for (qint64 start : {kT0, kT0 + kMinute, kT0 + 5 * kMinute}) {
            writeSegmentFile(dir.path(), "cam-1", start, "60000");
            record(index, "cam-1", start, start + kMinute);
        }
        before = index.recordedRanges("cam-1", kT0, kT0 + 10 * kMinute);
        REQUIRE(before.size() == 2);
    }
    {
        QFile f(dir.filePath("index.sqlite"));
        REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(QByteArray(8192, '\x5a'));
    }
    SegmentIndex index(dir.path());
    QString error;
    CapturedMessages::messages().clear();
    {
        CapturedMessages capture;
        REQUIRE(index.open(&error));
    }
    REQUIRE(CapturedMessages::messages().size() == 1);
    CHECK(CapturedMessages::messages().first().contains("set aside"));
    CHECK_FALSE(index.setAsidePath().isEmpty());
    CHECK(QFileInfo(index.setAsidePath()).size() == 8192); // kept, never deleted
    CHECK(index.segmentCount() == 0);
    const RecoveryReport report = index.recover(fakeProbe);
    CHECK(report.adopted == 3);
    CHECK(index.recordedRanges("cam-1", kT0, kT0 + 10 * kMinute) == before);
}

TEST_CASE("Rebuild forgets the rows and adopts every file", "[recording][index]")
{
    Archive a;
    writeSegmentFile(a.root(), "cam-1", kT0, "60000");
    const qint64 id = record(a.index, "cam-1", kT0, kT0 + 30'000);
    record(a.index, "cam-1", kT0 + 5 * kMinute, kT0 + 6 * kMinute); // no file
    const RecoveryReport report = a.index.rebuild(fakeProbe);
    CHECK(report.adopted == 1);
    CHECK_FALSE(a.index.segment(id));
    CHECK(a.index.recordedRanges("cam-1", kT0, kT0 + 10 * kMinute) ==
          QVector<TimeRange>{{kT0, kT0 + kMinute}});
}

TEST_CASE("Evidence locks survive a rebuild from the files", "[recording][index]")
{
    Archive a;
    for (qint64 start : {kT0, kT0 + kMinute, kT0 + 2 * kMinute}) {
        writeSegmentFile(a.root(), "cam-1", start, "60000");
        record(a.index, "cam-1", start, start + kMinute);
    }
    writeSegmentFile(a.root(), "cam-2", kT0, "60000");
    record(a.index, "cam-2", kT0, kT0 + kMinute);
    REQUIRE(a.index.setLocked("cam-1", kT0 + kMinute + 10, kT0 + kMinute + 20, true) == 1);
    CHECK(QFileInfo::exists(a.root() + "/cam-1/locks.json"));
    CHECK_FALSE(QFileInfo::exists(a.root() + "/cam-2/locks.json"));

    const RecoveryReport report = a.index.rebuild(fakeProbe);
    REQUIRE(report.ok);
    CHECK(report.adopted == 4);
    CHECK(report.relocked == 1);
    for (const Segment &s : a.index.allSegments()) {
        INFO(s.relativePath.toStdString());
        CHECK(s.locked == (s.cameraId == "cam-1" && s.startUtcMs == kT0 + kMinute));
    }
}

TEST_CASE("Evidence locks come back when a corrupt index is set aside", "[recording][index]")
{
    QTemporaryDir dir;
    {
        SegmentIndex index(dir.path());
        REQUIRE(index.open());
        writeSegmentFile(dir.path(), "cam-1", kT0, "60000");
        record(index, "cam-1", kT0, kT0 + kMinute);
        REQUIRE(index.setLocked("cam-1", kT0, kT0 + kMinute, true) == 1);
    }
    for (const QString &f : QDir(dir.path()).entryList({"index.sqlite*"}, QDir::Files))
        REQUIRE(QFile::remove(dir.filePath(f)));
    SegmentIndex index(dir.path());
    REQUIRE(index.open());
    REQUIRE(index.recover(fakeProbe).ok);
    const QVector<Segment> rows = index.allSegments();
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].locked);
}

TEST_CASE("Unlocking the last segment removes the camera's lock file", "[recording][index]")
{
    Archive a;
    writeSegmentFile(a.root(), "cam-1", kT0, "60000");
    record(a.index, "cam-1", kT0, kT0 + kMinute);
    REQUIRE(a.index.setLocked("cam-1", kT0, kT0, true) == 1);
    REQUIRE(QFileInfo::exists(a.root() + "/cam-1/locks.json"));
    REQUIRE(a.index.setLocked("cam-1", kT0, kT0, false) == 1);
    CHECK_FALSE(QFileInfo::exists(a.root() + "/cam-1/locks.json"));
    CHECK(a.index.rebuild(fakeProbe).relocked == 0);
    CHECK_FALSE(a.index.allSegments().first().locked);
}

TEST_CASE("A lock that cannot be written beside the footage changes nothing", "[recording][index]")
{
    Archive a;
    writeSegmentFile(a.root(), "cam-1", kT0, "60000");
    const qint64 id = record(a.index, "cam-1", kT0, kT0 + kMinute);
    // A folder where the lock file should be: it cannot be replaced.
    REQUIRE(QDir().mkpath(a.root() + "/cam-1/locks.json"));
    CHECK(a.index.setLocked("cam-1", kT0, kT0, true) == -1);
    CHECK_FALSE(a.index.segment(id)->locked);
}

TEST_CASE("Segment paths follow the layout and parse back", "[recording][index]")
{
    const QString path = SegmentIndex::relativePathFor("cam-3f2a", kT0);
    CHECK(path == "cam-3f2a/2026-09-21/1789999980000.mp4");
    const auto parsed = SegmentIndex::parseRelativePath(path);
    REQUIRE(parsed);
    CHECK(parsed->first == "cam-3f2a");
    CHECK(parsed->second == kT0);
    // The day folder is the start's UTC day, also just before midnight.
    CHECK(SegmentIndex::relativePathFor("c", 86'400'000LL - 1) == "c/1970-01-01/86399999.mp4");
}

TEST_CASE("Paths the layout does not make do not parse", "[recording][index]")
{
    CHECK_FALSE(SegmentIndex::parseRelativePath("cam-1/2026-09-22/1789999980000.mp4")); // wrong day
    CHECK_FALSE(SegmentIndex::parseRelativePath("cam-1/2026-09-21/01789999980000.mp4"));
    CHECK_FALSE(SegmentIndex::parseRelativePath("cam-1/2026-09-21/1789999980000.mkv"));
    CHECK_FALSE(SegmentIndex::parseRelativePath("../2026-09-21/1789999980000.mp4"));
    CHECK_FALSE(SegmentIndex::parseRelativePath("a/cam-1/2026-09-21/1789999980000.mp4"));
    CHECK(SegmentIndex::relativePathFor("..", kT0).isEmpty());
    CHECK(SegmentIndex::relativePathFor("a/b", kT0).isEmpty());
    CHECK(SegmentIndex::relativePathFor(".hidden", kT0).isEmpty());
    CHECK(SegmentIndex::relativePathFor("index.sqlite", kT0).isEmpty());
}

TEST_CASE("Merging ranges joins what is closer than the gap and drops empty ranges", "[recording][index]")
{
    const QVector<TimeRange> in{{0, 10}, {15, 20}, {20, 20}, {40, 50}, {45, 48}};
    CHECK(mergeRanges(in, 5) == QVector<TimeRange>{{0, 10}, {15, 20}, {40, 50}});
    CHECK(mergeRanges(in, 6) == QVector<TimeRange>{{0, 20}, {40, 50}});
    CHECK(mergeRanges(in, 0) == QVector<TimeRange>{{0, 10}, {15, 20}, {40, 50}});
}

TEST_CASE("A segment file holds no footage only when nothing demuxes and it is header-sized", "[recording]")
{
    CHECK(holdsNoFootage(false, 863)); // what a kill before the first fragment leaves
    CHECK(holdsNoFootage(false, 0));
    CHECK(holdsNoFootage(false, kHeaderOnlyMaxBytes));
    CHECK_FALSE(holdsNoFootage(false, kHeaderOnlyMaxBytes + 1)); // damaged footage: kept
    CHECK_FALSE(holdsNoFootage(true, 863));                      // it plays
    CHECK_FALSE(holdsNoFootage(false, -1));                      // no such file
}
