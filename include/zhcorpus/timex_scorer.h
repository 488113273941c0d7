// Measures the number parser and the metric/date extractors on the timex
// normalisation cases in ../shared/eval/timex (Duckling and JioNLP test data,
// see that README). Each case is either in the scope of docs/entities.md or not
// (holidays, weekdays, clock times, Cantonese, informal k/w abbreviations...);
// the pass rate is over in-scope cases only, per file.
//
//   auto report = ScoreTimex("../shared/eval/timex", data_dir);
//   report->Print(std::cout, /*failures=*/false);
#pragma once

#include <filesystem>
#include <ostream>
#include <string>
#include <vector>

#include "zhcorpus/status.h"

namespace zhcorpus {

struct TimexFileScore {
  std::string file;
  std::string group;  // "numbers", "money", "dates", "durations", "quantities"
  int cases = 0;
  int in_scope = 0;
  int passed = 0;
  std::vector<std::string> failures;  // "input -> what we gave (expected ...)"
};

struct TimexReport {
  std::vector<TimexFileScore> files;
  void Print(std::ostream& out, bool failures) const;
};

// `data_dir` holds the compiled data (units.tsv, t2s_chars.tsv).
Result<TimexReport> ScoreTimex(const std::filesystem::path& dir, const std::filesystem::path& data_dir);

}  // namespace zhcorpus
