// Logging for every tool, through spdlog: stderr only (stdout is for records).
//
//   cli::LogFlags log_flags;
//   cli::AddLogFlags(app, &log_flags);       // -q, -v, --log-format
//   ...parse...
//   cli::SetUpLogging("tag", log_flags);
//   spdlog::warn("{}: not found; skipped", path);   // "tag: warning: x.txt: not found; skipped"
//   cli::ShowProgress("1024 records");              // redrawn in place, on a terminal only
//
// Text lines read "tool: message" ("tool: warning: message" for warnings), so
// record errors keep the "tool: file:line: reason" form. --log-format json
// writes one object per line instead: {"time","level","tool","message"}.
#pragma once

#include <iosfwd>
#include <string>

#include <spdlog/spdlog.h>

namespace CLI {
class App;
}

namespace zhcorpus::cli {

struct LogFlags {
  bool quiet = false;           // -q: errors only (no warnings, progress or summary)
  bool verbose = false;         // -v: also debug lines (data paths, load times)
  std::string format = "text";  // --log-format text | json
};

void AddLogFlags(CLI::App& app, LogFlags* flags);

// Makes spdlog's default logger write `tool`'s lines to `err` (default:
// stderr, where the progress line appears only if it is a terminal).
void SetUpLogging(const std::string& tool, const LogFlags& flags, std::ostream* err = nullptr);

// One status line redrawn in place (at most ten times a second); shown only on
// a terminal, in text format, when info lines are on. Log lines clear it first.
void ShowProgress(const std::string& text);
// Removes the progress line, e.g. before the summary.
void EndProgress();

}  // namespace zhcorpus::cli
