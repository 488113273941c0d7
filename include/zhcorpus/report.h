// Corpus statistics over tagged records (RECORDS.md), rendered as tables.
//
//   zhcorpus::ReportBuilder builder;
//   for (each record) if (auto why = builder.Add(record)) errors.Report(...);
//   std::cout << zhcorpus::RenderReport(builder.Tables(opts), "table");
//
// Memory grows with the number of distinct regions, orgs, indicators and
// months, not with the number of articles; metric rows are kept one per
// metric mention that names an indicator.
#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "zhcorpus/idf_table.h"
#include "zhcorpus/jsonl.h"
#include "zhcorpus/status.h"

namespace zhcorpus {

// Version of the JSON output schema; bump when a field changes meaning.
inline constexpr const char* kReportSchema = "zhcorpus.report/1";

// Version of the state format (--format state / --merge); Merge refuses any other.
inline constexpr const char* kReportStateSchema = "zhcorpus.report-state/2";

// One section as a table: `kinds` says per column "s" (text) or "n" (number).
// `method` names how a score was computed, `note` says why rows may be missing.
struct ReportTable {
  std::string name;
  std::string title;
  std::vector<std::string> columns;
  std::string kinds;
  std::vector<std::vector<std::string>> rows;
  std::string method = "";
  std::string note = "";
};

struct ReportOptions {
  std::vector<std::string> sections;  // empty = all
  std::size_t top = 20;               // rows per section in table/md; 0 = all
  // Reference idf for the keywords section (not owned); null = no keywords, with a note.
  const IdfTable* reference = nullptr;
};

// Keywords kept per report (best scores), so the JSON of a large corpus stays small.
inline constexpr std::size_t kMaxKeywords = 1000;

// Section names in output order.
const std::vector<std::string>& ReportSectionNames();

class ReportBuilder {
 public:
  ReportBuilder();
  ~ReportBuilder();
  // Adds one tagged article; returns the reason when the record is unusable
  // (it is then counted as bad, and nothing else of it is used).
  std::optional<std::string> Add(const Json& record);
  // The partial aggregate as JSON ("schema": kReportStateSchema); Merge adds one
  // back, so merging the states of two halves equals building over the whole.
  Json State() const;
  Status Merge(const Json& state);
  // Tables for the selected sections; InvalidArgument for an unknown name.
  Result<std::vector<ReportTable>> Tables(const ReportOptions& options) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// "table" (display-width aligned), "md", "csv" (exactly one table), "json".
Result<std::string> RenderReport(const std::vector<ReportTable>& tables, const std::string& format,
                                 std::size_t top);

// Terminal columns a UTF-8 string occupies (East Asian Wide/Fullwidth = 2).
std::size_t DisplayWidth(const std::string& utf8);

}  // namespace zhcorpus
