// Catch2's implementation (CATCH_CONFIG_RUNNER: everything but main), once for all test binaries.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "CatchSession.h"

namespace pantau::test {

int runCatchSession(int argc, char **argv)
{
    return Catch::Session().run(argc, argv);
}

} // namespace pantau::test
