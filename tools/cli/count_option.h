// A validator for options that take a count (--top, --limit, -j, --window).
//
//   app.add_option("-n,--top", top, "rows per section")->check(cli::kCount);
//
// Why: CLI11 reads "-1" into an unsigned option as 18446744073709551615,
// so `--top -1` would silently mean "all rows". A count is digits only.
#pragma once

#include <CLI/CLI.hpp>

#include <algorithm>
#include <string>

namespace zhcorpus::cli {

inline const CLI::Validator kCount(
    [](std::string& value) -> std::string {
      const bool digits = !value.empty() && std::all_of(value.begin(), value.end(), [](char c) { return c >= '0' && c <= '9'; });
      return digits ? "" : "expected a count (0, 1, 2, ...), got " + value;
    },
    "COUNT");

}  // namespace zhcorpus::cli
