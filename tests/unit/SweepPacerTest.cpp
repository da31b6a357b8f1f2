// When the dashboard's sweep may start its next round.
#include <catch2/catch.hpp>

#include "core/health/SweepPacer.h"

using namespace pantau;

TEST_CASE("The first sweep round starts at once", "[health][sweep]")
{
    SweepPacer pacer(60000);
    CHECK(pacer.mayStartRound(0));
    CHECK(pacer.mayStartRound(123456));
    CHECK(pacer.msUntilNextRound(5) == 0);
}

TEST_CASE("A sweep round starts no sooner than the minimum round time after the last", "[health][sweep]")
{
    SweepPacer pacer(60000);
    pacer.roundStarted(1000);
    CHECK_FALSE(pacer.mayStartRound(1000));
    CHECK_FALSE(pacer.mayStartRound(60999));
    CHECK(pacer.msUntilNextRound(1500) == 59500);
    CHECK(pacer.mayStartRound(61000));
    CHECK(pacer.mayStartRound(500000)); // a slow round: the next one starts as soon as it ends
    CHECK(pacer.msUntilNextRound(500000) == 0);
}

TEST_CASE("A reset sweep pacer lets the next round start at once", "[health][sweep]")
{
    SweepPacer pacer(60000);
    pacer.roundStarted(1000);
    pacer.reset();
    CHECK(pacer.mayStartRound(1001));
}

TEST_CASE("A zero minimum round time never holds a round back", "[health][sweep]")
{
    SweepPacer pacer(0);
    pacer.roundStarted(1000);
    CHECK(pacer.mayStartRound(1000));
}
