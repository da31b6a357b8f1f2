// Runs Catch2's session for a test binary's main (support/TestMain.cpp). Catch's implementation
// lives in CatchSession.cpp, compiled once for every test binary (the pantau_catch_session object
// library) instead of once per binary: it is the heaviest file of the suite to compile.
#pragma once

namespace pantau::test {

// Catch::Session().run(argc, argv): runs the binary's tests; returns the number failed (capped).
int runCatchSession(int argc, char **argv);

} // namespace pantau::test
