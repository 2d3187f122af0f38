#include "core/process_memory.h"

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace wm {

void configureProcessMemory()
{
#if defined(__GLIBC__)
    mallopt(M_MMAP_THRESHOLD, 1024 * 1024);
#endif
}

void returnFreedMemory()
{
#if defined(__GLIBC__)
    malloc_trim(0);
#endif
}

} // namespace wm
