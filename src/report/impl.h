// Private: the counters behind ReportBuilder, shared by aggregation and state I/O.
#pragma once

#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "report/keywords.h"
#include "zhcorpus/report.h"

namespace zhcorpus {

struct Counter {
  std::string name, code, level, province, kind;
  std::size_t mentions = 0, docs = 0;
};

struct MetricRow {
  std::string article, indicator, unit, approx, region, date;
  double value = 0;
};

inline std::string Str(const Json& j, const char* key) {
  if (!j.is_object()) return "";
  auto it = j.find(key);
  return it != j.end() && it->is_string() ? it->get<std::string>() : "";
}

// Rolls a code up the GB/T 2260 hierarchy: itself, its city, its province.
inline std::vector<std::string> Ancestors(const std::string& code) {
  std::vector<std::string> out{code};
  if (code.size() != 6) return out;
  const std::string city = code.substr(0, 4) + "00", province = code.substr(0, 2) + "0000";
  if (city != code) out.push_back(city);
  if (province != code && province != city) out.push_back(province);
  return out;
}

// Widens [lo, hi] (ISO-like strings compare as dates) to hold d.
inline void WidenRange(const std::string& d, std::string* lo, std::string* hi) {
  if (d.empty()) return;
  if (lo->empty() || d < *lo) *lo = d;
  if (hi->empty() || d > *hi) *hi = d;
}

struct ReportBuilder::Impl {
  std::size_t articles = 0, bad = 0, no_entities = 0, chars = 0, entities = 0;
  std::set<std::string> sources, outlets, authors;
  std::string first_date, last_date, first_mentioned, last_mentioned;
  std::map<std::string, Counter> regions, orgs;
  std::vector<MetricRow> metrics;
  std::map<std::string, std::pair<std::size_t, std::size_t>> months;  // date mentions, articles
  std::map<std::pair<std::string, std::string>, std::size_t> pairs;    // articles with both
  KeywordCounter keywords;

  // "tokens": ["word", ...] or [["word", "pos"], ...] (tag --tokens [--pos]).
  void AddTokens(const Json& tokens) {
    if (!tokens.is_array()) return;
    keywords.BeginArticle();
    static const std::string kNone;
    for (const Json& t : tokens) {
      if (t.is_string()) keywords.Add(t.get_ref<const std::string&>(), kNone);
      else if (t.is_array() && t.size() == 2 && t[0].is_string() && t[1].is_string())
        keywords.Add(t[0].get_ref<const std::string&>(), t[1].get_ref<const std::string&>());
    }
  }

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
    if (auto it = record.find("tokens"); it != record.end()) AddTokens(*it);
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

  static void Widen(const std::string& d, std::string* lo, std::string* hi) { WidenRange(d, lo, hi); }
};

}  // namespace zhcorpus
