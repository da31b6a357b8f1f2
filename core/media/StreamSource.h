#pragma once
// What one pipeline plays: an address plus how to reach it. Value type, any thread.
#include <QString>
#include <QUrl>

namespace pantau {

enum class RtspTransport { Invalid = 0, Auto, Tcp, Udp };

struct StreamSource
{
    QUrl url;         // rtsp://, rtsps://, http(s):// (MJPEG), file://
    QString username; // overrides user info in the URL when set
    QString password;
    RtspTransport transport = RtspTransport::Auto;
    int latencyMs = 100;          // RTP jitter buffer
    int connectTimeoutMs = 10000; // no first frame by then: Offline, retry
    bool keyframesOnly = false;   // drop delta frames before the decoder (thumbnails): one decode per GOP
    bool yuvFrames = false;       // hand over the decoder's YUV planes (GPU renderer), not BGRx images

    friend bool operator==(const StreamSource &, const StreamSource &) = default;
};

} // namespace pantau
