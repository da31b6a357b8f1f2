#pragma once
// What the recorder benchmarks share (pantau-recorder-bench, pantau-recorder-crash-bench):
//  - the camera clip: 1280x720 H.264, about 2 Mb/s, 25 fps, a keyframe every second (1 s GOP),
//    encoded once into the user's cache and looped;
//  - the camera server, run in a CHILD process (its CPU is not the recorder's): mounts "rec/<i>"
//    for the recorder and "base/<i>" for the receive-only baseline, on 127.0.0.1, frames stamped
//    evenly as a camera's encoder does (not in bursts when the machine is starved). It takes
//    commands on its stdin ("freeze": every mount stops sending; "counts": the access units each
//    "rec/" mount's payloader took) and answers on its stdout;
//  - pantau-recorder as a child process (its archive, site file and status socket in a temporary
//    folder), its CPU and resident memory read from /proc/<pid>;
//  - a demux of a segment file to its end (filesrc ! qtdemux ! fakesink), counting its frames.
//
// Threads: everything here is for the bench's main thread (its Qt event loop runs in the waits).
#include "Wait.h"
#include "app/demo/ClipRtspServer.h"
#include "core/media/GstPtr.h"
#include "core/site/SiteFile.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalSocket>
#include <QProcess>
#include <QSocketNotifier>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>
#include <csignal>
#include <cstdio>
#include <mutex>
#include <unistd.h>

namespace pantau::bench {

using test::waitUntil;

// The camera server child renders its clip with QPainter (fonts: a QGuiApplication, offscreen);
// the bench itself needs only a QCoreApplication.
inline std::unique_ptr<QCoreApplication> makeApplication(int &argc, char **argv)
{
    if (std::any_of(argv, argv + argc, [](const char *a) { return qstrcmp(a, "--serve") == 0; })) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        return std::make_unique<QGuiApplication>(argc, argv);
    }
    return std::make_unique<QCoreApplication>(argc, argv);
}

inline QString cacheDir()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation))
        .filePath("pantau/bench");
}

inline std::shared_ptr<const demo::EncodedClip> mainStreamClip()
{
    demo::ClipSpec spec;
    spec.title = QStringLiteral("Pantau recorder bench");
    spec.subtitle = QStringLiteral("1280×720");
    spec.color = QColor(60, 120, 90);
    spec.size = QSize(1280, 720);
    spec.fps = 25;
    spec.keyframeIntervalFrames = 25; // 1 s GOP
    spec.frameCount = 100;            // a 4 s loop
    spec.bitrateKbps = 2000;          // x264 (ultrafast) makes about 1.2 Mb/s of this scene
    return demo::encodeClip(spec, cacheDir());
}

inline QString recordMount(int i)
{
    return QStringLiteral("rec/%1").arg(i);
}
inline QString baselineMount(int i)
{
    return QStringLiteral("base/%1").arg(i);
}
inline QString cameraId(int i)
{
    return QStringLiteral("kamera-%1").arg(i + 1, 2, 10, QLatin1Char('0'));
}

// Child process: serves `cameras` mounts of each kind until its stdin closes.
inline int serveCameras(int cameras)
{
    auto clip = mainStreamClip();
    if (!clip)
        return 1;
    demo::ClipRtspServer server;
    server.setEvenTimestamps(true); // a camera's timestamps, also when this machine is starved
    for (int i = 0; i < cameras; ++i) {
        server.addMount(recordMount(i), demo::Codec::H264, clip);
        server.addMount(baselineMount(i), demo::Codec::H264, clip);
    }
    QString error;
    if (!server.start(0, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    std::printf("port %d\n", server.port());
    std::fflush(stdout);
    QSocketNotifier input(STDIN_FILENO, QSocketNotifier::Read);
    QByteArray buffer;
    QObject::connect(&input, &QSocketNotifier::activated, [&] {
        char chunk[256];
        const ssize_t n = ::read(STDIN_FILENO, chunk, sizeof chunk);
        if (n <= 0) {
            QCoreApplication::quit(); // the bench is gone
            return;
        }
        buffer.append(chunk, int(n));
        int nl;
        while ((nl = buffer.indexOf('\n')) >= 0) {
            const QByteArray command = buffer.left(nl).trimmed();
            buffer.remove(0, nl + 1);
            if (command == "freeze") {
                for (int i = 0; i < cameras; ++i)
                    server.setFrozen(recordMount(i), true);
                std::printf("frozen\n");
            } else if (command == "counts") {
                std::printf("counts");
                for (int i = 0; i < cameras; ++i)
                    std::printf(" %lld", static_cast<long long>(server.framesSent(recordMount(i))));
                std::printf("\n");
            }
            std::fflush(stdout);
        }
    });
    return QCoreApplication::exec();
}

// The parent's side of the camera server child.
class CameraServerProcess
{
public:
    ~CameraServerProcess()
    {
        m_process.closeWriteChannel();
        if (!m_process.waitForFinished(5000)) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    // Starts `program --serve N` and waits for its port (the first run encodes the clip).
    bool start(int cameras)
    {
        m_cameras = cameras;
        QObject::connect(&m_process, &QProcess::readyReadStandardOutput, [this] {
            m_buffer += m_process.readAllStandardOutput();
            int nl;
            while ((nl = m_buffer.indexOf('\n')) >= 0) {
                m_lines << QString::fromUtf8(m_buffer.left(nl));
                m_buffer.remove(0, nl + 1);
            }
        });
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start(QCoreApplication::applicationFilePath(), {"--serve", QString::number(cameras)});
        const QString line = reply("port", 300000);
        m_port = quint16(line.section(' ', 1, 1).toInt());
        return m_port != 0;
    }
    quint16 port() const { return m_port; }
    qint64 pid() const { return m_process.processId(); }
    QUrl url(const QString &mount) const
    {
        return QUrl(QStringLiteral("rtsp://127.0.0.1:%1/%2").arg(m_port).arg(mount));
    }

    bool freeze()
    {
        m_process.write("freeze\n");
        return !reply("frozen", test::kStateBoundMs).isEmpty();
    }
    // Access units sent per "rec/" mount; empty when the server did not answer.
    QVector<qint64> counts()
    {
        m_process.write("counts\n");
        const QStringList f = reply("counts", test::kStateBoundMs).split(' ', Qt::SkipEmptyParts);
        QVector<qint64> n;
        for (int i = 1; i < f.size(); ++i)
            n << f[i].toLongLong();
        return n.size() == m_cameras ? n : QVector<qint64>{};
    }

private:
    // The next line starting with `word`.
    QString reply(const QString &word, int boundMs)
    {
        QString found;
        waitUntil(
            [&] {
                for (int i = 0; i < m_lines.size(); ++i)
                    if (m_lines[i].startsWith(word)) {
                        found = m_lines.takeAt(i);
                        return true;
                    }
                return m_process.state() == QProcess::NotRunning;
            },
            boundMs);
        return found;
    }

    QProcess m_process;
    QByteArray m_buffer;
    QStringList m_lines;
    quint16 m_port = 0;
    int m_cameras = 0;
};

// CPU seconds (user + system, all threads) and resident memory of a process, from /proc.
inline double procCpuSeconds(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray stat = f.readAll();
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return -1;
    // After the command: state is field 3, utime field 14, stime field 15.
    return (fields[11].toDouble() + fields[12].toDouble()) / double(sysconf(_SC_CLK_TCK));
}

inline double procRssMb(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/status").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.simplified().split(' ').value(1).toDouble() / 1024.0;
    return -1;
}

inline double loadAverage1m()
{
    QFile f("/proc/loadavg");
    return f.open(QIODevice::ReadOnly) ? f.readAll().split(' ').value(0).toDouble() : -1;
}

// pantau-recorder as a child process, with its site, archive and status socket in a temporary folder.
class RecorderProcess
{
public:
    QTemporaryDir dir;
    QString site = dir.filePath("site.json");
    QString archive = dir.filePath("archive");
    QString socket = dir.filePath("status.sock");
    int segmentSeconds = 10;

    ~RecorderProcess()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    static QString program() { return QCoreApplication::applicationDirPath() + "/pantau-recorder"; }

    // Cameras 0..count-1, each recording its "rec/<i>" mount.
    bool saveSite(const CameraServerProcess &server, int count)
    {
        Site s;
        s.name = QStringLiteral("bench");
        for (int i = 0; i < count; ++i) {
            Camera c;
            c.id = cameraId(i);
            c.name = QStringLiteral("Kamera %1").arg(i + 1);
            c.mainStreamUrl = server.url(recordMount(i));
            c.recording.enabled = true;
            s.cameras << c;
        }
        QString error;
        if (!SiteFile::save(site, s, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return false;
        }
        return true;
    }

    bool start()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        // The recorder says why a camera fails or retries (info); the rest is quiet.
        env.insert("QT_LOGGING_RULES", qgetenv("PANTAU_BENCH_RECORDER_LOG").isEmpty()
                                           ? "*.debug=false;*.info=false;pantau.recording.info=true"
                                           : qgetenv("PANTAU_BENCH_RECORDER_LOG"));
        m_process.setProcessEnvironment(env);
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.setStandardOutputFile(QProcess::nullDevice());
        m_process.start(program(),
                        {"--site", site, "--archive", archive, "--credentials",
                         dir.filePath("credentials.json"), "--status-socket", socket, "--segment-seconds",
                         QString::number(segmentSeconds), "--host", "rekam-bench", "--language", "en"});
        return m_process.waitForStarted(10000);
    }
    qint64 pid() const { return m_process.processId(); }
    bool kill()
    {
        ::kill(pid_t(m_process.processId()), SIGKILL);
        return m_process.waitForFinished(10000);
    }
    // SIGTERM: every open segment is finished cleanly. true on a clean exit.
    bool terminate(int boundMs = 60000)
    {
        m_process.terminate();
        return m_process.waitForFinished(boundMs) && m_process.exitStatus() == QProcess::NormalExit &&
               m_process.exitCode() == 0;
    }

    // Segment files of a camera (absolute paths), in name (= start) order.
    QStringList segmentFiles(const QString &camera) const
    {
        QStringList files;
        QDir cam(archive + "/" + camera);
        for (const QString &day : cam.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name))
            for (const QString &f : QDir(cam.filePath(day)).entryList({"*.mp4"}, QDir::Files, QDir::Name))
                files << cam.filePath(day) + "/" + f;
        return files;
    }

private:
    QProcess m_process;
};

// Reads the recorder's status lines from its local socket.
class StatusReader
{
public:
    explicit StatusReader(QString path) : m_path(std::move(path))
    {
        QObject::connect(&m_socket, &QLocalSocket::readyRead, [this] {
            while (m_socket.canReadLine())
                m_latest = QJsonDocument::fromJson(m_socket.readLine()).object();
        });
    }
    // Connects (again, after a restart) until it reads a status; false after `boundMs`.
    bool connect(int boundMs)
    {
        m_socket.abort();
        m_latest = {};
        return waitUntil(
            [&] {
                if (m_socket.state() == QLocalSocket::UnconnectedState)
                    m_socket.connectToServer(m_path);
                return !m_latest.isEmpty();
            },
            boundMs);
    }
    int recording() const { return m_latest.value("recorder").toObject().value("recording").toInt(-1); }

private:
    QString m_path;
    QLocalSocket m_socket;
    QJsonObject m_latest;
};

struct DemuxResult
{
    qint64 frames = 0;
    qint64 durationMs = 0;    // from the first sample's start to the last one's end
    bool endOfStream = false; // the demuxer reached the end without an error
    QString error;
};

// filesrc ! qtdemux ! fakesink as fast as the disk gives it: the frames of the first video
// stream, their span and how the file ended.
inline DemuxResult demuxToEnd(const QString &path, int timeoutMs = 30000)
{
    DemuxResult result;
    gst::ElementPtr pipeline(gst_pipeline_new(nullptr));
    gst_object_ref_sink(pipeline.get());
    gst::ElementPtr src = gst::makeElement("filesrc");
    gst::ElementPtr demux = gst::makeElement("qtdemux");
    gst::ElementPtr sink = gst::makeElement("fakesink");
    if (!src || !demux || !sink) {
        result.error = QStringLiteral("missing filesrc, qtdemux or fakesink");
        return result;
    }
    struct Samples
    {
        std::mutex mutex;
        qint64 frames = 0;
        GstClockTime first = GST_CLOCK_TIME_NONE, end = 0;
    } samples;
    g_object_set(src.get(), "location", path.toUtf8().constData(), nullptr);
    g_object_set(sink.get(), "sync", FALSE, "async", FALSE, nullptr);
    gst::PadPtr sinkPad(gst_element_get_static_pad(sink.get(), "sink"));
    gst_pad_add_probe(
        sinkPad.get(), GST_PAD_PROBE_TYPE_BUFFER,
        [](GstPad *, GstPadProbeInfo *info, gpointer user) {
            auto &s = *static_cast<Samples *>(user);
            GstBuffer *b = GST_PAD_PROBE_INFO_BUFFER(info);
            std::lock_guard lock(s.mutex);
            ++s.frames;
            if (GST_BUFFER_PTS_IS_VALID(b)) {
                const GstClockTime pts = GST_BUFFER_PTS(b);
                if (!GST_CLOCK_TIME_IS_VALID(s.first) || pts < s.first)
                    s.first = pts;
                s.end = std::max(s.end, pts + (GST_BUFFER_DURATION_IS_VALID(b) ? GST_BUFFER_DURATION(b) : 0));
            }
            return GST_PAD_PROBE_OK;
        },
        &samples, nullptr);
    g_signal_connect(demux.get(), "pad-added", G_CALLBACK(+[](GstElement *, GstPad *pad, gpointer sinkPad) {
                         gst::CapsPtr caps(gst_pad_query_caps(pad, nullptr));
                         const GstStructure *st = caps && !gst_caps_is_empty(caps.get())
                                                      ? gst_caps_get_structure(caps.get(), 0)
                                                      : nullptr;
                         if (st && g_str_has_prefix(gst_structure_get_name(st), "video/") &&
                             !gst_pad_is_linked(GST_PAD(sinkPad)))
                             gst_pad_link(pad, GST_PAD(sinkPad));
                     }),
                     sinkPad.get());
    gst_bin_add_many(GST_BIN(pipeline.get()), src.get(), demux.get(), sink.get(), nullptr);
    gst_element_link(src.get(), demux.get());
    if (gst_element_set_state(pipeline.get(), GST_STATE_PLAYING) == GST_STATE_CHANGE_FAILURE) {
        result.error = QStringLiteral("does not start");
    } else {
        gst::BusPtr bus(gst_element_get_bus(pipeline.get()));
        gst::MessagePtr msg(gst_bus_timed_pop_filtered(bus.get(), GstClockTime(timeoutMs) * GST_MSECOND,
                                                       GstMessageType(GST_MESSAGE_EOS | GST_MESSAGE_ERROR)));
        if (!msg) {
            result.error = QStringLiteral("no end within %1 ms").arg(timeoutMs);
        } else if (GST_MESSAGE_TYPE(msg.get()) == GST_MESSAGE_ERROR) {
            GError *err = nullptr;
            gst_message_parse_error(msg.get(), &err, nullptr);
            gst::ErrorPtr owned(err);
            result.error = QString::fromUtf8(err ? err->message : "error");
        } else {
            result.endOfStream = true;
        }
    }
    gst_element_set_state(pipeline.get(), GST_STATE_NULL);
    std::lock_guard lock(samples.mutex);
    result.frames = samples.frames;
    if (GST_CLOCK_TIME_IS_VALID(samples.first))
        result.durationMs = qint64((samples.end - samples.first) / GST_MSECOND);
    return result;
}

// Median and maximum of a list (0 for an empty one).
inline double median(QVector<double> v)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    const int n = int(v.size());
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}
inline double maximum(const QVector<double> &v)
{
    return v.isEmpty() ? 0 : *std::max_element(v.begin(), v.end());
}

} // namespace pantau::bench
