#include "zhcorpus/timex_scorer.h"

#include <cmath>
#include <fstream>
#include <functional>
#include <iomanip>
#include <map>

#include "eval/timex_cases.h"
#include "zhcorpus/records.h"
#include "numbers/metrics.h"
#include "numbers/number_parser.h"
#include "zhcorpus/simplified.h"
#include "zhcorpus/utf8.h"

namespace zhcorpus {
namespace {

using timex::Outcome;

struct FileRule {
  const char* file;
  const char* group;
  Outcome (timex::Judge::*judge)(const Json& c) const;
};

constexpr FileRule kFiles[] = {
    {"duckling_zh_numeral.jsonl", "numbers", &timex::Judge::DucklingNumeral},
    {"duckling_zh_ordinal.jsonl", "numbers", &timex::Judge::DucklingOrdinal},
    {"duckling_zh_money.jsonl", "money", &timex::Judge::DucklingMoney},
    {"jionlp_parse_money.jsonl", "money", &timex::Judge::JioMoney},
    {"jionlp_extract_money.jsonl", "money", &timex::Judge::JioExtractMoney},
    {"duckling_zh_duration.jsonl", "durations", &timex::Judge::DucklingDuration},
    {"duckling_zh_quantity.jsonl", "quantities", &timex::Judge::DucklingQuantity},
    {"duckling_zh_time.jsonl", "dates", &timex::Judge::DucklingTime},
    {"jionlp_parse_time.jsonl", "dates", &timex::Judge::JioTime},
    {"jionlp_extract_time.jsonl", "dates", &timex::Judge::JioExtractTime},
};

}  // namespace

Result<TimexReport> ScoreTimex(const std::filesystem::path& dir, const std::filesystem::path& data_dir) {
  Result<SimplifiedView> view = SimplifiedView::Load(data_dir);
  if (!view.ok()) return view.status();
  Result<UnitLexicon> units = UnitLexicon::Load(data_dir / "units.tsv");
  if (!units.ok()) return units.status();
  timex::Judge judge(*view, MetricExtractor(std::move(units).value()));
  TimexReport report;
  for (const FileRule& rule : kFiles) {
    std::filesystem::path path = dir / rule.file;
    std::ifstream in(path);
    if (!in) return Status::NotFound(path.string() + ": cannot open (is --dir the timex folder?)");
    TimexFileScore score{rule.file, rule.group};
    JsonlReader reader(in, path.string());
    JsonlLine line;
    while (reader.Next(&line)) {
      if (line.error) return Status::ParseError(line.error->ToString());
      ++score.cases;
      Outcome o = (judge.*rule.judge)(line.record);
      if (!o.in_scope) continue;
      ++score.in_scope;
      if (o.passed) ++score.passed;
      else score.failures.push_back(line.record.value("input", std::string()) + " -> " + o.detail);
    }
    report.files.push_back(std::move(score));
  }
  return report;
}

void TimexReport::Print(std::ostream& out, bool failures) const {
  out << std::left << std::setw(30) << "file" << std::setw(12) << "group" << std::right << std::setw(7) << "cases"
      << std::setw(10) << "in-scope" << std::setw(8) << "passed" << std::setw(8) << "rate" << '\n';
  std::map<std::string, std::pair<int, int>> groups;
  for (const TimexFileScore& f : files) {
    double rate = f.in_scope ? 100.0 * f.passed / f.in_scope : 0.0;
    out << std::left << std::setw(30) << f.file << std::setw(12) << f.group << std::right << std::setw(7) << f.cases
        << std::setw(10) << f.in_scope << std::setw(8) << f.passed << std::setw(7) << std::fixed
        << std::setprecision(1) << rate << "%\n";
    groups[f.group].first += f.in_scope;
    groups[f.group].second += f.passed;
  }
  for (const auto& [group, counts] : groups) {
    out << "total " << std::left << std::setw(24) << group << std::right << std::setw(29) << counts.first
        << std::setw(8) << counts.second << std::setw(7) << std::fixed << std::setprecision(1)
        << (counts.first ? 100.0 * counts.second / counts.first : 0.0) << "%\n";
  }
  if (!failures) return;
  for (const TimexFileScore& f : files) {
    for (const std::string& fail : f.failures) out << f.file << ": " << fail << '\n';
  }
}

}  // namespace zhcorpus
