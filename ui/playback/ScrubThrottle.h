#pragma once
// While the operator drags the timeline's playhead, pictures follow the drag: at most N cheap
// (inexact, nearest keyframe) seeks a second, the newest position winning, the last one held back
// going out when its turn comes, and one exact seek on release. A pure rule: the caller passes
// the monotonic time in and sends the seeks it returns (TimelineWidget, with a QElapsedTimer and
// a single-shot timer for msUntilPending()). Any thread, one at a time.
#include <QtGlobal>

#include <optional>

namespace pantau::playback {

class ScrubThrottle
{
public:
    struct Seek
    {
        qint64 utcMs = 0;
        bool exact = false;
        friend bool operator==(const Seek &, const Seek &) = default;
    };

    explicit ScrubThrottle(int maxSeeksPerSecond = 8);

    int intervalMs() const { return m_intervalMs; }
    bool isDragging() const { return m_dragging; }

    // The drag reached utcMs at monotonic nowMs: the inexact seek to send now, or nothing (it
    // waits as the pending position; a newer move replaces it).
    std::optional<Seek> move(qint64 utcMs, qint64 nowMs);
    // Milliseconds until the pending position may go out (0: now); nullopt when none waits.
    std::optional<qint64> msUntilPending(qint64 nowMs) const;
    // The pending position, if its turn has come at nowMs.
    std::optional<Seek> flush(qint64 nowMs);
    // The drag ended at utcMs: always one exact seek; nothing stays pending.
    Seek release(qint64 utcMs);
    // The drag was abandoned (Escape, focus lost): nothing more goes out.
    void cancel();

private:
    int m_intervalMs;
    bool m_dragging = false;
    std::optional<qint64> m_lastSentAtMs;
    std::optional<qint64> m_lastSentUtcMs;
    std::optional<qint64> m_pendingUtcMs;
};

} // namespace pantau::playback
