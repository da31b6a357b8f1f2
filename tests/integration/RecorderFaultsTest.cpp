// The recorder's faults and its time source against real RTSP cameras on 127.0.0.1:
// - time: the camera's RTCP sender reports give segments its time (two recordings of one camera
//   line up within 100 ms; a camera clock a minute off is followed, an hour off is not);
// - a resolution change mid-stream: a new segment with the new resolution, every file plays;
// - RTP timestamps that jump forwards and back: recorded on, the index in order;
// - a disk that fills (a file size limit lowered mid-run on pantau-recorder): write-error for the
//   camera that hits it, a recorder warning, the other camera records on, and it resumes when the
//   limit is lifted;
// - an archive folder that disappears mid-run: write-error and a warning, no crash, resumes when
//   it is back;
// - retention on a real folder with a byte budget: the oldest unlocked files go, never the one
//   being written nor a locked one.
#include "RecorderStatusReader.h"
#include "TestCameras.h"
#include "Wait.h"
#include "core/recording/RecorderService.h"
#include "core/recording/RecordingPipeline.h"
#include "core/recording/SegmentFileProbe.h"
#include "core/recording/SegmentIndex.h"
#include "core/site/SiteFile.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalSocket>
#include <QProcess>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <csignal>
#include <sys/resource.h>

using namespace pantau;
using namespace pantau::recording;
using pantau::test::kPlayingBoundMs;
using pantau::test::kStateBoundMs;
using pantau::test::waitUntil;

namespace {

constexpr int kConnectBoundMs = 15000;
constexpr int kWriteRetryBoundMs = 15000; // a write error is retried every 10 s

// A clip whose keyframes come every `gopFrames` frames at 25 fps.
std::shared_ptr<const demo::EncodedClip> clip(QColor color, QSize size, int gopFrames, int frames, int kbps,
                                              bool solid = true)
{
    demo::ClipSpec spec;
    spec.title = color.name();
    spec.color = color;
    spec.solidColor = solid;
    spec.size = size;
    spec.frameCount = frames;
    spec.keyframeIntervalFrames = gopFrames;
    spec.bitrateKbps = kbps;
    return demo::encodeClip(spec);
}

qint64 bytesPerSecond(const demo::EncodedClip &c)
{
    qint64 bytes = 0;
    for (const QByteArray &u : c.units)
        bytes += u.size();
    return bytes * c.spec.fps / std::max<qint64>(1, c.units.size());
}

// One RecordingPipeline and what it reported.
struct PipelineRig
{
    QString root;
    RecordingPipeline pipeline;
    QVector<SegmentFile> opened, closed;
    QVector<qint64> openedSeenUtcMs; // this PC's clock when each segment's opening was seen
    QVector<RecordingStatus> states;
    bool finished = false;

    PipelineRig(const QString &rootPath, const QUrl &url, const QString &cameraId, int segmentSeconds)
        : root(rootPath),
          pipeline(RecordingSource{cameraId, url, {}, {}, segmentSeconds, 1000, 5000, 5000},
                   [rootPath, cameraId](qint64 startUtcMs) {
                       return rootPath + "/" + cameraId + "/" + QString::number(startUtcMs) + ".mp4";
                   })
    {
        QObject::connect(&pipeline, &RecordingPipeline::segmentOpened, [this](const SegmentFile &s) {
            opened.push_back(s);
            openedSeenUtcMs.push_back(QDateTime::currentMSecsSinceEpoch());
        });
        QObject::connect(&pipeline, &RecordingPipeline::segmentClosed,
                         [this](const SegmentFile &s) { closed.push_back(s); });
        QObject::connect(&pipeline, &RecordingPipeline::statusChanged,
                         [this](const RecordingStatus &s) { states.push_back(s); });
        QObject::connect(&pipeline, &RecordingPipeline::finished, [this] { finished = true; });
    }
    void stop()
    {
        pipeline.stop();
        REQUIRE(waitUntil([&] { return finished; }, kStateBoundMs));
    }
};

// A RecorderService over its own archive and index, in this process.
struct ServiceRig
{
    QTemporaryDir dir;
    QString root = dir.filePath("archive");
    SegmentIndex index{root};
    std::unique_ptr<RecorderService> service;

    explicit ServiceRig(RecorderOptions options = {})
    {
        REQUIRE(index.open());
        service = std::make_unique<RecorderService>(index, options);
    }
    ~ServiceRig()
    {
        service->shutdown();
        service.reset();
    }
    void record(const QVector<std::pair<QString, QUrl>> &cameras, int segmentSeconds)
    {
        QVector<RecordingJob> jobs;
        for (const auto &[id, url] : cameras)
            jobs.push_back({RecordingSource{id, url, {}, {}, segmentSeconds, 1000, 5000, 5000}, 30});
        service->setJobs(jobs);
    }
    RecordingState state(const QString &cameraId) const
    {
        for (const CameraRecordingStatus &c : service->cameraStatuses())
            if (c.cameraId == cameraId)
                return c.status.state;
        return RecordingState::Invalid;
    }
    QVector<Segment> rows(const QString &cameraId)
    {
        return index.segments(cameraId, 0, std::numeric_limits<qint64>::max());
    }
};

// pantau-recorder as a child process, with its site, archive and status socket.
struct RecorderProcess
{
    QTemporaryDir dir;
    QString site = dir.filePath("site.json");
    QString archive = dir.filePath("archive");
    QString socket = dir.filePath("status.sock");
    QString segmentSeconds = "2";
    QProcess process;

    void saveSite(const QVector<std::pair<QString, QUrl>> &cameras)
    {
        Site s;
        for (const auto &[id, url] : cameras) {
            Camera c;
            c.id = id;
            c.name = "Simpang " + id;
            c.mainStreamUrl = url;
            c.recording.enabled = true;
            s.cameras.push_back(c);
        }
        QString error;
        REQUIRE(SiteFile::save(site, s, &error));
    }
    void start()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("QT_LOGGING_RULES", "pantau.recording.debug=false");
        process.setProcessEnvironment(env);
        process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        // A file size limit set later makes writes fail with EFBIG instead of killing the process.
        process.setChildProcessModifier([] { ::signal(SIGXFSZ, SIG_IGN); });
        process.start(QStringLiteral(PANTAU_BIN_DIR "/pantau-recorder"),
                      {"--site", site, "--archive", archive, "--credentials",
                       dir.filePath("credentials.json"), "--status-socket", socket, "--segment-seconds",
                       segmentSeconds, "--host", "rekam-test", "--language", "en"});
        REQUIRE(process.waitForStarted(5000));
    }
    void terminate()
    {
        process.terminate(); // SIGTERM: open segments finish cleanly
        REQUIRE(process.waitForFinished(15000));
        CHECK(process.exitStatus() == QProcess::NormalExit);
        CHECK(process.exitCode() == 0);
    }
    // The largest file the recorder may write from now on (RLIM_INFINITY: no limit).
    bool limitFileSize(rlim_t bytes)
    {
        const struct rlimit limit
        {
            bytes, RLIM_INFINITY
        };
        return ::prlimit(pid_t(process.processId()), RLIMIT_FSIZE, &limit, nullptr) == 0;
    }
    QStringList segmentFiles(const QString &cameraId) const
    {
        return test::segmentFilesIn(archive, cameraId);
    }
};

using StatusReader = pantau::test::RecorderStatusReader;

} // namespace

TEST_CASE("Two recordings of one camera line up within 100 ms on its sender-report time",
          "[integration][recording]")
{
    // A keyframe every 2 s and segments of 2 s: every keyframe starts a segment in both
    // recordings, so segments that start with the same frame can be paired.
    demo::ClipRtspServer server;
    server.addMount("cam", demo::Codec::H264, clip(QColor(220, 30, 30), {320, 180}, 50, 50, 300));
    REQUIRE(server.start());
    QTemporaryDir dir;
    PipelineRig a(dir.path(), server.url("cam"), "cam-a", 2);
    PipelineRig b(dir.path(), server.url("cam"), "cam-b", 2);
    a.pipeline.start();
    b.pipeline.start();
    REQUIRE(waitUntil([&] { return a.closed.size() >= 4 && b.closed.size() >= 4; }, 30000));
    a.stop();
    b.stop();

    int pairs = 0;
    for (const SegmentFile &sa : a.closed)
        for (const SegmentFile &sb : b.closed)
            if (std::abs(sa.startUtcMs - sb.startUtcMs) < 1000) { // the same keyframe
                INFO(sa.startUtcMs << " and " << sb.startUtcMs);
                CHECK(std::abs(sa.startUtcMs - sb.startUtcMs) <= 100);
                ++pairs;
            }
    CHECK(pairs >= 3);
    // The server sends sender reports from about its second second: later segments take its time.
    for (const PipelineRig *rig : {&a, &b}) {
        CHECK(std::any_of(rig->closed.cbegin(), rig->closed.cend(), [](const SegmentFile &s) {
            return s.timeSource == SegmentTimeSource::SenderReport;
        }));
        for (int i = 1; i < rig->closed.size(); ++i)
            CHECK(rig->closed[i].startUtcMs > rig->closed[i - 1].startUtcMs);
    }
}

TEST_CASE("A camera clock a minute off gives segments its time, an hour off is not trusted",
          "[integration][recording]")
{
    demo::ClipRtspServer minuteOff, hourOff;
    minuteOff.setSenderClockOffsetMs(60'000);
    hourOff.setSenderClockOffsetMs(3'600'000);
    minuteOff.addMount("cam", demo::Codec::H264, test::solidClip(QColor(30, 200, 40)));
    hourOff.addMount("cam", demo::Codec::H264, test::solidClip(QColor(30, 60, 220)));
    REQUIRE(minuteOff.start());
    REQUIRE(hourOff.start());
    QTemporaryDir dir;
    PipelineRig minute(dir.path(), minuteOff.url("cam"), "cam-minute", 2);
    PipelineRig hour(dir.path(), hourOff.url("cam"), "cam-hour", 2);
    minute.pipeline.start();
    hour.pipeline.start();
    auto senderTimed = [](const PipelineRig &r) {
        return std::count_if(r.opened.cbegin(), r.opened.cend(), [](const SegmentFile &s) {
            return s.timeSource == SegmentTimeSource::SenderReport;
        });
    };
    // Sender reports come from about the second second; segments every 2 s.
    REQUIRE(waitUntil([&] { return senderTimed(minute) >= 1 && hour.opened.size() >= 4; }, 30000));
    // A segment's opening is seen here about a GOP (1 s) after its first frame arrived:
    // splitmuxsink holds a GOP back before the muxer sees it.
    auto nearArrival = [](qint64 startUtcMs, qint64 seenUtcMs) {
        return startUtcMs <= seenUtcMs + 300 && startUtcMs >= seenUtcMs - 2500;
    };
    for (int i = 0; i < minute.opened.size(); ++i) {
        const qint64 seenUtcMs = minute.openedSeenUtcMs[i];
        INFO("segment " << i << " starts " << minute.opened[i].startUtcMs - seenUtcMs
                        << " ms from when it was seen");
        if (minute.opened[i].timeSource == SegmentTimeSource::SenderReport)
            CHECK(nearArrival(minute.opened[i].startUtcMs - 60'000, seenUtcMs));
        else
            CHECK(nearArrival(minute.opened[i].startUtcMs, seenUtcMs));
    }
    for (int i = 0; i < hour.opened.size(); ++i) {
        INFO("segment " << i << " starts " << hour.opened[i].startUtcMs - hour.openedSeenUtcMs[i]
                        << " ms from when it was seen");
        CHECK(hour.opened[i].timeSource == SegmentTimeSource::Arrival);
        CHECK(nearArrival(hour.opened[i].startUtcMs, hour.openedSeenUtcMs[i]));
    }
    minute.stop();
    hour.stop();
    // The segment after the switch to the camera's time starts after the one before.
    for (int i = 1; i < minute.closed.size(); ++i)
        CHECK(minute.closed[i].startUtcMs > minute.closed[i - 1].startUtcMs);
}

TEST_CASE("A resolution change mid-stream starts a new segment, and every file plays",
          "[integration][recording]")
{
    demo::ClipRtspServer server;
    server.addMount("cam", demo::Codec::H264,
                    test::solidClip(QColor(230, 220, 30), demo::Codec::H264, {320, 180}));
    REQUIRE(server.start());
    const auto bigger = test::solidClip(QColor(230, 220, 30), demo::Codec::H264, {640, 360});
    REQUIRE(bigger);
    RecorderOptions options;
    options.progressIntervalMs = 500;
    ServiceRig rig(options);
    rig.record({{"cam-res", server.url("cam")}}, 6);
    REQUIRE(waitUntil([&] { return rig.state("cam-res") == RecordingState::Recording; }, kConnectBoundMs));
    REQUIRE(waitUntil([&] { return !rig.rows("cam-res").isEmpty(); }, kStateBoundMs));
    const qint64 firstStartUtcMs = rig.rows("cam-res").first().startUtcMs;
    REQUIRE(waitUntil([&] { return QDateTime::currentMSecsSinceEpoch() - firstStartUtcMs >= 2000; },
                      kStateBoundMs));
    server.setClip("cam", bigger); // the camera switches to 640x360 on the same mount
    REQUIRE(waitUntil(
        [&] {
            const QVector<Segment> rows = rig.rows("cam-res");
            return rows.size() >= 2 && rows.last().resolution == QSize(640, 360);
        },
        kStateBoundMs));
    const qint64 changedUtcMs = rig.rows("cam-res").last().startUtcMs;
    REQUIRE(
        waitUntil([&] { return QDateTime::currentMSecsSinceEpoch() - changedUtcMs >= 2000; }, kStateBoundMs));
    CHECK(rig.state("cam-res") == RecordingState::Recording);
    rig.service->shutdown();
    rig.service->waitForIo();

    const QVector<Segment> rows = rig.rows("cam-res");
    REQUIRE(rows.size() >= 2);
    CHECK(rows.first().resolution == QSize(320, 180));
    CHECK(rows.last().resolution == QSize(640, 360));
    for (int i = 0; i < rows.size(); ++i) {
        const Segment &s = rows[i];
        INFO(s.relativePath.toStdString());
        CHECK(s.state == Segment::State::Complete);
        const auto info = probeSegmentFile(rig.root + "/" + s.relativePath);
        REQUIRE(info);
        CHECK(info->resolution == s.resolution);
        CHECK(info->durationMs >= 500);
        if (i > 0) // in order, and the new segment follows within the reconnection
            CHECK(s.startUtcMs >= rows[i - 1].endUtcMs - 200);
    }
    // The camera was recorded on: at most a couple of seconds to reconnect at the change.
    CHECK(rows[1].startUtcMs - rows[0].endUtcMs <= 3000);
}

TEST_CASE("RTP timestamps that jump forwards and back are recorded on, the index in order",
          "[integration][recording]")
{
    demo::ClipRtspServer server;
    server.addMount("cam", demo::Codec::H264, test::solidClip(QColor(220, 30, 30)));
    REQUIRE(server.start());
    QTemporaryDir dir;
    PipelineRig rig(dir.path(), server.url("cam"), "cam-jump", 2);
    rig.pipeline.start();
    // The camera's time is known (a segment took it from a sender report) before its clock jumps.
    // A jump before the first report is followed until the offset before it has held for 20 s
    // (SegmentClock's unit tests).
    REQUIRE(waitUntil(
        [&] {
            return std::any_of(rig.opened.cbegin(), rig.opened.cend(), [](const SegmentFile &s) {
                return s.timeSource == SegmentTimeSource::SenderReport;
            });
        },
        kPlayingBoundMs));
    const qint64 jumpedUtcMs = QDateTime::currentMSecsSinceEpoch();
    server.jumpRtpTimestamps("cam", 20'000); // the camera's stream clock jumps 20 s ahead
    REQUIRE(
        waitUntil([&] { return QDateTime::currentMSecsSinceEpoch() - jumpedUtcMs >= 3000; }, kStateBoundMs));
    server.jumpRtpTimestamps("cam", -60'000); // and 40 s back
    const qint64 backUtcMs = QDateTime::currentMSecsSinceEpoch();
    REQUIRE(
        waitUntil([&] { return QDateTime::currentMSecsSinceEpoch() - backUtcMs >= 3000; }, kStateBoundMs));
    const qint64 endUtcMs = QDateTime::currentMSecsSinceEpoch();
    rig.stop();

    // The segments in the order the index gets them.
    const QVector<SegmentFile> &closed = rig.closed;
    REQUIRE(closed.size() >= 4);
    qint64 probedMs = 0;
    for (int i = 0; i < closed.size(); ++i) {
        const SegmentFile &s = closed[i];
        INFO(s.absolutePath.toStdString());
        const auto info = probeSegmentFile(s.absolutePath);
        REQUIRE(info);
        probedMs += info->durationMs;
        CHECK(s.endUtcMs >= s.startUtcMs);
        CHECK(s.endUtcMs <= endUtcMs + 1000); // nothing stamped 20 s into the future
        if (i > 0)
            CHECK(s.startUtcMs > closed[i - 1].startUtcMs);
    }
    // Recorded on: the jumps cost at most a few seconds of the ~6 s around them.
    const qint64 spanMs = closed.last().endUtcMs - closed.first().startUtcMs;
    INFO("recorded " << probedMs << " ms over " << spanMs << " ms");
    CHECK(probedMs >= spanMs - 4000);
}

TEST_CASE("A disk that fills stops the camera that hits it, the other records on, both resume when it clears",
          "[integration][recording]")
{
    // A busy camera (every frame a keyframe, about half a megabyte a second) and a quiet one
    // (a solid picture, a few kB a second); files of up to 6 s.
    const auto busyClip = clip(QColor(30, 60, 220), {640, 360}, 1, 25, 8000, false);
    const auto quietClip = test::solidClip(QColor(30, 200, 40));
    REQUIRE(busyClip);
    REQUIRE(quietClip);
    constexpr rlim_t kLimitBytes = 1024 * 1024;
    INFO("busy " << bytesPerSecond(*busyClip) << " B/s, quiet " << bytesPerSecond(*quietClip) << " B/s");
    REQUIRE(bytesPerSecond(*busyClip) * 4 > qint64(kLimitBytes));      // fills a file past the limit
    REQUIRE(bytesPerSecond(*quietClip) * 6 < qint64(kLimitBytes) / 8); // never near it
    demo::ClipRtspServer server;
    server.addMount("busy", demo::Codec::H264, busyClip);
    server.addMount("quiet", demo::Codec::H264, quietClip);
    REQUIRE(server.start());
    RecorderProcess rec;
    rec.segmentSeconds = "6";
    rec.saveSite({{"cam-busy", server.url("busy")}, {"cam-quiet", server.url("quiet")}});
    rec.start();
    REQUIRE(waitUntil([&] { return QFileInfo::exists(rec.socket); }, kConnectBoundMs));
    StatusReader status(rec.socket);
    REQUIRE(waitUntil(
        [&] {
            return status.stateOf("cam-busy") == "recording" && status.stateOf("cam-quiet") == "recording";
        },
        kConnectBoundMs));
    REQUIRE(waitUntil([&] { return !rec.segmentFiles("cam-busy").isEmpty(); }, kStateBoundMs));

    // The disk fills: no file may grow past 1 MiB any more.
    const qint64 fullUtcMs = QDateTime::currentMSecsSinceEpoch();
    REQUIRE(rec.limitFileSize(kLimitBytes));
    REQUIRE(waitUntil([&] { return status.stateOf("cam-busy") == "write-error"; }, kStateBoundMs));
    CHECK(status.warning().contains("cannot be written"));
    CHECK(status.stateOf("cam-quiet") == "recording");
    // The quiet camera goes on writing.
    const QStringList quietBefore = rec.segmentFiles("cam-quiet");
    REQUIRE_FALSE(quietBefore.isEmpty());
    const qint64 quietBytes = QFileInfo(quietBefore.last()).size();
    REQUIRE(waitUntil(
        [&] {
            const QStringList now = rec.segmentFiles("cam-quiet");
            return now.size() > quietBefore.size() || QFileInfo(now.last()).size() > quietBytes;
        },
        kStateBoundMs));
    CHECK(status.stateOf("cam-quiet") == "recording");
    CHECK(rec.process.state() == QProcess::Running);

    // Space again: the busy camera records again at its next try.
    const int busyFiles = rec.segmentFiles("cam-busy").size();
    REQUIRE(rec.limitFileSize(RLIM_INFINITY));
    const qint64 clearedUtcMs = QDateTime::currentMSecsSinceEpoch();
    REQUIRE(waitUntil([&] { return status.stateOf("cam-busy") == "recording"; }, kWriteRetryBoundMs));
    REQUIRE(waitUntil([&] { return rec.segmentFiles("cam-busy").size() > busyFiles; }, kStateBoundMs));
    CHECK_FALSE(status.warning().contains("cannot be written"));
    rec.terminate();

    // Every file of the quiet camera plays, and every file of the busy camera begun before the
    // disk filled (the one it cut plays up to its last whole fragment) or after it cleared; one
    // begun while it was full may hold no whole fragment (it is kept, and indexed as it plays).
    QStringList files = rec.segmentFiles("cam-quiet");
    for (const QString &f : rec.segmentFiles("cam-busy")) {
        const qint64 startUtcMs = QFileInfo(f).baseName().toLongLong();
        if (startUtcMs < fullUtcMs || startUtcMs > clearedUtcMs)
            files << f;
    }
    for (const QString &f : files) {
        INFO(f.toStdString());
        CHECK(probeSegmentFile(f));
    }
}

TEST_CASE("An archive folder that disappears is a write error with a warning, and recording resumes when it "
          "is back",
          "[integration][recording]")
{
    demo::ClipRtspServer server;
    server.addMount("a", demo::Codec::H264, test::solidClip(QColor(220, 30, 30)));
    REQUIRE(server.start());
    RecorderProcess rec;
    rec.saveSite({{"cam-gone", server.url("a")}});
    rec.start();
    REQUIRE(waitUntil([&] { return QFileInfo::exists(rec.socket); }, kConnectBoundMs));
    StatusReader status(rec.socket);
    REQUIRE(waitUntil([&] { return status.stateOf("cam-gone") == "recording"; }, kConnectBoundMs));
    REQUIRE(waitUntil([&] { return rec.segmentFiles("cam-gone").size() >= 2; }, kStateBoundMs));

    // The disk goes away (its mount point renamed: the folder the recorder was given is gone).
    const QString away = rec.dir.filePath("archive-away");
    REQUIRE(QDir().rename(rec.archive, away));
    REQUIRE(waitUntil([&] { return status.stateOf("cam-gone") == "write-error"; }, kStateBoundMs));
    REQUIRE(waitUntil([&] { return status.warning().contains("is missing"); }, kStateBoundMs));
    CHECK_FALSE(QFileInfo::exists(rec.archive)); // never made again beneath the mount point
    CHECK(rec.process.state() == QProcess::Running);

    // It comes back: recording resumes at the next try.
    REQUIRE(QDir().rename(away, rec.archive));
    const int filesBack = rec.segmentFiles("cam-gone").size();
    REQUIRE(waitUntil([&] { return status.stateOf("cam-gone") == "recording"; }, kWriteRetryBoundMs));
    REQUIRE(waitUntil([&] { return rec.segmentFiles("cam-gone").size() > filesBack; }, kStateBoundMs));
    CHECK_FALSE(status.warning().contains("is missing"));
    CHECK_FALSE(status.warning().contains("cannot be written"));
    rec.terminate();
    for (const QString &f : rec.segmentFiles("cam-gone")) {
        INFO(f.toStdString());
        CHECK(probeSegmentFile(f));
    }
}

TEST_CASE("Retention on a real folder with a byte budget deletes the oldest unlocked files only",
          "[integration][recording]")
{
    // A busy enough camera that a budget of about 7 s of footage fills within seconds.
    const auto c = clip(QColor(230, 220, 30), {320, 180}, 25, 50, 600, false);
    REQUIRE(c);
    const qint64 rate = bytesPerSecond(*c);
    demo::ClipRtspServer server;
    server.addMount("cam", demo::Codec::H264, c);
    REQUIRE(server.start());
    RecorderOptions options;
    options.progressIntervalMs = 300;
    options.retentionIntervalMs = 300;
    options.diskBudgetBytes = rate * 7;
    INFO("camera " << rate << " B/s, budget " << options.diskBudgetBytes << " B");
    ServiceRig rig(options);
    rig.record({{"cam-budget", server.url("cam")}}, 2);
    REQUIRE(waitUntil([&] { return rig.state("cam-budget") == RecordingState::Recording; }, kConnectBoundMs));
    // Lock the first segment as evidence once it is complete.
    REQUIRE(waitUntil([&] { return rig.rows("cam-budget").size() >= 3; }, kStateBoundMs));
    const QVector<Segment> first = rig.rows("cam-budget");
    const Segment locked = first[0];
    REQUIRE(locked.state == Segment::State::Complete);
    REQUIRE(rig.index.setLocked("cam-budget", locked.startUtcMs, locked.startUtcMs, true) == 1);
    // Retention deletes once the footage passes 95 % of the budget: the oldest unlocked goes.
    REQUIRE(waitUntil([&] { return !rig.index.segment(first[1].id); }, 20000));
    const QVector<Segment> rows = rig.rows("cam-budget");
    REQUIRE(rows.size() >= 2);
    CHECK_FALSE(QFileInfo::exists(rig.root + "/" + first[1].relativePath));
    // The locked one is kept, with its file; it is still the oldest.
    CHECK(rows.first().id == locked.id);
    CHECK(rows.first().locked);
    CHECK(QFileInfo::exists(rig.root + "/" + locked.relativePath));
    // Oldest first: every unlocked row left is newer than the one deleted.
    for (int i = 1; i < rows.size(); ++i)
        CHECK(rows[i].startUtcMs > first[1].startUtcMs);
    // The one being written is never deleted: its row and file are there.
    CHECK(rows.last().state == Segment::State::Writing);
    CHECK(QFileInfo::exists(rig.root + "/" + rows.last().relativePath));
    // Within the budget again, give or take the file being written.
    qint64 footage = 0;
    for (const Segment &s : rows)
        footage += QFileInfo(rig.root + "/" + s.relativePath).size();
    CHECK(footage <= options.diskBudgetBytes + rate * 2);
    // Every row has its file, and the files of the camera are exactly the rows.
    QStringList files;
    QDir cam(rig.root + "/cam-budget");
    for (const QString &day : cam.entryList(QDir::Dirs | QDir::NoDotAndDotDot))
        for (const QString &f : QDir(cam.filePath(day)).entryList({"*.mp4"}, QDir::Files))
            files << "cam-budget/" + day + "/" + f;
    QStringList rowPaths;
    for (const Segment &s : rows)
        rowPaths << s.relativePath;
    files.sort();
    rowPaths.sort();
    CHECK(files == rowPaths);
}
