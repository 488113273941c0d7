// A minimal fork-join loop for tools that process a batch of records on
// several threads and then write them in input order.
#pragma once

#include <cstddef>
#include <functional>

namespace zhcorpus {

// Calls fn(i) for every i in [0, n) on up to `threads` threads (the calling
// thread included) and returns when all are done. fn must not throw.
void ParallelFor(std::size_t n, int threads, const std::function<void(std::size_t)>& fn);

}  // namespace zhcorpus
