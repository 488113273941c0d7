#include "cli/process.h"

#include <malloc.h>

#include <csignal>
#include <ios>

namespace zhcorpus::cli {

void PrepareProcess() {
  std::signal(SIGPIPE, SIG_DFL);
  // See process.h: std::cin read line by line through C stdio is slow.
  std::ios::sync_with_stdio(false);
#if defined(__GLIBC__)
  // Values: see process.h. Setting them fixes glibc's dynamic thresholds.
  mallopt(M_TRIM_THRESHOLD, 64 << 20);
  mallopt(M_MMAP_THRESHOLD, 32 << 20);
#endif
}

}  // namespace zhcorpus::cli
