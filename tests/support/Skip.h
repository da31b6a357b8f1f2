#pragma once
// Reporting a test as skipped, not passed. Catch2 v2 has no SKIP: a test that cannot run on this
// machine calls skipTest() with the reason and returns at once. skipTest prints kSkippedMarker,
// and every test binary's CTest entries carry SKIP_REGULAR_EXPRESSION on it (tests/CMakeLists.txt),
// so CTest lists the test as "Skipped" with the reason in its output.
//
// CTest reports a skip even when the test also failed: call skipTest only in a test case without
// SECTIONs (every pass of a test case prints into the same CTest test), with at most REQUIREs
// before it (a failed REQUIRE ends the test before the marker is printed).
//
// Threads: the test's thread.
#include <catch2/catch.hpp>

#include <iostream>
#include <string>

namespace pantau::test {

inline constexpr const char *kSkippedMarker = "PANTAU-TEST-SKIPPED";

inline void skipTest(const std::string &why)
{
    std::cout << kSkippedMarker << ": " << why << std::endl;
    WARN("skipped: " << why);
}

} // namespace pantau::test
