// SIGTERM and SIGINT reach the event loop as TerminationSignals::received (core/process), and
// only one instance handles them at a time.
#include "core/process/TerminationSignals.h"
#include "Wait.h"

#include <catch2/catch.hpp>

#include <csignal>

using namespace pantau;
using pantau::test::waitUntil;

TEST_CASE("SIGTERM and SIGINT arrive from the event loop, one after the other", "[unit][process]")
{
    TerminationSignals handler;
    REQUIRE(handler.isInstalled());
    QList<int> received;
    QObject::connect(&handler, &TerminationSignals::received, [&](int s) { received << s; });
    ::raise(SIGTERM); // without the handler the test process would end here
    ::raise(SIGINT);
    CHECK(received.isEmpty()); // never from inside the handler
    REQUIRE(waitUntil([&] { return received.size() == 2; }, 5000));
    CHECK(received == QList<int>{SIGTERM, SIGINT});

    TerminationSignals second; // the handlers are process-wide: the first keeps them
    CHECK_FALSE(second.isInstalled());
}

TEST_CASE("After TerminationSignals is gone a new one handles the signals again", "[unit][process]")
{
    {
        TerminationSignals first;
        REQUIRE(first.isInstalled());
    }
    TerminationSignals again;
    REQUIRE(again.isInstalled());
    bool got = false;
    QObject::connect(&again, &TerminationSignals::received, [&](int s) { got = s == SIGTERM; });
    ::raise(SIGTERM);
    CHECK(waitUntil([&] { return got; }, 5000));
}
