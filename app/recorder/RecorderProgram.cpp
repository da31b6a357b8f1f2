#include "app/recorder/RecorderProgram.h"

#include "core/Log.h"
#include "core/recording/SegmentFileProbe.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

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
    m_http.reset();
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
    int removedEmpty = 0;
    for (const QString &relative : report.unplayable) {
        const QString path = QDir(m_cl.archive).filePath(relative);
        const auto parsed = SegmentIndex::parseRelativePath(relative);
        if (!parsed || !holdsNoFootage(false, QFileInfo(path).size()))
            continue;
        for (const Segment &row : m_index->segments(parsed->first, parsed->second, parsed->second + 1))
            if (row.relativePath == relative && !row.locked && QFile::remove(path)) {
                m_index->removeSegment(row.id);
                ++removedEmpty;
            }
    }
    if (removedEmpty > 0)
        qCInfo(lcRecording) << "removed" << removedEmpty
                            << "segment files that hold no footage (header only)";
    qCInfo(lcRecording) << "archive" << m_cl.archive << "recovered:" << report.trimmed << "trimmed,"
                        << report.adopted << "adopted," << report.removedRows << "rows without a file,"
                        << report.unplayable.size() << "unplayable";

    RecorderOptions options;
    options.diskBudgetBytes = m_cl.diskBudgetBytes;
    m_service = std::make_unique<RecorderService>(*m_index, options);
    m_status = std::make_unique<RecorderStatusServer>([this] { return status(); });
    if (!m_status->listen(m_cl.statusSocket, &error))
        qCWarning(lcRecording) << "no status channel on" << m_cl.statusSocket << ":" << error;
    connect(m_service.get(), &RecorderService::statusChanged, m_status.get(),
            &RecorderStatusServer::statusChanged);
    startHttp();

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

QJsonObject RecorderProgram::status() const
{
    QJsonObject status = m_service->statusJson();
    QJsonObject recorder = status.value(QStringLiteral("recorder")).toObject();
    recorder[QStringLiteral("host")] = m_cl.host;
    recorder[QStringLiteral("site")] = m_cl.siteFile;
    if (m_http)
        recorder[QStringLiteral("http")] =
            RecorderCommandLine::listenName(m_http->serverAddress(), m_http->serverPort());
    status[QStringLiteral("recorder")] = recorder;
    return status;
}

void RecorderProgram::startHttp()
{
    if (m_cl.listenPort < 0)
        return;
    const QString where = RecorderCommandLine::listenName(m_cl.listenAddress, quint16(m_cl.listenPort));
    std::optional<RecorderAuth> auth;
    QString error;
    if (m_cl.passwordFileGiven || QFileInfo::exists(m_cl.passwordFile)) {
        auth = RecorderAuth::fromFile(m_cl.passwordFile, &error);
        if (!auth) {
            std::fprintf(stderr, "%s\n",
                         qPrintable(tr("Not serving footage on %1: the password file %2 cannot be read (%3).")
                                        .arg(where, m_cl.passwordFile, error)));
            return;
        }
    }
    if (!auth && !RecorderHttpServer::mayListenWithoutPassword(m_cl.listenAddress)) {
        std::fprintf(
            stderr, "%s\n",
            qPrintable(tr("Not serving footage on %1: any address other than loopback needs a password "
                          "(pantau-recorder --set-password).")
                           .arg(where)));
        return;
    }
    m_http = std::make_unique<RecorderHttpServer>(
        *m_index, [this] { return status(); }, std::move(auth));
    if (!m_http->listen(m_cl.listenAddress, quint16(m_cl.listenPort), &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(tr("Cannot serve footage on %1: %2").arg(where, error)));
        m_http.reset();
    }
}

int RecorderProgram::setPassword(const RecorderCommandLine &cl)
{
    const bool terminal = ::isatty(STDIN_FILENO) == 1;
    termios saved = {};
    if (terminal) {
        std::fprintf(stderr, "%s ", qPrintable(tr("New password for this recorder:")));
        std::fflush(stderr);
        ::tcgetattr(STDIN_FILENO, &saved);
        termios silent = saved;
        silent.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSANOW, &silent);
    }
    QTextStream in(stdin);
    const QString password = in.readLine();
    if (terminal) {
        ::tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        std::fprintf(stderr, "\n");
    }
    if (password.size() < RecorderAuth::kMinPasswordLength) {
        std::fprintf(
            stderr, "%s\n",
            qPrintable(
                tr("The password must have at least %1 characters.").arg(RecorderAuth::kMinPasswordLength)));
        return 2;
    }
    QString error;
    QDir().mkpath(QFileInfo(cl.passwordFile).absolutePath());
    if (!RecorderAuth::writeFile(cl.passwordFile, RecorderAuth::makeRecord(password), &error)) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(tr("The password cannot be saved in %1: %2").arg(cl.passwordFile, error)));
        return 1;
    }
    std::printf("%s\n", qPrintable(tr("Password saved in %1. Wall PCs connect with the user name pantau and "
                                      "this password.")
                                       .arg(cl.passwordFile)));
    return 0;
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
