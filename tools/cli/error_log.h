// Record errors: each one logged as "tool: source:line: reason", counted, and
// turned into the exit code (0 all done, 1 some failed; --strict stops early).
#pragma once

#include <cstddef>

#include "cli/exit_codes.h"
#include "zhcorpus/records.h"

namespace zhcorpus::cli {

class ErrorLog {
 public:
  explicit ErrorLog(bool strict = false) : strict_(strict) {}
  // Logs at error level through spdlog's default logger (see cli/log.h).
  void Report(const RecordError& error);
  std::size_t count() const { return count_; }
  bool ShouldStop() const { return strict_ && count_ > 0; }
  int ExitCode() const { return count_ == 0 ? kExitOk : kExitRecordsFailed; }

 private:
  bool strict_;
  std::size_t count_ = 0;
};

}  // namespace zhcorpus::cli
