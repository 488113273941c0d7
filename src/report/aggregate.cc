// ReportBuilder: streams tagged articles into per-key counters.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <set>
#include <string>

#include "zhcorpus/report.h"

namespace zhcorpus {
namespace {

struct Counter {
  std::string name, code, level, province, kind;
  std::size_t mentions = 0, docs = 0;
};

struct MetricRow {
  std::string article, indicator, unit, approx, region, date;
  double value = 0;
};

std::string Str(const Json& j, const char* key) {
  if (!j.is_object()) return "";
  auto it = j.find(key);
  return it != j.end() && it->is_string() ? it->get<std::string>() : "";
}

std::string Num(double v) {
  char buf[64];
  // Whole numbers in full (1588亿元 reads as 158800000000, not 1.588e+11).
  if (v == static_cast<double>(static_cast<long long>(v)) && v < 1e18 && v > -1e18)
    std::snprintf(buf, sizeof buf, "%lld", static_cast<long long>(v));
  else
    std::snprintf(buf, sizeof buf, "%.10g", v);
  return buf;
}

// Rolls a code up the GB/T 2260 hierarchy: itself, its city, its province.
std::vector<std::string> Ancestors(const std::string& code) {
  std::vector<std::string> out{code};
  if (code.size() != 6) return out;
  const std::string city = code.substr(0, 4) + "00", province = code.substr(0, 2) + "0000";
  if (city != code) out.push_back(city);
  if (province != code && province != city) out.push_back(province);
  return out;
}

}  // namespace

struct ReportBuilder::Impl {
  std::size_t articles = 0, bad = 0, no_entities = 0, chars = 0, entities = 0;
  std::set<std::string> sources, outlets, authors;
  std::string first_date, last_date, first_mentioned, last_mentioned;
  std::map<std::string, Counter> regions, orgs;
  std::vector<MetricRow> metrics;
  std::map<std::string, std::pair<std::size_t, std::size_t>> months;  // date mentions, articles
  std::map<std::pair<std::string, std::string>, std::size_t> pairs;    // articles with both

  void Count(std::map<std::string, Counter>* table, const std::string& key, std::set<std::string>* seen,
             const Counter& proto) {
    Counter& c = (*table)[key];
    if (c.name.empty()) c = Counter{proto.name, proto.code, proto.level, proto.province, proto.kind};
    ++c.mentions;
    if (seen->insert(key).second) ++c.docs;
  }

  void AddRegion(const Json& norm, std::set<std::string>* seen) {
    const std::string name = Str(norm, "name"), code = Str(norm, "code");
    const std::string level = Str(norm, "level"), parent = Str(norm, "parent");
    if (code.empty()) {  // macro-regions, foreign places, uncoded names stay apart
      Count(&regions, "~" + name, seen, {name, "", level.empty() ? "other" : level, parent, ""});
      return;
    }
    for (const std::string& c : Ancestors(code)) {
      const bool self = c == code, province = c.substr(2) == "0000";
      const std::string lvl = self ? level : province ? "province" : "city";
      // Names of ancestors come from the mention's parent until a gazetteer names them.
      const std::string nm = self ? name : province ? parent : "";
      Count(&regions, c, seen, {nm.empty() ? c : nm, c, lvl, parent, ""});
      Counter& row = regions[c];
      if (self && row.name == c) row.name = name;
    }
  }

  void Add(const Json& record) {
    ++articles;
    if (record.contains("chars") && record["chars"].is_number_unsigned()) chars += record["chars"].get<std::size_t>();
    for (const char* f : {"source", "outlet"}) {
      const std::string v = Str(record, f);
      if (!v.empty()) (f[0] == 's' ? sources : outlets).insert(v);
    }
    if (record.contains("authors") && record["authors"].is_array())
      for (const Json& a : record["authors"]) if (a.is_string()) authors.insert(a.get<std::string>());
    Widen(Str(record, "date"), &first_date, &last_date);
    if (const std::string m = Month(Str(record, "date")); !m.empty()) ++months[m].second;
    const Json* ents = record.contains("entities") ? &record["entities"] : nullptr;
    if (!ents || !ents->is_array() || ents->empty()) { ++no_entities; return; }
    std::set<std::string> seen_regions, seen_orgs;
    std::string last_region, last_date_value;
    for (const Json& e : *ents) {
      if (!e.is_object() || !e.contains("norm")) continue;
      ++entities;
      const std::string type = Str(e, "type");
      const Json& norm = e["norm"];
      if (type == "region") {
        AddRegion(norm, &seen_regions);
        last_region = Str(norm, "name");
      } else if (type == "org") {
        const std::string name = Str(norm, "name").empty() ? Str(e, "text") : Str(norm, "name");
        Count(&orgs, name, &seen_orgs, {name, "", "", Str(norm, "region"), Str(norm, "kind")});
      } else if (type == "date") {
        last_date_value = Str(norm, "value");
        if (last_date_value.find('X') == std::string::npos)
          Widen(last_date_value, &first_mentioned, &last_mentioned);
        if (const std::string m = Month(last_date_value); !m.empty()) ++months[m].first;
      } else if (type == "metric" && !Str(norm, "indicator").empty() && norm.contains("value") &&
                 norm["value"].is_number()) {
        metrics.push_back({Str(record, "id"), Str(norm, "indicator"), Str(norm, "unit"), Str(norm, "approx"),
                           last_region, last_date_value.empty() ? Str(record, "date") : last_date_value,
                           norm["value"].get<double>()});
      }
    }
    CountPairs(seen_regions, seen_orgs);
  }

  // Each pair of distinct entities counted once per article they share.
  void CountPairs(const std::set<std::string>& regions_seen, const std::set<std::string>& orgs_seen) {
    for (const std::string& r : regions_seen)
      for (const std::string& o : orgs_seen) ++pairs[{"region:" + r, "org:" + o}];
    for (auto a = orgs_seen.begin(); a != orgs_seen.end(); ++a)
      for (auto b = std::next(a); b != orgs_seen.end(); ++b) ++pairs[{"org:" + *a, "org:" + *b}];
  }

  // "2024-03" from "2024-03", "2024-03-14"; "" for coarser or unresolved dates.
  static std::string Month(const std::string& d) {
    if (d.size() < 7 || d[4] != '-' || d[5] == 'Q' || d[5] == 'H' || d.find('X') != std::string::npos) return "";
    return d.substr(0, 7);
  }

  // The counter behind a pair key "region:KEY" (code or ~name) or "org:NAME".
  const Counter& Of(const std::string& key) const {
    return key.rfind("org:", 0) == 0 ? orgs.at(key.substr(4)) : regions.at(key.substr(7));
  }

  static void Widen(const std::string& d, std::string* lo, std::string* hi) {
    if (d.empty()) return;
    if (lo->empty() || d < *lo) *lo = d;
    if (hi->empty() || d > *hi) *hi = d;
  }
};

ReportBuilder::ReportBuilder() : impl_(std::make_unique<Impl>()) {}
ReportBuilder::~ReportBuilder() = default;

std::optional<std::string> ReportBuilder::Add(const Json& record) {
  if (!record.is_object()) return "record is not a JSON object";
  if (auto why = CheckTextField(record)) { ++impl_->bad; return why; }
  if (record.contains("entities") && !record["entities"].is_array()) {
    ++impl_->bad;
    return "\"entities\" is not an array";
  }
  impl_->Add(record);
  return std::nullopt;
}

const std::vector<std::string>& ReportSectionNames() {
  static const std::vector<std::string> names{"overview", "regions", "orgs", "metrics", "indicators",
                                                   "timeline", "cooccurrence"};
  return names;
}

namespace {

template <typename Less>
std::vector<const Counter*> Sorted(const std::map<std::string, Counter>& m, Less less) {
  std::vector<const Counter*> v;
  for (const auto& [k, c] : m) v.push_back(&c);
  std::stable_sort(v.begin(), v.end(), less);
  return v;
}

bool ByMentions(const Counter* a, const Counter* b) {
  if (a->mentions != b->mentions) return a->mentions > b->mentions;
  return a->name < b->name;
}

}  // namespace

Result<std::vector<ReportTable>> ReportBuilder::Tables(const ReportOptions& options) const {
  const Impl& d = *impl_;
  std::vector<std::string> wanted = options.sections.empty() ? ReportSectionNames() : options.sections;
  std::vector<ReportTable> out;
  for (const std::string& s : wanted) {
    if (std::find(ReportSectionNames().begin(), ReportSectionNames().end(), s) == ReportSectionNames().end())
      return Status::InvalidArgument("unknown section '" + s + "' (overview, regions, orgs, metrics, indicators, timeline, cooccurrence)");
    ReportTable t;
    t.name = s;
    if (s == "overview") {
      t = {s, "Overview", {"measure", "value"}, "ss", {}};
      auto add = [&](const char* k, const std::string& v) { t.rows.push_back({k, v}); };
      add("articles", std::to_string(d.articles));
      add("bad records", std::to_string(d.bad));
      add("articles without entities", std::to_string(d.no_entities));
      add("characters", std::to_string(d.chars));
      add("entities", std::to_string(d.entities));
      add("sources", std::to_string(d.sources.size()));
      add("outlets", std::to_string(d.outlets.size()));
      add("authors", std::to_string(d.authors.size()));
      add("article dates", d.first_date.empty() ? "" : d.first_date + " .. " + d.last_date);
      add("mentioned dates", d.first_mentioned.empty() ? "" : d.first_mentioned + " .. " + d.last_mentioned);
    } else if (s == "regions") {
      t = {s, "Regions (rolled up county -> city -> province)",
           {"region", "code", "level", "province", "mentions", "docs", "per_million"}, "ssssnnn", {}};
      for (const Counter* c : Sorted(d.regions, ByMentions))
        t.rows.push_back({c->name, c->code, c->level, c->province, std::to_string(c->mentions),
                          std::to_string(c->docs), d.chars ? Num(c->mentions * 1e6 / d.chars) : "0"});
    } else if (s == "orgs") {
      t = {s, "Organisations by kind", {"kind", "organisation", "region", "mentions", "docs"}, "sssnn", {}};
      for (const Counter* c : Sorted(d.orgs, [](const Counter* a, const Counter* b) {
             return a->kind != b->kind ? a->kind < b->kind : ByMentions(a, b);
           }))
        t.rows.push_back({c->kind, c->name, c->province, std::to_string(c->mentions), std::to_string(c->docs)});
    } else if (s == "metrics") {
      t = {s, "Metric mentions with an indicator",
           {"indicator", "value", "unit", "approx", "region", "date", "article"}, "snssss" "s", {}};
      for (const MetricRow& m : d.metrics)
        t.rows.push_back({m.indicator, Num(m.value), m.unit, m.approx, m.region, m.date, m.article});
    } else if (s == "timeline") {
      t = {s, "Timeline per month", {"month", "date_mentions", "articles"}, "snn", {}};
      for (const auto& [m, c] : d.months) t.rows.push_back({m, std::to_string(c.first), std::to_string(c.second)});
    } else if (s == "cooccurrence") {
      t = {s, "Co-occurrence in articles (PMI = log2(N*n_ab/(n_a*n_b)), n = document counts)",
           {"a", "b", "articles", "pmi"}, "ssnn", {}};
      std::vector<std::pair<std::size_t, std::vector<std::string>>> rows;
      for (const auto& [key, n] : d.pairs) {
        const Counter &a = d.Of(key.first), &b = d.Of(key.second);
        const double na = static_cast<double>(a.docs), nb = static_cast<double>(b.docs);
        const double pmi = std::log2(static_cast<double>(n) * d.articles / (na * nb));
        char buf[32];
        std::snprintf(buf, sizeof buf, "%.3f", pmi);
        rows.push_back({n, {a.name, b.name, std::to_string(n), buf}});
      }
      std::stable_sort(rows.begin(), rows.end(), [](auto& a, auto& b) { return a.first > b.first; });
      for (auto& r : rows) t.rows.push_back(std::move(r.second));
    } else {
      t = {s, "Indicators", {"indicator", "unit", "count", "min", "max", "latest_date", "latest_value"},
           "ssnnnsn", {}};
      std::map<std::pair<std::string, std::string>, std::vector<const MetricRow*>> by;
      for (const MetricRow& m : d.metrics) by[{m.indicator, m.unit}].push_back(&m);
      std::vector<std::pair<std::size_t, std::vector<std::string>>> rows;
      for (const auto& [key, ms] : by) {
        double lo = ms[0]->value, hi = ms[0]->value;
        const MetricRow* latest = nullptr;
        for (const MetricRow* m : ms) {
          lo = std::min(lo, m->value), hi = std::max(hi, m->value);
          if (!m->date.empty() && (!latest || m->date > latest->date)) latest = m;
        }
        rows.push_back({ms.size(), {key.first, key.second, std::to_string(ms.size()), Num(lo), Num(hi),
                                    latest ? latest->date : "", latest ? Num(latest->value) : ""}});
      }
      std::stable_sort(rows.begin(), rows.end(), [](auto& a, auto& b) { return a.first > b.first; });
      for (auto& r : rows) t.rows.push_back(std::move(r.second));
    }
    out.push_back(std::move(t));
  }
  return out;
}

}  // namespace zhcorpus
