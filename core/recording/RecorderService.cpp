#include "core/recording/RecorderService.h"

#include "core/Log.h"
#include "core/recording/SegmentFileProbe.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QPointer>
#include <QSet>
#include <QStorageInfo>

#include <fcntl.h>
#include <unistd.h>

namespace pantau::recording {

namespace {
// Flushes a file, or a folder's entries, to the disk. Any thread.
bool syncPath(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}
} // namespace

struct RecorderService::Recording
{
    RecordingJob job;
    std::unique_ptr<RecordingPipeline> pipeline;
    qint64 openRowId = 0;
    QString openPath;
    qint64 openStartUtcMs = 0;
    qint64 bitrateBytesPerSecond = 0;
    qint64 lastBytes = 0;
    QElapsedTimer sinceBytes;
};

RecorderService::RecorderService(SegmentIndex &index, RecorderOptions options, QObject *parent)
    : QObject(parent), m_index(index), m_options(options)
{
    m_io.setMaxThreadCount(2);
    connect(&m_progressTimer, &QTimer::timeout, this, &RecorderService::updateOpenSegments);
    m_progressTimer.start(m_options.progressIntervalMs);
    connect(&m_retentionTimer, &QTimer::timeout, this, &RecorderService::applyRetention);
    m_retentionTimer.start(m_options.retentionIntervalMs);
    connect(&m_statusTimer, &QTimer::timeout, this, [this] {
        refreshBitrates();
        const QString warning = recorderWarning();
        if (warning != m_lastWarning) {
            if (!warning.isEmpty())
                qCWarning(lcRecording).noquote() << warning;
            m_lastWarning = warning;
        }
        Q_EMIT statusChanged();
    });
    m_statusTimer.start(m_options.statusIntervalMs);
}

RecorderService::~RecorderService()
{
    const QStringList ids = m_recordings.keys();
    for (const QString &id : ids)
        stopRecording(id, false);
    m_finishing.clear();
    m_io.waitForDone();
}

QString RecorderService::absolutePathFor(const QString &cameraId, qint64 startUtcMs) const
{
    return m_index.rootPath() + QLatin1Char('/') + SegmentIndex::relativePathFor(cameraId, startUtcMs);
}

QVector<RecordingJob> RecorderService::jobs() const
{
    QVector<RecordingJob> out;
    for (const auto &r : m_recordings)
        out.push_back(r->job);
    return out;
}

void RecorderService::setJobs(const QVector<RecordingJob> &jobs)
{
    QHash<QString, RecordingJob> wanted;
    for (const RecordingJob &j : jobs)
        wanted.insert(j.source.cameraId, j);
    const QStringList running = m_recordings.keys();
    for (const QString &id : running) {
        const auto it = wanted.constFind(id);
        if (it == wanted.constEnd()) {
            qCInfo(lcRecording) << id << "is no longer recorded here";
            stopRecording(id, true);
        } else if (!(it->source == m_recordings.value(id)->job.source)) {
            qCInfo(lcRecording) << id << "changed: recording again";
            stopRecording(id, true);
        } else {
            m_recordings.value(id)->job.maxAgeDays = it->maxAgeDays;
        }
    }
    for (const RecordingJob &j : jobs)
        if (!m_recordings.contains(j.source.cameraId))
            startRecording(j);
    Q_EMIT statusChanged();
}

void RecorderService::startRecording(const RecordingJob &job)
{
    auto r = std::make_shared<Recording>();
    r->job = job;
    const QString cameraId = job.source.cameraId;
    if (!SegmentIndex::isValidCameraId(cameraId)) {
        qCWarning(lcRecording) << "camera id" << cameraId << "cannot name a folder: not recorded";
        return;
    }
    const QString root = m_index.rootPath();
    r->pipeline = std::make_unique<RecordingPipeline>(
        job.source,
        [root, cameraId](qint64 startUtcMs) {
            return root + QLatin1Char('/') + SegmentIndex::relativePathFor(cameraId, startUtcMs);
        },
        &m_reaper);
    r->pipeline->setArchiveRoot(root);
    Recording *raw = r.get();
    connect(r->pipeline.get(), &RecordingPipeline::segmentOpened, this,
            [this, raw](const SegmentFile &f) { onOpened(raw, f); });
    connect(r->pipeline.get(), &RecordingPipeline::segmentClosed, this,
            [this, raw](const SegmentFile &f) { onClosed(raw, f); });
    connect(r->pipeline.get(), &RecordingPipeline::statusChanged, this,
            [this, cameraId](const RecordingStatus &s) {
                qCInfo(lcRecording) << cameraId << stateKey(s.state) << s.reason;
                Q_EMIT statusChanged();
            });
    r->sinceBytes.start();
    m_recordings.insert(cameraId, r);
    r->pipeline->start();
}

void RecorderService::stopRecording(const QString &cameraId, bool cleanly)
{
    std::shared_ptr<Recording> r = m_recordings.take(cameraId);
    if (!r || !r->pipeline)
        return;
    if (!cleanly) {
        r->pipeline.reset(); // its destructor reports the open segment as cut
        return;
    }
    m_finishing.push_back(r);
    connect(r->pipeline.get(), &RecordingPipeline::finished, this, [this, raw = r.get()] {
        for (int i = 0; i < m_finishing.size(); ++i)
            if (m_finishing[i].get() == raw) {
                // Deleting the pipeline from its own signal is not safe: later, from the event loop.
                std::shared_ptr<Recording> done = m_finishing.takeAt(i);
                QMetaObject::invokeMethod(
                    this, [done] {}, Qt::QueuedConnection);
                break;
            }
    });
    r->pipeline->stop();
}

void RecorderService::shutdown(int boundMs)
{
    m_progressTimer.stop();
    m_retentionTimer.stop();
    const QStringList ids = m_recordings.keys();
    for (const QString &id : ids)
        stopRecording(id, true);
    QElapsedTimer spell;
    spell.start();
    while (!m_finishing.isEmpty() && spell.elapsed() < boundMs)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    m_finishing.clear(); // any left are cut, not lost
    QCoreApplication::processEvents();
    m_io.waitForDone();
    QCoreApplication::processEvents(); // the I/O pool's last results
}

void RecorderService::onOpened(Recording *r, const SegmentFile &file)
{
    Segment s;
    s.cameraId = r->job.source.cameraId;
    s.startUtcMs = file.startUtcMs;
    s.endUtcMs = file.startUtcMs;
    s.codec = file.codec;
    s.resolution = file.resolution;
    s.state = Segment::State::Writing;
    r->openRowId = m_index.beginSegment(s);
    r->openPath = file.absolutePath;
    r->openStartUtcMs = file.startUtcMs;
    if (r->openRowId == 0)
        qCWarning(lcRecording) << s.cameraId << "segment" << file.absolutePath << "could not be indexed";
    if (file.absolutePath != absolutePathFor(s.cameraId, file.startUtcMs))
        qCWarning(lcRecording) << "segment path" << file.absolutePath << "is not the archive's layout";
    m_newestByCamera[s.cameraId] = file.startUtcMs;
    if (!m_oldestByCamera.contains(s.cameraId))
        m_oldestByCamera.insert(s.cameraId, file.startUtcMs);
}

void RecorderService::onClosed(Recording *r, const SegmentFile &file)
{
    const qint64 rowId = file.absolutePath == r->openPath ? r->openRowId : 0;
    if (file.absolutePath == r->openPath) {
        r->openRowId = 0;
        r->openPath.clear();
    }
    // Off this thread: sync the file and its folder, and for a cut file find what really plays.
    QPointer<RecorderService> self(this);
    m_io.start([self, rowId, file] {
        if (!QFileInfo::exists(file.absolutePath)) {
            // Out of reach (its disk or folder went away while it was written): what it holds is
            // unknown, so its row stays "writing" and the next start trims it to what plays.
            qCWarning(lcRecording) << "segment" << file.absolutePath << "is out of reach as it closes";
            return;
        }
        if (QFileInfo(file.absolutePath).size() == 0) {
            // Opened but never written (the write failed at once): no footage, no file, no row.
            QFile::remove(file.absolutePath);
            QMetaObject::invokeMethod(
                self.data(),
                [self, rowId] {
                    if (self && rowId)
                        self->m_index.removeSegment(rowId);
                },
                Qt::QueuedConnection);
            return;
        }
        syncPath(file.absolutePath);
        syncPath(QFileInfo(file.absolutePath).absolutePath());
        qint64 endUtcMs = file.endUtcMs;
        if (file.interrupted) {
            const std::optional<SegmentFileInfo> info = probeSegmentFile(file.absolutePath);
            endUtcMs = file.startUtcMs + (info ? info->durationMs : 0);
        }
        QMetaObject::invokeMethod(
            self.data(),
            [self, rowId, file, endUtcMs] {
                if (self)
                    self->finishClosed(rowId, file, endUtcMs);
            },
            Qt::QueuedConnection);
    });
}

void RecorderService::finishClosed(qint64 rowId, const SegmentFile &file, qint64 endUtcMs)
{
    const qint64 bytes = QFileInfo(file.absolutePath).size();
    if (rowId == 0 || !m_index.finishSegment(rowId, endUtcMs, bytes)) {
        qCWarning(lcRecording) << "segment" << file.absolutePath
                               << "has no row; it is adopted at the next start";
        return;
    }
    if (const std::optional<Segment> s = m_index.segment(rowId)) {
        m_newestByCamera[s->cameraId] = std::max(m_newestByCamera.value(s->cameraId), s->endUtcMs);
        Q_EMIT segmentFinished(*s);
    }
}

void RecorderService::updateOpenSegments()
{
    const qint64 nowUtcMs = QDateTime::currentMSecsSinceEpoch();
    for (const auto &r : std::as_const(m_recordings)) {
        if (r->openRowId == 0)
            continue;
        m_index.updateWriting(r->openRowId, std::max(r->openStartUtcMs, nowUtcMs),
                              QFileInfo(r->openPath).size());
        m_newestByCamera[r->job.source.cameraId] = nowUtcMs;
    }
}

void RecorderService::refreshBitrates()
{
    for (const auto &r : std::as_const(m_recordings)) {
        const qint64 bytes = r->pipeline->bytesWritten();
        const qint64 ms = r->sinceBytes.restart();
        if (ms > 0)
            r->bitrateBytesPerSecond = (bytes - r->lastBytes) * 1000 / ms;
        r->lastBytes = bytes;
    }
}

RetentionDecision RecorderService::applyRetention()
{
    if (!QFileInfo(m_index.rootPath()).isDir()) {
        // The disk is gone (not mounted, folder removed): nothing to free and nothing to judge.
        // Its rows stay for when it is back.
        qCWarning(lcRecording) << "the archive folder" << m_index.rootPath() << "is missing: no retention";
        Q_EMIT statusChanged();
        return m_lastRetention;
    }
    RetentionInput in;
    in.nowUtcMs = QDateTime::currentMSecsSinceEpoch();
    QSet<qint64> open;
    for (const auto &r : std::as_const(m_recordings)) {
        in.maxAgeDaysByCamera.insert(r->job.source.cameraId, r->job.maxAgeDays);
        in.totalBitrateBytesPerSecond += r->bitrateBytesPerSecond;
        if (r->openRowId)
            open.insert(r->openRowId);
    }
    qint64 footageBytes = 0;
    m_oldestByCamera.clear();
    const QVector<Segment> all = m_index.allSegments();
    in.segments.reserve(all.size());
    for (const Segment &s : all) {
        RetentionSegment rs;
        rs.id = s.id;
        rs.cameraId = s.cameraId;
        rs.startUtcMs = s.startUtcMs;
        rs.endUtcMs = s.endUtcMs;
        rs.bytes = s.bytes;
        rs.locked = s.locked;
        rs.writing = s.state == Segment::State::Writing || open.contains(s.id);
        in.segments.push_back(rs);
        footageBytes += s.bytes;
    }
    QStorageInfo disk(m_index.rootPath());
    disk.refresh();
    if (m_options.diskBudgetBytes > 0) {
        in.diskIsBudget = true;
        in.diskTotalBytes = m_options.diskBudgetBytes;
        in.diskFreeBytes = std::max<qint64>(0, m_options.diskBudgetBytes - footageBytes);
    } else {
        in.diskTotalBytes = disk.bytesTotal();
        in.diskFreeBytes = disk.bytesAvailable();
    }
    RetentionDecision decision = RetentionPolicy::decide(in);
    QSet<qint64> deleted;
    for (const RetentionDeletion &d : decision.deletions) {
        const std::optional<Segment> s = m_index.segment(d.segmentId);
        if (!s)
            continue;
        const QString path = m_index.rootPath() + QLatin1Char('/') + s->relativePath;
        if (QFile::exists(path) && !QFile::remove(path)) {
            qCWarning(lcRecording) << "retention could not delete" << path;
            continue; // the row stays with its file
        }
        m_index.removeSegment(d.segmentId);
        deleted.insert(d.segmentId);
        QDir().rmdir(QFileInfo(path).absolutePath()); // an emptied day folder goes too
    }
    for (const Segment &s : all) {
        if (deleted.contains(s.id))
            continue;
        qint64 &oldest = m_oldestByCamera[s.cameraId];
        oldest = oldest == 0 ? s.startUtcMs : std::min(oldest, s.startUtcMs);
        m_newestByCamera[s.cameraId] = std::max(m_newestByCamera.value(s.cameraId), s.endUtcMs);
    }
    if (!decision.deletions.isEmpty())
        qCInfo(lcRecording) << "retention deleted" << deleted.size() << "segments";
    if (decision.fewerDaysThanConfigured)
        qCWarning(lcRecording).noquote() << decision.warning();
    m_lastRetention = decision;
    Q_EMIT statusChanged();
    return decision;
}

QVector<CameraRecordingStatus> RecorderService::cameraStatuses() const
{
    QVector<CameraRecordingStatus> out;
    for (const auto &r : std::as_const(m_recordings)) {
        CameraRecordingStatus s;
        s.cameraId = r->job.source.cameraId;
        s.status = r->pipeline->status();
        s.bitrateBytesPerSecond = r->bitrateBytesPerSecond;
        s.oldestUtcMs = m_oldestByCamera.value(s.cameraId);
        s.newestUtcMs = m_newestByCamera.value(s.cameraId);
        out.push_back(s);
    }
    std::sort(out.begin(), out.end(), [](const auto &a, const auto &b) { return a.cameraId < b.cameraId; });
    return out;
}

QString RecorderService::recorderWarning() const
{
    QStringList warnings;
    int writeErrors = 0;
    for (const auto &r : std::as_const(m_recordings))
        writeErrors += r->pipeline->status().state == RecordingState::WriteError ? 1 : 0;
    if (!QFileInfo(m_index.rootPath()).isDir())
        warnings << tr("The archive folder %1 is missing: is its disk connected?").arg(m_index.rootPath());
    else if (writeErrors > 0)
        warnings << tr(
            "The footage of %Ln camera(s) cannot be written: the disk is full, read-only or missing.",
            nullptr, writeErrors);
    if (m_lastRetention.fewerDaysThanConfigured)
        warnings << m_lastRetention.warning();
    return warnings.join(QLatin1Char(' '));
}

QJsonObject RecorderService::statusJson() const
{
    QJsonArray cameras;
    int recording = 0;
    for (const CameraRecordingStatus &c : cameraStatuses()) {
        recording += c.status.state == RecordingState::Recording ? 1 : 0;
        QJsonObject o{{"id", c.cameraId},
                      {"state", stateKey(c.status.state)},
                      {"bitrateBytesPerSecond", c.bitrateBytesPerSecond},
                      {"oldestUtcMs", c.oldestUtcMs},
                      {"newestUtcMs", c.newestUtcMs}};
        if (!c.status.reason.isEmpty())
            o["reason"] = c.status.reason;
        if (c.status.retryInMs >= 0)
            o["retryInMs"] = c.status.retryInMs;
        cameras.push_back(o);
    }
    const RetentionDecision &r = m_lastRetention;
    QJsonObject recorder{{"archive", m_index.rootPath()},
                         {"cameras", cameras.size()},
                         {"recording", recording},
                         {"reserveBytes", r.reserveBytes},
                         {"freeBytes", r.freeBytesAfter},
                         {"daysThatFit", r.daysThatFit},
                         {"configuredDays", r.configuredDays},
                         {"updatedUtcMs", QDateTime::currentMSecsSinceEpoch()}};
    if (const QString warning = recorderWarning(); !warning.isEmpty())
        recorder["warning"] = warning;
    if (r.reserveCannotBeMet)
        recorder["reserveCannotBeMet"] = true;
    return {
        {"format", "pantau-recorder-status"}, {"version", 1}, {"recorder", recorder}, {"cameras", cameras}};
}

} // namespace pantau::recording
