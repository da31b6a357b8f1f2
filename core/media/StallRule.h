#pragma once
// The stream watchdog's rule, checked once a second: a Playing stream with no frame for longer
// than the stall timeout (5 s; with keyframes only at least 15 s, for cameras with long GOPs) has
// stalled; a stream not Playing longer than its connect timeout after the build does not answer.
// Either way StreamPipeline reconnects.
//
// Threads: one per StreamPipeline, GUI thread only.
#include "core/media/StreamStatus.h"

#include <QtGlobal>

namespace pantau::media {

class StallRule
{
public:
    static constexpr int kDefaultStallTimeoutMs = 5000;
    static constexpr int kKeyframesOnlyMinStallMs = 15000;

    enum class Verdict { Healthy, Stalled, NoAnswer };

    void setStallTimeoutMs(int ms) { m_stallTimeoutMs = ms; }
    // How long a Playing stream may go without a frame.
    int stallTimeoutMs(bool keyframesOnly) const;

    // `sinceFrameMs`: since the last frame of this run; `sinceBuildMs`: since the run was built.
    Verdict check(StreamState state, qint64 sinceFrameMs, qint64 sinceBuildMs, int connectTimeoutMs,
                  bool keyframesOnly) const;

private:
    int m_stallTimeoutMs = kDefaultStallTimeoutMs;
};

} // namespace pantau::media
