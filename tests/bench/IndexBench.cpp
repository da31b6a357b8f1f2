// pantau-index-bench: the footage index at archive scale. Generates N cameras x D days of 1-minute
// segments (a few gaps a day per camera) into a fresh index in a temporary folder, batched one day
// of all cameras per transaction, then measures
//   - recorded ranges of every camera (at most 64) over the last 7 days, median of --runs runs,
//     against a baseline in the same run: a plain `SELECT count(*)` over the same table;
//   - a rebuild (SegmentIndex::rebuild) from F empty, correctly named segment files with a fake
//     probe, against a baseline in the same run: walking the same tree and reading each file's size;
//   - recover() over those files with nothing to fix (a restart);
//   - a writing row trimmed at the end of a gapless recording of D days (shrink_last_ms);
//   - and, for retention, reading every row (allSegments) and removing each camera's oldest segment.
// Prints one JSON object. Performance is read, never asserted.
//
//   pantau-index-bench [--cameras 64] [--days 30] [--files 10000] [--runs 7]
//
// Threads: everything runs on the main thread.
#include "core/recording/SegmentIndex.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace pantau::recording;

namespace {
constexpr qint64 kMinute = 60'000;
constexpr qint64 kDay = 86'400'000;
constexpr qint64 kArchiveStart = 1'788'220'800'000LL; // 2026-09-01 00:00 UTC

double median(std::vector<double> v)
{
    if (v.empty())
        return -1;
    std::sort(v.begin(), v.end());
    const size_t mid = v.size() / 2;
    return v.size() % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
}

double msSince(const QElapsedTimer &t)
{
    return t.nsecsElapsed() / 1e6;
}

QString cameraId(int i)
{
    return QStringLiteral("cam-%1").arg(i, 4, 10, QLatin1Char('0'));
}

// Whether minute m of camera c is missing: about three gaps a day, at different times per camera.
bool isGap(int c, qint64 m)
{
    return (m + c * 37) % 480 == 0;
}

// Rows of day d for every camera.
QVector<Segment> dayOfSegments(int cameras, int d)
{
    QVector<Segment> out;
    out.reserve(cameras * 1440);
    for (int c = 0; c < cameras; ++c) {
        for (qint64 m = d * 1440LL; m < (d + 1) * 1440LL; ++m) {
            if (isGap(c, m))
                continue;
            Segment s;
            s.cameraId = cameraId(c);
            s.startUtcMs = kArchiveStart + m * kMinute;
            s.endUtcMs = s.startUtcMs + kMinute;
            s.bytes = 15'000'000; // 2 Mb/s for a minute
            s.codec = QStringLiteral("h264");
            s.resolution = QSize(1280, 720);
            s.state = Segment::State::Complete;
            out.push_back(s);
        }
    }
    return out;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    QCommandLineOption camerasOpt("cameras", "Cameras in the generated archive.", "N", "64");
    QCommandLineOption daysOpt("days", "Days in the generated archive.", "D", "30");
    QCommandLineOption filesOpt("files", "Segment files to rebuild from.", "F", "10000");
    QCommandLineOption runsOpt("runs", "Repetitions of each query.", "R", "7");
    parser.addOptions({camerasOpt, daysOpt, filesOpt, runsOpt});
    parser.process(app);
    const int cameras = std::max(1, parser.value(camerasOpt).toInt());
    const int days = std::max(1, parser.value(daysOpt).toInt());
    const int files = std::max(1, parser.value(filesOpt).toInt());
    const int runs = std::max(1, parser.value(runsOpt).toInt());

    QJsonObject out;
    out["cameras"] = cameras;
    out["days"] = days;

    // 1. The archive's index.
    QTemporaryDir archiveDir;
    SegmentIndex index(archiveDir.path());
    QString error;
    if (!archiveDir.isValid() || !index.open(&error)) {
        std::fprintf(stderr, "cannot open an index: %s\n", qPrintable(error));
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    for (int d = 0; d < days; ++d) {
        if (index.addSegments(dayOfSegments(cameras, d)) < 0) {
            std::fprintf(stderr, "cannot add segments\n");
            return 1;
        }
    }
    out["generate_s"] = msSince(timer) / 1000.0;
    out["rows"] = index.segmentCount();
    out["index_mb"] =
        (QFileInfo(index.indexPath()).size() + QFileInfo(index.indexPath() + "-wal").size()) / 1e6;

    QStringList ids;
    for (int c = 0; c < std::min(cameras, 64); ++c)
        ids << cameraId(c);
    const qint64 to = kArchiveStart + days * kDay;
    const qint64 from = to - std::min(days, 7) * kDay;
    std::vector<double> rangesMs, baselineMs;
    int rangeCount = 0;
    for (int r = 0; r < runs; ++r) {
        timer.restart();
        const auto ranges = index.recordedRanges(ids, from, to);
        rangesMs.push_back(msSince(timer));
        rangeCount = 0;
        for (const auto &list : ranges)
            rangeCount += list.size();
        timer.restart();
        const qint64 n = index.segmentCount();
        baselineMs.push_back(msSince(timer));
        if (n <= 0)
            return 1;
    }
    out["ranges_cameras"] = int(ids.size());
    out["ranges_days"] = std::min(days, 7);
    out["ranges_count"] = rangeCount;
    out["ranges_ms_median"] = median(rangesMs);
    out["baseline_count_ms_median"] = median(baselineMs);
    out["ranges_ratio"] = median(rangesMs) / std::max(median(baselineMs), 1e-6);

    // A crash's writing row trimmed at restart, at the end of a gapless 30-day recording: the
    // one change that makes the index recompute a camera's range from its rows.
    {
        QVector<Segment> gapless;
        for (qint64 m = 0; m < days * 1440LL; ++m) {
            Segment s;
            s.cameraId = QStringLiteral("gapless");
            s.startUtcMs = kArchiveStart + m * kMinute;
            s.endUtcMs = s.startUtcMs + kMinute;
            s.state = Segment::State::Complete;
            gapless.push_back(s);
        }
        if (index.addSegments(gapless) < 0)
            return 1;
        Segment open;
        open.cameraId = QStringLiteral("gapless");
        open.startUtcMs = open.endUtcMs = to;
        const qint64 id = index.beginSegment(open);
        if (id <= 0 || !index.updateWriting(id, to + 50'000, 1))
            return 1;
        timer.restart();
        if (!index.finishSegment(id, to + 42'000, 1))
            return 1;
        out["shrink_last_ms"] = msSince(timer);
    }

    // What retention costs on this archive: reading every row, then removing the oldest segment
    // of each camera (the ranges' fast path).
    timer.restart();
    const QVector<Segment> all = index.allSegments();
    out["all_segments_s"] = msSince(timer) / 1000.0;
    timer.restart();
    const QVector<RetentionSegment> lean = index.retentionSegments();
    out["retention_segments_s"] = msSince(timer) / 1000.0;
    timer.restart();
    RetentionInput retention;
    retention.segments = lean;
    retention.nowUtcMs = kArchiveStart + days * kDay;
    retention.diskTotalBytes = 4'000'000'000'000LL;
    retention.diskFreeBytes = retention.diskTotalBytes / 20 - 64 * 15'000'000LL; // 64 minutes short
    retention.totalBitrateBytesPerSecond = cameras * 250'000LL;
    const RetentionDecision decision = RetentionPolicy::decide(retention);
    out["retention_decide_s"] = msSince(timer) / 1000.0;
    out["retention_deletions"] = int(decision.deletions.size());
    QVector<qint64> oldest;
    QSet<QString> seen;
    for (const Segment &s : all)
        if (!seen.contains(s.cameraId)) {
            seen.insert(s.cameraId);
            oldest.push_back(s.id);
        }
    timer.restart();
    for (qint64 id : oldest)
        if (!index.removeSegment(id))
            return 1;
    out["remove_oldest_ms_mean"] = msSince(timer) / std::max<qsizetype>(oldest.size(), 1);

    // 2. A rebuild from files.
    QTemporaryDir filesDir;
    const int filesPerCamera = (files + cameras - 1) / cameras;
    int written = 0;
    for (int c = 0; c < cameras && written < files; ++c) {
        for (int m = 0; m < filesPerCamera && written < files; ++m, ++written) {
            const QString path =
                filesDir.filePath(SegmentIndex::relativePathFor(cameraId(c), kArchiveStart + m * kMinute));
            QDir().mkpath(QFileInfo(path).absolutePath());
            QFile f(path);
            if (!f.open(QIODevice::WriteOnly))
                return 1;
        }
    }
    out["files"] = written;
    timer.restart();
    qint64 walked = 0;
    for (QDirIterator it(filesDir.path(), {"*.mp4"}, QDir::Files, QDirIterator::Subdirectories);
         it.hasNext();) {
        it.next();
        walked += it.fileInfo().size() + 1;
    }
    const double walkS = msSince(timer) / 1000.0;
    SegmentIndex rebuilt(filesDir.path());
    if (!rebuilt.open(&error))
        return 1;
    timer.restart();
    const auto probe = [](const QString &) {
        return std::optional<SegmentProbe>(SegmentProbe{kMinute, QStringLiteral("h264"), QSize(1280, 720)});
    };
    const RecoveryReport report = rebuilt.rebuild(probe);
    const double rebuildS = msSince(timer) / 1000.0;
    // A restart with nothing to fix: every folder compared with its rows.
    timer.restart();
    const RecoveryReport again = rebuilt.recover(probe);
    out["recover_unchanged_s"] = msSince(timer) / 1000.0;
    if (!again.ok || again.adopted + again.removedRows + again.trimmed != 0)
        return 1;
    out["rebuild_adopted"] = report.adopted;
    out["rebuild_s"] = rebuildS;
    out["baseline_walk_s"] = walkS;
    out["rebuild_ratio"] = rebuildS / std::max(walkS, 1e-9);
    if (!report.ok || report.adopted != written || walked != written)
        return 1;

    std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
    return 0;
}
