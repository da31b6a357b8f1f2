#include "core/media/StallRule.h"

#include <algorithm>

namespace pantau::media {

int StallRule::stallTimeoutMs(bool keyframesOnly) const
{
    // With keyframes only, a frame comes once per GOP: allow for cameras with long GOPs.
    return keyframesOnly ? std::max(m_stallTimeoutMs, kKeyframesOnlyMinStallMs) : m_stallTimeoutMs;
}

StallRule::Verdict StallRule::check(StreamState state, qint64 sinceFrameMs, qint64 sinceBuildMs,
                                    int connectTimeoutMs, bool keyframesOnly) const
{
    if (state == StreamState::Playing)
        return sinceFrameMs > stallTimeoutMs(keyframesOnly) ? Verdict::Stalled : Verdict::Healthy;
    return sinceBuildMs > connectTimeoutMs ? Verdict::NoAnswer : Verdict::Healthy;
}

} // namespace pantau::media
