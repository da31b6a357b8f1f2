// The 24-hour history of cameras online: one sample per minute, the window, the file.
#include <catch2/catch.hpp>

#include "core/health/OnlineHistory.h"

#include <QFile>
#include <QTemporaryDir>

using namespace pantau;

namespace {
constexpr qint64 kMinute = 60'000;
constexpr qint64 kT0 = 1'789'999'980'000LL; // some day in 2026, on a minute boundary
} // namespace

TEST_CASE("Online history keeps one sample per minute, the latest count of the minute", "[health][history]")
{
    OnlineHistory h;
    h.record(kT0 + 1000, 5, 10);
    h.record(kT0 + 30'000, 7, 10); // same minute: replaces
    REQUIRE(h.samples().size() == 1);
    CHECK(h.samples()[0] == OnlineHistory::Sample{kT0, 7, 10});
    h.record(kT0 + kMinute + 5, 8, 11);
    REQUIRE(h.samples().size() == 2);
    CHECK(h.samples()[1] == OnlineHistory::Sample{kT0 + kMinute, 8, 11});
    h.record(kT0 + 10, 1, 1); // the clock went back: ignored, the day stays in order
    CHECK(h.samples().size() == 2);
    CHECK(h.samples()[0].online == 7);
}

TEST_CASE("Online history forgets what is older than 24 hours", "[health][history]")
{
    OnlineHistory h;
    for (int m = 0; m < 24 * 60 + 30; ++m)
        h.record(kT0 + m * kMinute, m % 100, 100);
    // The window covers 24 h back from now: the minute starting exactly then is still in it.
    CHECK(h.samples().size() == 24 * 60 + 1);
    const qint64 last = kT0 + (24 * 60 + 29) * kMinute;
    CHECK(h.samples().last().timeMs == last);
    CHECK(h.samples().first().timeMs == last - 24 * 3600'000LL);
    h.prune(last + 23 * 3600'000LL);
    CHECK(h.samples().size() == 61);
    CHECK(h.samples().first().timeMs == last - 3600'000LL);
}

TEST_CASE("Online history survives a restart and starts empty from a corrupt file", "[health][history]")
{
    QTemporaryDir dir;
    const QString path = OnlineHistory::pathForSite(dir.filePath("site.json"));
    CHECK(path == dir.filePath("site-online-history.json"));

    OnlineHistory h;
    for (int m = 0; m < 5; ++m)
        h.record(kT0 + m * kMinute, 90 + m, 100);
    REQUIRE(h.save(path));

    OnlineHistory loaded;
    REQUIRE(loaded.load(path, kT0 + 5 * kMinute));
    CHECK(loaded.samples() == h.samples());

    // A day later, everything has aged out.
    REQUIRE(loaded.load(path, kT0 + 25 * 3600'000LL));
    CHECK(loaded.samples().isEmpty());

    // No file: empty, no error.
    OnlineHistory none;
    CHECK(none.load(dir.filePath("missing.json"), kT0));
    CHECK(none.samples().isEmpty());

    const QList<QByteArray> corrupt = {
        "",
        "{not json",
        "[1,2,3]",
        R"({"format":"pantau-online-history","version":99,"samples":[]})",
        R"({"format":"pantau-online-history","version":1,"samples":[[1,2]]})",
        R"({"format":"pantau-online-history","version":1,"samples":[[1790000000000,20,10]]})",
        R"({"format":"pantau-online-history","version":1,"samples":[[1790000060000,1,10],[1790000000000,1,10]]})",
        R"({"format":"pantau-online-history","version":1,"samples":"many"})",
    };
    for (const QByteArray &bytes : corrupt) {
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(bytes);
        f.close();
        OnlineHistory c;
        c.record(kT0, 1, 1);
        QString why;
        CHECK_FALSE(c.load(path, kT0 + kMinute, &why));
        CHECK_FALSE(why.isEmpty());
        CHECK(c.samples().isEmpty());
    }
}
