#include <catch2/catch.hpp>

#include "core/site/SiteFile.h"
#include "core/site/SiteJson.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <atomic>
#include <thread>

using namespace pantau;

namespace {
Site sampleSite()
{
    Site s;
    s.name = "Musi Banyuasin";
    Camera c;
    c.id = "cam-1";
    c.name = "Kantor Bupati";
    c.area = {"Musi Banyuasin", "Sekayu"};
    c.owner = "Diskominfo";
    c.mainStreamUrl = QUrl("rtsp://127.0.0.1:8554/main");
    c.subStreamUrl = QUrl("rtsp://127.0.0.1:8554/sub");
    c.username = "admin";
    c.password = "rahasia";
    c.tags = {"pemda"};
    s.cameras.push_back(c);
    Layout l = layouts::withCamera(*layouts::preset("1+5"), 0, "cam-1");
    l.id = "layout-1";
    l.name = "Sekayu";
    s.layouts.push_back(l);
    s.wall.push_back({"DP-1", "layout-1"});
    return s;
}

void writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
}
} // namespace

TEST_CASE("A site survives a save and load unchanged, without the password", "[unit][site]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath("site.json");
    Site s = sampleSite();
    QString error;
    REQUIRE(SiteFile::save(path, s, &error));
    QFile raw(path);
    REQUIRE(raw.open(QIODevice::ReadOnly));
    CHECK_FALSE(raw.readAll().contains("rahasia"));

    Site withUrlPassword = s;
    withUrlPassword.cameras[0].subStreamUrl = QUrl("rtsp://admin:rahasia@127.0.0.1:8554/sub");
    REQUIRE(SiteFile::save(path, withUrlPassword, &error));
    QFile again(path); // the save replaced the file: open the new one
    REQUIRE(again.open(QIODevice::ReadOnly));
    const QByteArray written = again.readAll();
    CHECK_FALSE(written.contains("rahasia"));
    CHECK(written.contains("rtsp://admin@127.0.0.1:8554/sub"));
    REQUIRE(SiteFile::save(path, s, &error));

    const SiteLoadResult r = SiteFile::load(path);
    REQUIRE(r.site);
    s.cameras[0].password.clear();
    CHECK(*r.site == s);
    CHECK_FALSE(r.fromBackup);
}

TEST_CASE("A corrupt site file is set aside and the last good copy is used", "[unit][site]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath("site.json");
    Site first = sampleSite();
    REQUIRE(SiteFile::save(path, first, nullptr));
    Site second = first;
    second.name = "second save";
    REQUIRE(SiteFile::save(path, second, nullptr)); // the first becomes the backup
    CHECK(QFile::exists(SiteFile::backupPath(path)));

    const QByteArray corrupt = QByteArray("{\"format\":\"pantau-site\",\"version\":1,\"cameras\":[{\"id\":") +
                               QByteArray(5000, '\x07');
    writeBytes(path, corrupt);
    const SiteLoadResult r = SiteFile::load(path);
    REQUIRE(r.site);
    CHECK(r.fromBackup);
    CHECK(r.site->name == first.name);
    CHECK_FALSE(r.error.isEmpty());
    REQUIRE_FALSE(r.setAsidePath.isEmpty());
    // The damaged file is kept for inspection, byte for byte.
    QFile setAside(r.setAsidePath);
    REQUIRE(setAside.open(QIODevice::ReadOnly));
    CHECK(setAside.readAll() == corrupt);

    // The good copy is back in place: the site file itself reads, with no backup to fall back on.
    REQUIRE(QFile::exists(path));
    REQUIRE(QFile::rename(SiteFile::backupPath(path), dir.filePath("backup-moved-away.json")));
    const SiteLoadResult restored = SiteFile::load(path);
    REQUIRE(restored.site);
    CHECK_FALSE(restored.fromBackup);
    CHECK(restored.error.isEmpty());
    CHECK(restored.site->name == first.name);
}

TEST_CASE("Wrong types, unknown versions and junk are refused with a reason", "[unit][site]")
{
    QString error;
    CHECK_FALSE(SiteFile::parse("not json at all", &error));
    CHECK_FALSE(error.isEmpty());
    CHECK_FALSE(SiteFile::parse(R"({"format":"pantau-site","version":99})", &error));
    CHECK(error.contains("99"));
    CHECK_FALSE(SiteFile::parse(R"({"format":"pantau-site","version":1,"cameras":{"a":1}})", &error));
    CHECK_FALSE(
        SiteFile::parse(R"({"format":"pantau-site","version":1,"cameras":[{"id":"a","name":5}]})", &error));
    CHECK(error.contains("name"));
    CHECK_FALSE(SiteFile::parse(
        R"({"format":"pantau-site","version":1,"cameras":[{"id":"a","name":"x"},{"id":"a","name":"y"}]})",
        &error));
    CHECK_FALSE(SiteFile::parse(
        R"({"format":"pantau-site","version":1,"layouts":[{"id":"l","name":"n","rows":2,"columns":2,"tiles":[]}]})",
        &error));
    CHECK_FALSE(SiteFile::parse(QByteArray(1000, '\0'), &error));
    CHECK(SiteFile::parse(R"({"format":"pantau-site","version":1})", &error));
    // Numbers far outside int (found by the fuzzer): refused, never converted.
    for (const char *rows : {"5.55556e53", "-1e300", "2147483648", "1.5"}) {
        const QByteArray doc =
            QByteArray(R"({"format":"pantau-site","version":1,"layouts":[{"id":"l","name":"n","rows":)") +
            rows + R"(,"columns":2,"tiles":[]}]})";
        INFO(rows);
        CHECK_FALSE(SiteFile::parse(doc, &error));
        CHECK(error.contains("rows"));
    }
    CHECK_FALSE(SiteFile::parse(R"({"format":"pantau-site","version":1e300})", &error));
}

TEST_CASE("A missing site file is reported as first start, not as an error", "[unit][site]")
{
    QTemporaryDir dir;
    const SiteLoadResult r = SiteFile::load(dir.filePath("none.json"));
    CHECK(r.fileMissing);
    CHECK_FALSE(r.site);
    CHECK(r.error.isEmpty());
}

TEST_CASE("Two writers saving the same site at once never leave a torn file", "[unit][site]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath("site.json");
    Site a = sampleSite();
    a.name = "writer A";
    Site b = sampleSite();
    b.name = "writer B";
    for (int i = 0; i < 40; ++i)
        b.cameras.push_back(b.cameras.first()), b.cameras.last().id = QString("cam-b%1").arg(i);
    for (Site *s : {&a, &b})
        for (Camera &c : s->cameras)
            c.password.clear(); // never stored in the site file
    std::atomic<int> failures{0};
    auto writer = [&](const Site &s) {
        for (int i = 0; i < 20; ++i)
            if (!SiteFile::save(path, s, nullptr))
                ++failures;
    };
    std::thread t1(writer, a), t2(writer, b);
    t1.join();
    t2.join();
    CHECK(failures == 0);
    const SiteLoadResult r = SiteFile::load(path);
    REQUIRE(r.site);
    CHECK_FALSE(r.fromBackup);
    CHECK((*r.site == a || *r.site == b));
    CHECK(SiteFile::load(SiteFile::backupPath(path)).site);
}

TEST_CASE("A camera's recording plan survives a save and load", "[unit][site][recording]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath("site.json");
    Site site;
    Camera a;
    a.id = "cam-rec";
    a.name = "Simpang Lampu Merah Sekayu";
    a.mainStreamUrl = QUrl("rtsp://127.0.0.1:8554/main");
    a.subStreamUrl = QUrl("rtsp://127.0.0.1:8554/sub");
    a.recording.enabled = true;
    a.recording.stream = StreamKind::Sub;
    a.recording.recorder = "rekam-sekayu-1";
    a.recording.maxAgeDays = 14;
    Camera b;
    b.id = "cam-live";
    b.name = "Pasar Sekayu";
    site.cameras = {a, b};
    QString error;
    REQUIRE(SiteFile::save(path, site, &error));
    const SiteLoadResult loaded = SiteFile::load(path);
    REQUIRE(loaded.site);
    REQUIRE(loaded.site->cameras.size() == 2);
    CHECK(loaded.site->cameras[0].recording == a.recording);
    CHECK(loaded.site->cameras[1].recording == RecordingPlan{}); // not recorded unless marked
    CHECK_FALSE(loaded.site->cameras[1].recording.enabled);
}

TEST_CASE("An invalid recording plan is refused with a reason", "[unit][site][recording]")
{
    const auto withPlan = [](const char *plan) {
        return QByteArray(
                   R"({"format":"pantau-site","version":1,"cameras":[{"id":"a","name":"A","recording":)") +
               plan + "}]}";
    };
    QString error;
    CHECK(SiteFile::parse(withPlan(R"({"enabled":true,"stream":"main","maxAgeDays":30})"), &error));
    CHECK_FALSE(SiteFile::parse(withPlan(R"({"enabled":"yes"})"), &error));
    CHECK(error.contains("A"));
    CHECK_FALSE(SiteFile::parse(withPlan(R"({"enabled":true,"stream":"third"})"), &error));
    CHECK_FALSE(SiteFile::parse(withPlan(R"({"enabled":true,"maxAgeDays":0})"), &error));
    CHECK_FALSE(SiteFile::parse(withPlan(R"({"enabled":true,"maxAgeDays":2.5})"), &error));
    CHECK_FALSE(SiteFile::parse(withPlan(R"({"enabled":true,"maxAgeDays":100000})"), &error));
    CHECK_FALSE(SiteFile::parse(withPlan(R"([true])"), &error));
}
