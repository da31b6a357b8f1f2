// Scrubbing (ScrubThrottle): at most N inexact seeks a second while dragging, the newest position
// winning, and one exact seek on release. The clock is the test's own numbers.
#include <catch2/catch.hpp>

#include "ui/playback/ScrubThrottle.h"

using pantau::playback::ScrubThrottle;
using Seek = ScrubThrottle::Seek;

TEST_CASE("ScrubThrottle: the first move of a drag seeks at once, inexact", "[unit][timeline]")
{
    ScrubThrottle throttle(8);
    CHECK(throttle.intervalMs() == 125);
    CHECK(throttle.move(5000, 1000) == Seek{5000, false});
    CHECK(throttle.isDragging());
    CHECK_FALSE(throttle.msUntilPending(1000));
}

TEST_CASE("ScrubThrottle: a fast drag sends at most N seeks a second", "[unit][timeline]")
{
    ScrubThrottle throttle(8);
    int sent = 0;
    // A move every 5 ms for 2 s (400 moves); the pending one goes out when its turn comes.
    for (qint64 now = 0; now < 2000; now += 5) {
        if (throttle.flush(now))
            ++sent;
        if (throttle.move(100'000 + now * 50, now))
            ++sent;
    }
    CHECK(sent >= 15);
    CHECK(sent <= 16);
}

TEST_CASE("ScrubThrottle: a held-back position goes out when its turn comes, the newest winning",
          "[unit][timeline]")
{
    ScrubThrottle throttle(10);
    REQUIRE(throttle.move(1000, 0));
    CHECK_FALSE(throttle.move(2000, 30));
    CHECK_FALSE(throttle.move(3000, 60));
    CHECK(throttle.msUntilPending(60) == 40);
    CHECK_FALSE(throttle.flush(99));
    CHECK(throttle.flush(100) == Seek{3000, false});
    CHECK_FALSE(throttle.msUntilPending(100));
    CHECK_FALSE(throttle.flush(500)); // nothing more waits
}

TEST_CASE("ScrubThrottle: release is one exact seek and drops what waits", "[unit][timeline]")
{
    ScrubThrottle throttle(8);
    REQUIRE(throttle.move(1000, 0));
    CHECK_FALSE(throttle.move(2000, 10));
    CHECK(throttle.release(2500) == Seek{2500, true});
    CHECK_FALSE(throttle.isDragging());
    CHECK_FALSE(throttle.msUntilPending(1000));
    CHECK_FALSE(throttle.flush(1000));
    // The next drag starts afresh: its first move goes out at once.
    CHECK(throttle.move(9000, 1010) == Seek{9000, false});
}

TEST_CASE("ScrubThrottle: a move back to the position already sent sends nothing", "[unit][timeline]")
{
    ScrubThrottle throttle(8);
    REQUIRE(throttle.move(1000, 0));
    CHECK_FALSE(throttle.move(2000, 10));
    CHECK_FALSE(throttle.move(1000, 20));
    CHECK_FALSE(throttle.msUntilPending(20));
    CHECK_FALSE(throttle.flush(500));
}

TEST_CASE("ScrubThrottle: a cancelled drag sends nothing more", "[unit][timeline]")
{
    ScrubThrottle throttle(8);
    REQUIRE(throttle.move(1000, 0));
    CHECK_FALSE(throttle.move(2000, 10));
    throttle.cancel();
    CHECK_FALSE(throttle.isDragging());
    CHECK_FALSE(throttle.flush(1000));
}
