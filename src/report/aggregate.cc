// ReportBuilder: streams tagged articles into per-key counters.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <set>
#include <string>

#include "report/impl.h"

namespace zhcorpus {
namespace {

std::string Num(double v) {
  char buf[64];
  // Whole numbers in full (1588亿元 reads as 158800000000, not 1.588e+11).
  if (v == static_cast<double>(static_cast<long long>(v)) && v < 1e18 && v > -1e18)
    std::snprintf(buf, sizeof buf, "%lld", static_cast<long long>(v));
  else
    std::snprintf(buf, sizeof buf, "%.10g", v);
  return buf;
}

}  // namespace

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
  static const std::vector<std::string> names{"overview", "keywords", "regions", "orgs", "metrics", "indicators",
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
      return Status::InvalidArgument("unknown section '" + s + "' (overview, keywords, regions, orgs, metrics, indicators, timeline, cooccurrence)");
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
    } else if (s == "keywords") {
      t = KeywordTable(d.keywords, d.articles, options.reference);
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
           {"a", "b", "articles", "pmi"}, "ssnn", {}, "pmi: log2(N * n_ab / (n_a * n_b)) over article counts", ""};
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
