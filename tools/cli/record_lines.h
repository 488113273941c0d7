// Reads the records of every input as JSON lines, for the corpus tools
// (filter, concord, stats, export-corpus): blank lines are skipped, a CR
// before the LF is dropped, progress shows on a terminal, and a record error
// is reported with its input and line number.
//
//   cli::ErrorLog errors(strict);
//   Status st = cli::ForEachRecordLine(inputs, &errors, [&](const cli::RecordLine& r) {
//     if (auto why = Use(r.text)) errors.Report(r.Error(*why));
//   });
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "cli/error_log.h"
#include "zhcorpus/records.h"
#include "zhcorpus/status.h"

namespace zhcorpus::cli {

struct RecordLine {
  std::string_view text;  // the line without its end
  const std::string* input;  // the path as given, "-" for stdin
  std::size_t number;        // 1-based line number in that input
  RecordError Error(std::string reason) const {
    return {*input == "-" ? "<stdin>" : *input, number, std::move(reason)};
  }
};

// Calls fn for every non-blank line of every input (stdin when none) until
// the error log says stop (--strict). NotFound when an input cannot be opened
// (before reading anything), as ForEachInput.
Status ForEachRecordLine(const std::vector<std::string>& inputs, const ErrorLog& errors,
                         const std::function<void(const RecordLine&)>& fn);

}  // namespace zhcorpus::cli
