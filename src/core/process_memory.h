#pragma once

namespace wm {

/// How the C library hands memory back to the operating system, set once at start-up by
/// each program (the window, the command line, the benchmarks).
///
/// glibc raises its mmap threshold to the size of the largest block freed so far (up to
/// 32 MB). Once a large layer has been read, the column and vertex buffers that grew by
/// doubling, the reader's batches and the renderer's per-band lists come from the heap
/// and, freed, stay resident. A fixed threshold of 1 MB keeps such buffers mapped on their
/// own, returned when freed: the dense benchmark's peak goes from about 206 to 194 MB
/// at no measurable cost in time. A no-op where the C library has no such setting.
void configureProcessMemory();

/// Returns memory freed at the top of the heap and in free pages of every arena to the
/// operating system: called after a large read, when the dataset's caches and the reader's
/// batches have just been freed. A no-op where the C library has no such call.
void returnFreedMemory();

} // namespace wm
