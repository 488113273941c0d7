// Where a tool writes: a file named by -o, or stdout for "" and "-".
//
//   auto out = cli::Output::Open(flags.output);
//   if (!out.ok()) { spdlog::error("{}", out.status().message()); return cli::kExitUsage; }
//   Write(out->stream());
//   if (Status s = out->Close(); !s.ok()) { ...; return cli::kExitUsage; }
//
// Each Open returns its own object, which owns the file it opened.
//
// A regular file is written under a temporary name beside it and renamed
// over `path` only by a successful Close: a run that fails or is killed
// never leaves a truncated file that looks whole (the temporary is removed
// when the Output is destroyed without a successful Close). Devices and
// pipes (/dev/null, /dev/full, a FIFO) are written directly.
#pragma once

#include <memory>
#include <ostream>
#include <string>

#include "zhcorpus/status.h"

namespace zhcorpus::cli {

class Output {
 public:
  static Result<Output> Open(const std::string& path);

  Output(Output&&) noexcept;
  Output& operator=(Output&&) noexcept;
  ~Output();

  std::ostream& stream() { return *stream_; }
  // "<stdout>" or the path, for messages.
  const std::string& name() const { return name_; }
  // Flushes and, for a regular file, renames it into place; an error when
  // the bytes could not be written (nothing is renamed then).
  Status Close();

 private:
  Output(std::string name, std::unique_ptr<std::ostream> file, std::string temp = "");
  void Discard();  // removes an uncommitted temporary

  std::string name_;
  std::string temp_;  // the temporary being written, "" when writing `name_` directly
  std::unique_ptr<std::ostream> file_;  // null for stdout
  std::ostream* stream_;
};

// For tools that print straight to std::cout (score): flushes it and says
// whether every byte went out (an error on a full disk, `> /dev/full`).
Status FlushStdout();

}  // namespace zhcorpus::cli
