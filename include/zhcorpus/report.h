// Corpus statistics over tagged records (docs/records.md), rendered as tables.
//
//   zhcorpus::ReportBuilder builder(&gazetteer);   // or no gazetteer: codes roll up by arithmetic
//   for (each line) if (auto why = builder.AddLine(line)) errors.Report(...);
//   std::cout << *zhcorpus::RenderReport(*builder.Tables(opts), "table", opts.top);
//
// Memory grows with the number of distinct regions, orgs, indicators, dates,
// pairs and words, not with the number of articles: the metric rows (one per
// metric mention that names an indicator) go to a temporary file.
#pragma once

#include <cstddef>
#include <functional>
#include <iosfwd>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "zhcorpus/display_width.h"  // DisplayWidth, used to align the tables
#include "zhcorpus/idf_table.h"
#include "zhcorpus/records.h"
#include "zhcorpus/region_gazetteer.h"
#include "zhcorpus/status.h"

namespace zhcorpus {

// Version of the JSON output schema; bump when a field changes meaning.
inline constexpr const char* kReportSchema = "zhcorpus.report/3";

// Version of the state format (--format state / --merge); Merge refuses any other.
inline constexpr const char* kReportStateSchema = "zhcorpus.report-state/5";

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
  bool top_per_group = false;  // --top applies to each value of the first column (orgs by kind)
  std::size_t total = 0;       // rows in the section when `rows` holds only the first ones; 0 = rows.size()
  // Rows after `rows`, produced on demand so they need not all be in memory
  // (the metric and co-occurrence rows with ReportOptions::stream_long_tables); json and csv use it.
  // Valid while the ReportBuilder that made the table lives.
  std::function<void(const std::function<void(const std::vector<std::string>&)>&)> stream = nullptr;
};

struct ReportOptions {
  std::vector<std::string> sections;  // empty = all
  std::size_t top = 20;               // rows per section in table/md; 0 = all
  // Reference idf for the keywords section (not owned); null = no keywords, with a note.
  const IdfTable* reference = nullptr;
  // Rows to materialise of the tables that grow with the corpus (metrics, in
  // input order; co-occurrence pairs, ranked), 0 = all: table, md and html show
  // only the first --top, so they need not build every row.
  std::size_t long_table_rows = 0;
  // Those tables' rows through ReportTable::stream instead of `rows` (json and csv of a large corpus).
  bool stream_long_tables = false;
};

// Keywords kept per report (best scores), so the JSON of a large corpus stays small.
inline constexpr std::size_t kMaxKeywords = 1000;

// Section names in output order.
const std::vector<std::string>& ReportSectionNames();

// Not thread-safe, not even its const methods (they read the metric rows back
// from one temporary file): use one builder per thread and Merge their states.
class ReportBuilder {
 public:
  // The gazetteer (not owned, may be null) names the city and province a
  // county rolls up to and resolves abbreviation runs (沪苏浙皖) to provinces.
  explicit ReportBuilder(const RegionGazetteer* gazetteer = nullptr);
  ~ReportBuilder();
  // Adds one tagged article given as one JSON Lines line (the fast path: only
  // the fields the report uses are parsed); returns the reason when the record
  // is unusable (it is then counted as bad, and nothing else of it is used).
  std::optional<std::string> AddLine(std::string_view line);
  // The same for a parsed record.
  std::optional<std::string> Add(const Json& record);
  // The partial aggregate as one JSON value ("schema": kReportStateSchema,
  // the metric rows in "metrics"); Merge adds one back, so merging the states
  // of two halves equals building over the whole.
  Json State() const;
  Status Merge(const Json& state);
  // The same state as a file holds it (docs/report.md): a head line whose
  // "metrics" counts the metric rows, then one line per row, streamed from
  // disk, so neither writing nor merging holds them all in memory.
  void WriteState(std::ostream& out) const;
  // Merges every state in `in` as WriteState wrote them, one after another
  // (`cat a.state b.state` is two states), holding one head and one row at a
  // time. Each state is checked whole before it counts: a refused one goes
  // to on_error with its line number and nothing of it is counted (its rows
  // read so far are dropped again). Returns the number of states found.
  std::size_t MergeStates(std::istream& in,
                          const std::function<void(std::size_t line, const std::string& why)>& on_error);
  // Tables for the selected sections; InvalidArgument for an unknown name.
  Result<std::vector<ReportTable>> Tables(const ReportOptions& options) const;

  struct Impl;  // opaque: defined in src/report/impl.h

 private:
  std::unique_ptr<Impl> impl_;
};

// "table" (display-width aligned), "md", "csv" (exactly one table), "json",
// "html"; `top` rows per section in table, md and html (0 = all).
Status RenderReportTo(const std::vector<ReportTable>& tables, const std::string& format, std::size_t top,
                      std::ostream& out);
Result<std::string> RenderReport(const std::vector<ReportTable>& tables, const std::string& format,
                                 std::size_t top);

}  // namespace zhcorpus
