// The exit codes every tool returns (docs/records.md, "errors").
#pragma once

namespace zhcorpus::cli {

constexpr int kExitOk = 0;             // every record done
constexpr int kExitRecordsFailed = 1;  // some records failed; the others were written
constexpr int kExitUsage = 2;          // bad usage, a missing file, data that cannot load

}  // namespace zhcorpus::cli
