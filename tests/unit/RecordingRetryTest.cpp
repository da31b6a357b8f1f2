// The recorder's retry rule: which state a failure puts a camera's recording in, and when it is
// tried again. Pure function, one behaviour per case.
#include "core/recording/RecordingStatus.h"

#include <catch2/catch.hpp>

using namespace pantau::recording;

TEST_CASE("A camera that drops is retried after 1 s, doubling to 30 s", "[unit][recording]")
{
    const int expected[] = {1000, 2000, 4000, 8000, 16000, 30000, 30000, 30000};
    for (int failures = 0; failures < 8; ++failures) {
        const RetryDecision d = decideRetry(FailureKind::CameraUnreachable, failures);
        CHECK(d.state == RecordingState::Waiting);
        CHECK(d.delayMs == expected[failures]);
    }
}

TEST_CASE("A stalled or ended camera backs off like an unreachable one", "[unit][recording]")
{
    for (int failures : {0, 3, 40}) {
        CHECK(decideRetry(FailureKind::Stalled, failures).delayMs ==
              decideRetry(FailureKind::CameraUnreachable, failures).delayMs);
        CHECK(decideRetry(FailureKind::CameraEnded, failures).state == RecordingState::Waiting);
    }
}

TEST_CASE("A refused password is retried every 30 s whatever the count", "[unit][recording]")
{
    for (int failures : {0, 1, 100}) {
        const RetryDecision d = decideRetry(FailureKind::AuthRefused, failures);
        CHECK(d.state == RecordingState::AuthFailed);
        CHECK(d.delayMs == 30000);
    }
}

TEST_CASE("A disk that cannot be written is a write error retried every 10 s", "[unit][recording]")
{
    const RetryDecision d = decideRetry(FailureKind::WriteFailed, 7);
    CHECK(d.state == RecordingState::WriteError);
    CHECK(d.delayMs == 10000);
}

TEST_CASE("A stream that cannot be recorded is an error retried every 30 s", "[unit][recording]")
{
    CHECK(decideRetry(FailureKind::Unrecordable, 0).state == RecordingState::Error);
    CHECK(decideRetry(FailureKind::Unrecordable, 0).delayMs == 30000);
    CHECK(decideRetry(FailureKind::Invalid, 0).state == RecordingState::Error);
}

TEST_CASE("Recording states have stable keys for the status channel", "[unit][recording]")
{
    CHECK(stateKey(RecordingState::Recording) == "recording");
    CHECK(stateKey(RecordingState::Waiting) == "waiting");
    CHECK(stateKey(RecordingState::WriteError) == "write-error");
    CHECK(stateKey(RecordingState::AuthFailed) == "auth-failed");
    CHECK(stateKey(RecordingState::Invalid) == "invalid");
}
