// media::limitMallocArenas: threads allocating at the same time share at most the capped number
// of glibc malloc arenas (counted from malloc_info). Arenas made before the cap stay; the test
// checks that no new ones appear beyond it.
#include "core/media/MallocArenas.h"

#include "ProcessStats.h"
#include "Skip.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <barrier>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
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
    REQUIRE(cap == 0);
    (void)operatorChose;
    pantau::test::skipTest("AddressSanitizer's allocator has no glibc arenas to cap");
#elif defined(__GLIBC__)
    if (operatorChose) {
        REQUIRE(cap == 0); // the operator's setting wins (a failure stops before the skip)
        pantau::test::skipTest("MALLOC_ARENA_MAX or GLIBC_TUNABLES malloc.arena_max is set: the cap is "
                               "the operator's, not Pantau's");
        return;
    }
    REQUIRE(cap >= 2);
    const int cores = std::max(1, int(std::thread::hardware_concurrency()));
    REQUIRE(cap >= cores); // REQUIREs only before a skip: a failure must not hide behind it
    const int before = arenaCount();
    REQUIRE(before >= 1);
    // Uncapped, glibc gives threads new arenas up to 8 per core (64-bit). More threads than the cap
    // allocating at once would then make more arenas than the cap allows, on any number of cores.
    const int glibcDefaultMax = 8 * cores;
    if (before >= std::min(glibcDefaultMax, cap + 1)) {
        pantau::test::skipTest("this process had " + std::to_string(before) +
                               " malloc arenas before the test: new ones beyond the cap of " +
                               std::to_string(cap) + " could not be told apart");
        return;
    }

    const int kThreads = std::max(24, 3 * cap);
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
    INFO("arenas before " << before << ", after " << after << ", cap " << cap << ", " << kThreads
                          << " threads, " << cores << " cores");
    CHECK(after <= std::max(before, cap));
    CHECK(after >= 2); // the threads did make arenas of their own: the count saw them
#else
    CHECK(cap == 0);
#endif
}

TEST_CASE("releaseFreeHeap gives back the free pages inside the heap, not only at its top")
{
#if defined(__GLIBC__) && !defined(__SANITIZE_ADDRESS__)
    // 64 MB in 4 KB blocks (neither tcache nor fastbin sizes), then one block above them: freed,
    // the 64 MB lie below a block in use, so glibc keeps them resident (what a dashboard round's
    // pipelines leave behind) until they are given back.
    constexpr std::size_t kBlock = 4096, kCount = 64 * 256;
    std::vector<void *> blocks;
    blocks.reserve(kCount);
    for (std::size_t i = 0; i < kCount; ++i) {
        blocks.push_back(std::malloc(kBlock));
        std::memset(blocks.back(), 1, kBlock);
    }
    void *pin = std::malloc(kBlock);
    std::memset(pin, 2, kBlock);
    for (void *b : blocks)
        std::free(b);
    const double heldMb = pantau::test::rssMb();
    const bool released = pantau::media::releaseFreeHeap();
    const double afterMb = pantau::test::rssMb();
    std::free(pin);
    INFO("resident " << heldMb << " MB with the blocks freed, " << afterMb << " MB after releaseFreeHeap");
    CHECK(released);
    CHECK(heldMb - afterMb > 48);
#else
    CHECK_FALSE(pantau::media::releaseFreeHeap());
#endif
}
