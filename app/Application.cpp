#include "app/Application.h"

#include "core/recording/RecorderStatusClient.h"

#include "app/demo/DemoSite.h"
#include "core/Log.h"
#include "core/analytics/AnalyticsService.h"
#include "core/analytics/OffWallBudget.h"
#include "core/analytics/StoredAnalyticsSettings.h"
#include "core/credentials/CameraPasswordLoader.h"
#include "core/credentials/CredentialStore.h"
#include "core/credentials/CredentialStoreFactory.h"
#include "core/events/Alarm.h"
#include "core/events/EventFeeder.h"
#include "core/events/EventKinds.h"
#include "core/events/EventRetention.h"
#include "core/events/EventStore.h"
#include "core/health/HealthMonitor.h"
#include "core/health/OnlineHistory.h"
#include "core/i18n/LanguageManager.h"
#include "core/inventory/CameraRegistry.h"
#include "core/inventory/OnboardingQueue.h"
#include "core/media/StreamPool.h"
#include "core/playback/ExportQueue.h"
#include "core/playback/RecorderChoice.h"
#include "core/playback/RemoteArchiveSource.h"
#include "core/ptz/GamepadInput.h"
#include "core/ptz/PtzService.h"
#include "core/settings/Settings.h"
#include "core/site/SiteStore.h"
#include "ui/analytics/ZoneEditorDialog.h"
#include "ui/console/ConsoleWindow.h"
#include "ui/dashboard/DashboardWindow.h"
#include "ui/events/AlarmScreen.h"
#include "ui/events/AlarmSettingsDialog.h"
#include "ui/events/EventsPanel.h"
#include "ui/events/SoundEffectAlarmSound.h"
#include "ui/playback/RecorderDialog.h"
#include "ui/wall/VideoRenderer.h"
#include "ui/wall/WallContext.h"
#include "ui/wall/WallManager.h"

#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMessageBox>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QScreen>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTimer>

#include <csignal>
#include <sys/prctl.h>
#include <unistd.h>

namespace pantau {

Application::Application(CommandLine commandLine, LanguageManager *language, Settings *settings)
    : m_cl(std::move(commandLine)), m_language(language), m_settings(settings)
{
}

Application::~Application()
{
    if (m_demoRecorder) { // SIGTERM: it finishes its open files
        m_demoRecorder->terminate();
        if (!m_demoRecorder->waitForFinished(10000))
            m_demoRecorder->kill();
    }
    m_dashboard.reset();
    m_health.reset();
    m_console.reset();
    m_walls.reset();
    m_gamepad.reset();
    m_ptz.reset();
    m_pool.reset();
    m_onboarding.reset(); // first: the registry's jobs then go without starting the next ones
    m_cameras.reset();
    m_passwordLoader.reset();
    m_credentials.reset();
    if (m_store)
        m_store->saveNow();
    m_store.reset();
    m_demo.reset();
}

QString Application::defaultSitePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath("site.json");
}

QString Application::demoSitePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath("demo-site.json");
}

Application::FirstRunChoice Application::askFirstRun()
{
    QMessageBox box;
    box.setIcon(QMessageBox::Question);
    box.setWindowTitle(tr("Welcome to Pantau"));
    box.setText(tr("No site is configured yet."));
    box.setInformativeText(
        tr("Start with the demo site (nine live synthetic cameras in Musi Banyuasin, no hardware "
           "needed), or with an empty site to add your own cameras?"));
    QPushButton *demo = box.addButton(tr("Start the demo site"), QMessageBox::AcceptRole);
    QPushButton *empty = box.addButton(tr("Start an empty site"), QMessageBox::ActionRole);
    box.addButton(tr("Quit"), QMessageBox::RejectRole);
    box.setDefaultButton(demo);
    box.exec();
    if (box.clickedButton() == demo)
        return FirstRunChoice::Demo;
    if (box.clickedButton() == empty)
        return FirstRunChoice::Empty;
    return FirstRunChoice::Quit;
}

void Application::openDashboard()
{
    if (!m_dashboard) {
        m_health = std::make_unique<HealthMonitor>(m_store.get(), m_pool->settings(),
                                                   OnlineHistory::pathForSite(m_store->path()));
        m_dashboard = std::make_unique<DashboardWindow>(m_store.get(), m_health.get(), m_pool.get());
        m_dashboard->setRecorder(m_recorderStatus.get());
        if (m_eventFeeder) // the dashboard watches every camera: their offline events too
            m_eventFeeder->watchPool(&m_health->pool());
    }
    m_dashboard->show();
    m_dashboard->raise();
    m_dashboard->activateWindow();
}

bool Application::start()
{
    const std::optional<SiteFileChoice> choice = chooseSiteFile();
    if (!choice || !openSite(*choice))
        return false;
    loadCameraPasswords();
    m_recorderSocket = m_settings->recorderStatusSocket();
    if (m_demoMode)
        startDemoRecorder();
    buildStreams();
    buildEvents();
    buildPlayback();
    buildAnalytics();
    buildWallAndConsole();
    openWindows();
    reportDamagedSite(choice->loaded);
    const Site &site = m_store->site();
    qCInfo(lcUi) << "site" << choice->path << "with" << site.cameras.size() << "cameras and"
                 << site.layouts.size() << "layouts" << (m_demoMode ? "(demo)" : "");
    return true;
}

std::optional<Application::SiteFileChoice> Application::chooseSiteFile()
{
    m_demoMode = m_cl.demo;
    SiteFileChoice choice;
    choice.path = !m_cl.siteFile.isEmpty() ? QFileInfo(m_cl.siteFile).absoluteFilePath()
                                           : (m_demoMode ? demoSitePath() : defaultSitePath());
    choice.loaded = SiteFile::load(choice.path);
    if (choice.loaded.fileMissing && !m_demoMode && m_cl.siteFile.isEmpty()) {
        switch (askFirstRun()) {
        case FirstRunChoice::Demo:
            m_demoMode = true;
            choice.path = demoSitePath();
            choice.loaded = SiteFile::load(choice.path);
            break;
        case FirstRunChoice::Empty:
            break;
        default:
            return std::nullopt;
        }
    }
    return choice;
}

bool Application::openSite(const SiteFileChoice &choice)
{
    const SiteLoadResult &loaded = choice.loaded;
    Site site;
    if (loaded.site)
        site = *loaded.site;
    if (m_demoMode && !startDemo(site, loaded.site.has_value()))
        return false;
    if (site.layouts.isEmpty()) {
        // A wall always has something to drop cameras into.
        Layout first = *layouts::preset(QStringLiteral("2x2"));
        first.id = newId(QStringLiteral("layout"));
        first.name = tr("Layout 1 (2x2)");
        site.layouts.push_back(first);
    }
    m_store = std::make_unique<SiteStore>(choice.path, site);
    // An edit still waiting for the save debounce is written as the event loop ends.
    connect(qApp, &QCoreApplication::aboutToQuit, m_store.get(), [this] { m_store->flushPendingSave(); });
    if (!loaded.site)
        m_store->saveNow(); // a first site is on disk straight away
    return true;
}

// The demo records its cameras too, so a newcomer finds footage a minute after the first start:
// pantau-recorder beside this program, on the demo site file, its archive in the user's cache
// folder with a day's retention and 2 GB at most. Without the recorder the demo runs unrecorded.
void Application::startDemoRecorder()
{
    const QString program =
        QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("pantau-recorder"));
    if (!QFileInfo(program).isExecutable()) {
        qCWarning(lcUi) << "no pantau-recorder beside pantau: the demo is not recorded";
        return;
    }
    m_store->saveNow(); // the recorder reads the demo cameras' addresses of this run from the file
    const QString cache = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    m_recorderSocket = QDir(cache).filePath(QStringLiteral("demo-recorder.sock"));
    // Its footage for playback over HTTP on loopback (no password there), on a port free now.
    QTcpServer probe;
    quint16 port = 0;
    if (probe.listen(QHostAddress::LocalHost, 0)) {
        port = probe.serverPort();
        probe.close();
    }
    QStringList listen;
    if (port != 0) {
        listen = {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(port)};
        m_demoRecorderUrl = QStringLiteral("http://127.0.0.1:%1").arg(port);
    }
    m_demoRecorder = std::make_unique<QProcess>();
    m_demoRecorder->setProcessChannelMode(QProcess::ForwardedChannels);
    // Pantau killed without its destructor (kill -9, a crash) must not leave the recorder behind,
    // recording cameras that are gone: the kernel sends it SIGTERM when pantau dies.
    const pid_t pantauPid = ::getpid();
    m_demoRecorder->setChildProcessModifier([pantauPid] {
        ::prctl(PR_SET_PDEATHSIG, SIGTERM);
        if (::getppid() != pantauPid) // pantau died before the line above
            ::raise(SIGTERM);
    });
    QStringList arguments{
        QStringLiteral("--site"),           m_store->path(),
        QStringLiteral("--archive"),        QDir(cache).filePath(QStringLiteral("demo-archive")),
        QStringLiteral("--disk-budget-gb"), QStringLiteral("2"),
        QStringLiteral("--status-socket"),  m_recorderSocket,
        QStringLiteral("--language"),       m_language->language()};
    m_demoRecorder->start(program, arguments + listen);
    qCInfo(lcUi) << "demo recorder" << program << "archive in" << cache;
}

bool Application::startDemo(Site &site, bool fromFile)
{
    m_demo = std::make_unique<demo::DemoSite>(
        QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation)).filePath("demo"));
    QString error;
    if (!m_demo->start(&error)) {
        QMessageBox::critical(nullptr, tr("Pantau"), tr("The demo site could not start: %1").arg(error));
        return false;
    }
    if (fromFile)
        m_demo->refresh(site);
    else
        site = m_demo->initialSite();
    // One demo camera drops for a minute every ten (from the third minute on), so the events panel
    // and the alarm have something to show: an offline event, a red flashing tile, the tone.
    auto *outage = new QTimer(this);
    outage->setInterval(60'000);
    connect(outage, &QTimer::timeout, this, [this, minute = 0]() mutable {
        minute = (minute + 1) % 10;
        m_demo->setCameraFrozen(demo::DemoSite::kDroppingCamera, minute == 3);
    });
    outage->start();
    return true;
}

void Application::loadCameraPasswords()
{
    // Camera passwords: the desktop secret store, or a file only this user can read.
    m_credentials = createCredentialStore(defaultCredentialFilePath(), 2000);
    qCInfo(lcUi) << "camera passwords kept in:" << m_credentials->kind();
    m_passwordLoader = std::make_unique<CameraPasswordLoader>(*m_credentials);
    connect(m_passwordLoader.get(), &CameraPasswordLoader::finished, m_store.get(),
            [this](const QVector<Camera> &cameras, const QStringList &errors) {
                QHash<QString, QString> passwords;
                for (const Camera &c : cameras)
                    if (!c.password.isEmpty())
                        passwords.insert(c.id, c.password);
                m_store->setPasswords(passwords);
                if (!errors.isEmpty() && m_console)
                    QMessageBox::warning(m_console.get(), tr("Camera passwords"),
                                         tr("Some camera passwords could not be read:") +
                                             QStringLiteral("\n\n") + errors.join(QLatin1Char('\n')));
            });
    m_passwordLoader->load(m_store->site().cameras);
}

void Application::buildStreams()
{
    m_pool = std::make_unique<StreamPool>(m_store->cameraLookup());
    StreamSettings ss;
    ss.latencyMs = m_settings->streamLatencyMs();
    const QString rendererRequest = m_cl.renderer.isEmpty() ? m_settings->renderer() : m_cl.renderer;
    const VideoRendererChoice renderer = chooseVideoRenderer(rendererRequest);
    qCInfo(lcUi) << "video renderer:" << (renderer.renderer == VideoRenderer::OpenGl ? "OpenGL" : "CPU")
                 << "-" << renderer.reason << renderer.glRenderer << renderer.glVersion;
    ss.yuvFrames = renderer.renderer == VideoRenderer::OpenGl;
    m_pool->setSettings(ss);
    connect(m_store.get(), &SiteStore::camerasChanged, m_pool.get(), &StreamPool::refreshSources);

    m_ptz = std::make_unique<ptz::PtzService>(&m_network, m_store->cameraLookup());
    connect(m_store.get(), &SiteStore::camerasChanged, m_ptz.get(), &ptz::PtzService::refresh);
    m_gamepad = std::make_unique<ptz::GamepadInput>();
    m_recorderStatus = std::make_unique<recording::RecorderStatusClient>(m_recorderSocket);
    m_recorderStatus->start();
}

void Application::buildEvents()
{
    const QFileInfo site(m_store->path());
    const QString folder = site.dir().filePath(site.completeBaseName() + QStringLiteral("-events"));
    m_events = std::make_unique<events::EventStore>(folder);
    QString error;
    if (!m_events->open(&error))
        qCWarning(lcEvents) << "no event store in" << folder << ":" << error;
    if (!m_events->setAsidePath().isEmpty()) {
        const QString aside = QDir::toNativeSeparators(m_events->setAsidePath());
        QTimer::singleShot(0, this, [this, aside] {
            QMessageBox::warning(m_console.get(), tr("The event list could not be read"),
                                 tr("The file of past events was damaged. It was kept as %1, and a new, "
                                    "empty event list was started.")
                                     .arg(aside));
        });
    }
    auto removeExpired = [this] {
        m_events->removeExpired(QDateTime::currentMSecsSinceEpoch(), m_settings->eventKeepDays());
    };
    removeExpired();
    auto *retention = new QTimer(m_events.get());
    connect(retention, &QTimer::timeout, m_events.get(), removeExpired);
    retention->start(3'600'000);
    m_eventFeeder = std::make_unique<events::EventFeeder>(m_events.get());
    m_eventFeeder->watchPool(m_pool.get());
    m_eventFeeder->watchRecorder(m_recorderStatus.get());
    m_alarmSound = std::make_unique<SoundEffectAlarmSound>();
    m_alarm = std::make_unique<events::Alarm>(m_events.get(), m_alarmSound.get(), alarmPolicy());
    connect(m_settings, &Settings::alarmSettingsChanged, this, &Application::applyAlarmSettings);
    connect(m_settings, &Settings::alarmSettingsChanged, m_events.get(), removeExpired);
}

events::AlarmPolicy Application::alarmPolicy() const
{
    events::AlarmConfig config;
    for (events::EventKind kind : events::allEventKinds())
        config.priorities.insert(kind, m_settings->alarmPriority(kind));
    return events::AlarmPolicy(config);
}

void Application::applyAlarmSettings()
{
    const events::AlarmPolicy policy = alarmPolicy();
    m_alarm->setPolicy(policy);
    if (m_alarmScreen) {
        m_alarmScreen->setPolicy(policy);
        m_alarmScreen->setEnabled(Settings::alarmScreenOn(m_settings->alarmScreen(), m_cl.wall));
    }
    if (m_analytics)
        syncOffWallAnalysis();
}

std::function<QString(const QString &)> Application::demoWaitingText() const
{
    if (!m_demo)
        return {};
    const demo::DemoSite *demo = m_demo.get(); // outlives the wall (Application's destructor)
    return [demo](const QString &cameraId) { return demo->preparingText(cameraId); };
}

void Application::buildPlayback()
{
    const playback::RecorderChoice choice =
        playback::RecorderChoices::choose(m_cl.recorderUrl, m_demoRecorderUrl, m_settings->recorderUrl());
    m_recorderFromOperator = choice.isOperatorsChoice();
    if (!m_cl.recorderPasswordFile.isEmpty()) {
        QFile file(m_cl.recorderPasswordFile);
        if (file.open(QIODevice::ReadOnly))
            m_recorderPassword = QString::fromUtf8(file.readLine()).trimmed();
        else
            qCWarning(lcMedia) << "cannot read the recorder's password from" << m_cl.recorderPasswordFile
                               << ":" << file.errorString();
    }
    qCInfo(lcMedia) << "footage from the recorder at" << choice.url.toString();
    m_archive = std::make_unique<playback::RemoteArchiveSource>(choice.url, m_recorderPassword);
    m_exportQueue = std::make_unique<playback::ExportQueue>();
    // The password the operator saved for that recorder (the demo's recorder on loopback has none).
    if (m_cl.recorderPasswordFile.isEmpty() && choice.origin != playback::RecorderChoice::Origin::Demo) {
        const QUrl url = choice.url;
        m_credentials->readEntry(CredentialStore::recorderKey(m_archive->client().recorderName()),
                                 [this, url](std::optional<QString> password, const QString &error) {
                                     if (!error.isEmpty())
                                         qCWarning(lcMedia) << "the recorder's password:" << error;
                                     if (!m_archive || m_archive->client().baseUrl() != url || !password ||
                                         password->isEmpty())
                                         return;
                                     m_recorderPassword = *password;
                                     m_archive->setRecorder(url, *password);
                                 });
    }
}

void Application::openRecorderDialog()
{
    QString lockedBecause;
    if (!m_recorderFromOperator)
        lockedBecause = m_demoMode && m_cl.recorderUrl.isEmpty()
                            ? tr("The demo plays back the footage its own recorder makes on this PC.")
                            : tr("Pantau was started with --recorder: it reads that recorder until it is "
                                 "started without it.");
    RecorderDialog dialog(m_archive->client().baseUrl(), m_recorderPassword, m_credentials->kind(),
                          lockedBecause, m_console.get());
    if (dialog.exec() != QDialog::Accepted || !m_recorderFromOperator)
        return;
    const QUrl url = dialog.url();
    const QString password = dialog.password();
    const bool thisPc = url == playback::RecorderChoices::thisPc();
    m_settings->setRecorderUrl(thisPc ? QString() : url.toString());
    m_recorderPassword = password;
    m_archive->setRecorder(url, password);
    qCInfo(lcMedia) << "footage from the recorder at" << url.toString() << "(chosen by the operator)";
    const QString key = CredentialStore::recorderKey(m_archive->client().recorderName());
    QPointer<ConsoleWindow> console = m_console.get();
    auto stored = [console](bool ok, const QString &error) {
        if (!error.isEmpty())
            qCWarning(lcMedia) << "the recorder's password:" << error;
        if (!ok && console)
            QMessageBox::warning(console, tr("Footage recorder"),
                                 tr("The recorder's password could not be kept: %1\nPantau uses it until it "
                                    "closes.")
                                     .arg(error));
    };
    if (password.isEmpty())
        m_credentials->removeEntry(key, stored);
    else
        m_credentials->writeEntry(key, password, stored);
}

// Every camera is watched for tampering (covered, out of focus, moved) while a tile decodes it,
// from that decode (about 0.003 core a camera, README). Motion needs zones drawn per camera (the
// zone editor, saved in the site file), so it stays off until a camera has them. Cameras off the
// wall are analysed from their own keyframes-only stream within a budget (syncOffWallAnalysis).
void Application::buildAnalytics()
{
    m_analytics = std::make_unique<analytics::AnalyticsService>();
    auto eventKey = [](const events::Event &e) {
        return e.cameraId + QLatin1Char('/') + QString::number(int(e.kind)) + QLatin1Char('/') +
               QString::number(e.startUtcMs);
    };
    connect(m_analytics.get(), &analytics::AnalyticsService::eventStarted, this,
            [this, eventKey](const events::Event &event, const QImage &snapshot) {
                if (const qint64 id = m_events->add(event, snapshot); id > 0)
                    m_analyticsEventIds.insert(eventKey(event), id);
            });
    connect(m_analytics.get(), &analytics::AnalyticsService::eventEnded, this,
            [this, eventKey](const events::Event &event) {
                if (const qint64 id = m_analyticsEventIds.take(eventKey(event)); id > 0)
                    m_events->end(id, event.endUtcMs);
            });
    // Off the wall: the budget's choice follows tiles coming and going (coalesced over 2 s, so a
    // layout switch or the start-up does not start pipelines for cameras about to be on the wall),
    // and every 30 s the schedules and the moving tamper window.
    m_offWallSync = new QTimer(this);
    m_offWallSync->setSingleShot(true);
    m_offWallSync->setInterval(2'000);
    connect(m_offWallSync, &QTimer::timeout, this, &Application::syncOffWallAnalysis);
    connect(m_pool.get(), &StreamPool::pipelineCreated, m_offWallSync, qOverload<>(&QTimer::start));
    connect(m_pool.get(), &StreamPool::pipelineDestroyed, m_offWallSync, qOverload<>(&QTimer::start));
    auto *rotation = new QTimer(this);
    connect(rotation, &QTimer::timeout, this, &Application::syncOffWallAnalysis);
    rotation->start(30'000);
    syncAnalyticsCameras();
    connect(m_store.get(), &SiteStore::camerasChanged, this, &Application::syncAnalyticsCameras);
    m_analytics->followPool(m_pool.get());
}

void Application::syncAnalyticsCameras()
{
    QStringList ids;
    for (const Camera &camera : m_store->site().cameras) {
        ids << camera.id;
        // The settings the zone editor saved; motion only with a zone drawn (StoredAnalyticsSettings).
        const analytics::StoredAnalyticsSettings::Read stored =
            analytics::StoredAnalyticsSettings::read(camera);
        const analytics::CameraAnalyticsSettings settings =
            analytics::StoredAnalyticsSettings::effective(stored.settings);
        const bool known = m_analytics->cameras().contains(camera.id);
        if (!known || m_analytics->settings(camera.id) != settings) {
            if (!stored.error.isEmpty())
                qCWarning(lcAnalytics)
                    << "camera" << camera.id << "analysed with default settings:" << stored.error;
            if (known) // keeps an off-wall camera's own stream (syncOffWallAnalysis)
                m_analytics->updateSettings(camera.id, settings);
            else
                m_analytics->setCamera(camera.id, settings);
        }
    }
    for (const QString &id : m_analytics->cameras())
        if (!ids.contains(id))
            m_analytics->removeCamera(id);
    m_offWallSync->start(); // once the wall's tiles have their pipelines (at start-up too)
}

// The cameras no tile shows: OffWallBudget picks at most analytics/offWallCameras of them (motion
// armed first, tamper-only ones taking turns every 3 minutes); each is analysed from its sub stream
// (the main stream where it has none), keyframes only. The others have no stream of their own.
void Application::syncOffWallAnalysis()
{
    const qint64 nowUtcMs = QDateTime::currentMSecsSinceEpoch();
    const QTime localTime = QTime::currentTime();
    QVector<analytics::OffWallCandidate> candidates;
    for (const Camera &camera : m_store->site().cameras) {
        if (!camera.enabled || !m_analytics->cameras().contains(camera.id) ||
            m_analytics->isOnWall(camera.id))
            continue;
        const analytics::CameraAnalyticsSettings s = m_analytics->settings(camera.id);
        const bool armed = s.motionEnabled && !s.motion.zones.isEmpty() && s.schedule.isActive(localTime);
        candidates.push_back({camera.id, armed, s.tamperEnabled});
    }
    const analytics::OffWallBudget budget(m_settings->offWallCameras());
    const QStringList chosen = budget.choose(candidates, nowUtcMs);
    const CameraLookup lookup = m_store->cameraLookup();
    auto sourceOf = [&](const QString &id) {
        StreamSource source;
        const std::optional<Camera> camera = lookup(id);
        if (!camera)
            return source;
        source.url = camera->streamUrl(camera->hasSubStream() ? StreamKind::Sub : StreamKind::Main);
        source.username = camera->username;
        source.password = camera->password;
        source.transport = m_pool->settings().transport;
        source.latencyMs = m_pool->settings().latencyMs;
        return source;
    };
    // First the ones whose turn ended (their pipelines go), then the chosen ones.
    for (const QString &id : m_analytics->cameras())
        if (!chosen.contains(id) && m_analytics->isOnOwnStream(id))
            m_analytics->setCamera(id, m_analytics->settings(id), {});
    int started = 0;
    for (const QString &id : chosen) {
        started += m_analytics->isOnOwnStream(id) ? 0 : 1;
        m_analytics->setCamera(id, m_analytics->settings(id), sourceOf(id));
    }
    if (started > 0)
        qCInfo(lcAnalytics) << "off the wall:" << chosen.size() << "of" << candidates.size()
                            << "cameras analysed from their own stream (budget" << budget.maxPipelines()
                            << ")";
}

// The zone editor of a camera, over the window of the tile or console that asked (window
// modal; deleted when closed). Saving goes into the site; syncAnalyticsCameras() follows.
std::function<void(const QString &, QWidget *)> Application::zoneEditor()
{
    return [this](const QString &cameraId, QWidget *parent) {
        if (!m_store->findCamera(cameraId))
            return;
        auto *dialog = new ZoneEditorDialog(cameraId, m_store.get(), m_analytics.get(),
                                            parent ? parent->window() : nullptr);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    };
}

void Application::buildWallAndConsole()
{
    m_onboarding = std::make_unique<OnboardingQueue>();
    m_cameras =
        std::make_unique<CameraRegistry>(m_store.get(), m_credentials.get(), m_onboarding.get(), &m_network);
    m_walls = std::make_unique<WallManager>(WallContext{.store = m_store.get(),
                                                        .pool = m_pool.get(),
                                                        .settings = m_settings,
                                                        .ptz = m_ptz.get(),
                                                        .gamepad = m_gamepad.get(),
                                                        .recorder = m_recorderStatus.get(),
                                                        .alarm = m_alarm.get(),
                                                        .waitingText = demoWaitingText(),
                                                        .archive = m_archive.get(),
                                                        .exportQueue = m_exportQueue.get(),
                                                        .events = m_events.get(),
                                                        .editZones = zoneEditor()});
    m_console = std::make_unique<ConsoleWindow>(m_store.get(), m_pool.get(), m_walls.get(), m_language,
                                                m_settings, &m_network, m_cameras.get(), m_onboarding.get());
    m_console->setDemoMode(m_demoMode);
    m_console->setZoneEditor(zoneEditor());
    connect(m_walls.get(), &WallManager::consoleRequested, m_console.get(), [this] {
        m_console->show();
        m_console->raise();
        m_console->activateWindow();
    });
    connect(m_console.get(), &ConsoleWindow::dashboardRequested, this, &Application::openDashboard);
    connect(m_console.get(), &ConsoleWindow::recorderSettingsRequested, this,
            &Application::openRecorderDialog);
    connect(m_console.get(), &ConsoleWindow::alarmSettingsRequested, this, [this] {
        AlarmSettingsDialog dialog(m_settings, m_console.get());
        dialog.exec(); // OK writes the settings; applyAlarmSettings follows their signal
    });
    // The alarm screen: a new high event's camera full screen on the chosen wall (alarm/screen).
    m_alarmScreen = std::make_unique<AlarmScreen>(
        m_events.get(), m_store.get(), [this] { return m_console ? m_console->chosenWall() : nullptr; });
    m_alarmScreen->setPolicy(alarmPolicy());
    m_alarmScreen->setEnabled(Settings::alarmScreenOn(m_settings->alarmScreen(), m_cl.wall));
    // "Peristiwa" below the console's lists. A click on an event shows its camera full screen on
    // the chosen wall, played back from 5 s before the event where there is footage, else live.
    auto *eventsPanel = new EventsPanel(m_events.get(), m_alarm.get(), m_store.get(), m_console.get());
    m_console->addDockWidget(Qt::BottomDockWidgetArea, eventsPanel);
    connect(eventsPanel, &EventsPanel::cameraRequested, m_console.get(),
            [this](const QString &cameraId, qint64 startUtcMs) {
                m_console->showCameraOnWall(cameraId);
                if (WallWindow *wall = m_console->chosenWall())
                    wall->reviewEvent(cameraId, startUtcMs);
            });
}

void Application::openWindows()
{
    if (m_cl.dashboard) {
        openDashboard(); // alone: no console, no wall (the Bupati's PC)
        if (QScreen *primary = QGuiApplication::primaryScreen())
            m_dashboard->setGeometry(primary->availableGeometry()); // also without a window manager
        m_dashboard->showMaximized();
    } else if (m_cl.wall) {
        // The command centre's wall PC: an accidental close would blank every screen, so ask.
        m_walls->setCloseQuestion(&WallWindow::askToCloseWall);
        m_walls->open(true);
    } else {
        // One operator screen: the console on the left, the wall beside it.
        QScreen *primary = QGuiApplication::primaryScreen();
        const QRect avail = primary ? primary->availableGeometry() : QRect(0, 0, 1280, 720);
        const int consoleW = std::clamp(avail.width() / 5, 300, 420);
        const bool oneScreen = QGuiApplication::screens().size() == 1;
        m_console->setGeometry(avail.left(), avail.top(), consoleW, avail.height());
        m_console->show();
        m_walls->open(false, oneScreen ? avail.adjusted(consoleW + 4, 0, 0, 0) : QRect());
    }
}

void Application::reportDamagedSite(const SiteLoadResult &loaded)
{
    if (loaded.error.isEmpty())
        return;
    const QString where =
        loaded.setAsidePath.isEmpty()
            ? QString()
            : tr("The damaged file was kept as %1.").arg(QDir::toNativeSeparators(loaded.setAsidePath));
    const QString what = loaded.fromBackup ? tr("Pantau is using the last good copy of the site.")
                                           : tr("No good copy was found; Pantau started with an empty site.");
    QTimer::singleShot(0, m_console.get(), [this, msg = QStringList{loaded.error, where, what}.join("\n\n")] {
        QMessageBox::warning(m_console.get(), tr("The site file could not be read"), msg);
    });
}

} // namespace pantau
