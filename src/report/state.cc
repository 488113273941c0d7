// ReportBuilder state: the whole partial aggregate as versioned JSON, and merging one back.
#include "report/impl.h"

namespace zhcorpus {
namespace {

Json CountersToJson(const std::map<std::string, Counter>& m) {
  Json out = Json::array();
  for (const auto& [k, c] : m)
    out.push_back({k, c.name, c.code, c.level, c.province, c.kind, c.mentions, c.docs});
  return out;
}

void MergeCounters(const Json& rows, std::map<std::string, Counter>* m) {
  for (const Json& r : rows) {
    Counter& c = (*m)[r[0].get<std::string>()];
    if (c.name.empty() || c.name == c.code) c.name = r[1].get<std::string>();
    c.code = r[2].get<std::string>(), c.level = r[3].get<std::string>();
    c.province = r[4].get<std::string>(), c.kind = r[5].get<std::string>();
    c.mentions += r[6].get<std::size_t>(), c.docs += r[7].get<std::size_t>();
  }
}

void MergeDates(const Json& j, std::string* lo, std::string* hi) {
  WidenRange(j[0].get<std::string>(), lo, hi);
  WidenRange(j[1].get<std::string>(), lo, hi);
}

}  // namespace

Json ReportBuilder::State() const {
  const Impl& d = *impl_;
  Json s = Json::object();
  s["schema"] = kReportStateSchema;
  s["counts"] = {d.articles, d.bad, d.no_entities, d.chars, d.entities};
  s["sources"] = d.sources, s["outlets"] = d.outlets, s["authors"] = d.authors;
  s["article_dates"] = {d.first_date, d.last_date};
  s["mentioned_dates"] = {d.first_mentioned, d.last_mentioned};
  s["regions"] = CountersToJson(d.regions), s["orgs"] = CountersToJson(d.orgs);
  s["metrics"] = Json::array();
  for (const MetricRow& m : d.metrics)
    s["metrics"].push_back({m.article, m.indicator, m.unit, m.approx, m.region, m.date, m.value});
  s["months"] = Json::array();
  for (const auto& [k, c] : d.months) s["months"].push_back({k, c.first, c.second});
  s["pairs"] = Json::array();
  for (const auto& [k, n] : d.pairs) s["pairs"].push_back({k.first, k.second, n});
  s["keyword_articles"] = d.keywords.articles();
  s["keywords"] = Json::array();
  for (const auto& [w, t] : d.keywords.terms()) s["keywords"].push_back({w, t.pos, t.mentions, t.docs});
  return s;
}

Status ReportBuilder::Merge(const Json& s) {
  const std::string schema = s.is_object() ? Str(s, "schema") : "";
  const std::string family = "zhcorpus.report-state/";
  if (schema.rfind(family, 0) == 0 && schema != kReportStateSchema)
    return Status::DataError("report state version " + schema.substr(family.size()) + " is not readable by this report (it reads " +
                             std::string(kReportStateSchema).substr(family.size()) +
                             "): rebuild it with `report --format state` from the tagged records");
  if (schema != kReportStateSchema)
    return Status::DataError(std::string("not a report state (expected schema ") + kReportStateSchema + ")");
  try {
    Impl& d = *impl_;
    std::size_t* counts[] = {&d.articles, &d.bad, &d.no_entities, &d.chars, &d.entities};
    for (int i = 0; i < 5; ++i) *counts[i] += s["counts"][i].get<std::size_t>();
    for (const Json& v : s["sources"]) d.sources.insert(v.get<std::string>());
    for (const Json& v : s["outlets"]) d.outlets.insert(v.get<std::string>());
    for (const Json& v : s["authors"]) d.authors.insert(v.get<std::string>());
    MergeDates(s["article_dates"], &d.first_date, &d.last_date);
    MergeDates(s["mentioned_dates"], &d.first_mentioned, &d.last_mentioned);
    MergeCounters(s["regions"], &d.regions);
    MergeCounters(s["orgs"], &d.orgs);
    for (const Json& m : s["metrics"])
      d.metrics.push_back({m[0].get<std::string>(), m[1].get<std::string>(), m[2].get<std::string>(),
                           m[3].get<std::string>(), m[4].get<std::string>(), m[5].get<std::string>(),
                           m[6].get<double>()});
    for (const Json& m : s["months"]) {
      auto& c = d.months[m[0].get<std::string>()];
      c.first += m[1].get<std::size_t>(), c.second += m[2].get<std::size_t>();
    }
    for (const Json& p : s["pairs"])
      d.pairs[{p[0].get<std::string>(), p[1].get<std::string>()}] += p[2].get<std::size_t>();
    d.keywords.AddArticles(s["keyword_articles"].get<std::size_t>());
    for (const Json& k : s["keywords"])
      d.keywords.AddCounts(k[0].get<std::string>(), k[1].get<std::string>(), k[2].get<std::size_t>(),
                           k[3].get<std::size_t>());
  } catch (const std::exception& e) {
    return Status::DataError(std::string("malformed report state: ") + e.what());
  }
  return Status::Ok();
}

}  // namespace zhcorpus
