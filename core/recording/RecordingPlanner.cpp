#include "core/recording/RecordingPlanner.h"

namespace pantau::recording {

QVector<RecordingJob> plannedRecordings(const Site &site, const QString &thisHost,
                                        const RecordingOptions &options)
{
    QVector<RecordingJob> jobs;
    for (const Camera &camera : site.cameras) {
        const RecordingPlan &plan = camera.recording;
        if (!camera.enabled || !plan.enabled)
            continue;
        if (!plan.recorder.isEmpty() && plan.recorder.compare(thisHost, Qt::CaseInsensitive) != 0)
            continue;
        const QUrl url = camera.streamUrl(plan.stream);
        const QString scheme = url.scheme().toLower();
        if (!url.isValid() || !scheme.startsWith(QLatin1String("rtsp")))
            continue;
        RecordingJob job;
        job.source.cameraId = camera.id;
        job.source.url = url;
        job.source.username = camera.username;
        job.source.password = camera.password;
        job.source.segmentSeconds = options.segmentSeconds;
        job.source.fragmentMs = options.fragmentMs;
        job.maxAgeDays = plan.maxAgeDays;
        jobs.push_back(job);
    }
    return jobs;
}

} // namespace pantau::recording
