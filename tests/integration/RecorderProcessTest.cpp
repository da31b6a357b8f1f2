// pantau-recorder as the real program against real RTSP cameras on 127.0.0.1: it follows the site
// file, publishes its status on its local socket, survives SIGKILL with the footage before the
// kill intact and the cut segment trimmed at the next start, and rebuilds a deleted index from
// the files with the same recorded ranges and evidence locks.
#include "RecorderStatusReader.h"
#include "TestCameras.h"
#include "Wait.h"
#include "core/recording/SegmentFileProbe.h"
#include "core/recording/SegmentIndex.h"
#include "core/site/SiteFile.h"

#include <QDateTime>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalSocket>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <csignal>

using namespace pantau;
using namespace pantau::recording;
using pantau::test::kPlayingBoundMs;
using pantau::test::kReactionBoundMs;
using pantau::test::kStateBoundMs;
using pantau::test::waitUntil;

namespace {

constexpr int kFollowBoundMs = 5000; // a camera added to the site is recorded within this
constexpr int kStartBoundMs = 15000;

Camera recordedCamera(const QString &id, const QUrl &url)
{
    Camera c;
    c.id = id;
    c.name = "Simpang " + id;
    c.area = {"Musi Banyuasin", "Sekayu"};
    c.mainStreamUrl = url;
    c.recording.enabled = true;
    return c;
}

// The recorder process, its archive and site file in a temporary folder.
struct Recorder
{
    QTemporaryDir dir;
    QString site = dir.filePath("site.json");
    QString archive = dir.filePath("archive");
    QString socket = dir.filePath("status.sock");
    QString segmentSeconds = "3";
    QProcess process;

    void start()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("QT_LOGGING_RULES", "pantau.recording.debug=false");
        process.setProcessEnvironment(env);
        process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process.start(QStringLiteral(PANTAU_BIN_DIR "/pantau-recorder"),
                      {"--site", site, "--archive", archive, "--credentials",
                       dir.filePath("credentials.json"), "--status-socket", socket, "--segment-seconds",
                       segmentSeconds, "--host", "rekam-test", "--language", "en"});
        REQUIRE(process.waitForStarted(5000));
    }
    void saveSite(const QVector<Camera> &cameras)
    {
        Site s;
        s.cameras = cameras;
        QString error;
        REQUIRE(SiteFile::save(site, s, &error));
    }
    void kill()
    {
        ::kill(pid_t(process.processId()), SIGKILL);
        REQUIRE(process.waitForFinished(5000));
    }
    void terminate()
    {
        process.terminate(); // SIGTERM: open segments finish cleanly
        REQUIRE(process.waitForFinished(15000));
        CHECK(process.exitCode() == 0);
    }
    QStringList segmentFiles(const QString &cameraId) const
    {
        return test::segmentFilesIn(archive, cameraId);
    }
};

using StatusReader = pantau::test::RecorderStatusReader;

} // namespace

TEST_CASE("pantau-recorder follows the site file and publishes its status", "[integration][recording]")
{
    demo::ClipRtspServer server;
    server.addMount("a", demo::Codec::H264, test::solidClip(QColor(220, 30, 30)));
    server.addMount("b", demo::Codec::H265, test::solidClip(QColor(30, 200, 40), demo::Codec::H265));
    REQUIRE(server.start());
    Recorder rec;
    Camera other = recordedCamera("cam-elsewhere", server.url("b"));
    other.recording.recorder = "another-recorder"; // recorded by another PC of the site
    rec.saveSite({recordedCamera("cam-a", server.url("a")), other});
    rec.start();
    REQUIRE(waitUntil([&] { return QFileInfo::exists(rec.socket); }, kStartBoundMs));
    StatusReader status(rec.socket);
    REQUIRE(waitUntil([&] { return status.stateOf("cam-a") == "recording"; }, kStartBoundMs));
    CHECK(status.stateOf("cam-elsewhere").isEmpty()); // not this recorder's camera
    CHECK(status.latest.value("recorder").toObject().value("host").toString() == "rekam-test");

    // A camera added to the site file is recorded within 5 s.
    rec.saveSite({recordedCamera("cam-a", server.url("a")), other, recordedCamera("cam-b", server.url("b"))});
    QElapsedTimer sinceSave;
    sinceSave.start();
    REQUIRE(waitUntil([&] { return status.stateOf("cam-b") == "recording"; }, kFollowBoundMs + 3000));
    REQUIRE(waitUntil([&] { return !rec.segmentFiles("cam-b").isEmpty(); }, kFollowBoundMs));
    CHECK(sinceSave.elapsed() <= kFollowBoundMs);
    CHECK(status.latest.value("recorder").toObject().value("recording").toInt() == 2);

    // Disabled in the site: its recording stops, the other goes on.
    Camera b = recordedCamera("cam-b", server.url("b"));
    b.recording.enabled = false;
    rec.saveSite({recordedCamera("cam-a", server.url("a")), other, b});
    REQUIRE(waitUntil([&] { return status.stateOf("cam-b").isEmpty(); }, kFollowBoundMs));
    CHECK(status.stateOf("cam-a") == "recording");
    rec.terminate();

    // Every file plays, and the index has one complete row per file.
    SegmentIndex index(rec.archive);
    REQUIRE(index.open());
    for (const QString cam : {"cam-a", "cam-b"}) {
        const QStringList files = rec.segmentFiles(cam);
        REQUIRE_FALSE(files.isEmpty());
        const QVector<Segment> rows = index.segments(cam, 0, std::numeric_limits<qint64>::max());
        CHECK(rows.size() == files.size());
        for (const Segment &s : rows) {
            CHECK(s.state == Segment::State::Complete);
            CHECK(probeSegmentFile(rec.archive + "/" + s.relativePath));
        }
    }
    CHECK(rec.segmentFiles("cam-elsewhere").isEmpty());
}

TEST_CASE("pantau-recorder killed mid-segment loses at most the last fragment", "[integration][recording]")
{
    demo::ClipRtspServer server;
    server.addMount("a", demo::Codec::H264, test::solidClip(QColor(30, 60, 220)));
    REQUIRE(server.start());
    Recorder rec;
    rec.segmentSeconds = "6";
    rec.saveSite({recordedCamera("cam-k", server.url("a"))});
    rec.start();
    // Two closed segments, then kill the recorder 4 s into the third. splitmuxsink holds back up
    // to a GOP (1 s here) before the muxer writes a 1 s fragment: what the kill can lose.
    REQUIRE(waitUntil([&] { return rec.segmentFiles("cam-k").size() >= 3; }, 40000));
    const QStringList before = rec.segmentFiles("cam-k");
    const qint64 lastStartUtcMs = QFileInfo(before.last()).baseName().toLongLong();
    REQUIRE(waitUntil([&] { return QDateTime::currentMSecsSinceEpoch() - lastStartUtcMs >= 4000; },
                      kStateBoundMs));
    const qint64 killedUtcMs = QDateTime::currentMSecsSinceEpoch();
    rec.kill();

    // Every file plays, the cut one up to its last fragment.
    for (const QString &f : before) {
        INFO(f.toStdString());
        CHECK(probeSegmentFile(f));
    }
    const auto cut = probeSegmentFile(before.last());
    REQUIRE(cut);
    const qint64 cutStartUtcMs = QFileInfo(before.last()).baseName().toLongLong();
    // Lost: at most a fragment (1 s) plus 2 s.
    CHECK(killedUtcMs - (cutStartUtcMs + cut->durationMs) <= 3000);

    // The next start trims the row left "writing" to what plays.
    rec.saveSite({}); // nothing to record: the restart only recovers
    rec.start();
    REQUIRE(waitUntil([&] { return QFileInfo::exists(rec.socket); }, kStartBoundMs));
    StatusReader status(rec.socket);
    REQUIRE(waitUntil([&] { return !status.latest.isEmpty(); }, kStartBoundMs));
    rec.terminate();
    SegmentIndex index(rec.archive);
    REQUIRE(index.open());
    const QVector<Segment> rows = index.segments("cam-k", 0, std::numeric_limits<qint64>::max());
    REQUIRE(rows.size() == before.size());
    for (const Segment &s : rows)
        CHECK(s.state == Segment::State::Complete);
    CHECK(std::abs(rows.last().durationMs() - cut->durationMs) <= 100);
}

TEST_CASE("pantau-recorder rebuilds a deleted index with the same ranges", "[integration][recording]")
{
    demo::ClipRtspServer server;
    server.addMount("a", demo::Codec::H264, test::solidClip(QColor(230, 220, 30)));
    REQUIRE(server.start());
    Recorder rec;
    rec.saveSite({recordedCamera("cam-r", server.url("a"))});
    rec.start();
    REQUIRE(waitUntil([&] { return rec.segmentFiles("cam-r").size() >= 3; }, 30000));
    rec.terminate();
    QVector<TimeRange> rangesBefore;
    QSet<qint64> lockedBefore;
    {
        SegmentIndex index(rec.archive);
        REQUIRE(index.open());
        rangesBefore = index.recordedRanges("cam-r", 0, std::numeric_limits<qint64>::max());
        // An evidence lock on the second segment survives the rebuild too.
        const QVector<Segment> rows = index.segments("cam-r", 0, std::numeric_limits<qint64>::max());
        REQUIRE(rows.size() >= 2);
        REQUIRE(index.setLocked("cam-r", rows[1].startUtcMs, rows[1].startUtcMs, true) >= 1);
        for (const Segment &s : index.segments("cam-r", 0, std::numeric_limits<qint64>::max()))
            if (s.locked)
                lockedBefore.insert(s.startUtcMs);
        REQUIRE(lockedBefore.contains(rows[1].startUtcMs));
    }
    REQUIRE_FALSE(rangesBefore.isEmpty());
    for (const QString &f : QDir(rec.archive).entryList({"index.sqlite*"}, QDir::Files))
        REQUIRE(QFile::remove(rec.archive + "/" + f));

    rec.saveSite({});
    rec.start();
    REQUIRE(waitUntil([&] { return QFileInfo::exists(rec.socket); }, kStartBoundMs));
    rec.terminate();
    SegmentIndex index(rec.archive);
    REQUIRE(index.open());
    const QVector<TimeRange> rangesAfter =
        index.recordedRanges("cam-r", 0, std::numeric_limits<qint64>::max());
    REQUIRE(rangesAfter.size() == rangesBefore.size());
    for (int i = 0; i < rangesAfter.size(); ++i) {
        CHECK(rangesAfter[i].startUtcMs == rangesBefore[i].startUtcMs);
        // Rebuilt from what the files hold: within a frame or two of what the recorder wrote.
        CHECK(std::abs(rangesAfter[i].endUtcMs - rangesBefore[i].endUtcMs) <= 200);
    }
    QSet<qint64> lockedAfter;
    for (const Segment &s : index.segments("cam-r", 0, std::numeric_limits<qint64>::max()))
        if (s.locked)
            lockedAfter.insert(s.startUtcMs);
    CHECK(lockedAfter == lockedBefore);
}

TEST_CASE("pantau-recorder --help answers in the interface language", "[integration][recording]")
{
    for (const char *lang : {"id", "en"}) {
        QProcess p;
        p.start(QStringLiteral(PANTAU_BIN_DIR "/pantau-recorder"), {"--language", lang, "--help"});
        REQUIRE(p.waitForFinished(10000));
        CHECK(p.exitCode() == 0);
        const QString out = QString::fromUtf8(p.readAllStandardOutput());
        CHECK(out.contains("--archive"));
        CHECK(out.contains(QString(lang) == "id" ? "Penggunaan" : "Usage"));
    }
    QProcess bad;
    bad.start(QStringLiteral(PANTAU_BIN_DIR "/pantau-recorder"),
              {"--language", "id", "--segment-seconds", "1"});
    REQUIRE(bad.waitForFinished(10000));
    CHECK(bad.exitCode() == 2);
}
