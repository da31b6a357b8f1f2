#pragma once
// Which cameras this recorder records, and how: a pure function of the site and this recorder's
// host name (any thread). A camera is recorded when it is enabled, its recording plan is enabled,
// the plan names this host or no host, and it has an RTSP address for the chosen stream.
#include "core/recording/RecordingPipeline.h"
#include "core/site/Site.h"

#include <QVector>

namespace pantau::recording {

struct RecordingJob
{
    RecordingSource source;
    int maxAgeDays = RecordingPlan::kDefaultMaxAgeDays;
    friend bool operator==(const RecordingJob &, const RecordingJob &) = default;
};

struct RecordingOptions
{
    int segmentSeconds = 60;
    int fragmentMs = 1000;
};

// `thisHost` is compared without case; an empty `thisHost` records only cameras that name no host.
QVector<RecordingJob> plannedRecordings(const Site &site, const QString &thisHost,
                                        const RecordingOptions &options);

} // namespace pantau::recording
