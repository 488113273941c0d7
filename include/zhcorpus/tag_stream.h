// Tagging a whole JSON Lines stream on several threads: what `tag` runs.
//
//   TagStreamOptions options;
//   options.jobs = 4;
//   options.on_error = [&](const RecordError& e) { log(e.ToString()); return true; };
//   Result<TagStreamTotals> done = TagStream(*tagger, std::cin, "-", std::cout, options);
//
// A pipeline: one thread reads blocks of whole lines, `jobs` threads scan,
// tag and write each record into their block's output (Tagger::TagLine), and
// the calling thread writes the blocks in input order. The output is byte
// for byte the same whatever `jobs` is, and memory stays bounded: at most a
// few blocks per worker are in flight, however long the input.
#pragma once

#include <cstddef>
#include <functional>
#include <iosfwd>
#include <string>

#include "zhcorpus/records.h"
#include "zhcorpus/status.h"
#include "zhcorpus/tagger.h"

namespace zhcorpus {

struct TagStreamTotals {
  std::size_t records = 0;  // tagged and written
  std::size_t failed = 0;   // reported through on_error
  std::size_t bytes = 0;    // of input read
};

struct TagStreamOptions {
  TagOutputOptions output;
  int jobs = 1;  // tagging threads (reading and writing have their own)
  // Each record that cannot be tagged, in input order, on the calling thread;
  // return false to stop there (--strict): nothing after it is written.
  std::function<bool(const RecordError&)> on_error;
  // After each block is written, on the calling thread (for a progress line).
  std::function<void(const TagStreamTotals&)> on_progress;
  std::size_t block_bytes = 256 * 1024;  // input per block; a longer line makes its own block
};

// Tags every record of `in` ("source" names it in errors; "-" reads as
// "<stdin>") and writes them to `out` in input order. Bad records go to
// on_error and never stop the stream unless it says so. The status is an
// error only when `in` cannot be read or `out` cannot be written.
Result<TagStreamTotals> TagStream(const Tagger& tagger, std::istream& in, const std::string& source,
                                  std::ostream& out, const TagStreamOptions& options);

}  // namespace zhcorpus
