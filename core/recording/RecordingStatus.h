#pragma once
// The state of one camera's recording, and the pure rule that turns a failure into a state and a
// retry delay. Value types and a pure function: any thread.
#include <QString>

namespace pantau::recording {

enum class RecordingState {
    Invalid = 0,
    Connecting, // building the pipeline, waiting for the camera's first data
    Recording,  // data arrives and is written
    Waiting,    // the camera cannot be reached or stopped sending: retrying
    AuthFailed, // the camera refused the credentials: retrying slowly
    WriteError, // the archive folder cannot be written (full, read-only, gone): retrying
    Error,      // the stream cannot be recorded (codec, address): retrying slowly
    Stopped,
};

struct RecordingStatus
{
    RecordingState state = RecordingState::Stopped;
    QString reason;     // translated, empty when there is nothing to explain
    int retryInMs = -1; // countdown to the next attempt, -1 when none is planned
    friend bool operator==(const RecordingStatus &, const RecordingStatus &) = default;
};

// What went wrong, as the pipeline classified its GStreamer error.
enum class FailureKind {
    Invalid = 0,
    CameraUnreachable,
    CameraEnded,
    Stalled,
    AuthRefused,
    WriteFailed,
    Unrecordable
};

struct RetryDecision
{
    RecordingState state = RecordingState::Invalid;
    int delayMs = 0;
};

// `failures` counts consecutive failures before this one (0 for the first). A camera that drops
// is retried with the live tiles' backoff (1 s doubling to 30 s) so a flapping camera leaves few
// files; a refused password every 30 s; a disk problem every 10 s; an unrecordable stream every
// 30 s.
RetryDecision decideRetry(FailureKind kind, int failures);

// The state's name for logs and the status channel ("recording", "waiting", ...). Not translated.
QString stateKey(RecordingState state);

} // namespace pantau::recording
