// Private: the counters behind ReportBuilder, shared by aggregation, tables and state I/O.
#pragma once

#include <cstdint>
#include <cstdio>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <tuple>
#include <unordered_map>
#include <vector>

#include "report/keywords.h"
#include "report/record.h"
#include "zhcorpus/region_gazetteer.h"
#include "zhcorpus/report.h"

namespace zhcorpus {

// One region or organisation. `province` is the province (regions) or the
// region the organisation belongs to (orgs).
struct Counter {
  std::string key, name, code, level, province, kind;
  std::size_t mentions = 0, docs = 0;
  std::size_t last_doc = 0;  // article that last counted this key, so docs count once each
  // Orgs: mentions per region stated (a bare 省委 belongs to whichever province the
  // article is about); `province` shown is the most mentioned, see MainRegion.
  std::map<std::string, std::size_t> regions;
};

inline Counter NewCounter(std::string name, std::string code, std::string level, std::string province,
                          std::string kind) {
  Counter c;
  c.name = std::move(name), c.code = std::move(code), c.level = std::move(level);
  c.province = std::move(province), c.kind = std::move(kind);
  return c;
}

// The region with the most mentions (on a tie, the first by name); "" when none.
std::string MainRegion(const Counter& c);

// Counters by key with small stable ids, so pairs are keyed by two integers.
class CounterTable {
 public:
  // The id of `key`, created from `proto` the first time.
  std::uint32_t Id(const std::string& key, const Counter& proto);
  // Counts a mention in article `doc` (1-based).
  void Count(std::uint32_t id, std::size_t doc);
  const Counter* Find(const std::string& key) const;
  Counter& at(std::uint32_t id) { return items_[id]; }
  const Counter& at(std::uint32_t id) const { return items_[id]; }
  const std::vector<Counter>& items() const { return items_; }

 private:
  std::vector<Counter> items_;
  std::unordered_map<std::string, std::uint32_t> index_;
};

struct MetricRow {
  std::string article, indicator, measure, unit, approx, region, date;
  double value = 0;
};

// Metric rows are one per mention, so they go to a temporary file rather than
// memory (the rest of the report grows with distinct keys only). Falls back to
// memory when no temporary file can be made.
class MetricRows {
 public:
  MetricRows();
  ~MetricRows();
  MetricRows(const MetricRows&) = delete;
  MetricRows& operator=(const MetricRows&) = delete;
  void Append(const MetricRow& row);
  std::size_t size() const { return size_; }
  // Where the rows end now; Truncate(mark) drops every row appended after it
  // (a state refused halfway through its rows leaves none of them behind).
  struct Mark {
    std::size_t rows;
    long bytes;
  };
  Mark End() const;
  void Truncate(const Mark& mark);
  // Calls fn for the first `limit` rows in input order (0 = all).
  template <typename Fn>
  void ForEach(std::size_t limit, Fn fn) const;

 private:
  bool Read(MetricRow* row) const;
  std::FILE* file_ = nullptr;
  std::vector<MetricRow> memory_;
  std::size_t size_ = 0;
};

// Per (indicator, measure, unit): a summary, the places it is stated for, and
// one point per resolved date (the largest value stated for that date, so
// merging shards in any order agrees).
struct IndicatorSummary {
  std::size_t count = 0;
  double min = 0, max = 0;
  std::map<std::string, double> series;
  std::set<std::string> regions;
};
using IndicatorKey = std::tuple<std::string, std::string, std::string>;  // indicator, measure, unit

// One quantity of one place over time: (indicator, measure, unit, region).
struct SeriesSummary {
  std::size_t count = 0;
  std::map<std::string, double> points;  // date -> the largest value stated for it
};
using SeriesKey = std::tuple<std::string, std::string, std::string, std::string>;

// The mention of one type nearest before a span (else nearest after it)
// among an article's entities, in O(log n) per query: an article with
// thousands of figures must not cost figures × mentions.
class NearestMention {
 public:
  NearestMention(const std::vector<ReportEntity>& all, const char* type, bool (*usable)(const ReportEntity&));
  // The last entity (in article order) ending at or before `start`, else the
  // first starting at or after `end`; null when there is neither.
  const ReportEntity* Find(long long start, long long end) const;

 private:
  struct Item {
    long long pos;      // end (by_end_) or start (by_start_)
    std::size_t index;  // in the article's entity list
  };
  const std::vector<ReportEntity>& all_;
  std::vector<Item> by_end_, by_start_;  // sorted by pos
  std::vector<std::size_t> max_index_;   // by_end_: the largest index up to here
  std::vector<std::size_t> min_index_;   // by_start_: the smallest index from here on
};

struct ReportBuilder::Impl {
  explicit Impl(const RegionGazetteer* gazetteer);

  const RegionGazetteer* gazetteer = nullptr;
  std::unordered_map<std::string, std::int32_t> place_by_code;  // from the gazetteer

  std::size_t articles = 0, bad = 0, no_entities = 0, chars = 0, entities = 0;
  // Date mentions off the monthly timeline: resolved only to a year, half,
  // quarter or decade; and unresolved (XXXX-05, or null without an article date).
  std::size_t coarse_dates = 0, unresolved_dates = 0;
  std::set<std::string> sources, outlets, authors;
  std::string first_date, last_date, first_mentioned, last_mentioned;
  // Regions keyed by code (rolled up), and by "~name" for macro-regions,
  // countries, foreign and uncoded places, which stay apart.
  CounterTable regions, orgs;
  MetricRows metrics;
  std::map<IndicatorKey, IndicatorSummary> indicators;
  std::map<SeriesKey, SeriesSummary> series;
  // Metric rows whose region or date tag did not give (norm.region/norm.date
  // null or absent), so the report guessed it from the article.
  std::size_t guessed_regions = 0, guessed_dates = 0;
  // Fingerprints of the states merged so far: the same state twice is refused.
  std::set<std::size_t> merged_states;
  std::map<std::string, std::pair<std::size_t, std::size_t>> months;  // date mentions, articles
  // Articles holding both: (region id, org id) and (org id, higher org id).
  std::unordered_map<std::uint64_t, std::size_t> region_org, org_org;
  KeywordCounter keywords;

  void Add(const ReportArticle& a);
  // Counts a region mention and its ancestors; appends the ids counted to `seen`.
  void AddRegion(const ReportEntity& e, std::vector<std::uint32_t>* seen);
  void AddDivision(const std::string& code, const std::string& name, const std::string& level,
                   const std::string& parent, std::vector<std::uint32_t>* seen);
  // `regions`/`dates`: the article's mentions a metric without its own
  // region or date falls back to (NearestMention, built once per article).
  void AddMetric(const ReportArticle& a, const ReportEntity& metric, const class NearestMention& regions,
                 const class NearestMention& dates);
  void AddIndicator(const MetricRow& row);
  void CountPairs(std::vector<std::uint32_t>* regions_seen, std::vector<std::uint32_t>* orgs_seen);
};

// "2024-03" from "2024-03", "2024-03-14", "2024-03/2024-05"; "" for coarser or unresolved dates.
std::string MonthOf(const std::string& date);

// Widens [lo, hi] (ISO-like strings compare as dates) to hold d.
void WidenRange(const std::string& d, std::string* lo, std::string* hi);

inline std::uint64_t PairKey(std::uint32_t a, std::uint32_t b) { return (std::uint64_t{a} << 32) | b; }

template <typename Fn>
void MetricRows::ForEach(std::size_t limit, Fn fn) const {
  const std::size_t n = limit == 0 ? size_ : std::min(limit, size_);
  if (!file_) {
    for (std::size_t i = 0; i < n; ++i) fn(memory_[i]);
    return;
  }
  std::fflush(file_);
  std::rewind(file_);
  MetricRow row;
  for (std::size_t i = 0; i < n && Read(&row); ++i) fn(row);
  std::fseek(file_, 0, SEEK_END);
}

}  // namespace zhcorpus
