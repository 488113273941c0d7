// Process settings every tool makes first in main:
//
//   int main(int argc, char** argv) {
//     cli::PrepareProcess();
//
// - A closed pipe ends the tool quietly (`tag big.jsonl | head -1`): SIGPIPE
//   gets its default action, so the next write stops the tool at once,
//   printing nothing, with exit 128+13 as cat and grep do. Why explicit: a
//   parent may hand the tool SIGPIPE ignored (some shells, CI runners), and
//   every write would then fail with EPIPE and be reported as a write error.
// - The C++ streams leave C stdio (sync_with_stdio(false)): while in sync,
//   std::cin hands getline one byte at a time through stdio, and a tool
//   reading a pipe (`ingest | tag | report`, every scale-out shard) spent
//   60% more CPU than reading the same file by name. Nothing in the tools
//   writes stdout through stdio (spdlog writes stderr, flushed per message).
// - Freed memory is kept for the next record. glibc returns the top of the
//   heap to the kernel whenever more than 128 KiB is free there, and serves
//   blocks above a (moving) threshold with their own mmap. A tool that builds
//   a record's tree, uses it and frees it (report, concord, stats: a tagged
//   news record is ~160 KB of JSON and thousands of small nodes) then pays
//   page faults for the same memory on every record: on the benchmark corpus
//   two thirds of concord's time was the kernel zeroing pages. Keeping up to
//   64 MiB freed and serving blocks below 32 MiB from the heap removes that;
//   peak RSS does not change (it is the largest record's working set).
#pragma once

namespace zhcorpus::cli {

void PrepareProcess();

}  // namespace zhcorpus::cli
