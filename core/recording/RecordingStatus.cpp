#include "core/recording/RecordingStatus.h"

#include <algorithm>

namespace pantau::recording {

namespace {
constexpr int kFirstRetryMs = 1000;
constexpr int kMaxRetryMs = 30000;
constexpr int kAuthRetryMs = 30000;
constexpr int kWriteRetryMs = 10000;
constexpr int kUnrecordableRetryMs = 30000;
} // namespace

RetryDecision decideRetry(FailureKind kind, int failures)
{
    switch (kind) {
    case FailureKind::AuthRefused:
        return {RecordingState::AuthFailed, kAuthRetryMs};
    case FailureKind::WriteFailed:
        return {RecordingState::WriteError, kWriteRetryMs};
    case FailureKind::Unrecordable:
        return {RecordingState::Error, kUnrecordableRetryMs};
    case FailureKind::CameraUnreachable:
    case FailureKind::CameraEnded:
    case FailureKind::Stalled: {
        const int doublings = std::clamp(failures, 0, 5); // 1, 2, 4, 8, 16, 30 s
        return {RecordingState::Waiting, std::min(kMaxRetryMs, kFirstRetryMs << doublings)};
    }
    case FailureKind::Invalid:
        break;
    }
    return {RecordingState::Error, kUnrecordableRetryMs};
}

QString stateKey(RecordingState state)
{
    switch (state) {
    case RecordingState::Connecting:
        return QStringLiteral("connecting");
    case RecordingState::Recording:
        return QStringLiteral("recording");
    case RecordingState::Waiting:
        return QStringLiteral("waiting");
    case RecordingState::AuthFailed:
        return QStringLiteral("auth-failed");
    case RecordingState::WriteError:
        return QStringLiteral("write-error");
    case RecordingState::Error:
        return QStringLiteral("error");
    case RecordingState::Stopped:
        return QStringLiteral("stopped");
    case RecordingState::Invalid:
        break;
    }
    return QStringLiteral("invalid");
}

} // namespace pantau::recording
