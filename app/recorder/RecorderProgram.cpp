#include "app/recorder/RecorderProgram.h"

#include "core/Log.h"
#include "core/recording/SegmentFileProbe.h"

#include <QDir>

#include <cstdio>

namespace pantau::recording {

namespace {
std::optional<SegmentProbe> probe(const QString &path)
{
    const std::optional<SegmentFileInfo> info = probeSegmentFile(path);
    if (!info)
        return std::nullopt;
    return SegmentProbe{info->durationMs, info->codec, info->resolution};
}
} // namespace

RecorderProgram::RecorderProgram(RecorderCommandLine commandLine, QObject *parent)
    : QObject(parent), m_cl(std::move(commandLine))
{
}

RecorderProgram::~RecorderProgram()
{
    m_status.reset();
    m_follower.reset();
    m_service.reset();
}

bool RecorderProgram::start()
{
    if (!QDir().mkpath(m_cl.archive)) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(tr("The archive folder %1 cannot be created.").arg(m_cl.archive)));
        return false;
    }
    m_index = std::make_unique<SegmentIndex>(m_cl.archive);
    QString error;
    if (!m_index->open(&error)) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(tr("The footage index in %1 cannot be opened: %2").arg(m_cl.archive, error)));
        return false;
    }
    if (!m_index->setAsidePath().isEmpty())
        qCWarning(lcRecording) << "the index was damaged and is kept as" << m_index->setAsidePath()
                               << "- rebuilding it from the footage files";
    const RecoveryReport report = m_index->recover(&probe);
    qCInfo(lcRecording) << "archive" << m_cl.archive << "recovered:" << report.trimmed << "trimmed,"
                        << report.adopted << "adopted," << report.removedRows << "rows without a file,"
                        << report.unplayable.size() << "unplayable";

    RecorderOptions options;
    options.diskBudgetBytes = m_cl.diskBudgetBytes;
    m_service = std::make_unique<RecorderService>(*m_index, options);
    m_status = std::make_unique<RecorderStatusServer>([this] {
        QJsonObject status = m_service->statusJson();
        QJsonObject recorder = status.value(QStringLiteral("recorder")).toObject();
        recorder[QStringLiteral("host")] = m_cl.host;
        recorder[QStringLiteral("site")] = m_cl.siteFile;
        status[QStringLiteral("recorder")] = recorder;
        return status;
    });
    if (!m_status->listen(m_cl.statusSocket, &error))
        qCWarning(lcRecording) << "no status channel on" << m_cl.statusSocket << ":" << error;
    connect(m_service.get(), &RecorderService::statusChanged, m_status.get(),
            &RecorderStatusServer::statusChanged);

    m_credentials = std::make_unique<FileCredentialStore>(m_cl.credentials);
    m_passwords = std::make_unique<CameraPasswordLoader>(*m_credentials);
    connect(m_passwords.get(), &CameraPasswordLoader::finished, this,
            [this](const QVector<Camera> &cameras, const QStringList &errors) {
                for (const QString &e : errors)
                    qCWarning(lcRecording).noquote() << e;
                Site site = m_follower->site();
                site.cameras = cameras;
                RecordingOptions ro;
                ro.segmentSeconds = m_cl.segmentSeconds;
                const QVector<RecordingJob> jobs = plannedRecordings(site, m_cl.host, ro);
                qCInfo(lcRecording) << "recording" << jobs.size() << "of" << site.cameras.size()
                                    << "cameras as" << m_cl.host;
                m_service->setJobs(jobs);
            });
    m_follower = std::make_unique<SiteFollower>(m_cl.siteFile);
    connect(m_follower.get(), &SiteFollower::siteChanged, this, &RecorderProgram::applySite);
    connect(m_follower.get(), &SiteFollower::readFailed, this,
            [](const QString &reason) { qCWarning(lcRecording).noquote() << reason; });
    m_follower->start();
    m_service->applyRetention();
    return true;
}

void RecorderProgram::applySite(const Site &site)
{
    m_passwords->load(site.cameras); // finished() plans the recordings with the passwords
}

void RecorderProgram::shutdown()
{
    if (m_service)
        m_service->shutdown();
}

} // namespace pantau::recording
