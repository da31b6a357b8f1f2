#include "core/recording/SegmentClock.h"

#include <cstdlib>

namespace pantau::recording {

namespace {
constexpr qint64 kNtpEpochToUnixEpochMs = 2'208'988'800'000LL; // 1900-01-01 to 1970-01-01
} // namespace

SegmentStart SegmentClock::next(qint64 arrivalUtcMs, std::optional<qint64> senderUtcMs)
{
    SegmentStart s{arrivalUtcMs, SegmentTimeSource::Arrival};
    if (senderUtcMs && std::llabs(*senderUtcMs - arrivalUtcMs) <= kSenderSanityBoundMs) {
        const qint64 offsetMs = *senderUtcMs - arrivalUtcMs;
        bool accept = !m_offsetMs || std::llabs(offsetMs - *m_offsetMs) <= kOffsetToleranceMs;
        if (!accept) {
            if (!m_candidateOffsetMs || std::llabs(offsetMs - *m_candidateOffsetMs) > kOffsetToleranceMs) {
                m_candidateOffsetMs = offsetMs;
                m_candidateSinceUtcMs = arrivalUtcMs;
            }
            accept = arrivalUtcMs - m_candidateSinceUtcMs >= kOffsetConfirmMs;
        }
        if (accept) {
            m_offsetMs = offsetMs;
            m_candidateOffsetMs.reset();
            s.startUtcMs = *senderUtcMs;
        } else {
            s.startUtcMs = arrivalUtcMs + *m_offsetMs; // the camera's clock as it was until now
        }
        s.source = SegmentTimeSource::SenderReport;
    }
    if (m_previousStartUtcMs != std::numeric_limits<qint64>::min() && s.startUtcMs <= m_previousStartUtcMs)
        s.startUtcMs = m_previousStartUtcMs + 1;
    m_previousStartUtcMs = s.startUtcMs;
    return s;
}

qint64 ntpNanosecondsToUtcMs(quint64 ntpNs)
{
    return qint64(ntpNs / 1'000'000) - kNtpEpochToUnixEpochMs;
}

} // namespace pantau::recording
