#pragma once
// Builds every service once (site store, stream pool, demo site, wall, console) and passes them
// down; owns them in the order that tears them down safely. GUI thread only.
#include "app/CommandLine.h"
#include "core/events/AlarmPolicy.h"
#include "core/site/SiteFile.h"

#include <QHash>
#include <QNetworkAccessManager>
#include <QObject>

#include <functional>
#include <memory>

class QProcess;
class QWidget;
class QTimer;

namespace pantau {

namespace ptz {
class PtzService;
class GamepadInput;
} // namespace ptz
namespace recording {
class RecorderStatusClient;
} // namespace recording
namespace events {
class EventStore;
class EventFeeder;
class Alarm;
} // namespace events
class SoundEffectAlarmSound;
namespace analytics {
class AnalyticsService;
} // namespace analytics
namespace playback {
class RemoteArchiveSource;
class ExportQueue;
} // namespace playback
namespace demo {
class DemoSite;
}
class AlarmScreen;
class LanguageManager;
class Settings;
class SiteStore;
class CredentialStore;
class CameraPasswordLoader;
class CameraRegistry;
class OnboardingQueue;
class StreamPool;
class WallManager;
class ConsoleWindow;
class HealthMonitor;
class DashboardWindow;

class Application : public QObject
{
    Q_OBJECT
public:
    // `language` and `settings` outlive the application (app/main.cpp builds them first).
    Application(CommandLine commandLine, LanguageManager *language, Settings *settings);
    ~Application() override;

    // false: the user cancelled or nothing could be started; the reason was shown.
    bool start();

    static QString defaultSitePath();
    static QString demoSitePath();

private:
    enum class FirstRunChoice { Invalid = 0, Demo, Empty, Quit };
    FirstRunChoice askFirstRun();
    struct SiteFileChoice
    {
        QString path;
        SiteLoadResult loaded;
    };
    // The start-up steps, in order.
    std::optional<SiteFileChoice> chooseSiteFile(); // asks on a first run; nullopt: the user quit
    bool openSite(const SiteFileChoice &choice);    // starts the demo if asked; false: it failed
    bool startDemo(Site &site, bool fromFile);
    void startDemoRecorder();
    void loadCameraPasswords();
    void buildStreams();   // the stream pool on the chosen renderer, and PTZ
    void buildEvents();    // the event store, its feeder and the alarm (before the wall)
    void buildPlayback();  // where footage is (--recorder, the demo's recorder, this PC's) and export
    void buildAnalytics(); // tamper (and, once set up, motion) detection on the wall's cameras
    void syncAnalyticsCameras();
    std::function<void(const QString &cameraId, QWidget *parent)> zoneEditor();
    // Which cameras no tile shows are analysed from their own sub stream (analytics::OffWallBudget).
    void syncOffWallAnalysis();
    // The alarm settings (priorities, days kept, alarm screen, off-wall budget) from m_settings.
    events::AlarmPolicy alarmPolicy() const;
    void applyAlarmSettings();
    void buildWallAndConsole();
    // The demo's tiles say its clips are being prepared (with progress) while they connect.
    std::function<QString(const QString &cameraId)> demoWaitingText() const;
    void openWindows();
    void reportDamagedSite(const SiteLoadResult &loaded);

    void openDashboard(); // creates it on first use, then shows and raises it
    // View > Footage recorder…: the dialog, then the address in Settings, the password in the
    // CredentialStore and the archive pointed at them.
    void openRecorderDialog();

    CommandLine m_cl;
    LanguageManager *m_language;
    Settings *m_settings;
    bool m_demoMode = false;
    // Destroyed bottom-up: windows, then streams, then the site (saved), then the demo server.
    QNetworkAccessManager m_network; // ONVIF requests (GUI thread)
    std::unique_ptr<demo::DemoSite> m_demo;
    std::unique_ptr<QProcess> m_demoRecorder; // pantau-recorder for the demo cameras
    QString m_recorderSocket;                 // where this PC's recorder publishes its status
    QString m_demoRecorderUrl;                // the demo recorder's HTTP address on loopback
    std::unique_ptr<SiteStore> m_store;
    std::unique_ptr<CredentialStore> m_credentials;
    std::unique_ptr<CameraPasswordLoader> m_passwordLoader;
    std::unique_ptr<OnboardingQueue> m_onboarding; // every ONVIF onboarding job, a few at a time
    std::unique_ptr<CameraRegistry> m_cameras;     // camera changes with their passwords, CSV
    std::unique_ptr<StreamPool> m_pool;
    std::unique_ptr<ptz::PtzService> m_ptz;
    std::unique_ptr<ptz::GamepadInput> m_gamepad;
    std::unique_ptr<recording::RecorderStatusClient> m_recorderStatus; // this PC's recorder, if any
    std::unique_ptr<events::EventStore> m_events;                      // <site>-events/ beside the site file
    std::unique_ptr<events::EventFeeder> m_eventFeeder;                // offline and recording events
    std::unique_ptr<SoundEffectAlarmSound> m_alarmSound;
    std::unique_ptr<events::Alarm> m_alarm;
    std::unique_ptr<playback::RemoteArchiveSource> m_archive; // footage for playback and export
    bool m_recorderFromOperator = false; // the recorder dialog may change it (no --recorder, no demo)
    QString m_recorderPassword;          // the archive's recorder's, to show in the dialog
    std::unique_ptr<playback::ExportQueue> m_exportQueue; // evidence exports, one at a time
    std::unique_ptr<analytics::AnalyticsService> m_analytics;
    QHash<QString, qint64> m_analyticsEventIds; // a detector's open event -> its row in m_events
    std::unique_ptr<WallManager> m_walls;
    std::unique_ptr<AlarmScreen> m_alarmScreen; // a new high event full screen on the chosen wall
    QTimer *m_offWallSync = nullptr;            // coalesces wall changes; the tamper window moves on
    std::unique_ptr<ConsoleWindow> m_console;
    std::unique_ptr<HealthMonitor> m_health; // decodes only while the dashboard is shown
    std::unique_ptr<DashboardWindow> m_dashboard;
};

} // namespace pantau
