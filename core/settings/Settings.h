#pragma once
// The user's settings, the one home of every settings key: a typed getter and setter per key,
// each with its default and valid range. Getters clamp what the settings file holds (a hand-edited
// or old file never hands the program a value out of range); setters store the clamped value and
// emit the key's change signal only when the stored value really changes. The key strings are the
// historical ones, so existing users' settings are still read.
//
// Owns its QSettings: the user's (organisation and application names set on the application), or
// a given file (tests). Built once in app/main.cpp and passed down; no singleton. GUI thread only.
#include "core/events/Event.h"

#include <QObject>
#include <QString>

#include <memory>

class QSettings;

namespace pantau {

class Settings : public QObject
{
    Q_OBJECT
public:
    // The user's settings (QCoreApplication's organisation and application names).
    explicit Settings(QObject *parent = nullptr);
    // The settings kept in `filePath` (INI format): tests.
    explicit Settings(const QString &filePath, QObject *parent = nullptr);
    ~Settings() override;

    // wall/subStreamMaxHeightPx: tiles at most this many pixels high play the sub stream, taller
    // ones the main stream. 0: the main stream always.
    static constexpr int kDefaultSubStreamMaxHeightPx = 400;
    static constexpr int kMinSubStreamMaxHeightPx = 0;
    static constexpr int kMaxSubStreamMaxHeightPx = 16384; // taller than any screen: the sub stream always
    int subStreamMaxHeightPx() const;
    void setSubStreamMaxHeightPx(int px);

    // wall/renderer: "auto", "cpu" or "opengl" (the --renderer option wins over it). Anything else
    // reads as "auto", with a warning in the log. Read at start-up: a change applies at the next.
    static QString defaultRenderer() { return QStringLiteral("auto"); }
    static bool isRenderer(const QString &value);
    QString renderer() const;
    void setRenderer(const QString &request);

    // view/showStats: every wall tile shows its stream statistics. Default off.
    bool showStats() const;
    void setShowStats(bool show);

    // language: the UI language code the operator chose last ("id", "en"); empty: none chosen yet.
    QString language() const;
    void setLanguage(const QString &code);

    // discovery/searchOnOpen: the camera discovery dialog searches the network (a multicast probe)
    // as it opens. Default off: the operator presses Search.
    bool discoverySearchOnOpen() const;
    void setDiscoverySearchOnOpen(bool search);

    // stream/latencyMs: the RTSP jitter buffer of every stream. Default StreamSettings' 100 ms.
    // Read at start-up: a change applies at the next.
    static constexpr int kMinStreamLatencyMs = 0;
    static constexpr int kMaxStreamLatencyMs = 10000;
    int streamLatencyMs() const;
    void setStreamLatencyMs(int ms);

    // recorder/statusSocket: where this PC's pantau-recorder publishes its status (a local socket
    // name or path). Default "pantau-recorder", the recorder's own default for the same user; the
    // system service's is /run/pantau/recorder.sock. Read at start-up.
    static constexpr const char *kDefaultRecorderStatusSocket = "pantau-recorder";
    QString recorderStatusSocket() const;
    void setRecorderStatusSocket(const QString &nameOrPath);
    // recorder/url: the recorder this PC plays back and exports footage from, as the operator chose
    // it in the recorder dialog ("http://HOST:PORT"); empty: this PC's (playback::RecorderChoices,
    // where --recorder and the demo win over it). Its password is in the CredentialStore.
    QString recorderUrl() const;
    void setRecorderUrl(const QString &url);

    // The alarm and events (issue 18). alarm/priority/<kind key> ("motion", "camera-offline", ...):
    // "high", "medium" or "low"; missing or anything else: AlarmPolicy's default for the kind.
    events::EventPriority alarmPriority(events::EventKind kind) const;
    void setAlarmPriority(events::EventKind kind, events::EventPriority priority);
    // events/keepDays: the event store keeps an event this many days after it ended.
    static constexpr int kMinEventKeepDays = 1;
    static constexpr int kMaxEventKeepDays = 3650;
    int eventKeepDays() const;
    void setEventKeepDays(int days);
    // alarm/screen: the camera of a new high event pops up full screen on the chosen wall window.
    // "auto" (the default: on with --wall, off on an operator's PC), "on" or "off".
    enum class AlarmScreen { Auto = 0, On, Off };
    AlarmScreen alarmScreen() const;
    void setAlarmScreen(AlarmScreen mode);
    static bool alarmScreenOn(AlarmScreen mode, bool wallMode)
    {
        return mode == AlarmScreen::Auto ? wallMode : mode == AlarmScreen::On;
    }
    // analytics/offWallCameras: at most this many cameras no tile shows are analysed at a time, each
    // from an analysis-only keyframes-only sub stream (analytics::OffWallBudget, README). 0: none.
    static constexpr int kDefaultOffWallCameras = 8; // analytics::OffWallBudget::kDefaultMaxPipelines
    static constexpr int kMaxOffWallCameras = 64;
    int offWallCameras() const;
    void setOffWallCameras(int cameras);

Q_SIGNALS:
    void alarmSettingsChanged(); // a priority, the days kept, the alarm screen or the off-wall budget
    void subStreamMaxHeightPxChanged(int px);
    void rendererChanged(const QString &renderer);
    void showStatsChanged(bool show);
    void languageChanged(const QString &code);
    void discoverySearchOnOpenChanged(bool search);
    void streamLatencyMsChanged(int ms);
    void recorderStatusSocketChanged(const QString &nameOrPath);
    void recorderUrlChanged(const QString &url);

private:
    int intValue(const QString &key, int defaultValue, int min, int max) const;
    // Stores `value` under `key`; true when that changes what the getter (`current`) returns.
    bool store(const QString &key, const QVariant &value, const QVariant &current);

    std::unique_ptr<QSettings> m_settings;
};

} // namespace pantau
