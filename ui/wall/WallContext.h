#pragma once
// What every part of the video wall shares, built once in app/ and handed to WallManager, which
// hands it to each WallWindow, WallView and TileView: the site, the stream pool, the settings and
// the PTZ services, the recorder's status. Plain pointers; the owner (app/Application) outlives the wall. The
// stream pool's settings carry the renderer choice (StreamSettings::yuvFrames: the GPU renderer). GUI thread
// only.
#include <QString>

#include <functional>

class QWidget;

namespace pantau {

class SiteStore;
class StreamPool;
class Settings;
namespace recording {
class RecorderStatusClient;
} // namespace recording
namespace events {
class Alarm;
class EventSource;
} // namespace events
namespace playback {
class ArchiveSource;
class ExportQueue;
} // namespace playback
namespace ptz {
class PtzService;
class GamepadInput;
} // namespace ptz

struct WallContext
{
    SiteStore *store = nullptr; // required by WallManager, WallWindow and WallView
    StreamPool *pool = nullptr; // required
    // Tiles follow its statistics and sub-stream threshold, and their changes. nullptr: a tile
    // outside the wall (the dashboard's live window): no statistics, the main stream always.
    Settings *settings = nullptr;
    ptz::PtzService *ptz = nullptr;       // nullptr: no PTZ control on the wall
    ptz::GamepadInput *gamepad = nullptr; // nullptr: no gamepad drives PTZ
    // Which cameras the recorder records: the tiles' recording mark. nullptr: no mark.
    recording::RecorderStatusClient *recorder = nullptr;
    // Which cameras have an alarm: their tiles flash a red border. nullptr: no flashing.
    events::Alarm *alarm = nullptr;
    // What a connecting tile of this camera says when something other than the camera explains the
    // wait ("Preparing the demo clips… 40%"); empty: the stream's own state. Unset: never.
    std::function<QString(const QString &cameraId)> waitingText;
    // Where each wall window's playback finds footage (this PC or a recorder). nullptr: playback
    // shows no footage.
    playback::ArchiveSource *archive = nullptr;
    // Evidence exports of every wall window, one at a time. nullptr: no export.
    playback::ExportQueue *exportQueue = nullptr;
    // The event markers on each wall window's timeline. nullptr: no markers.
    events::EventSource *events = nullptr;
    // Opens the camera's zone editor (issue 18) over `parent`'s window; the tile's menu offers
    // "Zona gerak…". Unset: no zone editor.
    std::function<void(const QString &cameraId, QWidget *parent)> editZones;
};

} // namespace pantau
