// pantau-playback-bench: playback against footage the real pantau-recorder made.
//  1. The archive: pantau-recorder records one loopback camera (1280x720, ~1.2 Mb/s, 25 fps, 1 s
//     GOP, served by a child process) for --record-seconds in --segment-seconds files; its size
//     is reported (archive_bytes, archive_seconds, segments).
//  2. Seek: one PlaybackStream (a tile of 480x270), paused; --seeks random moments of the archive
//     (seeded), each an exact seek; the time from the seek to the picture of that moment
//     (seek_first_picture_ms_p50 / _p99).
//  3. Sync CPU: --tiles PlaybackStreams on one PlaybackClock at 1x (every tile plays the recorded
//     camera's files, as a layout of cameras recorded alike would) for --seconds, against the
//     same number of live tiles (StreamPipeline on the camera server's mounts of the same clip) in
//     the same run: process CPU (getrusage) per wall second, and their ratio (cpu_ratio). While
//     playing, the largest distance between the clock and a tile's picture (max_behind_ms).
//  4. A day's archive (--archive-hours, default 24; 0 skips 4 to 6), built in seconds rather than
//     recorded for a day: the files of step 1 are hard-linked (copied where a link cannot be made)
//     under the names the recorder would give them and indexed in a SegmentIndex of their own,
//     one row after the other across the hours, in the order they were recorded, as if the
//     recorder had run that long (day_segments rows; day_index_build_ms for links and rows).
//  5. Seek into that day: --day-seeks random moments (seeded), each as a session's first seek
//     does it: the segments of the 3 h either side from the index (LocalArchiveSource), then an
//     exact seek; the time from asking the index to the picture of that moment
//     (day_seek_first_picture_ms_p50 / _p99).
//  6. Fast synchronised playback: --tiles PlaybackStreams on one PlaybackClock at --fast-speed
//     (default 8x, keyframes only) over the day's archive for --seconds. Each time a tile shows
//     a new picture, how far the shared clock already is past that picture's time: how far that
//     tile is behind the clock (fast_lag_ms_p50 / _max, footage milliseconds; the issue asks that
//     no tile falls more than 500 ms behind). Between two keyframes a picture stays up while the
//     clock runs on, so the largest distance seen at any moment (fast_picture_age_ms_max) also
//     holds the keyframe spacing (1 s of footage here). fast_late_pictures: pictures more than
//     500 ms behind; fast_cpu_cores: the process's CPU per wall second meanwhile;
//     fast_keyframes_skipped: keyframes the clock had passed before a tile could decode them,
//     skipped so that the tile catches up (PlaybackStream, from the warm-up on).
// Prints one JSON line (keys sorted) on stdout.
#include "RecorderBenchKit.h"
#include "core/media/GstInit.h"
#include "core/media/PipelineReaper.h"
#include "core/media/PipelineStarter.h"
#include "core/media/StreamPipeline.h"
#include "core/playback/LocalArchiveSource.h"
#include "core/playback/PlaybackStream.h"
#include "core/recording/SegmentIndex.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

#include <QDir>
#include <QFileInfo>

#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <limits>

using namespace pantau;
using namespace pantau::bench;
using namespace pantau::playback;

namespace {

const QSize kTileSize(480, 270); // a 4x4 wall on 1920x1080

double processCpuSeconds()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) +
           double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

double percentile(QVector<double> v, double p)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    const int i = std::clamp(int(std::ceil(p * v.size())) - 1, 0, int(v.size()) - 1);
    return v.at(i);
}

// CPU per wall second of this process over `seconds` of the event loop.
double cpuOver(int seconds, const std::function<void()> &sample = {})
{
    const double cpu0 = processCpuSeconds();
    QElapsedTimer wall;
    wall.start();
    waitUntil(
        [&] {
            if (sample)
                sample();
            return wall.elapsed() >= seconds * 1000;
        },
        seconds * 1000 + 1000);
    return (processCpuSeconds() - cpu0) / (double(wall.elapsed()) / 1000.0);
}

} // namespace

int main(int argc, char **argv)
{
    const auto app = makeApplication(argc, argv);
    QCoreApplication::setApplicationName("pantau-playback-bench");
    if (!media::initGStreamer())
        return 1;
    QCommandLineParser cli;
    cli.addOptions(
        {{"tiles", "Tiles in synchronised playback (and live).", "N", "16"},
         {"record-seconds", "How long the recorder records the archive.", "S", "60"},
         {"segment-seconds", "The recorder's segment length.", "S", "10"},
         {"seeks", "Random seeks measured.", "N", "100"},
         {"seconds", "Measurement time of each CPU phase.", "S", "10"},
         {"seed", "Random seed of the seek moments.", "N", "17"},
         {"archive-hours",
          "Hours of the day's archive for the day seeks and the fast playback, built from the "
          "recorded files (hard links under index rows one after the other); 0 skips both.",
          "H", "24"},
         {"day-seeks", "Random seeks into the day's archive.", "N", "200"},
         {"fast-speed", "Speed of the fast synchronised playback over the day's archive.", "X", "8"},
         {"serve", "Internal: run the camera server for N cameras.", "N"}});
    cli.addHelpOption();
    cli.process(*app);
    if (cli.isSet("serve"))
        return serveCameras(cli.value("serve").toInt());
    const int tiles = std::max(1, cli.value("tiles").toInt());
    const int recordSeconds = std::max(4, cli.value("record-seconds").toInt());
    const int seeks = std::max(1, cli.value("seeks").toInt());
    const int seconds = std::max(1, cli.value("seconds").toInt());
    const int archiveHours = std::max(0, cli.value("archive-hours").toInt());
    const int daySeeks = std::max(1, cli.value("day-seeks").toInt());
    const int fastSpeed = cli.value("fast-speed").toInt();
    if (!PlaybackClock::isValidSpeed(fastSpeed) || fastSpeed < 0) {
        std::fprintf(stderr, "--fast-speed: one of 1, 2, 4, 8, 16\n");
        return 1;
    }
    QJsonObject out;
    out["tiles"] = tiles;

    // 1. The archive.
    CameraServerProcess server;
    if (!server.start(tiles)) {
        std::fprintf(stderr, "the camera server did not start\n");
        return 1;
    }
    RecorderProcess rec;
    rec.segmentSeconds = std::max(2, cli.value("segment-seconds").toInt());
    StatusReader status(rec.socket);
    if (!rec.saveSite(server, 1) || !rec.start() || !status.connect(30000)) {
        std::fprintf(stderr, "pantau-recorder did not start\n");
        return 1;
    }
    waitUntil([&] { return status.recording() == 1; }, 60000);
    waitUntil([] { return false; }, recordSeconds * 1000);
    if (!rec.terminate()) {
        std::fprintf(stderr, "pantau-recorder did not stop cleanly\n");
        return 1;
    }
    recording::SegmentIndex index(rec.archive);
    if (!index.open())
        return 1;
    QVector<ArchiveSegment> segments;
    qint64 bytes = 0;
    for (const recording::Segment &s : index.segments(cameraId(0), 0, std::numeric_limits<qint64>::max()))
        if (s.state == recording::Segment::State::Complete && s.durationMs() > 0) {
            segments.push_back(LocalArchiveSource::toArchiveSegment(s, rec.archive));
            bytes += s.bytes;
        }
    if (segments.size() < 2) {
        std::fprintf(stderr, "the recorder made %lld segments\n", static_cast<long long>(segments.size()));
        return 1;
    }
    const qint64 firstUtc = segments.first().startUtcMs;
    const qint64 lastUtc = segments.last().endUtcMs;
    out["segments"] = int(segments.size());
    out["archive_bytes"] = double(bytes);
    out["archive_seconds"] = double(lastUtc - firstUtc) / 1000.0;

    // Every stream hands its finished pipelines to a reaper and starts its next files on a
    // starter, as a PlaybackSession's do.
    const auto reaper = std::make_shared<PipelineReaper>();
    const auto starter = std::make_shared<PipelineStarter>();

    // 2. Seeks.
    QRandomGenerator random(quint32(cli.value("seed").toUInt()));
    PlaybackClock seekClock;
    seekClock.setPaused(true, monotonicMs());
    PlaybackStream seeker(cameraId(0), &seekClock);
    seeker.setReaper(reaper);
    seeker.setStarter(starter);
    seeker.setTargetSize(kTileSize);
    seeker.setSegments(segments);
    QVector<double> seekMs;
    int failed = 0;
    for (int i = 0; i < seeks; ++i) {
        const qint64 t = firstUtc + qint64(random.bounded(double(lastUtc - firstUtc - 100)));
        QElapsedTimer timer;
        timer.start();
        seekClock.seek(t, monotonicMs());
        seeker.sync(true);
        const bool shown = waitUntil(
            [&] {
                const qint64 f = seeker.frameUtcMs();
                return seeker.state() == PlaybackStream::State::NoFootage ||
                       (f >= 0 && f <= t && t - f < 2 * seeker.frameDurationMs());
            },
            10000);
        if (!shown || seeker.state() != PlaybackStream::State::Showing) {
            ++failed; // a moment between two files (recorder gaps) counts as failed, not as fast
            continue;
        }
        seekMs.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    seeker.stop();
    out["seeks"] = int(seekMs.size());
    out["seeks_failed"] = failed;
    out["seek_first_picture_ms_p50"] = percentile(seekMs, 0.5);
    out["seek_first_picture_ms_p99"] = percentile(seekMs, 0.99);

    // 3. Synchronised playback at 1x against live.
    PlaybackClock clock;
    std::vector<std::unique_ptr<PlaybackStream>> streams;
    for (int i = 0; i < tiles; ++i) {
        auto s = std::make_unique<PlaybackStream>(cameraId(i), &clock);
        s->setReaper(reaper);
        s->setStarter(starter);
        s->setTargetSize(kTileSize);
        s->setSegments(segments);
        streams.push_back(std::move(s));
    }
    clock.seek(firstUtc + 200, monotonicMs());
    for (auto &s : streams)
        s->sync(true);
    const bool allShowing = waitUntil(
        [&] {
            return std::all_of(streams.begin(), streams.end(),
                               [](const auto &s) { return s->state() == PlaybackStream::State::Showing; });
        },
        20000);
    waitUntil([] { return false; }, 1000); // warm-up
    qint64 maxBehindMs = 0;
    const int playSeconds =
        int(std::min<qint64>(seconds, (lastUtc - clock.positionAt(monotonicMs())) / 1000 - 1));
    const double cpuPlayback = cpuOver(std::max(1, playSeconds), [&] {
        const qint64 position = clock.positionAt(monotonicMs());
        for (const auto &s : streams)
            if (s->frameUtcMs() >= 0)
                maxBehindMs = std::max(maxBehindMs, std::abs(position - s->frameUtcMs()));
    });
    streams.clear();

    std::vector<std::unique_ptr<StreamPipeline>> live;
    for (int i = 0; i < tiles; ++i) {
        StreamSource source;
        source.url = server.url(baselineMount(i));
        auto p = std::make_unique<StreamPipeline>(source, nullptr);
        p->setTargetSize(kTileSize);
        p->start();
        live.push_back(std::move(p));
    }
    const bool allLive = waitUntil(
        [&] {
            return std::all_of(live.begin(), live.end(),
                               [](const auto &p) { return p->status().state == StreamState::Playing; });
        },
        30000);
    waitUntil([] { return false; }, 1000);
    const double cpuLive = cpuOver(std::max(1, playSeconds), [&] {
        for (const auto &p : live)
            p->latestFrame(); // as a painting tile takes it
    });
    live.clear();

    out["all_playing"] = allShowing && allLive;
    out["play_seconds"] = playSeconds;
    out["cpu_playback_cores"] = cpuPlayback;
    out["cpu_live_cores"] = cpuLive;
    out["cpu_ratio"] = cpuLive > 0 ? cpuPlayback / cpuLive : 0;
    out["max_behind_ms"] = double(maxBehindMs);
    bool ok = allShowing && allLive && !seekMs.isEmpty();

    if (archiveHours > 0) {
        // 4. The day's archive: the recorded files again and again, one row after the other.
        const QString dayRoot = rec.dir.filePath("day-archive");
        recording::SegmentIndex dayIndex(dayRoot);
        if (!dayIndex.open())
            return 1;
        QElapsedTimer building;
        building.start();
        const qint64 dayStartUtc = firstUtc - qint64(archiveHours) * 3600 * 1000; // the day before
        const qint64 dayEndUtc = firstUtc;
        QVector<recording::Segment> rows;
        for (qint64 t = dayStartUtc; t < dayEndUtc;) {
            const ArchiveSegment &from = segments.at(rows.size() % segments.size());
            recording::Segment row;
            row.cameraId = cameraId(0);
            row.startUtcMs = t;
            row.endUtcMs = t + from.durationMs();
            row.bytes = from.bytes;
            row.codec = from.codec;
            row.resolution = from.resolution;
            row.state = recording::Segment::State::Complete;
            const QString path =
                QDir(dayRoot).filePath(recording::SegmentIndex::relativePathFor(row.cameraId, t));
            QDir().mkpath(QFileInfo(path).absolutePath());
            const QString source = from.url.toLocalFile();
            if (::link(QFile::encodeName(source).constData(), QFile::encodeName(path).constData()) != 0 &&
                !QFile::copy(source, path)) {
                std::fprintf(stderr, "cannot link %s\n", qPrintable(path));
                return 1;
            }
            rows.push_back(row);
            t = row.endUtcMs;
        }
        if (dayIndex.addSegments(rows) != rows.size()) {
            std::fprintf(stderr, "cannot index the day's archive\n");
            return 1;
        }
        out["day_index_build_ms"] = double(building.nsecsElapsed()) / 1e6;
        out["day_segments"] = int(rows.size());
        out["day_archive_hours"] = archiveHours;
        LocalArchiveSource dayArchive(dayIndex);
        auto segmentsAround = [&](qint64 utcMs) {
            QVector<ArchiveSegment> found;
            bool answered = false;
            dayArchive.segments(cameraId(0), utcMs - 3LL * 3600 * 1000, utcMs + 3LL * 3600 * 1000,
                                [&](const QVector<ArchiveSegment> &s, const RecorderError &) {
                                    found = s;
                                    answered = true;
                                });
            waitUntil([&] { return answered; }, 10000);
            return found;
        };

        // 5. Seeks into the day, as a session's first seek: the index, then the picture.
        QVector<double> daySeekMs;
        int dayFailed = 0;
        PlaybackClock dayClock;
        dayClock.setPaused(true, monotonicMs());
        PlaybackStream daySeeker(cameraId(0), &dayClock);
        daySeeker.setReaper(reaper);
        daySeeker.setStarter(starter);
        daySeeker.setTargetSize(kTileSize);
        for (int i = 0; i < daySeeks; ++i) {
            const qint64 t = dayStartUtc + qint64(random.bounded(double(dayEndUtc - dayStartUtc - 100)));
            QElapsedTimer timer;
            timer.start();
            daySeeker.setSegments(segmentsAround(t));
            dayClock.seek(t, monotonicMs());
            daySeeker.sync(true);
            const bool shown = waitUntil(
                [&] {
                    const qint64 f = daySeeker.frameUtcMs();
                    return daySeeker.state() == PlaybackStream::State::NoFootage ||
                           daySeeker.state() == PlaybackStream::State::Failed ||
                           (f >= 0 && f <= t && t - f < 2 * daySeeker.frameDurationMs());
                },
                10000);
            if (!shown || daySeeker.state() != PlaybackStream::State::Showing) {
                ++dayFailed;
                continue;
            }
            daySeekMs.push_back(double(timer.nsecsElapsed()) / 1e6);
        }
        daySeeker.stop();
        out["day_seeks"] = int(daySeekMs.size());
        out["day_seeks_failed"] = dayFailed;
        out["day_seek_first_picture_ms_p50"] = percentile(daySeekMs, 0.5);
        out["day_seek_first_picture_ms_p99"] = percentile(daySeekMs, 0.99);

        // 6. The tiles on one clock at --fast-speed over the day.
        PlaybackClock fastClock;
        const qint64 fastStartUtc = dayStartUtc + (dayEndUtc - dayStartUtc) / 3;
        fastClock.setPaused(true, monotonicMs());
        fastClock.setSpeed(fastSpeed, monotonicMs());
        fastClock.seek(fastStartUtc, monotonicMs());
        const QVector<ArchiveSegment> around = segmentsAround(fastStartUtc);
        std::vector<std::unique_ptr<PlaybackStream>> fast;
        QVector<double> lagMs;
        bool measuring = false;
        for (int i = 0; i < tiles; ++i) {
            auto s = std::make_unique<PlaybackStream>(cameraId(i), &fastClock);
            s->setReaper(reaper);
            s->setStarter(starter);
            s->setTargetSize(kTileSize);
            s->setSegments(around);
            PlaybackStream *stream = s.get();
            QObject::connect(stream, &PlaybackStream::frameAvailable, [&, stream] {
                if (measuring && stream->frameUtcMs() >= 0)
                    lagMs.push_back(double(fastClock.positionAt(monotonicMs()) - stream->frameUtcMs()));
            });
            fast.push_back(std::move(s));
        }
        for (auto &s : fast)
            s->sync(true); // the first picture of each, paused
        const bool fastShowing = waitUntil(
            [&] {
                return std::all_of(fast.begin(), fast.end(), [](const auto &s) {
                    return s->state() == PlaybackStream::State::Showing;
                });
            },
            20000);
        fastClock.setPaused(false, monotonicMs());
        for (auto &s : fast)
            s->sync(true);
        waitUntil([] { return false; }, 1000); // warm-up: every tile on its keyframes
        measuring = true;
        qint64 pictureAgeMs = 0;
        QElapsedTimer fastWall;
        fastWall.start();
        const double fastCpu0 = processCpuSeconds();
        waitUntil(
            [&] {
                const qint64 position = fastClock.positionAt(monotonicMs());
                for (const auto &s : fast)
                    if (s->frameUtcMs() >= 0)
                        pictureAgeMs = std::max(pictureAgeMs, position - s->frameUtcMs());
                return fastWall.elapsed() >= seconds * 1000;
            },
            seconds * 1000 + 1000);
        measuring = false;
        const double fastCpuCores = (processCpuSeconds() - fastCpu0) / (double(fastWall.elapsed()) / 1000.0);
        const bool fastStillShowing = std::all_of(fast.begin(), fast.end(), [](const auto &s) {
            return s->state() == PlaybackStream::State::Showing;
        });
        quint64 skipped = 0;
        for (const auto &s : fast)
            skipped += s->lateKeyframesSkipped();
        fast.clear();
        out["fast_keyframes_skipped"] = qint64(skipped);
        out["fast_speed"] = fastSpeed;
        out["fast_all_showing"] = fastShowing && fastStillShowing;
        out["fast_frames"] = int(lagMs.size());
        out["fast_lag_ms_p50"] = percentile(lagMs, 0.5);
        out["fast_lag_ms_max"] = lagMs.isEmpty() ? 0.0 : *std::max_element(lagMs.begin(), lagMs.end());
        out["fast_lag_ms_p99"] = percentile(lagMs, 0.99);
        out["fast_late_pictures"] =
            int(std::count_if(lagMs.begin(), lagMs.end(), [](double ms) { return ms > 500; }));
        out["fast_cpu_cores"] = fastCpuCores;
        out["fast_picture_age_ms_max"] = double(pictureAgeMs);
        ok = ok && !daySeekMs.isEmpty() && fastShowing && fastStillShowing && !lagMs.isEmpty();
    }
    out["ok"] = ok;
    std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
    return out["ok"].toBool() ? 0 : 1;
}
