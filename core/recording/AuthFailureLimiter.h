#pragma once
// Slows password guessing on the recorder's HTTP server: after kMaxFailures wrong passwords in a
// row from one peer address, that peer is refused for kBlockMs (429 with Retry-After), then may
// try again. A right password clears the peer's count. A request without credentials is not a
// failure (HTTP clients first ask without them). Pure: the caller passes the time. Threads: owner
// thread only.
#include <QHash>
#include <QString>

namespace pantau::recording {

class AuthFailureLimiter
{
public:
    static constexpr int kMaxFailures = 5;
    static constexpr qint64 kBlockMs = 30'000;
    static constexpr qint64 kForgetMs = 10 * 60'000; // a peer's count is forgotten after this quiet time
    static constexpr int kMaxPeers = 4096;

    // How long the peer is still refused; 0 when it may try.
    qint64 blockedForMs(const QString &peer, qint64 nowMs) const;
    void failed(const QString &peer, qint64 nowMs);
    void succeeded(const QString &peer);
    int peerCount() const { return int(m_peers.size()); }

private:
    struct Peer
    {
        int failures = 0;
        qint64 lastFailureMs = 0;
        qint64 blockedUntilMs = 0;
    };
    void forgetQuietPeers(qint64 nowMs);
    QHash<QString, Peer> m_peers;
};

} // namespace pantau::recording
