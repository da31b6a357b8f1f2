#pragma once
// A loopback camera whose pictures carry their frame number (app/demo/FrameBarcode) recorded by a
// real pantau-recorder that serves its archive over HTTP on 127.0.0.1 (an ephemeral port, read
// from its status). Playback tests read footage the real recorder made. Test (main) thread only.
#include "RecorderStatusReader.h"
#include "Wait.h"
#include "app/demo/ClipRtspServer.h"
#include "core/site/SiteFile.h"

#include <QProcess>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

namespace pantau::test {

constexpr int kBarcodeClipFrames = 250; // 10 s at 25 fps, then the numbers start again
constexpr int kBarcodeClipFps = 25;

inline std::shared_ptr<const demo::EncodedClip> barcodeClip(int keyframeIntervalFrames = 25)
{
    demo::ClipSpec spec;
    spec.title = QStringLiteral("barcode");
    spec.color = QColor(90, 90, 90);
    spec.frameBarcode = true;
    spec.size = {320, 180};
    spec.fps = kBarcodeClipFps;
    spec.frameCount = kBarcodeClipFrames;
    spec.keyframeIntervalFrames = keyframeIntervalFrames;
    spec.bitrateKbps = 400;
    return demo::encodeClip(spec);
}

struct RecordingCamera
{
    QTemporaryDir dir;
    QString archive = dir.filePath("archive");
    QString passwordFile = dir.filePath("recorder-password");
    demo::ClipRtspServer server;
    QProcess process;
    std::unique_ptr<RecorderStatusReader> status;

    ~RecordingCamera()
    {
        if (process.state() != QProcess::NotRunning) {
            process.terminate();
            process.waitForFinished(15000);
        }
    }
    // Starts the cameras (mount = camera id) and the recorder, with `password` when not empty.
    void start(const QStringList &cameraIds, const QString &password = {}, int segmentSeconds = 2,
               int keyframeIntervalFrames = 25)
    {
        const auto clip = barcodeClip(keyframeIntervalFrames);
        REQUIRE(clip);
        // Frames stamped by their number, as a camera's capture clock does. With arrival stamps a
        // starved test process squeezed the frames it sent late into one instant.
        server.setEvenTimestamps(true);
        Site s;
        for (const QString &id : cameraIds) {
            server.addMount(id, demo::Codec::H264, clip);
            Camera c;
            c.id = id;
            c.name = id;
            c.recording.enabled = true;
            s.cameras.push_back(c);
        }
        REQUIRE(server.start());
        for (Camera &c : s.cameras)
            c.mainStreamUrl = server.url(c.id);
        const QString site = dir.filePath("site.json");
        QString error;
        REQUIRE(SiteFile::save(site, s, &error));
        const QString bin = QStringLiteral(PANTAU_BIN_DIR "/pantau-recorder");
        if (!password.isEmpty()) {
            QProcess p;
            p.start(bin, {"--language", "en", "--set-password", "--password-file", passwordFile});
            REQUIRE(p.waitForStarted(5000));
            p.write(password.toUtf8() + "\n");
            p.closeWriteChannel();
            REQUIRE(p.waitForFinished(30000));
            REQUIRE(p.exitCode() == 0);
        }
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("QT_LOGGING_RULES", "pantau.recording.debug=false");
        process.setProcessEnvironment(env);
        process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        QStringList args = {"--site",
                            site,
                            "--archive",
                            archive,
                            "--credentials",
                            dir.filePath("credentials.json"),
                            "--status-socket",
                            dir.filePath("status.sock"),
                            "--segment-seconds",
                            QString::number(segmentSeconds),
                            "--language",
                            "en",
                            "--listen",
                            "127.0.0.1:0"};
        if (!password.isEmpty())
            args << "--password-file" << passwordFile;
        process.start(bin, args);
        REQUIRE(process.waitForStarted(5000));
        status = std::make_unique<RecorderStatusReader>(dir.filePath("status.sock"));
        REQUIRE(waitUntil([&] { return !httpAddress().isEmpty(); }, kPlayingBoundMs));
    }
    QString httpAddress() const
    {
        return status ? status->latest.value("recorder").toObject().value("http").toString() : QString();
    }
    QUrl baseUrl() const { return QUrl(QStringLiteral("http://%1").arg(httpAddress())); }
    // Waits until the camera has `count` complete files (the one being written not counted).
    bool waitForFiles(const QString &cameraId, int count, int boundMs = 40000)
    {
        return waitUntil([&] { return segmentFilesIn(archive, cameraId).size() > count; }, boundMs);
    }
};

} // namespace pantau::test
