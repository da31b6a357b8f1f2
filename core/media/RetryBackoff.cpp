#include "core/media/RetryBackoff.h"

#include <QRandomGenerator>

#include <algorithm>

namespace pantau::media {

RetryBackoff::RetryBackoff(Random random) : m_random(std::move(random))
{
    if (!m_random)
        m_random = [] { return QRandomGenerator::global()->generateDouble(); };
}

int RetryBackoff::nextDelayMs()
{
    const int baseMs = std::min(kMaxDelayMs, kFirstDelayMs << std::min(m_failures, 5));
    ++m_failures;
    const double jitter = kJitterMin + kJitterSpan * m_random();
    return std::min(kMaxDelayMs, int(baseMs * jitter));
}

int RetryBackoff::delayMsAfter(StreamState state)
{
    if (state == StreamState::AuthFailed)
        return kAuthFailedDelayMs;
    if (state == StreamState::Error)
        return std::max(nextDelayMs(), kErrorMinDelayMs);
    return nextDelayMs();
}

} // namespace pantau::media
