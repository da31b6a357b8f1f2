#pragma once
// Evidence export jobs, run one at a time in the order they came (EvidenceExporter does each).
// A job names its camera, range and folder; its segments come with it or are asked of its
// ArchiveSource. With lockOnRecorder, the range is first locked on its recorder against retention
// (ArchiveSource::lock); a lock that fails is reported and the export goes on.
// Threads: owner thread (the GUI thread) only; the signals come on it.
#include "core/playback/ArchiveSource.h"
#include "core/playback/EvidenceExporter.h"

#include <QObject>
#include <QPointer>
#include <QVector>

#include <optional>

namespace pantau::playback {

struct ExportJob
{
    int id = 0; // given by enqueue()
    ExportRequest request;
    QPointer<ArchiveSource> source; // asked for the segments when request.segments is empty, and to lock
    bool lockOnRecorder = false;
};

class ExportQueue : public QObject
{
    Q_OBJECT
public:
    explicit ExportQueue(QObject *parent = nullptr);
    ~ExportQueue() override;

    // Returns the job's id (1, 2, ...). It starts when every job before it has finished.
    int enqueue(ExportJob job);
    // A waiting job is dropped (finished with Cancelled); the running one stops, leaving no file.
    void cancel(int id);
    void cancelAll();

    int runningId() const { return m_running ? m_running->id : 0; }
    QVector<int> waitingIds() const;
    bool isIdle() const { return !m_running && m_waiting.isEmpty(); }

Q_SIGNALS:
    void jobQueued(int id);
    void jobStarted(int id);
    void jobProgress(int id, double fraction);
    void jobLockFailed(int id, const QString &message);
    void jobFinished(int id, const pantau::playback::ExportResult &result);

private:
    void startNext();
    void lockThenExport();
    void fetchThenExport();
    void runExport();
    void finishRunning(const ExportResult &result);

    EvidenceExporter m_exporter;
    QVector<ExportJob> m_waiting;
    std::optional<ExportJob> m_running;
    bool m_exporting = false;
    int m_nextId = 1;
    int m_generation = 0; // callbacks of a job that was cancelled meanwhile are ignored
};

} // namespace pantau::playback
