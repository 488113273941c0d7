// ReportBuilder state: the whole partial aggregate as versioned JSON, and merging one back.
// Counters and pairs are written by key (not by this run's ids), so states of
// different runs merge.
#include <algorithm>
#include <cmath>
#include <functional>
#include <istream>
#include <limits>
#include <ostream>
#include <string_view>
#include <utility>
#include <vector>

#include "report/impl.h"
#include "report/json_text.h"

namespace zhcorpus {
namespace {

Json CountersToJson(const CounterTable& t) {
  Json out = Json::array();
  for (const Counter& c : t.items())
    out.push_back({c.key, c.name, c.code, c.level, c.province, c.kind, c.mentions, c.docs, c.regions});
  return out;
}

// Returns the ids of the merged rows, in the order of `rows`.
std::vector<std::uint32_t> MergeCounters(const Json& rows, CounterTable* t) {
  std::vector<std::uint32_t> ids;
  for (const Json& r : rows) {
    const Counter proto = NewCounter(r[1].get<std::string>(), r[2].get<std::string>(), r[3].get<std::string>(),
                                     r[4].get<std::string>(), r[5].get<std::string>());
    const std::uint32_t id = t->Id(r[0].get<std::string>(), proto);
    Counter& c = t->at(id);
    if (c.name == c.code && proto.name != proto.code) c.name = proto.name;
    if (c.province.empty()) c.province = proto.province;
    c.mentions += r[6].get<std::size_t>(), c.docs += r[7].get<std::size_t>();
    if (r.size() > 8)  // per-region mentions of orgs (states from before 29 Nov 16:00 lack them)
      for (const auto& [region, n] : r[8].items()) c.regions[region] += n.get<std::size_t>();
    ids.push_back(id);
  }
  return ids;
}

// In key order, not the hash map's: a state's bytes then depend on its
// counts only, so a merged state equals one run's state byte for byte.
Json PairsToJson(const std::unordered_map<std::uint64_t, std::size_t>& pairs) {
  std::vector<std::pair<std::uint64_t, std::size_t>> sorted(pairs.begin(), pairs.end());
  std::sort(sorted.begin(), sorted.end());
  Json out = Json::array();
  for (const auto& [k, n] : sorted) out.push_back({k >> 32, k & 0xffffffffu, n});
  return out;
}

// Pairs of a state, whose ids index that state's counter arrays (`a_ids`, `b_ids`).
void MergePairs(const Json& rows, const std::vector<std::uint32_t>& a_ids, const std::vector<std::uint32_t>& b_ids,
                bool symmetric, std::unordered_map<std::uint64_t, std::size_t>* pairs) {
  for (const Json& p : rows) {
    std::uint32_t a = a_ids.at(p[0].get<std::size_t>()), b = b_ids.at(p[1].get<std::size_t>());
    if (symmetric && b < a) std::swap(a, b);
    (*pairs)[PairKey(a, b)] += p[2].get<std::size_t>();
  }
}

void MergeDates(const Json& j, std::string* lo, std::string* hi) {
  WidenRange(j[0].get<std::string>(), lo, hi);
  WidenRange(j[1].get<std::string>(), lo, hi);
}

}  // namespace

namespace {

Json MetricJson(const MetricRow& m) {
  return {m.article, m.indicator, m.measure, m.unit, m.approx, m.region, m.date, m.value};
}

Json PointsToJson(const std::map<std::string, double>& points) {
  Json out = Json::array();
  for (const auto& [date, value] : points) out.push_back({date, value});
  return out;
}

// Everything but the metric rows, which State() and WriteState() add last.
Json StateWithoutMetrics(const ReportBuilder::Impl& d) {
  Json s = Json::object();
  s["schema"] = kReportStateSchema;
  s["counts"] = {d.articles,     d.bad,          d.no_entities,      d.chars,          d.entities,
                 d.coarse_dates, d.unresolved_dates, d.guessed_regions, d.guessed_dates};
  s["sources"] = d.sources, s["outlets"] = d.outlets, s["authors"] = d.authors;
  s["article_dates"] = {d.first_date, d.last_date};
  s["mentioned_dates"] = {d.first_mentioned, d.last_mentioned};
  s["regions"] = CountersToJson(d.regions), s["orgs"] = CountersToJson(d.orgs);
  // Pairs refer to positions in "regions" and "orgs" above.
  s["region_org"] = PairsToJson(d.region_org), s["org_org"] = PairsToJson(d.org_org);
  s["indicators"] = Json::array();
  for (const auto& [k, v] : d.indicators) {
    const auto& [indicator, measure, unit] = k;
    s["indicators"].push_back({indicator, measure, unit, v.count, v.min, v.max, PointsToJson(v.series), v.regions});
  }
  s["series"] = Json::array();
  for (const auto& [k, v] : d.series) {
    const auto& [indicator, measure, unit, region] = k;
    s["series"].push_back({indicator, measure, unit, region, v.count, PointsToJson(v.points)});
  }
  s["months"] = Json::array();
  for (const auto& [k, c] : d.months) s["months"].push_back({k, c.first, c.second});
  s["keyword_articles"] = d.keywords.articles();
  s["keywords"] = Json::array();
  for (const auto& [w, t] : d.keywords.terms()) s["keywords"].push_back({w, t.pos, t.mentions, t.docs});
  return s;
}

}  // namespace

Json ReportBuilder::State() const {
  Json s = StateWithoutMetrics(*impl_);
  s["metrics"] = Json::array();
  impl_->metrics.ForEach(0, [&](const MetricRow& m) { s["metrics"].push_back(MetricJson(m)); });
  return s;
}

void ReportBuilder::WriteState(std::ostream& out) const {
  Json head = StateWithoutMetrics(*impl_);
  head["metrics"] = impl_->metrics.size();  // the rows follow, one per line
  out << head.dump(-1, ' ', false, Json::error_handler_t::replace) << '\n';
  // MetricJson(m) dumped, written without building it (a row per mention).
  std::string line;
  impl_->metrics.ForEach(0, [&](const MetricRow& m) {
    line.assign(1, '[');
    for (const std::string* s : {&m.article, &m.indicator, &m.measure, &m.unit, &m.approx, &m.region, &m.date}) {
      AppendJsonString(*s, &line);
      line += ',';
    }
    AppendJsonDouble(m.value, &line);
    line += "]\n";
    out << line;
  });
}

namespace {

void MergePoints(const Json& rows, std::map<std::string, double>* points) {
  for (const Json& p : rows) {
    auto [it, fresh] = points->try_emplace(p[0].get<std::string>(), p[1].get<double>());
    if (!fresh) it->second = std::max(it->second, p[1].get<double>());
  }
}

void MergeIndicators(const Json& rows, ReportBuilder::Impl* d) {
  for (const Json& r : rows) {
    IndicatorSummary& s = d->indicators[{r[0].get<std::string>(), r[1].get<std::string>(), r[2].get<std::string>()}];
    const auto count = r[3].get<std::size_t>();
    const double lo = r[4].get<double>(), hi = r[5].get<double>();
    s.min = s.count == 0 ? lo : std::min(s.min, lo);
    s.max = s.count == 0 ? hi : std::max(s.max, hi);
    s.count += count;
    MergePoints(r[6], &s.series);
    for (const Json& region : r[7]) s.regions.insert(region.get<std::string>());
  }
}

void MergeSeries(const Json& rows, ReportBuilder::Impl* d) {
  for (const Json& r : rows) {
    SeriesSummary& s = d->series[{r[0].get<std::string>(), r[1].get<std::string>(), r[2].get<std::string>(),
                                  r[3].get<std::string>()}];
    s.count += r[4].get<std::size_t>();
    MergePoints(r[5], &s.points);
  }
}

// The shape of a state, checked whole before any of it is applied: a state
// that fails halfway must not leave half its counts behind. Counts are
// unsigned integers (not -1, not 1e300); every row has its fields' types.
class StateShape {
 public:
  // `rows_follow`: the head of a state file, whose "metrics" counts the rows
  // on the lines after it; else "metrics" holds the rows (State()).
  StateShape(const Json& s, bool rows_follow) : s_(s), rows_follow_(rows_follow) {}

  // "" when `r` is a well-formed metric row, else what is wrong; `at` names it.
  std::string MetricRowProblem(const Json& r, const std::string& at) {
    Row(r, kMetricRow, at);
    return problem_;
  }

  // "" when the state is well formed, else what is wrong and where.
  std::string Problem() {
    Rows("counts", [&](const Json& c, const std::string& at) { return Count(c, at); }, /*flat=*/true);
    if (s_.contains("counts") && s_["counts"].is_array() && s_["counts"].size() != 9) Fail("counts: expected 9 numbers");
    for (const char* k : {"sources", "outlets", "authors"})
      Rows(k, [&](const Json& v, const std::string& at) { return Str(v, at); }, true);
    for (const char* k : {"article_dates", "mentioned_dates"}) Row(Field(k), "ss", k);
    const std::size_t regions = Rows("regions", [&](const Json& r, const std::string& at) { return CounterRow(r, at); });
    const std::size_t orgs = Rows("orgs", [&](const Json& r, const std::string& at) { return CounterRow(r, at); });
    Rows("region_org", [&](const Json& r, const std::string& at) { return Pair(r, at, regions, orgs); });
    Rows("org_org", [&](const Json& r, const std::string& at) { return Pair(r, at, orgs, orgs); });
    if (rows_follow_) Count(Field("metrics"), "metrics");
    else Rows("metrics", [&](const Json& r, const std::string& at) { return Row(r, kMetricRow, at); });
    Rows("indicators", [&](const Json& r, const std::string& at) {
      return Row(r, "sssudd", at, 8) && Points(r[6], at) && Strings(r[7], at);
    });
    Rows("series", [&](const Json& r, const std::string& at) { return Row(r, "ssssu", at, 6) && Points(r[5], at); });
    Rows("months", [&](const Json& r, const std::string& at) { return Row(r, "suu", at); });
    Count(Field("keyword_articles"), "keyword_articles");
    Rows("keywords", [&](const Json& r, const std::string& at) { return Row(r, "ssuu", at); });
    return problem_;
  }

 private:
  const Json& Field(const char* key) {
    static const Json kMissing;
    if (!s_.contains(key)) {
      Fail(std::string("no \"") + key + "\"");
      return kMissing;
    }
    return s_[key];
  }
  bool Fail(const std::string& what) {
    if (problem_.empty()) problem_ = what;
    return false;
  }
  bool Count(const Json& v, const std::string& at) {
    return v.is_number_unsigned() || Fail(at + ": expected a count (an integer >= 0), got " + v.dump());
  }
  bool Str(const Json& v, const std::string& at) { return v.is_string() || Fail(at + ": expected a string"); }
  // `types`: s string, u count, d number; `size` > types when extra fields follow.
  bool Row(const Json& r, std::string_view types, const std::string& at, std::size_t size = 0) {
    if (!r.is_array() || r.size() < std::max(size, types.size())) return Fail(at + ": expected a row of " +
                                                                            std::to_string(std::max(size, types.size())) + " fields");
    for (std::size_t i = 0; i < types.size(); ++i) {
      const Json& v = r[i];
      const std::string where = at + "[" + std::to_string(i) + "]";
      if (types[i] == 's' && !Str(v, where)) return false;
      if (types[i] == 'u' && !Count(v, where)) return false;
      if (types[i] == 'd' && !(v.is_number() && std::isfinite(v.get<double>()))) return Fail(where + ": expected a number");
    }
    return true;
  }
  bool Points(const Json& v, const std::string& at) {
    if (!v.is_array()) return Fail(at + ": expected a list of points");
    for (const Json& p : v) if (!Row(p, "sd", at + " point")) return false;
    return true;
  }
  bool Strings(const Json& v, const std::string& at) {
    if (!v.is_array()) return Fail(at + ": expected a list of strings");
    for (const Json& x : v) if (!Str(x, at)) return false;
    return true;
  }
  bool CounterRow(const Json& r, const std::string& at) {
    if (!Row(r, "ssssssuu", at)) return false;
    if (r.size() <= 8) return true;
    if (!r[8].is_object()) return Fail(at + "[8]: expected an object of counts");
    for (const auto& [region, n] : r[8].items()) if (!Count(n, at + "[8]." + region)) return false;
    return true;
  }
  bool Pair(const Json& r, const std::string& at, std::size_t a_rows, std::size_t b_rows) {
    if (!Row(r, "uuu", at)) return false;
    if (r[0].get<std::size_t>() >= a_rows || r[1].get<std::size_t>() >= b_rows) return Fail(at + ": refers to no row");
    return true;
  }
  // Checks every element of the array `key`; returns its size.
  template <typename Check>
  std::size_t Rows(const char* key, Check check, bool flat = false) {
    const Json& rows = Field(key);
    if (!problem_.empty()) return 0;
    if (!rows.is_array()) return Fail(std::string(key) + ": expected a list"), 0;
    for (std::size_t i = 0; i < rows.size() && problem_.empty(); ++i)
      check(rows[i], std::string(key) + (flat ? "[" : " row ") + std::to_string(i + (flat ? 0 : 1)) + (flat ? "]" : ""));
    return rows.size();
  }

  static constexpr std::string_view kMetricRow = "sssssssd";
  const Json& s_;
  const bool rows_follow_;
  std::string problem_;
};

// Identifies a state by its contents, head and rows alike, whether it comes
// whole (Merge) or line by line (MergeStates).
class Fingerprint {
 public:
  void AddHead(const Json& head) {
    for (const auto& [key, value] : head.items()) {
      if (key == "metrics") continue;
      Add(key);
      Add(value.dump(-1, ' ', false, Json::error_handler_t::replace));
    }
  }
  void AddRow(const Json& row) { Add(row.dump(-1, ' ', false, Json::error_handler_t::replace)); }
  std::size_t value() const { return hash_; }

 private:
  void Add(const std::string& bytes) { hash_ = (hash_ * 1099511628211ull) ^ std::hash<std::string>()(bytes); }
  std::size_t hash_ = 1469598103934665603ull;
};

// Why `s` is not a state of this version, or "".
std::string SchemaProblem(const Json& s) {
  const std::string schema = s.is_object() && s.contains("schema") && s["schema"].is_string()
                                 ? s["schema"].get<std::string>() : "";
  const std::string family = "zhcorpus.report-state/";
  if (schema.rfind(family, 0) == 0 && schema != kReportStateSchema)
    return "report state version " + schema.substr(family.size()) + " is not readable by this report (it reads " +
           std::string(kReportStateSchema).substr(family.size()) +
           "): rebuild it with `report --format state` from the tagged records";
  if (schema != kReportStateSchema) return std::string("not a report state (expected schema ") + kReportStateSchema + ")";
  return "";
}

const char* const kMalformed = "malformed report state (nothing of it merged): ";
const char* const kTwice = "this report state was already merged (the same state twice would double its counts)";

void AppendMetric(const Json& m, MetricRows* rows) {
  rows->Append({m[0].get<std::string>(), m[1].get<std::string>(), m[2].get<std::string>(), m[3].get<std::string>(),
                m[4].get<std::string>(), m[5].get<std::string>(), m[6].get<std::string>(), m[7].get<double>()});
}

// One line of a state file, parsed; blank lines are skipped.
struct StateLine {
  std::size_t number = 0;
  Json value;  // discarded when the line is not JSON
};

class StateLineReader {
 public:
  explicit StateLineReader(std::istream& in) : in_(in) {}
  bool Next(StateLine* line) {
    if (put_back_) {
      put_back_ = false;
      return true;  // *line still holds it
    }
    while (std::getline(in_, text_)) {
      ++number_;
      if (!text_.empty() && text_.back() == '\r') text_.pop_back();
      if (text_.find_first_not_of(" \t") == std::string::npos) continue;
      line->number = number_;
      line->value = Json::parse(text_, nullptr, /*allow_exceptions=*/false);
      return true;
    }
    return false;
  }
  // The next Next() gives the line it gave last again.
  void PutBack() { put_back_ = true; }

 private:
  std::istream& in_;
  std::string text_;
  std::size_t number_ = 0;
  bool put_back_ = false;
};

}  // namespace

namespace {

// Adds everything of a checked state but its metric rows.
void ApplyHead(const Json& s, ReportBuilder::Impl* impl) {
  ReportBuilder::Impl& d = *impl;
  std::size_t* counts[] = {&d.articles,         &d.bad,             &d.no_entities,  &d.chars,        &d.entities,
                           &d.coarse_dates,     &d.unresolved_dates, &d.guessed_regions, &d.guessed_dates};
  for (std::size_t i = 0; i < std::size(counts); ++i) *counts[i] += s["counts"].at(i).get<std::size_t>();
  for (const char* k : {"sources", "outlets", "authors"})
    for (const Json& v : s[k]) (k[0] == 's' ? d.sources : k[0] == 'o' ? d.outlets : d.authors).insert(v.get<std::string>());
  MergeDates(s["article_dates"], &d.first_date, &d.last_date);
  MergeDates(s["mentioned_dates"], &d.first_mentioned, &d.last_mentioned);
  const std::vector<std::uint32_t> regions = MergeCounters(s["regions"], &d.regions);
  const std::vector<std::uint32_t> orgs = MergeCounters(s["orgs"], &d.orgs);
  MergePairs(s["region_org"], regions, orgs, false, &d.region_org);
  MergePairs(s["org_org"], orgs, orgs, true, &d.org_org);
  MergeIndicators(s["indicators"], &d);
  MergeSeries(s["series"], &d);
  for (const Json& m : s["months"]) {
    auto& c = d.months[m[0].get<std::string>()];
    c.first += m[1].get<std::size_t>(), c.second += m[2].get<std::size_t>();
  }
  d.keywords.AddArticles(s["keyword_articles"].get<std::size_t>());
  for (const Json& k : s["keywords"])
    d.keywords.AddCounts(k[0].get<std::string>(), k[1].get<std::string>(), k[2].get<std::size_t>(),
                         k[3].get<std::size_t>());
}

}  // namespace

Status ReportBuilder::Merge(const Json& s) {
  if (std::string problem = SchemaProblem(s); !problem.empty()) return Status::DataError(problem);
  if (std::string problem = StateShape(s, /*rows_follow=*/false).Problem(); !problem.empty())
    return Status::DataError(kMalformed + problem);
  Fingerprint fingerprint;
  fingerprint.AddHead(s);
  for (const Json& m : s["metrics"]) fingerprint.AddRow(m);
  if (!impl_->merged_states.insert(fingerprint.value()).second) return Status::DataError(kTwice);
  const MetricRows::Mark mark = impl_->metrics.End();
  try {
    for (const Json& m : s["metrics"]) AppendMetric(m, &impl_->metrics);
    ApplyHead(s, impl_.get());
  } catch (const std::exception& e) {
    impl_->metrics.Truncate(mark);
    return Status::DataError(std::string("malformed report state: ") + e.what());
  }
  return Status::Ok();
}

// A state's rows are the array lines after its head; an object line always
// starts the next state, so a state cut short or refused never swallows the
// head of the one after it.
std::size_t ReportBuilder::MergeStates(std::istream& in,
                                       const std::function<void(std::size_t, const std::string&)>& on_error) {
  StateLineReader reader(in);
  StateLine line;
  std::size_t states = 0;
  // Skips up to `rows` row lines (all of them when refused before its count was known).
  auto skip_rows = [&](std::size_t rows) {
    for (std::size_t k = 0; k < rows && reader.Next(&line); ++k) {
      if (!line.value.is_array()) {
        reader.PutBack();
        return;
      }
    }
  };
  while (reader.Next(&line)) {
    ++states;
    const Json head = std::move(line.value);
    const std::size_t head_line = line.number;
    if (head.is_discarded()) {
      on_error(head_line, "not JSON: not a report state");
      continue;
    }
    if (head.is_object() && head.contains("metrics") && head["metrics"].is_array()) {  // a whole State() on one line
      if (Status merged = Merge(head); !merged.ok()) on_error(head_line, merged.message());
      continue;
    }
    std::string problem = SchemaProblem(head);
    if (problem.empty()) {
      problem = StateShape(head, /*rows_follow=*/true).Problem();
      if (!problem.empty()) problem = kMalformed + problem;
    }
    if (!problem.empty()) {
      on_error(head_line, problem);
      const bool counted = head.is_object() && head.contains("metrics") && head["metrics"].is_number_unsigned();
      skip_rows(counted ? head["metrics"].get<std::size_t>() : std::numeric_limits<std::size_t>::max());
      continue;
    }
    // The rows go to the metric file as they come; a bad one takes them all back out.
    const std::size_t rows = head["metrics"].get<std::size_t>();
    const MetricRows::Mark mark = impl_->metrics.End();
    Fingerprint fingerprint;
    fingerprint.AddHead(head);
    std::size_t k = 0;
    for (; k < rows; ++k) {
      if (!reader.Next(&line)) break;
      if (line.value.is_object()) {  // the next state's head
        reader.PutBack();
        break;
      }
      const std::string at = "metrics row " + std::to_string(k + 1) + " (line " + std::to_string(line.number) + ")";
      problem = StateShape(head, true).MetricRowProblem(line.value, at);
      if (!problem.empty()) break;
      AppendMetric(line.value, &impl_->metrics);
      fingerprint.AddRow(line.value);
    }
    if (problem.empty() && k < rows)
      problem = "cut short: " + std::to_string(rows) + " metric rows announced, " + std::to_string(k) + " found";
    if (!problem.empty()) {
      impl_->metrics.Truncate(mark);
      on_error(head_line, kMalformed + problem);
      if (k < rows) skip_rows(rows - k - 1);
      continue;
    }
    if (!impl_->merged_states.insert(fingerprint.value()).second) {
      impl_->metrics.Truncate(mark);
      on_error(head_line, kTwice);
      continue;
    }
    try {
      ApplyHead(head, impl_.get());
    } catch (const std::exception& e) {  // not expected after StateShape
      impl_->metrics.Truncate(mark);
      on_error(head_line, std::string("malformed report state: ") + e.what());
    }
  }
  return states;
}

}  // namespace zhcorpus
