#include "core/recording/AuthFailureLimiter.h"

namespace pantau::recording {

qint64 AuthFailureLimiter::blockedForMs(const QString &peer, qint64 nowMs) const
{
    const auto it = m_peers.constFind(peer);
    if (it == m_peers.constEnd())
        return 0;
    return qMax<qint64>(0, it->blockedUntilMs - nowMs);
}

void AuthFailureLimiter::failed(const QString &peer, qint64 nowMs)
{
    if (m_peers.size() >= kMaxPeers && !m_peers.contains(peer))
        forgetQuietPeers(nowMs);
    Peer &p = m_peers[peer];
    if (nowMs - p.lastFailureMs > kForgetMs)
        p.failures = 0;
    p.lastFailureMs = nowMs;
    if (++p.failures >= kMaxFailures) {
        p.failures = 0;
        p.blockedUntilMs = nowMs + kBlockMs;
    }
}

void AuthFailureLimiter::succeeded(const QString &peer)
{
    m_peers.remove(peer);
}

void AuthFailureLimiter::forgetQuietPeers(qint64 nowMs)
{
    for (auto it = m_peers.begin(); it != m_peers.end();) {
        if (nowMs - it->lastFailureMs > kForgetMs && it->blockedUntilMs <= nowMs)
            it = m_peers.erase(it);
        else
            ++it;
    }
    if (m_peers.size() >= kMaxPeers)
        m_peers.clear(); // a flood of addresses: start over rather than grow without bound
}

} // namespace pantau::recording
