import CMalloc
import Glibc

/// Keeps the whole process on one malloc arena.
///
/// glibc gives each thread that allocates its own arena, and memory freed in one is not reused
/// by another: the loader's second thread (the staff names folded while the file is decoded) and
/// the browser's background indexing each leave an arena of freed blocks behind, which the next
/// phase cannot use. On the national dataset (60,000 staff) one arena keeps the browser's peak
/// RSS about 9 MiB lower (94 against 103 MiB, docs/PERFORMANCE.md); each thread's cache of small
/// blocks (tcache) keeps most allocations off the shared lock. `MALLOC_ARENA_MAX` in the
/// environment, when set, wins, so the difference can be measured.
enum MallocArenas {
    static func useOne() {
        guard getenv("MALLOC_ARENA_MAX") == nil else { return }
        _ = mallopt(M_ARENA_MAX, 1)
    }
}
