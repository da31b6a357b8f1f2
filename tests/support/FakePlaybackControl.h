#pragma once
// A PlaybackControl for the timeline's and the playback bar's tests: records every call as a line
// ("seek 1000 exact", "speed -4", "paused 1", "step -1", "live") and plays the part of a session
// well enough for the widgets (a seek goes to playback, goLive leaves it). GUI thread.
#include "core/playback/PlaybackControl.h"

namespace pantau::test {

class FakePlaybackControl : public playback::PlaybackControl
{
    Q_OBJECT
public:
    using PlaybackControl::PlaybackControl;

    QStringList calls;
    bool playback = false;
    qint64 positionMs = 0;
    int currentSpeed = 1;
    bool paused = false;
    QStringList cameras;
    QString selected;

    bool isPlayback() const override { return playback; }
    qint64 positionUtcMs() const override { return positionMs; }
    int speed() const override { return currentSpeed; }
    bool isPaused() const override { return paused; }
    QStringList cameraIds() const override { return cameras; }
    QString selectedCameraId() const override { return selected; }

    void seek(qint64 utcMs, bool exact) override
    {
        calls << QStringLiteral("seek %1 %2").arg(utcMs).arg(exact ? "exact" : "inexact");
        playback = true;
        positionMs = utcMs;
        Q_EMIT positionChanged(utcMs);
        Q_EMIT stateChanged();
    }
    void setSpeed(int speed) override
    {
        calls << QStringLiteral("speed %1").arg(speed);
        currentSpeed = speed;
        Q_EMIT stateChanged();
    }
    void setPaused(bool p) override
    {
        calls << QStringLiteral("paused %1").arg(int(p));
        paused = p;
        Q_EMIT stateChanged();
    }
    void stepFrame(int direction) override
    {
        calls << QStringLiteral("step %1").arg(direction);
        paused = true;
        positionMs += 40 * direction;
        Q_EMIT positionChanged(positionMs);
        Q_EMIT stateChanged();
    }
    void goLive() override
    {
        calls << QStringLiteral("live");
        playback = false;
        Q_EMIT stateChanged();
    }

    // The session's side: it moved on by itself.
    void moveTo(qint64 utcMs)
    {
        positionMs = utcMs;
        Q_EMIT positionChanged(utcMs);
    }
    void enterPlayback(const QStringList &ids, const QString &selectedId, qint64 utcMs)
    {
        playback = true;
        cameras = ids;
        selected = selectedId;
        positionMs = utcMs;
        Q_EMIT stateChanged();
        Q_EMIT positionChanged(utcMs);
    }
};

} // namespace pantau::test
