#pragma once
// A real RTSP server (gst-rtsp-server) on 127.0.0.1 that loops pre-encoded clips, one mount per
// stream. Used by the demo site, the tests and the benchmark: Pantau plays it through exactly the
// same RTSP path as a real camera.
//
// Threads: public methods are for one controlling thread (GUI or test). The server runs its own
// GLib main context on a private thread, where clients are served and frames are pushed.
#include "app/demo/EncodedClip.h"

#include <QString>
#include <QUrl>

#include <functional>
#include <memory>

namespace pantau::demo {

class ClipRtspServer
{
public:
    ClipRtspServer();
    ~ClipRtspServer();
    ClipRtspServer(const ClipRtspServer &) = delete;
    ClipRtspServer &operator=(const ClipRtspServer &) = delete;

    // Require a username and password (Basic and Digest offered). Call before start().
    void requireCredentials(const QString &username, const QString &password);
    // Mounts can be added before or after start(); the clip can come later (clients then wait).
    // `serverParses` false sends the units exactly as they are, unparsed (fault-injection tests
    // send garbage that a parser in the server would refuse before it reached the camera client).
    void addMount(const QString &path, Codec codec, std::shared_ptr<const EncodedClip> clip = nullptr,
                  bool serverParses = true);
    void setClip(const QString &path, std::shared_ptr<const EncodedClip> clip);
    // A frozen mount keeps its sessions open but sends nothing (a camera whose encoder hung).
    void setFrozen(const QString &path, bool frozen);
    // Stamp frame n of a media at its first frame's time + n / fps, as a camera's encoder does,
    // instead of at the moment it is pushed: a starved server then sends late frames, never a burst
    // of frames with equal timestamps. Call before start().
    void setEvenTimestamps(bool even);
    // Access units the mount's payloader has taken since the mount was added, over all its
    // medias (the recorder benchmark compares them with the frames in the files).
    qint64 framesSent(const QString &path) const;

    // From now on every RTP timestamp of the mount is `byMs` later (earlier when negative) than
    // the one before the jump, while the packets keep coming in real time: a camera whose
    // stream clock jumps. Jumps add up.
    void jumpRtpTimestamps(const QString &path, qint64 byMs);
    // The server's RTCP sender reports map frames to this PC's clock plus `offsetMs` (a camera
    // whose clock is off by that much). Call before start(); 0 (the default) is this PC's clock.
    void setSenderClockOffsetMs(qint64 offsetMs);

    // Called on the server thread when a mount starts pushing its clip from frame 0 to a new
    // media, with the steady-clock time in microseconds (the benchmark's latency reference).
    void setPushStartObserver(std::function<void(const QString &path, qint64 monotonicUs)> observer);

    bool start(quint16 port = 0, QString *error = nullptr); // 0: a free port
    void stop();                                            // closes every client; start() may follow
    bool isRunning() const;
    quint16 port() const;
    QUrl url(const QString &path) const; // rtsp://127.0.0.1:PORT/path

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace pantau::demo
