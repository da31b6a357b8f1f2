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
// Prints one JSON line (keys sorted) on stdout.
#include "RecorderBenchKit.h"
#include "core/media/GstInit.h"
#include "core/media/StreamPipeline.h"
#include "core/playback/LocalArchiveSource.h"
#include "core/playback/PlaybackStream.h"
#include "core/recording/SegmentIndex.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

#include <sys/resource.h>

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
    cli.addOptions({{"tiles", "Tiles in synchronised playback (and live).", "N", "16"},
                    {"record-seconds", "How long the recorder records the archive.", "S", "60"},
                    {"segment-seconds", "The recorder's segment length.", "S", "10"},
                    {"seeks", "Random seeks measured.", "N", "100"},
                    {"seconds", "Measurement time of each CPU phase.", "S", "10"},
                    {"seed", "Random seed of the seek moments.", "N", "17"},
                    {"serve", "Internal: run the camera server for N cameras.", "N"}});
    cli.addHelpOption();
    cli.process(*app);
    if (cli.isSet("serve"))
        return serveCameras(cli.value("serve").toInt());
    const int tiles = std::max(1, cli.value("tiles").toInt());
    const int recordSeconds = std::max(4, cli.value("record-seconds").toInt());
    const int seeks = std::max(1, cli.value("seeks").toInt());
    const int seconds = std::max(1, cli.value("seconds").toInt());
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

    // 2. Seeks.
    QRandomGenerator random(quint32(cli.value("seed").toUInt()));
    PlaybackClock seekClock;
    seekClock.setPaused(true, monotonicMs());
    PlaybackStream seeker(cameraId(0), &seekClock);
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
    out["ok"] = allShowing && allLive && !seekMs.isEmpty();
    std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
    return out["ok"].toBool() ? 0 : 1;
}
