// The video path's policies (core/media): retry backoff, error classification, decoder fallback,
// stall watchdog. Pure: this binary links no GStreamer and no pantau_core.
#include "CatchQt.h"

#include "core/media/DecoderFallbackPolicy.h"
#include "core/media/RetryBackoff.h"
#include "core/media/StallRule.h"
#include "core/media/StreamErrorClassifier.h"

#include <vector>

using namespace pantau;
using namespace pantau::media;

namespace {
// A random source that always answers `value` (in [0, 1)).
RetryBackoff::Random fixed(double value)
{
    return [value] { return value; };
}

std::vector<int> delays(RetryBackoff &backoff, int count)
{
    std::vector<int> out;
    for (int i = 0; i < count; ++i)
        out.push_back(backoff.nextDelayMs());
    return out;
}
} // namespace

// --- RetryBackoff ---

TEST_CASE("Retry backoff doubles from 1 s with each failure and stays at 30 s", "[unit][media][policy]")
{
    RetryBackoff backoff(fixed(0.5)); // jitter factor exactly 1
    CHECK(delays(backoff, 8) == std::vector<int>{1000, 2000, 4000, 8000, 16000, 30000, 30000, 30000});
    CHECK(backoff.failures() == 8);
}

TEST_CASE("Retry backoff jitter shortens a delay to 80 % at most", "[unit][media][policy]")
{
    RetryBackoff backoff(fixed(0.0));
    CHECK(delays(backoff, 7) == std::vector<int>{800, 1600, 3200, 6400, 12800, 24000, 24000});
}

TEST_CASE("Retry backoff jitter lengthens a delay below 120 % and never past 30 s", "[unit][media][policy]")
{
    RetryBackoff backoff(fixed(0.999999));
    CHECK(delays(backoff, 6) == std::vector<int>{1199, 2399, 4799, 9599, 19199, 30000});
}

TEST_CASE("Retry backoff with the default random source stays within the jitter bounds",
          "[unit][media][policy]")
{
    for (int i = 0; i < 200; ++i) {
        RetryBackoff backoff;
        const int firstMs = backoff.nextDelayMs();
        CHECK(firstMs >= 800);
        CHECK(firstMs < 1200);
        const int secondMs = backoff.nextDelayMs();
        CHECK(secondMs >= 1600);
        CHECK(secondMs < 2400);
    }
}

TEST_CASE("Retry backoff waits 30 s after a refused password, every time, without counting it",
          "[unit][media][policy]")
{
    RetryBackoff backoff(fixed(0.5));
    CHECK(backoff.delayMsAfter(StreamState::AuthFailed) == 30000);
    CHECK(backoff.delayMsAfter(StreamState::AuthFailed) == 30000);
    CHECK(backoff.failures() == 0);
    CHECK(backoff.nextDelayMs() == 1000);
}

TEST_CASE("Retry backoff waits at least 10 s for a stream that cannot be played as configured",
          "[unit][media][policy]")
{
    RetryBackoff backoff(fixed(0.5));
    CHECK(backoff.delayMsAfter(StreamState::Error) == 10000); // 1 s, raised
    CHECK(backoff.delayMsAfter(StreamState::Error) == 10000); // 2 s
    CHECK(backoff.delayMsAfter(StreamState::Error) == 10000); // 4 s
    CHECK(backoff.delayMsAfter(StreamState::Error) == 10000); // 8 s
    CHECK(backoff.delayMsAfter(StreamState::Error) == 16000);
    CHECK(backoff.failures() == 5);
}

TEST_CASE("Retry backoff treats an offline camera with the plain backoff", "[unit][media][policy]")
{
    RetryBackoff backoff(fixed(0.5));
    CHECK(backoff.delayMsAfter(StreamState::Offline) == 1000);
    CHECK(backoff.delayMsAfter(StreamState::Offline) == 2000);
    CHECK(backoff.delayMsAfter(StreamState::Reconnecting) == 4000);
}

TEST_CASE("Retry backoff starts again from 1 s after a picture", "[unit][media][policy]")
{
    RetryBackoff backoff(fixed(0.5));
    delays(backoff, 6);
    backoff.reset();
    CHECK(backoff.failures() == 0);
    CHECK(backoff.nextDelayMs() == 1000);
}

TEST_CASE("Retry backoff waits 30 s for an address or element that cannot work", "[unit][media][policy]")
{
    CHECK(RetryBackoff::kNotPlayableDelayMs == 30000);
}

// --- StreamErrorClassifier ---

TEST_CASE("Error classifier: a refused username or password is AuthFailed with GStreamer's message",
          "[unit][media][policy]")
{
    const StreamErrorClass c = StreamErrorClassifier::classify(
        ErrorDomain::Resource, errorcode::ResourceNotAuthorized, QStringLiteral("Unauthorized"));
    CHECK(c.state == StreamState::AuthFailed);
    CHECK(c.reason == QStringLiteral("Unauthorized"));
}

TEST_CASE("Error classifier: a path the camera does not know is an Error", "[unit][media][policy]")
{
    CHECK(StreamErrorClassifier::classify(ErrorDomain::Resource, errorcode::ResourceNotFound, "Not found")
              .state == StreamState::Error);
}

TEST_CASE("Error classifier: a missing plug-in is an Error", "[unit][media][policy]")
{
    CHECK(StreamErrorClassifier::classify(ErrorDomain::Core, errorcode::CoreMissingPlugin, "x").state ==
          StreamState::Error);
}

TEST_CASE("Error classifier: no decoder for the codec is an Error", "[unit][media][policy]")
{
    CHECK(StreamErrorClassifier::classify(ErrorDomain::Stream, errorcode::StreamCodecNotFound, "x").state ==
          StreamState::Error);
}

TEST_CASE("Error classifier: a stream of the wrong type is an Error", "[unit][media][policy]")
{
    CHECK(StreamErrorClassifier::classify(ErrorDomain::Stream, errorcode::StreamWrongType, "x").state ==
          StreamState::Error);
}

TEST_CASE("Error classifier: a refused connection is Offline", "[unit][media][policy]")
{
    const StreamErrorClass c =
        StreamErrorClassifier::classify(ErrorDomain::Resource, errorcode::ResourceOpenReadWrite,
                                        QStringLiteral("Could not open resource for reading and writing."));
    CHECK(c.state == StreamState::Offline);
    CHECK(c.reason == QStringLiteral("Could not open resource for reading and writing."));
}

TEST_CASE("Error classifier: a timed-out or broken read is Offline", "[unit][media][policy]")
{
    CHECK(StreamErrorClassifier::classify(ErrorDomain::Resource, errorcode::ResourceRead, "x").state ==
          StreamState::Offline);
    CHECK(StreamErrorClassifier::classify(ErrorDomain::Resource, errorcode::ResourceOpenRead, "x").state ==
          StreamState::Offline);
    CHECK(StreamErrorClassifier::classify(ErrorDomain::Resource, errorcode::ResourceFailed, "x").state ==
          StreamState::Offline);
}

TEST_CASE("Error classifier: a decode or negotiation failure is Offline (a retry may cure it)",
          "[unit][media][policy]")
{
    CHECK(StreamErrorClassifier::classify(ErrorDomain::Stream, errorcode::StreamDecode, "x").state ==
          StreamState::Offline);
    CHECK(StreamErrorClassifier::classify(ErrorDomain::Core, errorcode::CoreNegotiation, "x").state ==
          StreamState::Offline);
    CHECK(StreamErrorClassifier::classify(ErrorDomain::Stream, errorcode::StreamTypeNotFound, "x").state ==
          StreamState::Offline);
}

TEST_CASE("Error classifier: a code counts only in its own domain", "[unit][media][policy]")
{
    CHECK(StreamErrorClassifier::classify(ErrorDomain::Core, errorcode::ResourceNotAuthorized, "x").state ==
          StreamState::Offline);
    CHECK(StreamErrorClassifier::classify(ErrorDomain::Stream, errorcode::ResourceNotFound, "x").state ==
          StreamState::Offline);
    CHECK(StreamErrorClassifier::classify(ErrorDomain::Resource, errorcode::CoreMissingPlugin, "x").state ==
          StreamState::Offline);
    CHECK(StreamErrorClassifier::classify(ErrorDomain::Library, errorcode::StreamCodecNotFound, "x").state ==
          StreamState::Offline);
    CHECK(StreamErrorClassifier::classify(ErrorDomain::Other, errorcode::ResourceNotAuthorized, "x").state ==
          StreamState::Offline);
}

// --- DecoderFallbackPolicy ---

TEST_CASE("Decoder fallback: an error from the hardware decoder rebuilds in software",
          "[unit][media][policy]")
{
    DecoderFallbackPolicy policy;
    CHECK_FALSE(policy.softwareOnly());
    CHECK(policy.fallBackOnError(true, true, 250));
    CHECK(policy.softwareOnly());
}

TEST_CASE("Decoder fallback: any error before the hardware decoder's first picture rebuilds in software",
          "[unit][media][policy]")
{
    DecoderFallbackPolicy policy;
    CHECK(policy.fallBackOnError(false, true, 0));
    CHECK(policy.softwareOnly());
}

TEST_CASE("Decoder fallback: another element's error after hardware pictures is the camera's",
          "[unit][media][policy]")
{
    DecoderFallbackPolicy policy;
    CHECK_FALSE(policy.fallBackOnError(false, true, 1));
    CHECK_FALSE(policy.softwareOnly());
}

TEST_CASE("Decoder fallback: an error while decoding in software changes nothing", "[unit][media][policy]")
{
    DecoderFallbackPolicy policy;
    CHECK_FALSE(policy.fallBackOnError(false, false, 0));
    CHECK_FALSE(policy.fallBackOnNoPicture(false, 0));
    CHECK_FALSE(policy.softwareOnly());
}

TEST_CASE("Decoder fallback: no picture from a hardware decoder by the connect timeout rebuilds in software",
          "[unit][media][policy]")
{
    DecoderFallbackPolicy policy;
    CHECK(policy.fallBackOnNoPicture(true, 0));
    CHECK(policy.softwareOnly());
}

TEST_CASE("Decoder fallback happens once per source", "[unit][media][policy]")
{
    DecoderFallbackPolicy policy;
    REQUIRE(policy.fallBackOnError(true, true, 0));
    CHECK_FALSE(policy.fallBackOnError(true, true, 0));
    CHECK_FALSE(policy.fallBackOnNoPicture(true, 0));
    CHECK(policy.softwareOnly());
}

TEST_CASE("Decoder fallback: a new source may use the hardware decoder again", "[unit][media][policy]")
{
    DecoderFallbackPolicy policy;
    REQUIRE(policy.fallBackOnNoPicture(true, 0));
    policy.sourceChanged();
    CHECK_FALSE(policy.softwareOnly());
    CHECK(policy.fallBackOnError(true, true, 0));
}

// --- StallRule ---

TEST_CASE("Stall rule: a playing stream without a frame for exactly 5 s has not stalled",
          "[unit][media][policy]")
{
    const StallRule rule;
    CHECK(rule.check(StreamState::Playing, 5000, 60000, 10000, false) == StallRule::Verdict::Healthy);
    CHECK(rule.check(StreamState::Playing, 0, 60000, 10000, false) == StallRule::Verdict::Healthy);
}

TEST_CASE("Stall rule: a playing stream without a frame for longer than 5 s has stalled",
          "[unit][media][policy]")
{
    const StallRule rule;
    CHECK(rule.stallTimeoutMs(false) == 5000);
    CHECK(rule.check(StreamState::Playing, 5001, 60000, 10000, false) == StallRule::Verdict::Stalled);
}

TEST_CASE("Stall rule: keyframes-only streams get 15 s", "[unit][media][policy]")
{
    const StallRule rule;
    CHECK(rule.stallTimeoutMs(true) == 15000);
    CHECK(rule.check(StreamState::Playing, 15000, 60000, 10000, true) == StallRule::Verdict::Healthy);
    CHECK(rule.check(StreamState::Playing, 15001, 60000, 10000, true) == StallRule::Verdict::Stalled);
}

TEST_CASE("Stall rule: a set stall timeout applies, keyframes-only never below 15 s", "[unit][media][policy]")
{
    StallRule rule;
    rule.setStallTimeoutMs(2000);
    CHECK(rule.check(StreamState::Playing, 2001, 0, 10000, false) == StallRule::Verdict::Stalled);
    CHECK(rule.stallTimeoutMs(true) == 15000);
    rule.setStallTimeoutMs(20000);
    CHECK(rule.stallTimeoutMs(true) == 20000);
    CHECK(rule.check(StreamState::Playing, 15001, 0, 10000, true) == StallRule::Verdict::Healthy);
}

TEST_CASE("Stall rule: a stream not yet playing is not stalled before its connect timeout",
          "[unit][media][policy]")
{
    const StallRule rule;
    for (StreamState s : {StreamState::Connecting, StreamState::Reconnecting})
        CHECK(rule.check(s, 999999, 10000, 10000, false) == StallRule::Verdict::Healthy);
}

TEST_CASE("Stall rule: a stream not playing past its connect timeout does not answer",
          "[unit][media][policy]")
{
    const StallRule rule;
    CHECK(rule.check(StreamState::Connecting, 0, 10001, 10000, false) == StallRule::Verdict::NoAnswer);
    CHECK(rule.check(StreamState::Reconnecting, 0, 3001, 3000, true) == StallRule::Verdict::NoAnswer);
}

TEST_CASE("Stall rule: a playing stream is never judged by its connect timeout", "[unit][media][policy]")
{
    const StallRule rule;
    CHECK(rule.check(StreamState::Playing, 100, 999999, 10000, false) == StallRule::Verdict::Healthy);
}
