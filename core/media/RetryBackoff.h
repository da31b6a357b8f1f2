#pragma once
// When a failed stream tries again. Exponential backoff with jitter: 1 s, 2 s, 4 s, 8 s, 16 s, then
// 30 s, each times a random factor in [0.8, 1.2), never above 30 s. A refused password waits 30 s
// and does not count as a failure (the camera answered); a stream that cannot be played as
// configured (StreamState::Error) waits at least 10 s. A picture resets it (reset()).
// It decides only: StreamPipeline schedules the retry.
//
// Threads: one per StreamPipeline, GUI thread only. The random source is injected (tests).
#include "core/media/StreamStatus.h"

#include <functional>

namespace pantau::media {

class RetryBackoff
{
public:
    static constexpr int kFirstDelayMs = 1000;
    static constexpr int kMaxDelayMs = 30000;
    static constexpr int kAuthFailedDelayMs = 30000;  // a refused password, every time
    static constexpr int kErrorMinDelayMs = 10000;    // StreamState::Error: at least this
    static constexpr int kNotPlayableDelayMs = 30000; // an unsupported address, a missing element
    static constexpr double kJitterMin = 0.8;         // the delay is scaled by [0.8, 1.2)
    static constexpr double kJitterSpan = 0.4;

    // Uniform in [0, 1). Empty: QRandomGenerator::global().
    using Random = std::function<double()>;
    explicit RetryBackoff(Random random = {});

    // The delay before the next attempt after a failure; counts the failure.
    int nextDelayMs();
    // The delay after a failure the error classifier called `state`: AuthFailed 30 s (not
    // counted), Error the next delay but at least 10 s, anything else the next delay.
    int delayMsAfter(StreamState state);
    // A picture arrived, or the stream starts afresh: the next failure waits the first delay.
    void reset() { m_failures = 0; }
    int failures() const { return m_failures; }

private:
    Random m_random;
    int m_failures = 0;
};

} // namespace pantau::media
