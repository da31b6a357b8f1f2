#include "core/media/MallocArenas.h"

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <thread>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace pantau::media {

bool operatorSetMallocArenas()
{
    const char *tunables = std::getenv("GLIBC_TUNABLES");
    return std::getenv("MALLOC_ARENA_MAX") || (tunables && std::strstr(tunables, "malloc.arena_max"));
}

int limitMallocArenas()
{
#if defined(__GLIBC__)
    if (operatorSetMallocArenas())
        return 0;
    const int arenas = std::max(2, int(std::thread::hardware_concurrency()));
    return mallopt(M_ARENA_MAX, arenas) == 1 ? arenas : 0;
#else
    return 0;
#endif
}

bool releaseFreeHeap()
{
#if defined(__GLIBC__)
    return malloc_trim(0) == 1;
#else
    return false;
#endif
}

} // namespace pantau::media
