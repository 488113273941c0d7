// Allocator settings for tools that stream large records.
//
//   int main(int argc, char** argv) {
//     cli::KeepFreedMemoryForNextRecord();
//
// Why: glibc returns the top of the heap to the kernel whenever more than
// 128 KiB is free there, and serves blocks above a (moving) threshold with
// their own mmap. A tool that builds a record's tree, uses it and frees it
// (report, concord, stats: a tagged news record is ~160 KB of JSON and
// thousands of small nodes) then pays page faults for the same memory on
// every record: on the benchmark corpus two thirds of concord's time was the
// kernel zeroing pages. Keeping up to 64 MiB freed memory in the process and
// serving blocks below 32 MiB from the heap removes that; peak RSS does not
// change (it is the largest record's working set either way).
#pragma once

namespace zhcorpus::cli {

void KeepFreedMemoryForNextRecord();

}  // namespace zhcorpus::cli
