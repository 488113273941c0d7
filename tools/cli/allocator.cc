#include "cli/allocator.h"

#include <malloc.h>

namespace zhcorpus::cli {

void KeepFreedMemoryForNextRecord() {
#if defined(__GLIBC__)
  // Values: see allocator.h. Setting them fixes glibc's dynamic thresholds.
  mallopt(M_TRIM_THRESHOLD, 64 << 20);
  mallopt(M_MMAP_THRESHOLD, 32 << 20);
#endif
}

}  // namespace zhcorpus::cli
