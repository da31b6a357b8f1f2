#include <catch2/catch.hpp>

#include "core/site/SiteFile.h"
#include "core/site/SiteJson.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
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
    // A camera entry of the wrong shape is refused with a reason, but kept (as an invalid camera)
    // instead of costing the site its other cameras: see the invalid-camera tests below.
    const auto wrongName =
        SiteFile::parse(R"({"format":"pantau-site","version":1,"cameras":[{"id":"a","name":5}]})", &error);
    REQUIRE(wrongName);
    REQUIRE(wrongName->cameras.size() == 1);
    CHECK(wrongName->cameras[0].invalidReason.contains("name"));
    const auto twins = SiteFile::parse(
        R"({"format":"pantau-site","version":1,"cameras":[{"id":"a","name":"x"},{"id":"a","name":"y"}]})",
        &error);
    REQUIRE(twins);
    REQUIRE(twins->cameras.size() == 2);
    CHECK(twins->cameras[0].isValid());
    CHECK(twins->cameras[1].invalidReason.contains("\"a\""));
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
    // The camera is refused (kept as an invalid camera with the reason); the site still loads.
    const auto reasonOf = [](const QByteArray &bytes) {
        QString error;
        const auto site = SiteFile::parse(bytes, &error);
        REQUIRE(site);
        REQUIRE(site->cameras.size() == 1);
        return site->cameras[0].invalidReason;
    };
    CHECK(reasonOf(withPlan(R"({"enabled":true,"stream":"main","maxAgeDays":30})")).isEmpty());
    CHECK(reasonOf(withPlan(R"({"enabled":"yes"})")).contains("\"A\""));
    CHECK(reasonOf(withPlan(R"({"enabled":"yes"})")).contains("recording"));
    CHECK_FALSE(reasonOf(withPlan(R"({"enabled":true,"stream":"third"})")).isEmpty());
    CHECK_FALSE(reasonOf(withPlan(R"({"enabled":true,"maxAgeDays":0})")).isEmpty());
    CHECK_FALSE(reasonOf(withPlan(R"({"enabled":true,"maxAgeDays":2.5})")).isEmpty());
    CHECK_FALSE(reasonOf(withPlan(R"({"enabled":true,"maxAgeDays":100000})")).isEmpty());
    CHECK_FALSE(reasonOf(withPlan(R"([true])")).isEmpty());
}

namespace {
// A site of three cameras: the middle one has a stream address the reader refuses (port 99999).
const QByteArray kSiteWithBadCamera = R"({"format":"pantau-site","version":1,"name":"Lumajang","cameras":[
  {"id":"cam-1","name":"Alun-alun Lumajang","area":["Lumajang","Lumajang"],"mainStream":"rtsp://127.0.0.1:8554/a"},
  {"id":"cam-2","name":"Pasar Senduro","area":["Lumajang","Senduro"],"mainStream":"rtsp://127.0.0.1:99999/b",
   "owner":"Dishub","tags":["pasar"],"someFutureField":{"x":1}},
  {"id":"cam-3","name":"Simpang Pasirian","area":["Lumajang","Pasirian"],"mainStream":"rtsp://127.0.0.1:8554/c"}
 ],"layouts":[{"id":"l1","name":"Semua","rows":1,"columns":3,"tiles":[
  {"row":0,"column":0,"rowSpan":1,"columnSpan":1,"camera":"cam-1"},
  {"row":0,"column":1,"rowSpan":1,"columnSpan":1,"camera":"cam-2"},
  {"row":0,"column":2,"rowSpan":1,"columnSpan":1,"camera":"cam-3"}]}],
 "wall":[{"screen":"DP-1","layout":"l1"}]})";

QJsonObject cameraEntry(const QByteArray &siteBytes, int index)
{
    return QJsonDocument::fromJson(siteBytes).object().value("cameras").toArray().at(index).toObject();
}
} // namespace

TEST_CASE("A camera the reader refuses is kept with its reason and the rest of the site loads",
          "[unit][site]")
{
    QString error;
    const auto site = SiteFile::parse(kSiteWithBadCamera, &error);
    REQUIRE(site);
    REQUIRE(site->cameras.size() == 3);
    CHECK(site->cameras[0].isValid());
    CHECK(site->cameras[0].mainStreamUrl == QUrl("rtsp://127.0.0.1:8554/a"));
    CHECK(site->cameras[2].isValid());
    const Camera &bad = site->cameras[1];
    CHECK_FALSE(bad.isValid());
    CHECK(bad.id == "cam-2");
    CHECK(bad.name == "Pasar Senduro");
    CHECK(bad.area == QStringList{"Lumajang", "Senduro"});
    CHECK(bad.invalidReason == "Camera \"Pasar Senduro\" has an invalid stream address.");
    CHECK(bad.mainStreamUrl.isEmpty()); // nothing of it is played
    REQUIRE(site->layouts.size() == 1);
    CHECK(site->layouts[0].tiles[1].cameraId == "cam-2");
    CHECK(site->wall.size() == 1);
}

TEST_CASE("A refused camera's entry is saved exactly as it was written", "[unit][site]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath("site.json");
    writeBytes(path, kSiteWithBadCamera);
    const SiteLoadResult loaded = SiteFile::load(path);
    REQUIRE(loaded.site);
    CHECK(loaded.error.isEmpty()); // not a corrupt file: nothing set aside
    CHECK(loaded.setAsidePath.isEmpty());
    CHECK_FALSE(loaded.fromBackup);

    Site edited = *loaded.site;
    edited.name = "Lumajang (edited)";
    edited.cameras[0].name = "Alun-alun";
    REQUIRE(SiteFile::save(path, edited, nullptr));
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QByteArray written = f.readAll();
    CHECK(cameraEntry(written, 1) == cameraEntry(kSiteWithBadCamera, 1)); // unknown field and all
    CHECK(cameraEntry(written, 0).value("name").toString() == "Alun-alun");
    const SiteLoadResult again = SiteFile::load(path);
    REQUIRE(again.site);
    CHECK(*again.site == edited);
}

TEST_CASE("Camera entries with no id, or an id taken, are kept under an id of their own", "[unit][site]")
{
    const QByteArray bytes = R"({"format":"pantau-site","version":1,"cameras":[
      42,
      {"id":"a","name":"Satu","mainStream":"rtsp://127.0.0.1:8554/a"},
      {"id":"a","name":"Dua","mainStream":"rtsp://127.0.0.1:8554/b"},
      {"name":"Tiga"}]})";
    QString error;
    const auto site = SiteFile::parse(bytes, &error);
    REQUIRE(site);
    REQUIRE(site->cameras.size() == 4);
    QSet<QString> ids;
    for (const Camera &c : site->cameras)
        ids.insert(c.id);
    CHECK(ids.size() == 4);
    CHECK_FALSE(site->cameras[0].isValid());
    CHECK(site->cameras[0].invalidReason == "A camera entry is not an object.");
    CHECK(site->cameras[1].isValid());
    CHECK(site->cameras[1].id == "a");
    CHECK(site->cameras[2].invalidReason == "Two cameras share the id \"a\".");
    CHECK(site->cameras[2].name == "Dua");
    CHECK(site->cameras[3].name == "Tiga");
    CHECK_FALSE(site->cameras[3].isValid());
    // The refused ones are written back as they were (no made-up id is ever written).
    const QJsonArray written = json::toJson(*site).value("cameras").toArray();
    const QJsonArray read = QJsonDocument::fromJson(bytes).object().value("cameras").toArray();
    REQUIRE(written.size() == 4);
    for (int i : {0, 2, 3})
        CHECK(written[i] == read[i]);
}

TEST_CASE("A camera's analytics object the reader cannot use keeps the camera and its bytes", "[unit][site]")
{
    // Core never reads the "analytics" object (the analytics layer does): whatever it holds, the
    // camera stays valid and playable and the object is written back as it was.
    const QByteArray bytes = R"({"format":"pantau-site","version":1,"name":"Lumajang","cameras":[
  {"id":"cam-1","name":"Alun-alun Lumajang","mainStream":"rtsp://127.0.0.1:8554/a",
   "analytics":{"motion":true,"sensitivity":"tinggi","zones":[[[0.1,0.1],[2,0.5]]],"future":1}},
  {"id":"cam-2","name":"Pasar Senduro","mainStream":"rtsp://127.0.0.1:8554/b"}
 ],"layouts":[],"wall":[]})";
    QTemporaryDir dir;
    const QString path = dir.filePath("site.json");
    writeBytes(path, bytes);
    const SiteLoadResult loaded = SiteFile::load(path);
    REQUIRE(loaded.site);
    CHECK(loaded.error.isEmpty());
    REQUIRE(loaded.site->cameras.size() == 2);
    CHECK(loaded.site->cameras[0].isValid());
    CHECK(loaded.site->cameras[0].mainStreamUrl == QUrl("rtsp://127.0.0.1:8554/a"));
    CHECK(loaded.site->cameras[0].analytics == cameraEntry(bytes, 0).value("analytics"));
    CHECK(loaded.site->cameras[1].analytics.isNull()); // none: the defaults, motion off

    REQUIRE(SiteFile::save(path, *loaded.site, nullptr));
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QByteArray written = f.readAll();
    CHECK(cameraEntry(written, 0).value("analytics") == cameraEntry(bytes, 0).value("analytics"));
    CHECK_FALSE(cameraEntry(written, 1).contains("analytics"));
}
