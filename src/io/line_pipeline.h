// Blocks of whole lines through worker threads, back in input order: the
// engine under TagStream (and any stage that maps lines to output).
//
//   LinePipelineOptions options{.jobs = 2};
//   Status s = RunLinePipeline(in, options,
//       [](LineBlock& b) { for each line of b.input: b.output += ...; },   // on a worker
//       [&](LineBlock& b) { out << b.output; return true; });              // in order, calling thread
//
// One thread reads, `jobs` threads run `process`, the calling thread runs
// `emit` in input order. At most 2 * jobs + 2 blocks exist at once, so memory
// is bounded by the block size (or the longest line) whatever the input size.
#pragma once

#include <cstddef>
#include <functional>
#include <iosfwd>
#include <string>
#include <string_view>
#include <vector>

#include "zhcorpus/records.h"
#include "zhcorpus/status.h"

namespace zhcorpus {

struct LineBlock {
  std::size_t first_line = 1;  // 1-based number of the first line of `input`
  std::string input;           // whole lines, each ending in '\n' but perhaps the last
  // Filled by `process`, read by `emit`: the output, and the records that
  // failed with the size the output had when each failed.
  std::string output;
  struct Failure {
    std::size_t output_size = 0;
    std::size_t records_before = 0;  // records written to `output` before it
    RecordError error;
  };
  std::vector<Failure> failures;
  std::size_t records = 0;

  // Calls fn(line, number) for every line that is not blank, '\r' removed.
  template <typename Fn>
  void ForEachLine(Fn&& fn) const;
};

struct LinePipelineOptions {
  int jobs = 1;
  std::size_t block_bytes = 256 * 1024;
};

// Runs the pipeline over `in` until its end or until `emit` returns false.
// The status is an error only when `in` could not be read.
Status RunLinePipeline(std::istream& in, const LinePipelineOptions& options,
                       const std::function<void(LineBlock&)>& process, const std::function<bool(LineBlock&)>& emit);

template <typename Fn>
void LineBlock::ForEachLine(Fn&& fn) const {
  std::size_t number = first_line;
  for (std::size_t at = 0; at < input.size(); ++number) {
    std::size_t end = input.find('\n', at);
    if (end == std::string::npos) end = input.size();
    std::string_view line(input.data() + at, end - at);
    at = end + 1;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.find_first_not_of(" \t") == std::string_view::npos) continue;  // blank lines are not records
    fn(line, number);
  }
}

}  // namespace zhcorpus
