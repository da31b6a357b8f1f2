#pragma once
// The state a stream is in, as the tile shows it. Value type, any thread.
#include <QCoreApplication>
#include <QMetaType>
#include <QSize>
#include <QString>

namespace pantau {

enum class StreamState {
    Invalid = 0,
    Connecting,   // first attempt, no picture yet
    Playing,      // frames arrive
    Reconnecting, // it played, then dropped; retrying (retryInSeconds)
    AuthFailed,   // the camera refused the username or password; retrying slowly
    Offline,      // could not be reached; retrying (retryInSeconds)
    Error,        // cannot be played as configured (bad address, no decoder); retrying slowly
};

struct StreamStatus
{
    Q_DECLARE_TR_FUNCTIONS(StreamStatus)
public:
    StreamState state = StreamState::Invalid;
    int retryInSeconds = -1; // >= 0 while a retry is scheduled
    QString reason;          // why, in the operator's words (UI language): shown with the state
    QString detail;          // the technical text behind it (GStreamer's English message): the log only

    // One line in the UI language, e.g. "Terputus — menghubungkan ulang dalam 4 d".
    QString text() const;
    friend bool operator==(const StreamStatus &, const StreamStatus &) = default;
};

struct StreamStats
{
    double fps = 0;
    quint64 framesReceived = 0;
    quint64 framesDropped = 0;    // replaced before anyone painted them (latest frame wins)
    QSize sourceSize;             // what the camera sends
    QSize frameSize;              // what the pipeline delivers after scaling
    QString decoder;              // e.g. "avdec_h264", "vah264dec"
    bool hardwareDecoder = false; // the decoder runs on the GPU (or another hardware block)
    quint64 rtpPacketsSkipped =
        0; // keyframes-only, current connection: delta-frame packets never depayloaded
};

} // namespace pantau

Q_DECLARE_METATYPE(pantau::StreamStatus)
