// media::limitMallocArenas: threads allocating at the same time share at most the capped number
// of glibc malloc arenas (counted from malloc_info). Arenas made before the cap stay; the test
// checks that no new ones appear beyond it.
#include "core/media/MallocArenas.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <barrier>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <thread>
#include <vector>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace {
#if defined(__GLIBC__) && !defined(__SANITIZE_ADDRESS__)
int arenaCount()
{
    char *text = nullptr;
    std::size_t size = 0;
    FILE *out = open_memstream(&text, &size);
    if (!out)
        return -1;
    malloc_info(0, out);
    std::fclose(out);
    int count = 0;
    for (const char *p = text; (p = std::strstr(p, "<heap nr=")); ++p)
        ++count;
    std::free(text);
    return count;
}
#endif
} // namespace

TEST_CASE("limitMallocArenas caps the arenas of threads that allocate at the same time")
{
    const bool operatorChose = pantau::media::operatorSetMallocArenas();
    const int cap = pantau::media::limitMallocArenas();
#if defined(__SANITIZE_ADDRESS__)
    // AddressSanitizer's allocator stands in for glibc's and answers mallopt with "no".
    CHECK(cap == 0);
    (void)operatorChose;
#elif defined(__GLIBC__)
    if (operatorChose) {
        CHECK(cap == 0); // the operator's setting wins
        return;
    }
    REQUIRE(cap >= 2);
    CHECK(cap >= int(std::thread::hardware_concurrency()));
    const int before = arenaCount();
    REQUIRE(before >= 1);

    constexpr int kThreads = 24;
    std::barrier allocated(kThreads);
    std::vector<std::thread> threads;
    for (int i = 0; i < kThreads; ++i)
        threads.emplace_back([&allocated] {
            // Small enough for an arena (not mmap), held until every thread has allocated.
            void *block = std::malloc(64 * 1024);
            std::memset(block, 1, 64 * 1024);
            allocated.arrive_and_wait();
            std::free(block);
        });
    for (std::thread &t : threads)
        t.join();
    const int after = arenaCount();
    INFO("arenas before " << before << ", after " << after << ", cap " << cap);
    CHECK(after <= std::max(before, cap));
#else
    CHECK(cap == 0);
#endif
}
