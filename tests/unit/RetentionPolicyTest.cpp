// Retention: which segments go, by age per camera and by the disk's reserve, and what never goes.
#include "CatchQt.h"

#include "core/recording/RetentionPolicy.h"

using namespace pantau::recording;

namespace {
constexpr qint64 kMinute = 60'000;
constexpr qint64 kDay = 86'400'000;
constexpr qint64 kNow = 1'789'999'980'000LL;
constexpr qint64 kGB = 1'000'000'000LL;
constexpr qint64 kGiB = 1024LL * 1024 * 1024;

RetentionSegment seg(qint64 id, const QString &cameraId, qint64 startUtcMs, qint64 bytes = kGB)
{
    return RetentionSegment{id, cameraId, startUtcMs, startUtcMs + kMinute, bytes, false, false};
}

// A disk with plenty of room: 10 TB, half free, a small bitrate (reserve: 5 % = 500 GB).
RetentionInput roomyDisk()
{
    RetentionInput in;
    in.nowUtcMs = kNow;
    in.diskTotalBytes = 10'000 * kGB;
    in.diskFreeBytes = 5'000 * kGB;
    in.totalBitrateBytesPerSecond = 1'000'000;
    return in;
}

// A 1 TB disk whose reserve is 5 % = 50 GB, with `free` bytes free.
RetentionInput diskWithFree(qint64 free)
{
    RetentionInput in;
    in.nowUtcMs = kNow;
    in.diskTotalBytes = 1'000 * kGB;
    in.diskFreeBytes = free;
    in.totalBitrateBytesPerSecond = 1'000'000; // 2 h = 7.2 GB
    return in;
}

QVector<qint64> ids(const RetentionDecision &d, RetentionReason reason)
{
    QVector<qint64> out;
    for (const RetentionDeletion &x : d.deletions)
        if (x.reason == reason)
            out.push_back(x.segmentId);
    return out;
}
} // namespace

TEST_CASE("Retention deletes what is older than its camera's maximum age", "[recording][retention]")
{
    RetentionInput in = roomyDisk();
    in.maxAgeDaysByCamera.insert("short", 7);
    in.segments = {seg(1, "short", kNow - 10 * kDay), seg(2, "long", kNow - 10 * kDay),
                   seg(3, "short", kNow - 3 * kDay), seg(4, "long", kNow - 31 * kDay)};
    const RetentionDecision d = RetentionPolicy::decide(in);
    CHECK(ids(d, RetentionReason::Age) == QVector<qint64>{1, 4}); // "long" keeps the default 30 days
    CHECK(ids(d, RetentionReason::Reserve).isEmpty());
}

TEST_CASE("Retention by age goes by a segment's end", "[recording][retention]")
{
    RetentionInput in = roomyDisk();
    in.maxAgeDaysByCamera.insert("cam", 7);
    // Starts 7 days and 30 s ago, ends 6 days 23:59:30 ago: still within the week.
    in.segments = {seg(1, "cam", kNow - 7 * kDay - 30'000)};
    CHECK(RetentionPolicy::decide(in).deletions.isEmpty());
}

TEST_CASE("Retention keeps the reserve by deleting the oldest segments across cameras",
          "[recording][retention]")
{
    // 48 GB free of a 50 GB reserve: two segments of 1 GB go, the two oldest of any camera.
    RetentionInput in = diskWithFree(48 * kGB);
    in.segments = {seg(1, "a", kNow - 3 * kDay), seg(2, "b", kNow - 5 * kDay), seg(3, "a", kNow - 4 * kDay),
                   seg(4, "b", kNow - 1 * kDay)};
    const RetentionDecision d = RetentionPolicy::decide(in);
    CHECK(ids(d, RetentionReason::Reserve) == QVector<qint64>{2, 3});
    CHECK(d.freeBytesAfter == 50 * kGB);
    CHECK_FALSE(d.reserveCannotBeMet);
}

TEST_CASE("Retention by age counts toward the reserve first", "[recording][retention]")
{
    RetentionInput in = diskWithFree(49 * kGB);
    in.segments = {seg(1, "a", kNow - 40 * kDay), seg(2, "a", kNow - 5 * kDay)};
    const RetentionDecision d = RetentionPolicy::decide(in);
    CHECK(d.deletions == QVector<RetentionDeletion>{{1, RetentionReason::Age}});
    CHECK(d.freeBytesAfter == 50 * kGB);
}

TEST_CASE("Retention never deletes the segment being written", "[recording][retention]")
{
    RetentionInput in = diskWithFree(49 * kGB);
    RetentionSegment open = seg(1, "a", kNow - 40 * kDay); // old and oldest, yet still written
    open.writing = true;
    in.segments = {open, seg(2, "a", kNow - 2 * kDay)};
    const RetentionDecision d = RetentionPolicy::decide(in);
    CHECK(d.deletions == QVector<RetentionDeletion>{{2, RetentionReason::Reserve}});
}

TEST_CASE("Retention never deletes an evidence-locked segment", "[recording][retention]")
{
    RetentionInput in = diskWithFree(49 * kGB);
    RetentionSegment evidence = seg(1, "a", kNow - 40 * kDay);
    evidence.locked = true;
    in.segments = {evidence, seg(2, "a", kNow - 2 * kDay)};
    const RetentionDecision d = RetentionPolicy::decide(in);
    CHECK(d.deletions == QVector<RetentionDeletion>{{2, RetentionReason::Reserve}});
}

TEST_CASE("Retention says when locked and writing footage leave the reserve unmet", "[recording][retention]")
{
    RetentionInput in = diskWithFree(45 * kGB);
    RetentionSegment evidence = seg(1, "a", kNow - 2 * kDay, 10 * kGB);
    evidence.locked = true;
    RetentionSegment open = seg(2, "b", kNow - 1 * kDay, 10 * kGB);
    open.writing = true;
    in.segments = {evidence, open, seg(3, "a", kNow - kDay)};
    const RetentionDecision d = RetentionPolicy::decide(in);
    CHECK(d.deletions == QVector<RetentionDeletion>{{3, RetentionReason::Reserve}});
    CHECK(d.reserveCannotBeMet);
    CHECK(d.freeBytesAfter == 46 * kGB);
}

TEST_CASE("Retention keeps everything while the reserve is free and nothing is too old",
          "[recording][retention]")
{
    RetentionInput in = diskWithFree(50 * kGB);
    in.segments = {seg(1, "a", kNow - 29 * kDay)};
    const RetentionDecision d = RetentionPolicy::decide(in);
    CHECK(d.deletions.isEmpty());
    CHECK_FALSE(d.reserveCannotBeMet);
}

TEST_CASE("Days that fit are footage plus free minus reserve over a day at the bitrate",
          "[recording][retention]")
{
    // 1 TB disk, reserve 50 GB, 1 MB/s = 86.4 GB a day; 400 GB of footage, 200 GB free:
    // (400 + 200 - 50) / 86.4 = 6.37 days, fewer than the 30 configured.
    RetentionInput in = diskWithFree(200 * kGB);
    in.segments = {seg(1, "a", kNow - 2 * kDay, 150 * kGB), seg(2, "b", kNow - kDay, 250 * kGB)};
    const RetentionDecision d = RetentionPolicy::decide(in);
    CHECK(d.daysThatFit == Approx(550.0 / 86.4));
    CHECK(d.configuredDays == 30);
    CHECK(d.fewerDaysThanConfigured);
    CHECK(d.warning() == "The disk holds only 6 of the 30 days configured");
}

TEST_CASE("Days configured are the longest maximum age of the cameras", "[recording][retention]")
{
    RetentionInput in = diskWithFree(600 * kGB); // (600 - 50) / 86.4 = 6.37 days
    in.maxAgeDaysByCamera = {{"a", 5}, {"b", 6}};
    in.segments = {seg(1, "a", kNow - kDay, 1), seg(2, "b", kNow - kDay, 1)};
    const RetentionDecision d = RetentionPolicy::decide(in);
    CHECK(d.configuredDays == 6);
    CHECK_FALSE(d.fewerDaysThanConfigured);
    CHECK(d.warning().isEmpty());
}

TEST_CASE("Days that fit are unknown while nothing records", "[recording][retention]")
{
    RetentionInput in = diskWithFree(600 * kGB);
    in.totalBitrateBytesPerSecond = 0;
    const RetentionDecision d = RetentionPolicy::decide(in);
    CHECK(d.daysThatFit < 0);
    CHECK_FALSE(d.fewerDaysThanConfigured);
}

TEST_CASE("Reserve on a small disk is the 5 GiB floor", "[recording][retention]")
{
    // 50 GB disk: 5 % is 2.5 GB; 100 kB/s for 2 h is 0.72 GB.
    CHECK(RetentionPolicy::reserveBytes(50 * kGB, 100'000) == RetentionPolicy::kMinReserveBytes);
    CHECK(RetentionPolicy::kMinReserveBytes == 5 * kGiB);
}

TEST_CASE("Reserve on a large disk is 5 % of it", "[recording][retention]")
{
    // 2 TB disk: 5 % is 100 GB; 1 MB/s for 2 h is 7.2 GB.
    CHECK(RetentionPolicy::reserveBytes(2'000 * kGB, 1'000'000) == 100 * kGB);
}

TEST_CASE("Reserve at a high bitrate is two hours of recording", "[recording][retention]")
{
    // 200 GB disk: 5 % is 10 GB; 64 cameras at 2 Mb/s = 16 MB/s for 2 h is 115.2 GB.
    CHECK(RetentionPolicy::reserveBytes(200 * kGB, 16'000'000) == 115'200'000'000LL);
}

TEST_CASE("A byte budget keeps 5 % of itself free, not the disk's 5 GiB floor", "[recording][retention]")
{
    // The demo's 2 GB budget: 100 MB reserve. With the disk's rules the reserve (5 GiB) would
    // exceed the budget and every finished segment would be deleted.
    CHECK(RetentionPolicy::budgetReserveBytes(2 * kGB) == 100'000'000);
    RetentionInput in;
    in.nowUtcMs = kNow;
    in.diskIsBudget = true;
    in.diskTotalBytes = 2 * kGB;
    in.diskFreeBytes = 1 * kGB; // 1 GB of footage
    in.totalBitrateBytesPerSecond = 500'000;
    RetentionSegment s;
    s.id = 1;
    s.cameraId = "demo-1";
    s.startUtcMs = kNow - 60'000;
    s.endUtcMs = kNow;
    s.bytes = 1 * kGB;
    in.segments = {s};
    const RetentionDecision d = RetentionPolicy::decide(in);
    CHECK(d.reserveBytes == 100'000'000);
    CHECK(d.deletions.isEmpty());
    CHECK_FALSE(d.reserveCannotBeMet);
    in.diskFreeBytes = 50'000'000; // the budget nearly spent: the oldest goes
    CHECK(RetentionPolicy::decide(in).deletions.size() == 1);
}
