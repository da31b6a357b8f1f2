#pragma once
// glibc gives threads that allocate at the same time their own malloc arenas, up to eight per
// core, and keeps memory in each arena once it held it. A wall runs a few threads per camera
// (sockets, jitter buffer, decoder) that come and go with every reconnection. Two 10-minute
// soaks side by side (16 keyframes-only cameras, server restarted at random, several hundred
// reconnections each; LeakSanitizer finds nothing that grows with them): with glibc's default
// the process grew from 237 MB after the first minute to 302-308 MB; capped at two arenas it
// stayed at 220-237 MB.
//
// Call limitMallocArenas() first thing in main(), before any thread starts: it caps the arenas
// at one per core (at least two). An operator's own MALLOC_ARENA_MAX (or glibc.malloc.arena_max
// in GLIBC_TUNABLES) wins. Does nothing where the C library is not glibc.
namespace pantau::media {

// Returns the cap it set, or 0 when it left the allocator alone (the operator chose, or the
// allocator refused: AddressSanitizer's does).
int limitMallocArenas();

// Whether the operator capped the arenas already (MALLOC_ARENA_MAX, or glibc.malloc.arena_max in
// GLIBC_TUNABLES): limitMallocArenas() then leaves the allocator alone.
bool operatorSetMallocArenas();

// Hands the allocator's free pages back to the system (glibc's malloc_trim: also the free pages
// inside the heap, not only its top). Many pipelines that come and go (the dashboard's sweep
// leases 64 at a time) leave their freed memory scattered over the heap, where it stays
// resident: at 1,000 cameras 196 MB of 712 MB. Costs a walk over the heap: call it after a batch
// of pipelines went, not per frame. Returns whether any memory was released; false where the C
// library is not glibc. Any thread.
bool releaseFreeHeap();

} // namespace pantau::media
