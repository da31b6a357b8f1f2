#include "core/playback/ExportQueue.h"

#include "core/Log.h"

namespace pantau::playback {

namespace {

ExportResult cancelledResult()
{
    ExportResult r;
    r.status = ExportResult::Status::Cancelled;
    return r;
}

} // namespace

ExportQueue::ExportQueue(QObject *parent) : QObject(parent)
{
    connect(&m_exporter, &EvidenceExporter::progressChanged, this, [this](double fraction) {
        if (m_running)
            Q_EMIT jobProgress(m_running->id, fraction);
    });
    connect(&m_exporter, &EvidenceExporter::finished, this, [this](const ExportResult &result) {
        if (m_running && m_exporting)
            finishRunning(result);
    });
}

ExportQueue::~ExportQueue()
{
    m_exporter.cancel();
}

int ExportQueue::enqueue(ExportJob job)
{
    job.id = m_nextId++;
    m_waiting.append(job);
    Q_EMIT jobQueued(job.id);
    if (!m_running)
        startNext();
    return job.id;
}

QVector<int> ExportQueue::waitingIds() const
{
    QVector<int> ids;
    for (const ExportJob &j : m_waiting)
        ids << j.id;
    return ids;
}

void ExportQueue::cancel(int id)
{
    for (int i = 0; i < m_waiting.size(); ++i) {
        if (m_waiting[i].id == id) {
            m_waiting.remove(i);
            Q_EMIT jobFinished(id, cancelledResult());
            return;
        }
    }
    if (!m_running || m_running->id != id)
        return;
    if (m_exporting) {
        m_exporter.cancel(); // finished(Cancelled) follows
        return;
    }
    // Still asking its recorder: forget the answer.
    finishRunning(cancelledResult());
}

void ExportQueue::cancelAll()
{
    const QVector<int> waiting = waitingIds();
    for (int id : waiting)
        cancel(id);
    if (m_running)
        cancel(m_running->id);
}

void ExportQueue::startNext()
{
    if (m_running || m_waiting.isEmpty())
        return;
    m_running = m_waiting.takeFirst();
    m_exporting = false;
    ++m_generation;
    Q_EMIT jobStarted(m_running->id);
    lockThenExport();
}

void ExportQueue::lockThenExport()
{
    const ExportJob &job = *m_running;
    if (!job.lockOnRecorder || !job.source) {
        fetchThenExport();
        return;
    }
    const int generation = m_generation;
    job.source->lock(job.request.camera.id, job.request.inUtcMs, job.request.outUtcMs, true,
                     [this, generation](int count, const RecorderError &error) {
                         if (generation != m_generation || !m_running)
                             return;
                         if (error)
                             Q_EMIT jobLockFailed(m_running->id, error.message);
                         else
                             qCInfo(lcExport)
                                 << "locked" << count << "segments of" << m_running->request.camera.id;
                         fetchThenExport();
                     });
}

void ExportQueue::fetchThenExport()
{
    const ExportJob &job = *m_running;
    if (!job.request.segments.isEmpty() || !job.source) {
        runExport();
        return;
    }
    const int generation = m_generation;
    job.source->segments(
        job.request.camera.id, job.request.inUtcMs, job.request.outUtcMs,
        [this, generation](const QVector<ArchiveSegment> &segments, const RecorderError &error) {
            if (generation != m_generation || !m_running)
                return;
            if (error) {
                ExportResult failed;
                failed.error = error.message;
                finishRunning(failed);
                return;
            }
            m_running->request.segments = segments;
            runExport();
        });
}

void ExportQueue::runExport()
{
    m_exporting = true;
    if (!m_exporter.start(m_running->request)) {
        ExportResult failed;
        failed.error = tr("An export is already running.");
        finishRunning(failed);
    }
}

void ExportQueue::finishRunning(const ExportResult &result)
{
    const int id = m_running->id;
    m_running.reset();
    m_exporting = false;
    ++m_generation;
    Q_EMIT jobFinished(id, result);
    startNext();
}

} // namespace pantau::playback
