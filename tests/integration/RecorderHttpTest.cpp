// pantau-recorder's HTTP interface as another PC sees it: the real recorder records a loopback
// RTSP camera and serves on 127.0.0.1 (an ephemeral port, read from its status); the wall's
// RecorderClient, a raw socket and GStreamer's souphttpsrc read status, ranges, segments and
// footage; wrong passwords, unknown ids and paths outside the archive are refused; a lock sticks.
#include "TestCameras.h"
#include "Wait.h"
#include "core/media/GstPtr.h"
#include "core/recording/RecorderClient.h"
#include "core/recording/SegmentIndex.h"
#include "core/site/SiteFile.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalSocket>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <gst/gst.h>

#include <limits>

using namespace pantau;
using namespace pantau::recording;
using pantau::test::kPlayingBoundMs;
using pantau::test::kReactionBoundMs;
using pantau::test::kStateBoundMs;
using pantau::test::waitUntil;

namespace {

constexpr int kStartBoundMs = 15000;
const QString kPassword = QStringLiteral("kata-sandi-rekaman");

QString recorderBinary()
{
    return QStringLiteral(PANTAU_BIN_DIR "/pantau-recorder");
}

// Runs pantau-recorder to completion with `input` on its standard input.
int runRecorder(const QStringList &args, const QByteArray &input, QByteArray *output = nullptr)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(recorderBinary(), args);
    REQUIRE(p.waitForStarted(5000));
    p.write(input);
    p.closeWriteChannel();
    REQUIRE(p.waitForFinished(30000));
    if (output)
        *output = p.readAll();
    return p.exitCode();
}

struct HttpRecorder
{
    QTemporaryDir dir;
    QString site = dir.filePath("site.json");
    QString archive = dir.filePath("archive");
    QString socket = dir.filePath("status.sock");
    QString passwordFile = dir.filePath("recorder-password");
    QProcess process;
    QLocalSocket statusSocket;
    QJsonObject status;

    ~HttpRecorder()
    {
        if (process.state() != QProcess::NotRunning) {
            process.terminate();
            process.waitForFinished(15000);
        }
    }
    void start(const QUrl &cameraUrl)
    {
        Camera c;
        c.id = "cam-a";
        c.name = "Simpang Lampu Merah Sekayu";
        c.mainStreamUrl = cameraUrl;
        c.recording.enabled = true;
        Site s;
        s.cameras = {c};
        QString error;
        REQUIRE(SiteFile::save(site, s, &error));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("QT_LOGGING_RULES", "pantau.recording.debug=false");
        process.setProcessEnvironment(env);
        process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process.start(recorderBinary(), {"--site", site, "--archive", archive, "--credentials",
                                         dir.filePath("credentials.json"), "--status-socket", socket,
                                         "--segment-seconds", "3", "--host", "rekam-test", "--language", "en",
                                         "--listen", "127.0.0.1:0", "--password-file", passwordFile});
        REQUIRE(process.waitForStarted(5000));
        QObject::connect(&statusSocket, &QLocalSocket::readyRead, [this] {
            while (statusSocket.canReadLine())
                status = QJsonDocument::fromJson(statusSocket.readLine()).object();
        });
        REQUIRE(waitUntil(
            [&] {
                if (statusSocket.state() == QLocalSocket::UnconnectedState)
                    statusSocket.connectToServer(socket);
                return !status.isEmpty();
            },
            kStartBoundMs));
    }
    // The HTTP address the recorder reports in its status: "127.0.0.1:PORT".
    QString httpAddress() const { return status.value("recorder").toObject().value("http").toString(); }
    QStringList segmentFiles() const
    {
        QStringList files;
        QDir cam(archive + "/cam-a");
        for (const QString &day : cam.entryList(QDir::Dirs | QDir::NoDotAndDotDot))
            for (const QString &f : QDir(cam.filePath(day)).entryList({"*.mp4"}, QDir::Files, QDir::Name))
                files << cam.filePath(day) + "/" + f;
        return files;
    }
};

// One raw request on a fresh connection; returns the whole reply (the server closes after it).
QByteArray rawRequest(quint16 port, const QByteArray &request)
{
    QTcpSocket s;
    s.connectToHost(QHostAddress::LocalHost, port);
    REQUIRE(s.waitForConnected(kReactionBoundMs));
    s.write(request);
    QByteArray reply;
    waitUntil(
        [&] {
            reply += s.readAll();
            return s.state() == QAbstractSocket::UnconnectedState;
        },
        kStateBoundMs);
    return reply + s.readAll();
}

template <typename Result> struct Answer
{
    bool done = false;
    Result value{};
    RecorderError error;
};

// GStreamer reads the URL to its end with souphttpsrc and qtdemux; true when H.264 video came out.
bool gstreamerReadsVideo(const QUrl &url, const QString &user, const QString &password, QString *why)
{
    const QString description =
        QStringLiteral("souphttpsrc name=src ! qtdemux ! video/x-h264 ! fakesink name=sink");
    GError *error = nullptr;
    GstElement *parsed = gst_parse_launch(description.toUtf8().constData(), &error);
    if (!parsed) {
        *why = QString::fromUtf8(error ? error->message : "parse failed");
        g_clear_error(&error);
        return false;
    }
    g_clear_error(&error);
    gst::ElementPtr pipeline(GST_ELEMENT(gst_object_ref_sink(parsed)));
    gst::ElementPtr src(gst_bin_get_by_name(GST_BIN(pipeline.get()), "src"));
    g_object_set(src.get(), "location", url.toString().toUtf8().constData(), "user-id",
                 user.toUtf8().constData(), "user-pw", password.toUtf8().constData(), nullptr);
    gst_element_set_state(pipeline.get(), GST_STATE_PLAYING);
    gst::BusPtr bus(gst_element_get_bus(pipeline.get()));
    bool eos = false;
    // The recorder is another process: the bus is polled while the event loop runs.
    waitUntil(
        [&] {
            while (GstMessage *m =
                       gst_bus_pop_filtered(bus.get(), GstMessageType(GST_MESSAGE_EOS | GST_MESSAGE_ERROR))) {
                if (GST_MESSAGE_TYPE(m) == GST_MESSAGE_ERROR) {
                    GError *e = nullptr;
                    gst_message_parse_error(m, &e, nullptr);
                    *why = QString::fromUtf8(e->message);
                    g_clear_error(&e);
                } else {
                    eos = true;
                }
                gst_message_unref(m);
                return true;
            }
            return false;
        },
        kPlayingBoundMs);
    gst::ElementPtr sink(gst_bin_get_by_name(GST_BIN(pipeline.get()), "sink"));
    GstSample *last = nullptr;
    g_object_get(sink.get(), "last-sample", &last, nullptr);
    const bool gotVideo = last != nullptr;
    if (last)
        gst_sample_unref(last);
    gst_element_set_state(pipeline.get(), GST_STATE_NULL);
    return eos && gotVideo;
}

} // namespace

TEST_CASE("pantau-recorder --set-password stores a salted hash, never the password",
          "[integration][recording][http]")
{
    QTemporaryDir dir;
    const QString file = dir.filePath("pw");
    QByteArray out;
    CHECK(runRecorder({"--language", "en", "--set-password", "--password-file", file}, "pendek\n", &out) ==
          2);
    CHECK(out.contains("at least 8 characters"));
    CHECK_FALSE(QFile::exists(file));
    REQUIRE(runRecorder({"--language", "en", "--set-password", "--password-file", file},
                        kPassword.toUtf8() + "\n", &out) == 0);
    CHECK(out.contains("Password saved"));
    QFile f(file);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QByteArray record = f.readAll();
    CHECK(record.startsWith("pbkdf2-sha256:"));
    CHECK_FALSE(record.contains(kPassword.toUtf8()));
    CHECK(f.permissions() == (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser |
                              QFileDevice::WriteUser));
}

TEST_CASE("pantau-recorder --listen refuses what is not ADDRESS:PORT", "[integration][recording][http]")
{
    for (const QString bad : {"7480", "localhost:7480", "::1:7480", "127.0.0.1:70000", "127.0.0.1:x"}) {
        INFO(bad.toStdString());
        QByteArray out;
        CHECK(runRecorder({"--language", "en", "--listen", bad}, {}, &out) == 2);
        CHECK(out.contains("--listen needs ADDRESS:PORT"));
    }
}

TEST_CASE("RecorderClient says a recorder that does not answer cannot be reached",
          "[integration][recording][http]")
{
    QTcpServer probe; // a port that was free a moment ago, closed again: nothing listens there
    REQUIRE(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close();
    RecorderClient client(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)), kPassword);
    Answer<QJsonObject> a;
    client.status([&](const QJsonObject &o, const RecorderError &e) { a = {true, o, e}; });
    REQUIRE(waitUntil([&] { return a.done; }, kStateBoundMs));
    CHECK(a.error.kind == RecorderError::Kind::Unreachable);
    CHECK(a.error.message == QStringLiteral("The recorder at 127.0.0.1:%1 cannot be reached.").arg(port));
}

TEST_CASE("pantau-recorder serves status, ranges, segments and footage over HTTP with a password",
          "[integration][recording][http]")
{
    demo::ClipRtspServer server;
    server.addMount("a", demo::Codec::H264, test::solidClip(QColor(220, 30, 30)));
    REQUIRE(server.start());
    HttpRecorder rec;
    REQUIRE(runRecorder({"--language", "en", "--set-password", "--password-file", rec.passwordFile},
                        kPassword.toUtf8() + "\n") == 0);
    rec.start(server.url("a"));
    REQUIRE(waitUntil([&] { return !rec.httpAddress().isEmpty(); }, kStartBoundMs));
    const QString address = rec.httpAddress();
    REQUIRE(address.startsWith("127.0.0.1:"));
    const quint16 port = quint16(address.section(':', 1).toUInt());
    REQUIRE(port > 0);
    const QUrl base(QStringLiteral("http://%1").arg(address));
    // Two files: the first is complete.
    REQUIRE(waitUntil([&] { return rec.segmentFiles().size() >= 2; }, kPlayingBoundMs + 10000));

    SECTION("a wrong password is refused with 401 and the client's message")
    {
        RecorderClient wrong(base, QStringLiteral("bukan-kata-sandi"));
        Answer<QJsonObject> a;
        wrong.status([&](const QJsonObject &o, const RecorderError &e) { a = {true, o, e}; });
        REQUIRE(waitUntil([&] { return a.done; }, kStateBoundMs));
        CHECK(a.error.kind == RecorderError::Kind::WrongPassword);
        CHECK(a.error.message == QStringLiteral("The recorder at %1 refused the password.").arg(address));
        const QByteArray noCredentials =
            rawRequest(port, "GET /api/v1/status HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        CHECK(noCredentials.startsWith("HTTP/1.1 401 "));
        CHECK(noCredentials.contains("WWW-Authenticate: Basic realm=\"Pantau recorder\""));
        // Garbage is answered 400 and the connection closed; two pipelined requests on one
        // connection get two replies in order.
        CHECK(rawRequest(port, "BLAH\r\n\r\n").startsWith("HTTP/1.1 400 "));
        const QByteArray two =
            rawRequest(port, "GET /api/v1/status HTTP/1.1\r\nHost: x\r\n\r\n"
                             "GET /api/v1/status HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        CHECK(two.count("HTTP/1.1 401 ") == 2);
        CHECK(two.indexOf("Connection: keep-alive") < two.lastIndexOf("Connection: close"));
    }

    SECTION("the right password reads status, ranges, segments, footage, and locks")
    {
        RecorderClient client(base, kPassword);
        Answer<QJsonObject> status;
        client.status([&](const QJsonObject &o, const RecorderError &e) { status = {true, o, e}; });
        REQUIRE(waitUntil([&] { return status.done; }, kStateBoundMs));
        REQUIRE_FALSE(status.error);
        CHECK(status.value.value("format").toString() == "pantau-recorder-status");
        CHECK(status.value.value("recorder").toObject().value("host").toString() == "rekam-test");
        CHECK(status.value.value("cameras").toArray().first().toObject().value("id").toString() == "cam-a");

        Answer<QVector<TimeRange>> ranges;
        client.ranges("cam-a", 0, std::numeric_limits<qint64>::max(),
                      [&](const QVector<TimeRange> &r, const RecorderError &e) {
                          ranges = {true, r, e};
                      });
        REQUIRE(waitUntil([&] { return ranges.done; }, kStateBoundMs));
        REQUIRE_FALSE(ranges.error);
        REQUIRE_FALSE(ranges.value.isEmpty());
        CHECK(ranges.value.first().endUtcMs > ranges.value.first().startUtcMs);

        Answer<QVector<RemoteSegment>> segments;
        client.segments("cam-a", 0, std::numeric_limits<qint64>::max(),
                        [&](const QVector<RemoteSegment> &r, const RecorderError &e) {
                            segments = {true, r, e};
                        });
        REQUIRE(waitUntil([&] { return segments.done; }, kStateBoundMs));
        REQUIRE_FALSE(segments.error);
        REQUIRE(segments.value.size() >= 2);
        const RemoteSegment first = segments.value.first();
        CHECK(first.state == "complete");
        CHECK(first.codec == "h264");
        CHECK(first.resolution == QSize(320, 180));
        CHECK(first.bytes > 1000);
        CHECK(first.url == client.footageUrl(first.id));
        CHECK_FALSE(first.locked);
        QFile file(rec.archive + "/" + SegmentIndex::relativePathFor("cam-a", first.startUtcMs));
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        REQUIRE(bytes.size() == first.bytes);

        // A Range request returns exactly those bytes of the file.
        QNetworkAccessManager network;
        network.setProxy(QNetworkProxy::NoProxy);
        QNetworkRequest request(first.url);
        request.setRawHeader("Authorization", client.authorizationHeader());
        request.setRawHeader("Range", "bytes=100-1099");
        QNetworkReply *reply = network.get(request);
        REQUIRE(waitUntil([&] { return reply->isFinished(); }, kStateBoundMs));
        CHECK(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 206);
        CHECK(reply->rawHeader("Content-Range") == "bytes 100-1099/" + QByteArray::number(bytes.size()));
        CHECK(reply->readAll() == bytes.mid(100, 1000));
        reply->deleteLater();

        // GStreamer reads the served file to its end and finds the video.
        QString why;
        CHECK(gstreamerReadsVideo(first.url, RecorderClient::kUser, kPassword, &why));
        INFO(why.toStdString());

        // Unknown ids and paths outside the archive: 404, whatever the spelling.
        const QByteArray auth = "Authorization: " + client.authorizationHeader() + "\r\n";
        for (const QByteArray &target :
             {QByteArray("/api/v1/footage/../../etc/passwd"),
              QByteArray("/api/v1/footage/..%2f..%2fetc%2fpasswd"), QByteArray("/api/v1/footage/999999.mp4"),
              QByteArray("/api/v1/footage/index.sqlite")}) {
            INFO(target.toStdString());
            const QByteArray r = rawRequest(port, "GET " + target + " HTTP/1.1\r\nHost: x\r\n" + auth +
                                                      "Connection: close\r\n\r\n");
            CHECK(r.startsWith("HTTP/1.1 404 "));
        }

        // An evidence lock over the first segment's time locks its row.
        Answer<int> locked;
        client.lock("cam-a", first.startUtcMs + 10, first.endUtcMs - 10, true,
                    [&](int count, const RecorderError &e) {
                        locked = {true, count, e};
                    });
        REQUIRE(waitUntil([&] { return locked.done; }, kStateBoundMs));
        REQUIRE_FALSE(locked.error);
        CHECK(locked.value >= 1);
        Answer<QVector<RemoteSegment>> after;
        client.segments("cam-a", first.startUtcMs, first.startUtcMs,
                        [&](const QVector<RemoteSegment> &r, const RecorderError &e) {
                            after = {true, r, e};
                        });
        REQUIRE(waitUntil([&] { return after.done; }, kStateBoundMs));
        REQUIRE_FALSE(after.value.isEmpty());
        for (const RemoteSegment &s : after.value)
            if (s.id == first.id)
                CHECK(s.locked);
    }
}
