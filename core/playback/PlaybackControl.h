#pragma once
// What the timeline, the playback controls and the keyboard drive: one wall window's playback,
// every tile of it on one shared clock (core/playback's session implements it). Live is the
// state where isPlayback() is false. Threads: GUI thread only.
#include <QObject>
#include <QStringList>

namespace pantau::playback {

class PlaybackControl : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    static constexpr int kSpeeds[] = {1, 2, 4, 8, 16}; // forward; the negatives play backwards

    virtual bool isPlayback() const = 0;      // false: the tiles show live
    virtual qint64 positionUtcMs() const = 0; // the shared clock; meaningful in playback
    virtual int speed() const = 0;            // 1, 2, 4, 8, 16 or -1 … -16 (backwards)
    virtual bool isPaused() const = 0;
    virtual QStringList cameraIds() const = 0;    // in playback, in layout order
    virtual QString selectedCameraId() const = 0; // the timeline's top row

    // Goes to playback (from live) at utcMs. `exact` false while scrubbing (nearest keyframe,
    // cheap), true on release or a typed time (the frame at utcMs).
    virtual void seek(qint64 utcMs, bool exact) = 0;
    virtual void setSpeed(int speed) = 0;
    virtual void setPaused(bool paused) = 0;
    virtual void stepFrame(int direction) = 0; // +1 / -1, pauses first
    virtual void goLive() = 0;

Q_SIGNALS:
    void positionChanged(qint64 utcMs); // at most every 40 ms while playing
    void stateChanged();                // playback/live, speed, paused, cameras, selection
};

} // namespace pantau::playback
