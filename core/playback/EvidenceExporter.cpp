#include "core/playback/EvidenceExporter.h"

#include "core/Log.h"
#include "core/media/GstPtr.h"
#include "core/playback/EvidenceManifest.h"
#include "core/playback/ExportPlan.h"
#include "core/playback/FragmentedMp4.h"
#include "core/playback/Mp4Header.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QtEndian>

#include <functional>
#include <future>

#include <gst/app/gstappsink.h>
#include <gst/app/gstappsrc.h>
#include <gst/gst.h>
#include <openssl/evp.h>
#include <sys/mman.h>

#include <memory>
#include <vector>

namespace pantau::playback {

namespace {

constexpr GstClockTime kPullTimeout = 100 * GST_MSECOND;
constexpr qint64 kProgressIntervalMs = 100;

// The temporary names of one export; removed unless committed.
struct TempFiles
{
    QStringList paths;
    bool committed = false;
    ~TempFiles()
    {
        if (!committed)
            for (const QString &p : paths)
                QFile::remove(p);
    }
};

QString recorderOf(const QUrl &url)
{
    return url.port() > 0 ? QStringLiteral("%1:%2").arg(url.host()).arg(url.port()) : url.host();
}

// An error message, translated where Pantau knows what it means.
QString errorText(GstMessage *m, const QUrl &url, bool writing, const QString &outputDir)
{
    GError *raw = nullptr;
    gchar *debugRaw = nullptr;
    gst_message_parse_error(m, &raw, &debugRaw);
    gst::ErrorPtr error(raw);
    gst::CharPtr debug(debugRaw);
    const QString detail = QString::fromUtf8(error ? error->message : "");
    qCWarning(lcExport) << "export:" << detail << (debug ? debug.get() : "");
    if (writing) {
        if (error && error->domain == GST_RESOURCE_ERROR && error->code == GST_RESOURCE_ERROR_NO_SPACE_LEFT)
            return EvidenceExporter::tr("The export folder %1 is full.").arg(outputDir);
        return EvidenceExporter::tr("The export file in %1 cannot be written (%2).").arg(outputDir, detail);
    }
    const bool remote = url.scheme().startsWith(QLatin1String("http"));
    if (remote && error && error->domain == GST_RESOURCE_ERROR) {
        if (error->code == GST_RESOURCE_ERROR_NOT_AUTHORIZED)
            return EvidenceExporter::tr("The recorder at %1 refused the password.").arg(recorderOf(url));
        if (error->code == GST_RESOURCE_ERROR_OPEN_READ || error->code == GST_RESOURCE_ERROR_READ)
            return EvidenceExporter::tr("The recorder at %1 cannot be reached.").arg(recorderOf(url));
        if (error->code == GST_RESOURCE_ERROR_NOT_FOUND)
            return EvidenceExporter::tr("The recorder at %1 no longer has a recorded file of this range.")
                .arg(recorderOf(url));
    }
    return EvidenceExporter::tr("A recorded file cannot be read (%1).").arg(detail);
}

// The first error on a bus, translated; empty when none.
QString popError(GstBus *bus, const QUrl &url, bool writing, const QString &outputDir)
{
    if (!bus)
        return {};
    gst::MessagePtr m(gst_bus_pop_filtered(bus, GST_MESSAGE_ERROR));
    return m ? errorText(m.get(), url, writing, outputDir) : QString();
}

// One part's reader: source -> qtdemux -> parser -> appsink.
struct PartReader
{
    gst::ElementPtr pipeline;
    gst::ElementPtr sink;
    gst::BusPtr bus;
    ~PartReader()
    {
        if (pipeline)
            gst_element_set_state(pipeline.get(), GST_STATE_NULL);
    }

    bool build(const ArchiveSegment &segment, QString *error)
    {
        const bool h265 = segment.codec == QLatin1String("h265");
        const bool remote = segment.url.scheme().startsWith(QLatin1String("http"));
        pipeline.reset(GST_ELEMENT(gst_object_ref_sink(gst_pipeline_new("export-read"))));
        gst::ElementPtr src = gst::makeElement(remote ? "souphttpsrc" : "filesrc");
        gst::ElementPtr demux = gst::makeElement("qtdemux");
        gst::ElementPtr parse = gst::makeElement(h265 ? "h265parse" : "h264parse", "parse");
        sink = gst::makeElement("appsink");
        if (!src || !demux || !parse || !sink) {
            *error = EvidenceExporter::tr("A GStreamer element needed for the export is missing (%1).")
                         .arg(QStringLiteral("souphttpsrc, filesrc, qtdemux, h264parse, h265parse, appsink"));
            return false;
        }
        if (remote) {
            g_object_set(src.get(), "location", segment.url.toString().toUtf8().constData(), "timeout", 10u,
                         "automatic-redirect", FALSE, nullptr);
            if (!segment.authorization.isEmpty()) {
                GstStructure *headers = gst_structure_new("extra-headers", "Authorization", G_TYPE_STRING,
                                                          segment.authorization.constData(), nullptr);
                g_object_set(src.get(), "extra-headers", headers, nullptr);
                gst_structure_free(headers);
            }
        } else {
            g_object_set(src.get(), "location", QFile::encodeName(segment.url.toLocalFile()).constData(),
                         nullptr);
        }
        gst::CapsPtr caps(
            gst_caps_from_string(h265 ? "video/x-h265,stream-format=(string){hvc1,hev1},alignment=(string)au"
                                      : "video/x-h264,stream-format=(string)avc,alignment=(string)au"));
        g_object_set(sink.get(), "caps", caps.get(), "sync", FALSE, "max-buffers", 200u, "enable-last-sample",
                     FALSE, nullptr);
        gst_bin_add_many(GST_BIN(pipeline.get()), src.get(), demux.get(), parse.get(), sink.get(), nullptr);
        if (!gst_element_link(src.get(), demux.get()) || !gst_element_link(parse.get(), sink.get())) {
            *error = EvidenceExporter::tr("The export's reading pipeline cannot be built.");
            return false;
        }
        // qtdemux's video pad appears once the file's header is read.
        g_signal_connect(
            demux.get(), "pad-added", G_CALLBACK(+[](GstElement *, GstPad *pad, gpointer parser) {
                gst::CapsPtr padCaps(gst_pad_get_current_caps(pad));
                const GstStructure *s = padCaps ? gst_caps_get_structure(padCaps.get(), 0) : nullptr;
                if (!s || !g_str_has_prefix(gst_structure_get_name(s), "video/"))
                    return;
                gst::PadPtr sinkPad(gst_element_get_static_pad(GST_ELEMENT(parser), "sink"));
                if (!gst_pad_is_linked(sinkPad.get()))
                    gst_pad_link(pad, sinkPad.get());
            }),
            parse.get());
        bus.reset(gst_element_get_bus(pipeline.get()));
        return gst_element_set_state(pipeline.get(), GST_STATE_PLAYING) != GST_STATE_CHANGE_FAILURE;
    }
};

// The writer: appsrc -> mp4mux (faststart) -> filesink.
struct Writer
{
    gst::ElementPtr pipeline;
    gst::ElementPtr src;
    gst::ElementPtr mux;
    gst::BusPtr bus;
    ~Writer()
    {
        if (pipeline)
            gst_element_set_state(pipeline.get(), GST_STATE_NULL);
    }

    bool build(const QString &path, const QString &moovTempPath, QString *error)
    {
        pipeline.reset(GST_ELEMENT(gst_object_ref_sink(gst_pipeline_new("export-write"))));
        src = gst::makeElement("appsrc");
        mux = gst::makeElement("mp4mux");
        gst::ElementPtr sink = gst::makeElement("filesink");
        if (!src || !mux || !sink) {
            *error = EvidenceExporter::tr("A GStreamer element needed for the export is missing (%1).")
                         .arg(QStringLiteral("appsrc, mp4mux, filesink"));
            return false;
        }
        g_object_set(src.get(), "format", GST_FORMAT_TIME, "is-live", FALSE, "block", TRUE, "max-bytes",
                     guint64(16 * 1024 * 1024), nullptr);
        // The index in front (players start before the whole file is read); the media data waits
        // in a temporary file beside the export meanwhile.
        g_object_set(mux.get(), "faststart", TRUE, "faststart-file",
                     QFile::encodeName(moovTempPath).constData(), nullptr);
        g_object_set(sink.get(), "location", QFile::encodeName(path).constData(), nullptr);
        gst_bin_add_many(GST_BIN(pipeline.get()), src.get(), mux.get(), sink.get(), nullptr);
        // The muxer's video pad by name: a link by caps could take its audio template.
        gst::PadPtr muxPad(gst_element_request_pad_simple(mux.get(), "video_%u"));
        gst::PadPtr srcPad(gst_element_get_static_pad(src.get(), "src"));
        if (!muxPad || gst_pad_link(srcPad.get(), muxPad.get()) != GST_PAD_LINK_OK ||
            !gst_element_link(mux.get(), sink.get())) {
            *error = EvidenceExporter::tr("The export's writing pipeline cannot be built.");
            return false;
        }
        bus.reset(gst_element_get_bus(pipeline.get()));
        return true;
    }
};

// The MP4's creation times (mvhd, and tkhd and mdhd of every track) set to `utcMs`: players and
// ffprobe show the movie header's as the file's creation time. Fields of fixed size, rewritten in
// place; the index is at the front (faststart). False when the file's boxes cannot be walked.
bool setCreationTime(const QString &path, qint64 utcMs)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadWrite))
        return false;
    constexpr quint64 kSecondsFrom1904To1970 = 2082844800ULL;
    const quint64 mp4Seconds = quint64(utcMs / 1000) + kSecondsFrom1904To1970;
    int patched = 0;
    // Walks the boxes in [begin, end); descends into the containers on the way to the headers.
    std::function<bool(qint64, qint64)> walk = [&](qint64 begin, qint64 end) {
        for (qint64 pos = begin; pos + 8 <= end;) {
            if (!f.seek(pos))
                return false;
            const QByteArray head = f.read(16);
            if (head.size() < 8)
                return false;
            quint64 size = qFromBigEndian<quint32>(head.constData());
            const QByteArray type = head.mid(4, 4);
            qint64 headerSize = 8;
            if (size == 1 && head.size() >= 16) {
                size = qFromBigEndian<quint64>(head.constData() + 8);
                headerSize = 16;
            } else if (size == 0) {
                size = quint64(end - pos);
            }
            if (size < quint64(headerSize) || pos + qint64(size) > end)
                return false;
            if (type == "moov" || type == "trak" || type == "mdia") {
                if (!walk(pos + headerSize, pos + qint64(size)))
                    return false;
            } else if (type == "mvhd" || type == "tkhd" || type == "mdhd") {
                f.seek(pos + headerSize);
                const QByteArray versionFlags = f.read(4);
                if (versionFlags.size() < 4)
                    return false;
                QByteArray times;
                if (versionFlags[0] == 1) {
                    times.resize(16);
                    qToBigEndian<quint64>(mp4Seconds, times.data());
                    qToBigEndian<quint64>(mp4Seconds, times.data() + 8);
                } else {
                    times.resize(8);
                    qToBigEndian<quint32>(quint32(mp4Seconds), times.data());
                    qToBigEndian<quint32>(quint32(mp4Seconds), times.data() + 4);
                }
                if (f.write(times) != times.size())
                    return false;
                ++patched;
            }
            if (type == "moov")
                return true; // the rest is media
            pos += qint64(size);
        }
        return true;
    };
    return walk(0, f.size()) && patched > 0 && f.flush();
}

QString locationOf(const Camera &camera)
{
    QStringList parts = camera.area.mid(2); // desa / titik
    if (parts.isEmpty() && !camera.area.isEmpty())
        parts = camera.area;
    QString text = parts.join(QStringLiteral(", "));
    if (camera.hasLocation)
        text += (text.isEmpty() ? QString() : QStringLiteral(" ")) +
                QStringLiteral("(%1, %2)").arg(camera.latitude, 0, 'f', 6).arg(camera.longitude, 0, 'f', 6);
    return text;
}

bool writeSmallFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    const bool ok = f.write(bytes) == bytes.size() && f.flush();
    f.close();
    return ok;
}

// A free base name in `dir`: "BASE", then "BASE-2", "BASE-3"...
QString freeBaseName(const QDir &dir, const QString &base)
{
    QString name = base;
    for (int n = 2; QFile::exists(dir.filePath(name + QStringLiteral(".mp4"))) ||
                    QFile::exists(dir.filePath(name + QStringLiteral(".txt"))) ||
                    QFile::exists(dir.filePath(name + QStringLiteral(".json")));
         ++n)
        name = QStringLiteral("%1-%2").arg(base).arg(n);
    return name;
}

// The direct remux: the recorder's fragmented files read as bytes (FragmentedMp4), the samples of
// the range chosen as the GStreamer path chooses them, the index built first (Mp4Header) and the
// file written once, front to back, hashed as it is written. No pipeline, no second pass over
// the media, no temporary copy: about a plain copy of the bytes.
enum class DirectOutcome { NotApplicable, Done, Cancelled, Failed };

bool isSampleEntryOf(const QByteArray &entry, const QString &codec)
{
    const QByteArray type = entry.mid(4, 4);
    if (codec == QLatin1String("h265"))
        return type == "hvc1" || type == "hev1";
    return type == "avc1" || type == "avc3";
}

// One recorded file, mapped while it is read.
struct MappedFile
{
    QFile file;
    const uchar *data = nullptr;
    qint64 size = 0;
    bool open(const QString &path)
    {
        file.setFileName(path);
        if (!file.open(QIODevice::ReadOnly))
            return false;
        size = file.size();
        data = size > 0 ? file.map(0, size) : nullptr;
        if (data) // read ahead: the file is read once, front to back
            madvise(const_cast<uchar *>(data), size_t(size), MADV_WILLNEED);
        return data != nullptr;
    }
};

DirectOutcome remuxDirect(const ExportPlan &plan, const ExportRequest &request, const QString &cameraName,
                          const QString &path, const std::atomic<bool> &cancelled,
                          const EvidenceExporter::Progress &progress, ExportResult &result)
{
    for (const ExportPart &part : plan.parts)
        if (!part.segment.url.isLocalFile())
            return DirectOutcome::NotApplicable;
    const auto failed = [&](const QString &message) {
        result.error = message;
        return DirectOutcome::Failed;
    };
    const auto unreadable = [&](const QFile &f) {
        qCWarning(lcExport) << "export:" << f.fileName() << f.errorString();
        return failed(EvidenceExporter::tr("A recorded file cannot be read (%1).").arg(f.errorString()));
    };

    QElapsedTimer readTimer;
    readTimer.start();
    Mp4HeaderInput header;
    QVector<qint64> sourceOffsets; // of every sample written, in its part's file
    QVector<int> partFirst;        // the first sample of each part (parts.size() + 1 entries)
    qint64 exportStartUtcNs = 0;
    qint64 lastDtsNs = -1;
    qint64 lastEndNs = 0;
    bool haveStart = false;
    for (int partIndex = 0; partIndex < plan.parts.size(); ++partIndex) {
        partFirst << int(header.samples.size());
        if (cancelled)
            return DirectOutcome::Cancelled;
        const ExportPart &part = plan.parts[partIndex];
        const bool firstPart = partIndex == 0;
        MappedFile mapped;
        if (!mapped.open(part.segment.url.toLocalFile())) {
            if (mapped.file.isOpen())
                return DirectOutcome::NotApplicable; // empty or cannot be mapped: the pipeline reads it
            return unreadable(mapped.file);
        }
        QString why;
        const std::optional<FragmentedMp4> file = FragmentedMp4::parse(mapped.data, mapped.size, &why);
        if (!file || !isSampleEntryOf(file->sampleEntry, part.segment.codec)) {
            qCInfo(lcExport) << "export:" << mapped.file.fileName()
                             << "is read by a pipeline:" << (file ? QStringLiteral("another codec") : why);
            return DirectOutcome::NotApplicable;
        }
        int entry = int(header.sampleEntries.indexOf(file->sampleEntry));
        if (entry < 0) {
            entry = int(header.sampleEntries.size());
            header.sampleEntries << file->sampleEntry;
        }
        if (header.widthFixed == 0) {
            header.widthFixed = file->widthFixed;
            header.heightFixed = file->heightFixed;
        }
        const auto ns = [&](qint64 t) {
            return qint64(
                gst_util_uint64_scale(guint64(std::max<qint64>(0, t)), GST_SECOND, file->timescale));
        };
        const qint64 firstPtsNs =
            ns(file->samples.first().decodeTime + file->samples.first().compositionOffset);
        qint64 partShiftNs = 0;
        bool partPushed = false;
        bool started = false;
        QVector<int> gop;
        for (int i = 0; i < file->samples.size(); ++i) {
            const Mp4Sample &s = file->samples[i];
            const qint64 ptsNs = ns(s.decodeTime + s.compositionOffset);
            const qint64 utcMs = part.segment.startUtcMs + (ptsNs - std::min(firstPtsNs, ptsNs)) / 1'000'000;
            if (utcMs >= part.toUtcMs && started)
                break;
            QVector<int> toPush;
            if (!started) {
                if (firstPart && utcMs < part.fromUtcMs) {
                    if (s.keyframe)
                        gop.clear();
                    if (s.keyframe || !gop.isEmpty())
                        gop << i;
                    continue;
                }
                if (!firstPart && (utcMs < part.fromUtcMs || !s.keyframe))
                    continue;
                if (firstPart && gop.isEmpty() && !s.keyframe)
                    continue;
                toPush = std::exchange(gop, {});
                started = true;
            }
            toPush << i;
            for (int k : toPush) {
                const Mp4Sample &in = file->samples[k];
                const qint64 inPtsNs = ns(in.decodeTime + in.compositionOffset);
                const qint64 inDtsNs = ns(in.decodeTime);
                const qint64 bufferUtcNs =
                    part.segment.startUtcMs * 1'000'000 + (inPtsNs - std::min(firstPtsNs, inPtsNs));
                if (!haveStart) {
                    haveStart = true;
                    exportStartUtcNs = bufferUtcNs;
                    result.startUtcMs = bufferUtcNs / 1'000'000;
                }
                qint64 outPtsNs = bufferUtcNs - exportStartUtcNs + partShiftNs;
                if (!partPushed && outPtsNs < lastEndNs) {
                    partShiftNs = lastEndNs - outPtsNs;
                    outPtsNs = lastEndNs;
                }
                partPushed = true;
                qint64 outDtsNs = outPtsNs - (inPtsNs - inDtsNs);
                outDtsNs = std::max(outDtsNs, std::max<qint64>(0, lastDtsNs + 1));
                lastDtsNs = outDtsNs;
                const qint64 durationNs = in.duration > 0 ? ns(in.duration) : 40'000'000;
                lastEndNs = std::max(lastEndNs, outPtsNs + durationNs);
                Mp4HeaderSample o;
                o.size = in.size;
                o.ptsNs = std::max<qint64>(0, outPtsNs);
                o.dtsNs = outDtsNs;
                o.durationNs = durationNs;
                o.keyframe = in.keyframe;
                o.sampleEntry = entry;
                header.samples << o;
                sourceOffsets << in.fileOffset;
            }
        }
    }
    partFirst << int(header.samples.size());
    qCDebug(lcExport) << plan.parts.size() << "files read in" << readTimer.elapsed() << "ms";
    if (header.samples.isEmpty())
        return failed(
            EvidenceExporter::tr("There is no recording of %1 in the chosen range.").arg(cameraName));

    result.frames = header.samples.size();
    result.endUtcMs = result.startUtcMs + lastEndNs / 1'000'000;
    const QString startText =
        QDateTime::fromMSecsSinceEpoch(result.startUtcMs, Qt::UTC).toString(Qt::ISODateWithMs);
    header.creationUtcMs = result.startUtcMs;
    header.title = cameraName;
    header.comment = QStringLiteral("Pantau evidence export; camera %1; start %2 (UTC ms %3)")
                         .arg(request.camera.id, startText)
                         .arg(result.startUtcMs);
    header.dateTime = QDateTime::fromMSecsSinceEpoch(result.startUtcMs, Qt::UTC).toString(Qt::ISODate);
    QElapsedTimer phase;
    phase.start();
    const QByteArray front = Mp4Header::build(header);
    qCDebug(lcExport) << "index of" << header.samples.size() << "samples built in" << phase.restart() << "ms";

    QFile out(path);
    const auto unwritable = [&] {
        qCWarning(lcExport) << "export:" << path << out.errorString();
        if (out.error() == QFileDevice::ResourceError)
            return failed(EvidenceExporter::tr("The export folder %1 is full.").arg(request.outputDir));
        return failed(EvidenceExporter::tr("The export file in %1 cannot be written (%2).")
                          .arg(request.outputDir, out.errorString()));
    };
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Unbuffered))
        return unwritable();
    std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> hash(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
    if (!hash || EVP_DigestInit_ex(hash.get(), EVP_sha256(), nullptr) != 1)
        return failed(
            EvidenceExporter::tr("The export file in %1 cannot be written.").arg(request.outputDir));
    // The hash of a run is computed on a second thread while the run is written.
    const auto write = [&](const uchar *data, qint64 n) {
        std::future<void> hashed =
            std::async(std::launch::async, [&] { EVP_DigestUpdate(hash.get(), data, size_t(n)); });
        const bool ok = out.write(reinterpret_cast<const char *>(data), n) == n;
        hashed.get();
        return ok;
    };
    if (!write(reinterpret_cast<const uchar *>(front.constData()), front.size()))
        return unwritable();

    constexpr qint64 kRunBytes = 8 * 1024 * 1024;
    const qint64 totalBytes = std::max<qint64>(1, Mp4Header::mediaBytes(header.samples));
    qint64 doneBytes = 0;
    QElapsedTimer progressTimer;
    progressTimer.start();
    for (int partIndex = 0; partIndex < plan.parts.size(); ++partIndex) {
        const int from = partFirst[partIndex], to = partFirst[partIndex + 1];
        if (from == to)
            continue;
        if (progress) // at every file, and at most every 100 ms within one
            progress(std::clamp(double(doneBytes) / double(totalBytes), 0.0, 0.99));
        MappedFile mapped;
        if (!mapped.open(plan.parts[partIndex].segment.url.toLocalFile()))
            return unreadable(mapped.file);
        // Runs of samples that lie one after another in the file: one write each.
        for (int i = from; i < to;) {
            if (cancelled)
                return DirectOutcome::Cancelled;
            const qint64 runStart = sourceOffsets[i];
            qint64 runEnd = runStart + header.samples[i].size;
            int j = i + 1;
            while (j < to && sourceOffsets[j] == runEnd && runEnd - runStart < kRunBytes)
                runEnd += header.samples[j++].size;
            if (runEnd > mapped.size)
                return unreadable(mapped.file);
            if (!write(mapped.data + runStart, runEnd - runStart))
                return unwritable();
            doneBytes += runEnd - runStart;
            i = j;
            if (progress && progressTimer.elapsed() >= kProgressIntervalMs) {
                progressTimer.restart();
                progress(std::clamp(double(doneBytes) / double(totalBytes), 0.0, 0.99));
            }
        }
    }
    result.bytes = out.size();
    out.close();
    qCDebug(lcExport) << "media written and hashed in" << phase.elapsed() << "ms";
    if (out.error() != QFileDevice::NoError)
        return unwritable();
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int digestSize = 0;
    EVP_DigestFinal_ex(hash.get(), digest, &digestSize);
    result.sha256Hex =
        QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(digest), int(digestSize)).toHex());
    return DirectOutcome::Done;
}

} // namespace

EvidenceExporter::EvidenceExporter(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<pantau::playback::ExportResult>();
}

EvidenceExporter::~EvidenceExporter()
{
    cancel();
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

bool EvidenceExporter::isRunning() const
{
    return m_busy;
}

void EvidenceExporter::cancel()
{
    m_cancelled = true;
}

bool EvidenceExporter::start(const ExportRequest &request)
{
    if (isRunning())
        return false;
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
    m_cancelled = false;
    m_busy = true;
    m_thread = QThread::create([this, request] {
        const ExportResult result = exportNow(request, m_cancelled, [this](double fraction) {
            QMetaObject::invokeMethod(
                this, [this, fraction] { Q_EMIT progressChanged(fraction); }, Qt::QueuedConnection);
        });
        m_busy = false; // the thread only returns from here: start() may wait for it
        QMetaObject::invokeMethod(
            this, [this, result] { Q_EMIT finished(result); }, Qt::QueuedConnection);
    });
    m_thread->setObjectName(QStringLiteral("export"));
    m_thread->start();
    return true;
}

QString EvidenceExporter::defaultBaseName(const QString &cameraId, qint64 inUtcMs)
{
    QString id = cameraId;
    for (QChar &c : id)
        if (!(c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('_')))
            c = QLatin1Char('_');
    return id + QLatin1Char('_') +
           QDateTime::fromMSecsSinceEpoch(inUtcMs).toString(QStringLiteral("yyyyMMdd-HHmmss"));
}

ExportResult EvidenceExporter::exportNow(const ExportRequest &request, const std::atomic<bool> &cancelled,
                                         const Progress &progress)
{
    ExportResult result;
    const auto fail = [&](const QString &message) {
        result.status = ExportResult::Status::Failed;
        result.error = message;
        return result;
    };
    const auto stop = [&] {
        result.status = ExportResult::Status::Cancelled;
        return result;
    };
    const ExportPlan plan = ExportPlan::make(request.segments, request.inUtcMs, request.outUtcMs);
    result.gaps = plan.gaps;
    const QString cameraName = request.camera.name.isEmpty() ? request.camera.id : request.camera.name;
    if (plan.isEmpty())
        return fail(tr("There is no recording of %1 in the chosen range.").arg(cameraName));
    QDir dir(request.outputDir);
    if (request.outputDir.isEmpty() || !dir.mkpath(QStringLiteral(".")))
        return fail(tr("The export folder %1 cannot be created.").arg(request.outputDir));

    const QString base =
        freeBaseName(dir, request.baseName.isEmpty() ? defaultBaseName(request.camera.id, request.inUtcMs)
                                                     : request.baseName);
    result.mp4Path = dir.filePath(base + QStringLiteral(".mp4"));
    result.sha256Path = result.mp4Path + QStringLiteral(".sha256");
    result.textPath = dir.filePath(base + QStringLiteral(".txt"));
    result.jsonPath = dir.filePath(base + QStringLiteral(".json"));
    const auto temp = [&](const QString &finalPath) {
        return dir.filePath(QLatin1Char('.') + QFileInfo(finalPath).fileName() + QStringLiteral(".part"));
    };
    TempFiles temps;
    temps.paths = {temp(result.mp4Path), temp(result.mp4Path) + QStringLiteral(".moov"),
                   temp(result.sha256Path), temp(result.textPath), temp(result.jsonPath)};

    QElapsedTimer elapsed;
    elapsed.start();
    // The recorder's own files: remuxed byte by byte and hashed as written. Anything else (a
    // recorder over HTTP, a file of another shape): the GStreamer pipelines below.
    bool done = false;
    switch (remuxDirect(plan, request, cameraName, temps.paths[0], cancelled, progress, result)) {
    case DirectOutcome::Cancelled:
        return stop();
    case DirectOutcome::Failed:
        return fail(result.error);
    case DirectOutcome::Done:
        done = true;
        result.remuxMs = elapsed.restart();
        result.hashMs = 0; // while writing
        break;
    case DirectOutcome::NotApplicable:
        result.startUtcMs = result.endUtcMs = result.frames = 0;
        break;
    }
    if (!done) {
        Writer writer;
        QString error;
        if (!writer.build(temps.paths[0], temps.paths[1], &error))
            return fail(error);
        if (gst_element_set_state(writer.pipeline.get(), GST_STATE_PLAYING) == GST_STATE_CHANGE_FAILURE) {
            const QString why = popError(writer.bus.get(), {}, true, request.outputDir);
            return fail(why.isEmpty() ? tr("The export file in %1 cannot be written.").arg(request.outputDir)
                                      : why);
        }

        GstAppSrc *appsrc = GST_APP_SRC(writer.src.get());
        bool capsSet = false;
        qint64 exportStartUtcMs = -1;
        qint64 exportStartUtcNs = 0;
        qint64 lastDtsNs = -1;
        qint64 lastEndNs = 0; // the end of the last frame pushed, on the export's timeline
        QElapsedTimer progressTimer;
        progressTimer.start();
        const double rangeMs = double(std::max<qint64>(1, plan.outUtcMs - plan.inUtcMs));

        for (int partIndex = 0; partIndex < plan.parts.size(); ++partIndex) {
            const ExportPart &part = plan.parts[partIndex];
            const bool firstPart = partIndex == 0;
            if (progress) // at every part, and at most every 100 ms within one
                progress(std::clamp((part.fromUtcMs - plan.inUtcMs) / rangeMs, 0.0, 0.99));
            PartReader reader;
            if (!reader.build(part.segment, &error)) {
                const QString why = popError(reader.bus.get(), part.segment.url, false, request.outputDir);
                return fail(why.isEmpty() ? error : why);
            }
            GstClockTime firstPts = GST_CLOCK_TIME_NONE;
            qint64 partShiftNs = 0; // a seam's overlap: this part moves to follow the previous one
            bool partPushed = false;
            bool started = false;            // this part's first keyframe was pushed
            std::vector<gst::SamplePtr> gop; // first part: the GOP before the in-point, from its keyframe
            bool partDone = false;
            while (!partDone) {
                if (cancelled)
                    return stop();
                gst::SamplePtr sample(
                    gst_app_sink_try_pull_sample(GST_APP_SINK(reader.sink.get()), kPullTimeout));
                if (!sample) {
                    const QString why =
                        popError(reader.bus.get(), part.segment.url, false, request.outputDir);
                    if (!why.isEmpty())
                        return fail(why);
                    const QString writeError = popError(writer.bus.get(), {}, true, request.outputDir);
                    if (!writeError.isEmpty())
                        return fail(writeError);
                    if (gst_app_sink_is_eos(GST_APP_SINK(reader.sink.get())))
                        break;
                    continue;
                }
                GstBuffer *buffer = gst_sample_get_buffer(sample.get());
                if (!buffer || !GST_BUFFER_PTS_IS_VALID(buffer))
                    continue;
                if (!GST_CLOCK_TIME_IS_VALID(firstPts))
                    firstPts = GST_BUFFER_PTS(buffer);
                const qint64 utcMs =
                    part.segment.startUtcMs +
                    qint64((GST_BUFFER_PTS(buffer) - std::min(firstPts, GST_BUFFER_PTS(buffer))) /
                           GST_MSECOND);
                const bool keyframe = !GST_BUFFER_FLAG_IS_SET(buffer, GST_BUFFER_FLAG_DELTA_UNIT);
                qCDebug(lcExport) << "part" << partIndex << "buffer at" << utcMs - part.segment.startUtcMs
                                  << "ms" << (keyframe ? "keyframe" : "") << "from"
                                  << part.fromUtcMs - part.segment.startUtcMs << "to"
                                  << part.toUtcMs - part.segment.startUtcMs;
                if (utcMs >= part.toUtcMs && started) {
                    partDone = true;
                    break;
                }
                std::vector<gst::SamplePtr> toPush;
                if (!started) {
                    if (firstPart && utcMs < part.fromUtcMs) {
                        // Before the in-point: keep the GOP from its keyframe; the latest keyframe at
                        // or before the in-point is where the export starts.
                        if (keyframe)
                            gop.clear();
                        if (keyframe || !gop.empty())
                            gop.push_back(std::move(sample));
                        continue;
                    }
                    if (!firstPart && (utcMs < part.fromUtcMs || !keyframe))
                        continue; // after an overlap: from this part's next keyframe on
                    if (firstPart && gop.empty() && !keyframe)
                        continue; // no keyframe yet (never with the recorder's files)
                    toPush = std::move(gop);
                    gop.clear();
                    started = true;
                }
                toPush.push_back(std::move(sample));
                for (gst::SamplePtr &s : toPush) {
                    GstBuffer *in = gst_sample_get_buffer(s.get());
                    const GstClockTime inPts = GST_BUFFER_PTS(in);
                    const qint64 bufferUtcMs =
                        part.segment.startUtcMs + qint64((inPts - std::min(firstPts, inPts)) / GST_MSECOND);
                    // Nanoseconds since the epoch of this buffer, from its segment's start.
                    const qint64 bufferUtcNs = part.segment.startUtcMs * 1'000'000 + qint64(inPts - firstPts);
                    if (exportStartUtcMs < 0) {
                        exportStartUtcMs = bufferUtcMs;
                        exportStartUtcNs = bufferUtcNs;
                        // The true start in the file's tags: date-time and a comment a person reads.
                        GstDateTime *dt =
                            gst_date_time_new_from_unix_epoch_utc_usecs(exportStartUtcMs * 1000);
                        gst_tag_setter_add_tags(
                            GST_TAG_SETTER(writer.mux.get()), GST_TAG_MERGE_REPLACE, GST_TAG_DATE_TIME, dt,
                            GST_TAG_TITLE, cameraName.toUtf8().constData(), GST_TAG_COMMENT,
                            QStringLiteral("Pantau evidence export; camera %1; start %2 (UTC ms %3)")
                                .arg(request.camera.id,
                                     QDateTime::fromMSecsSinceEpoch(exportStartUtcMs, Qt::UTC)
                                         .toString(Qt::ISODateWithMs))
                                .arg(exportStartUtcMs)
                                .toUtf8()
                                .constData(),
                            nullptr);
                        gst_date_time_unref(dt);
                        result.startUtcMs = exportStartUtcMs;
                    }
                    if (!capsSet) {
                        gst_app_src_set_caps(appsrc, gst_sample_get_caps(s.get()));
                        capsSet = true;
                    }
                    // Timestamps on the export's own timeline: 0 at its first keyframe.
                    gst::BufferPtr out(gst_buffer_copy(in)); // metadata only: the memory is shared
                    qint64 ptsNs = bufferUtcNs - exportStartUtcNs + partShiftNs;
                    if (!partPushed && ptsNs < lastEndNs) {
                        partShiftNs = lastEndNs - ptsNs;
                        ptsNs = lastEndNs;
                    }
                    partPushed = true;
                    qint64 dtsNs = GST_BUFFER_DTS_IS_VALID(in)
                                       ? ptsNs - (qint64(inPts) - qint64(GST_BUFFER_DTS(in)))
                                       : ptsNs;
                    dtsNs = std::max(dtsNs, std::max<qint64>(0, lastDtsNs + 1));
                    lastDtsNs = dtsNs;
                    GST_BUFFER_PTS(out.get()) = GstClockTime(std::max<qint64>(0, ptsNs));
                    GST_BUFFER_DTS(out.get()) = GstClockTime(dtsNs);
                    const GstClockTime durationNs =
                        GST_BUFFER_DURATION_IS_VALID(in) ? GST_BUFFER_DURATION(in) : 40 * GST_MSECOND;
                    lastEndNs = std::max(lastEndNs, ptsNs + qint64(durationNs));
                    ++result.frames;
                    if (gst_app_src_push_buffer(appsrc, out.release()) != GST_FLOW_OK) {
                        const QString why = popError(writer.bus.get(), {}, true, request.outputDir);
                        return fail(
                            why.isEmpty()
                                ? tr("The export file in %1 cannot be written.").arg(request.outputDir)
                                : why);
                    }
                }
                if (progress && progressTimer.elapsed() >= kProgressIntervalMs) {
                    progressTimer.restart();
                    progress(std::clamp((utcMs - plan.inUtcMs) / rangeMs, 0.0, 0.99));
                }
            }
        }
        if (result.frames == 0)
            return fail(tr("There is no recording of %1 in the chosen range.").arg(cameraName));

        // The muxer writes its index and copies the media behind it on end of stream.
        gst_app_src_end_of_stream(appsrc);
        for (;;) {
            if (cancelled)
                return stop();
            gst::MessagePtr m(gst_bus_timed_pop_filtered(
                writer.bus.get(), kPullTimeout, GstMessageType(GST_MESSAGE_EOS | GST_MESSAGE_ERROR)));
            if (!m)
                continue;
            if (GST_MESSAGE_TYPE(m.get()) == GST_MESSAGE_EOS)
                break;
            return fail(errorText(m.get(), {}, true, request.outputDir));
        }
        gst_element_set_state(writer.pipeline.get(), GST_STATE_NULL);
        result.endUtcMs = exportStartUtcMs + lastEndNs / 1'000'000;

        if (!setCreationTime(temps.paths[0], result.startUtcMs))
            qCWarning(lcExport) << "cannot set the creation time of" << temps.paths[0];

        result.remuxMs = elapsed.restart();

        // SHA-256 of the file as written, read back from the disk (OpenSSL: SHA extensions where the
        // processor has them, several times Qt's own implementation on an hour of footage).
        QFile file(temps.paths[0]);
        if (!file.open(QIODevice::ReadOnly))
            return fail(tr("The export file in %1 cannot be read back.").arg(request.outputDir));
        std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> hash(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
        if (!hash || EVP_DigestInit_ex(hash.get(), EVP_sha256(), nullptr) != 1)
            return fail(tr("The export file in %1 cannot be read back.").arg(request.outputDir));
        QByteArray chunk(4 * 1024 * 1024, Qt::Uninitialized);
        for (;;) {
            if (cancelled)
                return stop();
            const qint64 n = file.read(chunk.data(), chunk.size());
            if (n < 0)
                return fail(tr("The export file in %1 cannot be read back.").arg(request.outputDir));
            if (n == 0)
                break;
            EVP_DigestUpdate(hash.get(), chunk.constData(), size_t(n));
        }
        result.bytes = file.size();
        file.close();
        unsigned char digest[EVP_MAX_MD_SIZE];
        unsigned int digestSize = 0;
        EVP_DigestFinal_ex(hash.get(), digest, &digestSize);
        result.sha256Hex =
            QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(digest), int(digestSize)).toHex());
        result.hashMs = elapsed.elapsed();
    }

    EvidenceManifest manifest;
    manifest.fileName = QFileInfo(result.mp4Path).fileName();
    manifest.cameraId = request.camera.id;
    manifest.cameraName = request.camera.name;
    manifest.location = locationOf(request.camera);
    manifest.kecamatan = request.camera.area.value(1);
    manifest.startUtcMs = result.startUtcMs;
    manifest.endUtcMs = result.endUtcMs;
    manifest.requestedStartUtcMs = request.inUtcMs;
    manifest.requestedEndUtcMs = request.outUtcMs;
    manifest.gaps = plan.gaps;
    manifest.exportedBy = request.exportedBy;
    manifest.exportedAtUtcMs = QDateTime::currentMSecsSinceEpoch();
    manifest.recorder = request.recorder;
    manifest.sha256Hex = result.sha256Hex;
    manifest.bytes = result.bytes;
    manifest.frames = result.frames;
    if (!writeSmallFile(temps.paths[2], EvidenceManifest::sha256Line(result.sha256Hex, manifest.fileName)) ||
        !writeSmallFile(temps.paths[3], manifest.toText().toUtf8()) ||
        !writeSmallFile(temps.paths[4], manifest.toJson()))
        return fail(tr("The export file in %1 cannot be written.").arg(request.outputDir));
    if (cancelled)
        return stop();

    // Complete: the final names, the video last, so that its checksum and manifest are there
    // whenever it is.
    const QList<std::pair<QString, QString>> renames = {{temps.paths[2], result.sha256Path},
                                                        {temps.paths[3], result.textPath},
                                                        {temps.paths[4], result.jsonPath},
                                                        {temps.paths[0], result.mp4Path}};
    QStringList renamed;
    for (const auto &[from, to] : renames) {
        if (!QFile::rename(from, to)) {
            for (const QString &r : renamed)
                QFile::remove(r);
            return fail(tr("The export file in %1 cannot be written.").arg(request.outputDir));
        }
        renamed << to;
    }
    temps.committed = true;
    QFile::remove(temps.paths[1]); // mp4mux removes it itself; in case it did not
    if (progress)
        progress(1.0);
    result.status = ExportResult::Status::Done;
    qCInfo(lcExport) << "exported" << result.mp4Path << result.frames << "frames" << result.bytes << "bytes";
    return result;
}

} // namespace pantau::playback
