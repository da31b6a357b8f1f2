// The recorder's HTTP routes on a real index over fake footage files: status, ranges, segments,
// footage by id and by path (whole, ranged, HEAD), nothing outside the archive, locks.
#include "CatchQt.h"

#include "Mp4Boxes.h"
#include "core/playback/FragmentedMp4.h"
#include "core/recording/RecorderHttpApi.h"
#include "core/recording/SegmentIndex.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

using namespace pantau::recording;

namespace {
constexpr qint64 kMinute = 60'000;
constexpr qint64 kT0 = 1'789'999'980'000LL;

struct Api
{
    QTemporaryDir dir;
    SegmentIndex index{dir.path()};
    RecorderHttpApi api{index, [] {
                            return QJsonObject{{"format", "pantau-recorder-status"}, {"version", 1}};
                        }};
    QByteArray content; // of the first segment
    qint64 firstId = 0;

    Api()
    {
        REQUIRE(index.open());
        for (int i = 0; i < 3; ++i) {
            const qint64 start = kT0 + i * kMinute + (i == 2 ? 10 * kMinute : 0); // a gap before the third
            Segment s;
            s.cameraId = "cam-1";
            s.startUtcMs = start;
            s.endUtcMs = start;
            s.codec = "h264";
            s.resolution = QSize(1280, 720);
            const qint64 id = index.beginSegment(s);
            REQUIRE(id > 0);
            QByteArray bytes;
            for (int b = 0; b < 10000 + i; ++b)
                bytes.append(char((b * 7 + i) & 0xff));
            const QString path = QDir(dir.path()).filePath(SegmentIndex::relativePathFor("cam-1", start));
            QDir().mkpath(QFileInfo(path).absolutePath());
            QFile f(path);
            REQUIRE(f.open(QIODevice::WriteOnly));
            f.write(bytes);
            REQUIRE(index.finishSegment(id, start + kMinute, bytes.size()));
            if (i == 0) {
                firstId = id;
                content = bytes;
            }
        }
    }

    HttpResponse get(const QByteArray &target, const QByteArray &method = "GET", const QByteArray &range = {})
    {
        HttpRequestParser p;
        QByteArray raw = method + ' ' + target + " HTTP/1.1\r\n";
        if (!range.isEmpty())
            raw += "Range: " + range + "\r\n";
        REQUIRE(p.feed(raw + "\r\n") == HttpRequestParser::State::Complete);
        return api.handle(p.takeRequest());
    }
    static QJsonObject json(const HttpResponse &r) { return QJsonDocument::fromJson(r.body).object(); }
    static QByteArray fileBytes(const HttpResponse &r)
    {
        REQUIRE(r.file);
        REQUIRE(r.file->seek(r.fileOffset));
        return r.file->read(r.fileLength);
    }
    static QByteArray header(const HttpResponse &r, const QByteArray &name)
    {
        for (const auto &[n, v] : r.headers)
            if (n.compare(name, Qt::CaseInsensitive) == 0)
                return v;
        return {};
    }
};
} // namespace

TEST_CASE("Recorder API serves the status document", "[recording][http]")
{
    Api a;
    const HttpResponse r = a.get("/api/v1/status");
    CHECK(r.status == 200);
    CHECK(Api::header(r, "Content-Type") == "application/json");
    CHECK(Api::json(r).value("format").toString() == "pantau-recorder-status");
}

TEST_CASE("Recorder API lists a camera's merged ranges in a window", "[recording][http]")
{
    Api a;
    const HttpResponse r = a.get("/api/v1/cameras/cam-1/ranges?from=" + QByteArray::number(kT0) +
                                 "&to=" + QByteArray::number(kT0 + kMinute * 20));
    REQUIRE(r.status == 200);
    const QJsonArray ranges = Api::json(r).value("ranges").toArray();
    REQUIRE(ranges.size() == 2); // the first two segments touch; the third is after a gap
    CHECK(qint64(ranges[0].toObject().value("startUtcMs").toDouble()) == kT0);
    CHECK(qint64(ranges[0].toObject().value("endUtcMs").toDouble()) == kT0 + 2 * kMinute);
    CHECK(qint64(ranges[1].toObject().value("startUtcMs").toDouble()) == kT0 + 12 * kMinute);
    CHECK(a.get("/api/v1/cameras/cam-1/ranges?from=x").status == 400);
    CHECK(a.get("/api/v1/cameras/cam-1/ranges?from=9&to=1").status == 400);
    CHECK(Api::json(a.get("/api/v1/cameras/other/ranges")).value("ranges").toArray().isEmpty());
}

TEST_CASE("Recorder API lists a camera's segment rows with their footage URLs", "[recording][http]")
{
    Api a;
    const HttpResponse r = a.get("/api/v1/cameras/cam-1/segments");
    REQUIRE(r.status == 200);
    const QJsonArray rows = Api::json(r).value("segments").toArray();
    REQUIRE(rows.size() == 3);
    const QJsonObject first = rows[0].toObject();
    CHECK(qint64(first.value("id").toDouble()) == a.firstId);
    CHECK(first.value("url").toString() == QString("/api/v1/footage/%1.mp4").arg(a.firstId));
    CHECK(qint64(first.value("startUtcMs").toDouble()) == kT0);
    CHECK(qint64(first.value("endUtcMs").toDouble()) == kT0 + kMinute);
    CHECK(qint64(first.value("bytes").toDouble()) == 10000);
    CHECK(first.value("codec").toString() == "h264");
    CHECK(first.value("width").toInt() == 1280);
    CHECK(first.value("height").toInt() == 720);
    CHECK(first.value("state").toString() == "complete");
    CHECK(first.value("locked").toBool() == false);
}

TEST_CASE("Recorder API serves a segment's file whole, by id or by path", "[recording][http]")
{
    Api a;
    const HttpResponse byId = a.get("/api/v1/footage/" + QByteArray::number(a.firstId) + ".mp4");
    REQUIRE(byId.status == 200);
    CHECK(Api::header(byId, "Accept-Ranges") == "bytes");
    CHECK(Api::header(byId, "Content-Type") == "video/mp4");
    CHECK(Api::fileBytes(byId) == a.content);
    CHECK(a.get("/api/v1/footage/" + QByteArray::number(a.firstId)).status == 200);
    const HttpResponse byPath =
        a.get("/api/v1/footage/" + SegmentIndex::relativePathFor("cam-1", kT0).toUtf8());
    REQUIRE(byPath.status == 200);
    CHECK(Api::fileBytes(byPath) == a.content);
    const HttpResponse head = a.get("/api/v1/footage/" + QByteArray::number(a.firstId), "HEAD");
    CHECK(head.status == 200);
    CHECK(head.contentLength() == a.content.size());
}

TEST_CASE("Recorder API serves the exact bytes of a range", "[recording][http]")
{
    Api a;
    const QByteArray path = "/api/v1/footage/" + QByteArray::number(a.firstId);
    const HttpResponse r = a.get(path, "GET", "bytes=100-1099");
    REQUIRE(r.status == 206);
    CHECK(Api::header(r, "Content-Range") == "bytes 100-1099/10000");
    CHECK(Api::fileBytes(r) == a.content.mid(100, 1000));
    const HttpResponse tail = a.get(path, "GET", "bytes=-10");
    REQUIRE(tail.status == 206);
    CHECK(Api::fileBytes(tail) == a.content.right(10));
    const HttpResponse past = a.get(path, "GET", "bytes=10000-");
    CHECK(past.status == 416);
    CHECK(Api::header(past, "Content-Range") == "bytes */10000");
}

TEST_CASE("Recorder API serves a long file from the fragment of the keyframe at or before fromMs",
          "[recording][http]")
{
    Api a;
    // The first segment's file becomes a fragmented MP4: keyframes at 0, 120, 240 and 360 ms.
    const QByteArray mp4 = pantau::test::fragmentedFile(4);
    {
        QFile f(QDir(a.dir.path()).filePath(SegmentIndex::relativePathFor("cam-1", kT0)));
        REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(mp4);
    }
    const qint64 firstMoof = mp4.indexOf("moof") - 4;
    const qint64 thirdMoof = mp4.indexOf("moof", mp4.indexOf("moof", firstMoof + 8) + 4) - 4;
    const QByteArray path = "/api/v1/footage/" + QByteArray::number(a.firstId) + ".mp4";

    const HttpResponse cut = a.get(path + "?fromMs=300");
    REQUIRE(cut.status == 200);
    CHECK(Api::header(cut, "Content-Type") == "video/mp4");
    CHECK(cut.body == mp4.left(firstMoof)); // ftyp and moov
    CHECK(Api::fileBytes(cut) == mp4.mid(thirdMoof));
    CHECK(cut.contentLength() == firstMoof + mp4.size() - thirdMoof);
    // What a player reads is a fragmented MP4 whose samples keep the file's times.
    const QByteArray sent = cut.body + Api::fileBytes(cut);
    const auto parsed = pantau::playback::FragmentedMp4::parse(
        reinterpret_cast<const uchar *>(sent.constData()), sent.size());
    REQUIRE(parsed);
    REQUIRE(parsed->samples.size() == 6);
    CHECK(parsed->samples.first().decodeTime == 240);
    CHECK(parsed->samples.first().keyframe);

    // The whole file: in the first fragment, without a number, or with a byte range.
    for (const QByteArray query : {"?fromMs=100", "?fromMs=0", "?fromMs=soon", "?fromMs=-5"}) {
        const HttpResponse whole = a.get(path + query);
        REQUIRE(whole.status == 200);
        CHECK(whole.body.isEmpty());
        CHECK(Api::fileBytes(whole) == mp4);
    }
    const HttpResponse ranged = a.get(path + "?fromMs=300", "GET", "bytes=0-9");
    CHECK(ranged.status == 206);
    CHECK(Api::fileBytes(ranged) == mp4.left(10));
    // A file that is not a fragmented MP4 comes whole.
    const HttpResponse plain =
        a.get("/api/v1/footage/" + QByteArray::number(a.firstId + 1) + ".mp4?fromMs=300");
    REQUIRE(plain.status == 200);
    CHECK(plain.body.isEmpty());
    CHECK(plain.fileLength == 10001);
}

TEST_CASE("Recorder API never serves a path outside the archive", "[recording][http]")
{
    Api a;
    QFile secret(a.dir.filePath("index.sqlite"));
    REQUIRE(secret.exists());
    for (const QByteArray &target :
         {QByteArray("/api/v1/footage/../../etc/passwd"),
          QByteArray("/api/v1/footage/..%2F..%2Fetc%2Fpasswd"), QByteArray("/api/v1/footage/%2Fetc%2Fpasswd"),
          QByteArray("/api/v1/footage/index.sqlite"), QByteArray("/api/v1/footage/cam-1/../index.sqlite"),
          QByteArray("/api/v1/footage/0"), QByteArray("/api/v1/footage/-1"),
          QByteArray("/api/v1/footage/999999"), QByteArray("/api/v1/footage/cam-1/2026-09-21/123.mp4"),
          QByteArray("/api/v1/footage/+1"), QByteArray("/api/v1/footage/etc/passwd/x"),
          QByteArray("/api/v1/footage/1/")}) {
        INFO(target.toStdString());
        const HttpResponse r = a.get(target);
        CHECK(r.status == 404);
        CHECK_FALSE(r.file);
    }
}

TEST_CASE("Recorder API answers 404 when a segment's file is gone", "[recording][http]")
{
    Api a;
    REQUIRE(QFile::remove(QDir(a.dir.path()).filePath(SegmentIndex::relativePathFor("cam-1", kT0))));
    CHECK(a.get("/api/v1/footage/" + QByteArray::number(a.firstId)).status == 404);
}

TEST_CASE("Recorder API locks and unlocks a camera's segments", "[recording][http]")
{
    Api a;
    const QByteArray window =
        "from=" + QByteArray::number(kT0 + 1000) + "&to=" + QByteArray::number(kT0 + kMinute + 1000);
    const HttpResponse r = a.get("/api/v1/cameras/cam-1/locks?" + window + "&locked=1", "POST");
    REQUIRE(r.status == 200);
    CHECK(Api::json(r).value("segments").toInt() == 2);
    const QVector<Segment> rows = a.index.segments("cam-1", 0, std::numeric_limits<qint64>::max());
    CHECK(rows[0].locked);
    CHECK(rows[1].locked);
    CHECK_FALSE(rows[2].locked);
    CHECK(Api::json(a.get("/api/v1/cameras/cam-1/locks?" + window + "&locked=0", "POST"))
              .value("segments")
              .toInt() == 2);
    CHECK_FALSE(a.index.segments("cam-1", 0, kT0 + 10)[0].locked);
    CHECK(a.get("/api/v1/cameras/cam-1/locks?" + window + "&locked=yes", "POST").status == 400);
    CHECK(a.get("/api/v1/cameras/cam-1/locks?locked=1", "POST").status == 400);
}

TEST_CASE("Recorder API answers 405 to a wrong method and 404 to unknown paths", "[recording][http]")
{
    Api a;
    const HttpResponse post = a.get("/api/v1/status", "POST");
    CHECK(post.status == 405);
    CHECK(Api::header(post, "Allow") == "GET, HEAD");
    CHECK(a.get("/api/v1/cameras/cam-1/locks", "GET").status == 405);
    CHECK(a.get("/api/v1/footage/1", "DELETE").status == 405);
    CHECK(a.get("/").status == 404);
    CHECK(a.get("/api/v2/status").status == 404);
    CHECK(a.get("/api/v1/cameras/cam-1/other").status == 404);
    CHECK(a.get("/api/v1/cameras/../ranges").status == 404);
}
