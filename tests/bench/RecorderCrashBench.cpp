// pantau-recorder-crash-bench: what a SIGKILL costs the archive.
//
// A child process serves N main streams on 127.0.0.1 (1280x720 H.264, about 2 Mb/s, a keyframe
// every second; see RecorderBenchKit.h). pantau-recorder, a child process, records them (segments
// of --segment-seconds, fragments of 1 s). K times, at a random moment (a delay drawn uniformly
// from [--min-delay-ms, --max-delay-ms] after it records again, from a seeded generator whose seed
// is printed), the recorder is killed with SIGKILL and started again at once; the bench then waits
// until it records again (a new segment file for every camera). At the end it is stopped with
// SIGTERM and the archive is checked:
//  - every file plays: it demuxes to its end (filesrc ! qtdemux ! fakesink) with at least one frame
//    and without an error. A file the kill caught before its first fragment was written holds no
//    frame (empty): reported apart, with the strict "every_file_plays"; its row must be of zero
//    length so that playback never looks into it;
//  - the rows were trimmed at the restarts: none is still "writing", none is longer than what its
//    file plays (100 ms of tolerance: the index keeps milliseconds of arrival, the file 40 ms frames);
//  - footage lost per kill per camera: the gap in the index around the kill (from the end of the
//    last row that started before the kill to the start of the first one after it) less the time
//    the recorder was down (from the kill to the new process's start). What is left is the footage
//    the kill cost: the fragment not yet written when it died, plus the restart's own cost (open and
//    recover the index, connect, wait for a keyframe). Target: at most a fragment (1 s) plus 2 s.
//
//   pantau-recorder-crash-bench --cameras 16 --kills 20
//
// Prints one line of JSON; exits 0 when every restart recorded again, every file with frames plays
// to its end, every row is trimmed and every kill has a gap on both sides (the footage target and
// "every_file_plays", empty files included, are reported, not enforced).
// Main thread only.
#include "RecorderBenchKit.h"
#include "core/media/GstInit.h"
#include "core/media/MallocArenas.h"
#include "core/recording/SegmentIndex.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>

#include <functional>
#include <limits>
#include <random>

using namespace pantau;
using namespace pantau::bench;
using pantau::recording::Segment;
using pantau::recording::SegmentIndex;

namespace {

constexpr int kFragmentMs = 1000;    // pantau-recorder's fragment duration
constexpr int kRowToleranceMs = 100; // a row may exceed what its file plays by this much
constexpr qint64 kTargetLostMs = kFragmentMs + 2000;

struct Kill
{
    int delayMs = 0;
    qint64 killUtcMs = 0;
    qint64 restartUtcMs = 0;
    qint64 recordingAgainMs = -1; // from the restart until every camera has a new file; -1: never
    QVector<double> lostMs;       // per camera
};

// A condition for waitUntil: every camera has a segment file that started after `afterUtcMs`. The
// folders are read at most every 50 ms (this process must not compete with the recorder's restart).
std::function<bool()> everyCameraRecordsSince(const RecorderProcess &rec, int cameras, qint64 afterUtcMs)
{
    return [&rec, cameras, afterUtcMs, sinceLook = QElapsedTimer(), found = false]() mutable {
        if (found || (sinceLook.isValid() && sinceLook.elapsed() < 50))
            return found;
        sinceLook.start();
        found = true;
        for (int i = 0; i < cameras && found; ++i) {
            const QStringList files = rec.segmentFiles(cameraId(i));
            found = !files.isEmpty() && QFileInfo(files.last()).baseName().toLongLong() > afterUtcMs;
        }
        return found;
    };
}

QString jsonNumbers(const QVector<double> &v)
{
    QStringList s;
    for (double x : v)
        s << QString::number(x, 'f', 0);
    return s.join(',');
}

} // namespace

int main(int argc, char **argv)
{
    media::limitMallocArenas();
    const auto app = makeApplication(argc, argv);
    QCoreApplication::setApplicationName("pantau-recorder-crash-bench");
    if (!media::initGStreamer())
        return 1;

    QCommandLineParser cli;
    cli.addOptions({{"cameras", "Number of cameras.", "N", "16"},
                    {"kills", "How many times the recorder is killed.", "K", "20"},
                    {"seed", "Seed of the kill moments (default: from the clock).", "S"},
                    {"min-delay-ms", "Shortest time from recording again to the next kill.", "MS", "1000"},
                    {"max-delay-ms", "Longest time from recording again to the next kill.", "MS", "12000"},
                    {"segment-seconds", "The recorder's segment length.", "S", "10"},
                    {"keep", "Keep the archive (its folder is printed) for a look afterwards."},
                    {"serve", "Internal: run the camera server for N cameras.", "N"}});
    cli.addHelpOption();
    cli.process(*app);
    if (cli.isSet("serve"))
        return serveCameras(cli.value("serve").toInt());

    const int cameras = std::max(1, cli.value("cameras").toInt());
    const int kills = std::max(1, cli.value("kills").toInt());
    const quint64 seed =
        cli.isSet("seed") ? cli.value("seed").toULongLong() : quint64(QDateTime::currentMSecsSinceEpoch());
    const int minDelayMs = std::max(0, cli.value("min-delay-ms").toInt());
    const int maxDelayMs = std::max(minDelayMs, cli.value("max-delay-ms").toInt());
    std::fprintf(stderr, "seed %llu\n", static_cast<unsigned long long>(seed));
    std::mt19937_64 random(seed);
    std::uniform_int_distribution<int> delay(minDelayMs, maxDelayMs);

    CameraServerProcess server;
    if (!server.start(cameras)) {
        std::fprintf(stderr, "the camera server did not start\n");
        return 1;
    }
    RecorderProcess rec;
    rec.segmentSeconds = std::max(2, cli.value("segment-seconds").toInt());
    if (cli.isSet("keep")) {
        rec.dir.setAutoRemove(false);
        std::fprintf(stderr, "the archive is kept in %s\n", qPrintable(rec.archive));
    }
    const int recordBoundMs = 30000 + cameras * 1000;
    if (!rec.saveSite(server, cameras) || !rec.start() ||
        !waitUntil(everyCameraRecordsSince(rec, cameras, 0), recordBoundMs)) {
        std::fprintf(stderr, "pantau-recorder did not start recording\n");
        return 1;
    }

    QVector<Kill> done;
    bool allRecordedAgain = true;
    for (int k = 0; k < kills; ++k) {
        Kill kill;
        kill.delayMs = delay(random);
        waitUntil([] { return false; }, kill.delayMs);
        kill.killUtcMs = QDateTime::currentMSecsSinceEpoch();
        if (!rec.kill()) {
            std::fprintf(stderr, "pantau-recorder did not die\n");
            return 1;
        }
        const bool started = rec.start();
        kill.restartUtcMs = QDateTime::currentMSecsSinceEpoch();
        if (started && waitUntil(everyCameraRecordsSince(rec, cameras, kill.killUtcMs), recordBoundMs))
            kill.recordingAgainMs = QDateTime::currentMSecsSinceEpoch() - kill.restartUtcMs;
        else
            allRecordedAgain = false;
        std::fprintf(stderr, "kill %d: %d ms after recording, down %lld ms, recording again after %lld ms\n",
                     k + 1, kill.delayMs, static_cast<long long>(kill.restartUtcMs - kill.killUtcMs),
                     static_cast<long long>(kill.recordingAgainMs));
        done << kill;
        if (!allRecordedAgain)
            break;
    }
    waitUntil([] { return false; }, 2000); // the last restart's footage gets a fragment or two
    const bool cleanExit = rec.terminate();

    // Every file plays, and how long. A file the kill caught before its first fragment holds no
    // frame at all (empty): no footage is in it, its row must say so (zero length), and it is
    // counted apart from a file that holds frames but does not demux to its end (broken).
    int files = 0, filesPlaying = 0, filesEmpty = 0, filesBroken = 0;
    QHash<QString, qint64> playsMs; // relative path -> duration
    for (int i = 0; i < cameras; ++i)
        for (const QString &f : rec.segmentFiles(cameraId(i))) {
            const DemuxResult r = demuxToEnd(f);
            ++files;
            if (r.frames > 0 && r.endOfStream) {
                ++filesPlaying;
            } else {
                ++(r.frames == 0 ? filesEmpty : filesBroken);
                std::fprintf(stderr, "%s (%lld bytes) does not play: %lld frames, %s\n", qPrintable(f),
                             static_cast<long long>(QFileInfo(f).size()), static_cast<long long>(r.frames),
                             qPrintable(r.error));
            }
            playsMs.insert(QDir(rec.archive).relativeFilePath(f), r.frames > 0 ? r.durationMs : 0);
        }

    // The rows: trimmed, and the gaps around each kill.
    SegmentIndex index(rec.archive);
    int rows = 0, rowsWriting = 0, rowsLonger = 0, rowsWithoutFile = 0, gapsMissing = 0;
    double rowExcessMaxMs = 0;
    QVector<double> lostAll, lostBefore, resumeAfter;
    const bool indexOpen = index.open();
    for (int i = 0; indexOpen && i < cameras; ++i) {
        const QVector<Segment> segs = index.segments(cameraId(i), 0, std::numeric_limits<qint64>::max());
        for (const Segment &s : segs) {
            ++rows;
            rowsWriting += s.state == Segment::State::Writing ? 1 : 0;
            if (!playsMs.contains(s.relativePath)) {
                ++rowsWithoutFile;
                continue;
            }
            const double excess = double(s.durationMs() - playsMs.value(s.relativePath));
            rowExcessMaxMs = std::max(rowExcessMaxMs, excess);
            if (excess > kRowToleranceMs) {
                ++rowsLonger;
                std::fprintf(stderr, "%s: the row is %.0f ms longer than the file plays\n",
                             qPrintable(s.relativePath), excess);
            }
        }
        for (Kill &kill : done) {
            qint64 endBefore = -1, startAfter = -1;
            for (const Segment &s : segs) {
                if (s.startUtcMs <= kill.killUtcMs)
                    endBefore = std::max(endBefore, s.endUtcMs);
                else if (startAfter < 0 || s.startUtcMs < startAfter)
                    startAfter = s.startUtcMs;
            }
            if (endBefore < 0 || startAfter < 0) {
                ++gapsMissing;
                continue;
            }
            const double down = double(kill.restartUtcMs - kill.killUtcMs);
            const double lost = double(startAfter - endBefore) - down;
            kill.lostMs << lost;
            lostAll << lost;
            lostBefore << double(kill.killUtcMs - endBefore);
            resumeAfter << double(startAfter - kill.restartUtcMs);
        }
    }

    QVector<double> down, again, perKillMax, perKillP50;
    QStringList perKill;
    for (const Kill &kill : done) {
        down << double(kill.restartUtcMs - kill.killUtcMs);
        again << double(kill.recordingAgainMs);
        perKillMax << maximum(kill.lostMs);
        perKillP50 << median(kill.lostMs);
    }
    const double lostMax = lostAll.isEmpty() ? -1 : maximum(lostAll);
    const double lostP50 = lostAll.isEmpty() ? -1 : median(lostAll);
    const bool ok = allRecordedAgain && int(done.size()) == kills && cleanExit && indexOpen && files > 0 &&
                    filesBroken == 0 && rowsWriting == 0 && rowsLonger == 0 && rowsWithoutFile == 0 &&
                    rows == files && gapsMissing == 0 && !lostAll.isEmpty();
    std::printf(
        "{\"all_recorded_again\":%s,\"cameras\":%d,\"clean_exit\":%s,\"delay_ms_max\":%d,\"delay_ms_min\":%d,"
        "\"down_ms_max\":%.0f,\"down_ms_p50\":%.0f,\"every_file_plays\":%s,\"files\":%d,\"files_broken\":%d,"
        "\"files_empty\":%d,\"files_playing\":%d,\"fragment_ms\":%d,"
        "\"gaps_missing\":%d,\"kills\":%d,\"load_avg_1m\":%.2f,\"lost_after_restart_ms_max\":%.0f,"
        "\"lost_before_kill_ms_max\":%.0f,\"lost_ms_max\":%.0f,\"lost_ms_p50\":%.0f,\"lost_within_target\":%"
        "s,"
        "\"ok\":%s,\"recording_again_ms_max\":%.0f,\"recording_again_ms_p50\":%.0f,\"row_excess_ms_max\":%."
        "0f,"
        "\"rows\":%d,\"rows_longer_than_file\":%d,\"rows_without_file\":%d,\"rows_writing\":%d,\"seed\":%llu,"
        "\"segment_seconds\":%d,\"target_lost_ms\":%lld,\"per_kill_lost_ms_max\":[%s],"
        "\"per_kill_lost_ms_p50\":[%s]}\n",
        allRecordedAgain ? "true" : "false", cameras, cleanExit ? "true" : "false", maxDelayMs, minDelayMs,
        maximum(down), median(down), filesPlaying == files ? "true" : "false", files, filesBroken, filesEmpty,
        filesPlaying, kFragmentMs, gapsMissing, int(done.size()), loadAverage1m(),
        resumeAfter.isEmpty() ? -1 : maximum(resumeAfter), lostBefore.isEmpty() ? -1 : maximum(lostBefore),
        lostMax, lostP50, lostMax >= 0 && lostMax <= kTargetLostMs ? "true" : "false", ok ? "true" : "false",
        maximum(again), median(again), rowExcessMaxMs, rows, rowsLonger, rowsWithoutFile, rowsWriting,
        static_cast<unsigned long long>(seed), rec.segmentSeconds, static_cast<long long>(kTargetLostMs),
        qPrintable(jsonNumbers(perKillMax)), qPrintable(jsonNumbers(perKillP50)));
    return ok ? 0 : 1;
}
