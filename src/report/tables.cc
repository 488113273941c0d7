// ReportBuilder::Tables: the counters as one table per section.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>
#include <memory>

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

std::string Fixed(double v, int digits) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.*f", digits, v);
  return buf;
}

std::string N(std::size_t n) { return std::to_string(n); }

bool ByMentions(const Counter* a, const Counter* b) {
  if (a->mentions != b->mentions) return a->mentions > b->mentions;
  if (a->docs != b->docs) return a->docs > b->docs;
  return a->name < b->name;
}

std::vector<const Counter*> Select(const CounterTable& t, bool apart) {
  std::vector<const Counter*> v;
  for (const Counter& c : t.items())
    if ((c.key.rfind('~', 0) == 0) == apart) v.push_back(&c);
  std::sort(v.begin(), v.end(), ByMentions);
  return v;
}

using Impl = ReportBuilder::Impl;

ReportTable Overview(const Impl& d) {
  ReportTable t{"overview", "Overview", {"measure", "value"}, "ss", {}};
  auto add = [&](const char* k, const std::string& v) { t.rows.push_back({k, v}); };
  add("articles", N(d.articles));
  add("bad records", N(d.bad));
  add("articles without entities", N(d.no_entities));
  add("characters", N(d.chars));
  add("entities", N(d.entities));
  add("regions (rolled up)", N(Select(d.regions, false).size()));
  add("macro-regions and foreign places", N(Select(d.regions, true).size()));
  add("organisations", N(d.orgs.items().size()));
  add("metric mentions with an indicator", N(d.metrics.size()));
  add("sources", N(d.sources.size()));
  add("outlets", N(d.outlets.size()));
  add("authors", N(d.authors.size()));
  add("article dates", d.first_date.empty() ? "" : d.first_date + " .. " + d.last_date);
  add("mentioned dates", d.first_mentioned.empty() ? "" : d.first_mentioned + " .. " + d.last_mentioned);
  return t;
}

std::string PerMillion(const Impl& d, std::size_t mentions) {
  return d.chars ? Fixed(mentions * 1e6 / static_cast<double>(d.chars), 1) : "";
}

ReportTable Regions(const Impl& d) {
  ReportTable t{"regions", "Regions (county -> city -> province, GB/T 2260 codes)",
                {"region", "code", "level", "province", "mentions", "docs", "per_million"}, "ssssnnn", {}};
  t.method = "a mention counts for its place and every place above it; docs = articles; per_million = "
             "mentions per million characters of text";
  for (const Counter* c : Select(d.regions, false))
    t.rows.push_back({c->name, c->code, c->level, c->province, N(c->mentions), N(c->docs), PerMillion(d, c->mentions)});
  return t;
}

ReportTable Places(const Impl& d) {
  ReportTable t{"places", "Macro-regions, countries and foreign places (not rolled up)",
                {"place", "level", "province", "mentions", "docs", "per_million"}, "sssnnn", {}};
  for (const Counter* c : Select(d.regions, true))
    t.rows.push_back({c->name, c->level, c->province, N(c->mentions), N(c->docs), PerMillion(d, c->mentions)});
  return t;
}

ReportTable Orgs(const Impl& d) {
  ReportTable t{"orgs", "Organisations by kind", {"kind", "organisation", "region", "mentions", "docs"}, "sssnn", {}};
  t.method = "region: the region most of its mentions belong to (norm.region)";
  t.top_per_group = true;
  std::map<std::string, std::size_t> kind_mentions;
  for (const Counter& c : d.orgs.items()) kind_mentions[c.kind] += c.mentions;
  std::vector<const Counter*> v = Select(d.orgs, false);
  // Kinds by their total mentions, then organisations by theirs.
  std::stable_sort(v.begin(), v.end(), [&](const Counter* a, const Counter* b) {
    const std::size_t ka = kind_mentions[a->kind], kb = kind_mentions[b->kind];
    return ka != kb ? ka > kb : a->kind < b->kind;
  });
  for (const Counter* c : v)
    t.rows.push_back({c->kind.empty() ? "other" : c->kind, c->name, MainRegion(*c), N(c->mentions), N(c->docs)});
  return t;
}

// Says where a metric's region and date came from, and how often the
// report had to guess them from the article.
std::string PlaceAndTimeMethod(const Impl& d) {
  return "region and date: the figure's own from tag (norm.region, norm.date), else the nearest mention before "
         "it in the article (else after it) and the article's date (guessed: " + N(d.guessed_regions) +
         " regions, " + N(d.guessed_dates) + " dates of " + N(d.metrics.size()) + " rows)";
}

ReportTable Metrics(const Impl& d, std::size_t limit, bool stream) {
  ReportTable t{"metrics", "Metric mentions with an indicator",
                {"indicator", "measure", "value", "unit", "approx", "region", "date", "article"}, "ssnsssss", {}};
  t.method = PlaceAndTimeMethod(d);
  // Into cells that may hold the previous row's: their room is reused.
  const auto fill = [](const MetricRow& m, std::vector<std::string>* cells) {
    std::vector<std::string>& c = *cells;
    c[0] = m.indicator, c[1] = m.measure, c[2] = Num(m.value), c[3] = m.unit;
    c[4] = m.approx, c[5] = m.region, c[6] = m.date, c[7] = m.article;
  };
  t.total = d.metrics.size();
  if (stream) {
    const MetricRows* rows = &d.metrics;
    t.stream = [rows, fill](const std::function<void(const std::vector<std::string>&)>& fn) {
      std::vector<std::string> cells(8);
      rows->ForEach(0, [&](const MetricRow& m) {
        fill(m, &cells);
        fn(cells);
      });
    };
    return t;
  }
  d.metrics.ForEach(limit, [&](const MetricRow& m) {
    t.rows.emplace_back(8);
    fill(m, &t.rows.back());
  });
  return t;
}

// Most mentioned first; equal counts keep their key order.
template <typename Map>
std::vector<const typename Map::value_type*> ByCount(const Map& m) {
  std::vector<const typename Map::value_type*> v;
  for (const auto& kv : m) v.push_back(&kv);
  std::stable_sort(v.begin(), v.end(), [](auto* a, auto* b) { return a->second.count > b->second.count; });
  return v;
}

ReportTable Indicators(const Impl& d) {
  ReportTable t{"indicators", "Indicators",
                {"indicator", "measure", "unit", "count", "regions", "min", "max", "dates", "first_date",
                 "latest_date"},
                "sssnnnnnss", {}};
  t.method = "per indicator, measure (level, change, share, rank) and unit: a growth rate never mixes with the "
             "amount; regions: places it is stated for; dates: resolved ones only; " + PlaceAndTimeMethod(d);
  for (const auto* kv : ByCount(d.indicators)) {
    const auto& [indicator, measure, unit] = kv->first;
    const IndicatorSummary& s = kv->second;
    const bool dated = !s.series.empty();
    t.rows.push_back({indicator, measure, unit, N(s.count), N(s.regions.size()), Num(s.min), Num(s.max),
                      N(s.series.size()), dated ? s.series.begin()->first : "", dated ? s.series.rbegin()->first : ""});
  }
  return t;
}

ReportTable Series(const Impl& d) {
  ReportTable t{"series", "Indicator time series", {"indicator", "measure", "unit", "region", "date", "value"},
                "sssssn", {}};
  t.method = "one quantity of one place over time: per indicator, measure, unit and region, with two resolved "
             "dates or more; one point per date (the largest value); figures without a region left out; " +
             PlaceAndTimeMethod(d);
  for (const auto* kv : ByCount(d.series)) {
    if (kv->second.points.size() < 2) continue;
    const auto& [indicator, measure, unit, region] = kv->first;
    for (const auto& [date, value] : kv->second.points) t.rows.push_back({indicator, measure, unit, region, date, Num(value)});
  }
  return t;
}

ReportTable Timeline(const Impl& d) {
  ReportTable t{"timeline", "Timeline per month", {"month", "date_mentions", "articles"}, "snn", {}};
  t.method = "date_mentions: date entities resolved to a month or day; articles: by the article's own date";
  for (const auto& [m, c] : d.months) t.rows.push_back({m, N(c.first), N(c.second)});
  if (d.coarse_dates || d.unresolved_dates)
    t.note = "not on the timeline: " + N(d.coarse_dates) + " date mentions resolved only to a year, half, quarter "
             "or decade, " + N(d.unresolved_dates) + " unresolved (no year: the article has no date)";
  return t;
}

// `limit` and `stream` as for Metrics: the pairs of a large corpus run to
// tens of thousands of rows.
ReportTable Cooccurrence(const Impl& d, std::size_t limit, bool stream) {
  ReportTable t{"cooccurrence", "Co-occurrence in articles",
                {"pair", "a", "b", "articles", "a_docs", "b_docs", "logdice", "pmi"}, "sssnnnnn", {}};
  t.method = "over articles (N = " + N(d.articles) +
             "): logDice = 14 + log2(2 n_ab / (n_a + n_b)), at most 14, independent of N; "
             "PMI = log2(N n_ab / (n_a n_b)); ranked by logDice, pairs seen in one article only after the rest; "
             "regions as rolled up (an article naming 杭州市 names 浙江省)";
  // Pairs are ranked on numbers and names; their cells are written after, once.
  struct Pair {
    std::size_t n;
    double logdice, pmi;
    bool region_org;
    const Counter *a, *b;
    std::vector<std::string> Cells() const {
      std::vector<std::string> cells(8);
      Fill(&cells);
      return cells;
    }
    // Into cells that may hold the previous row's: their room is reused.
    void Fill(std::vector<std::string>* cells) const {
      std::vector<std::string>& c = *cells;
      static const std::string kKinds[] = {"org-org", "region-org"};
      c[0] = kKinds[region_org];
      c[1] = a->name, c[2] = b->name;
      c[3] = N(n), c[4] = N(a->docs), c[5] = N(b->docs);
      c[6] = Fixed(logdice, 3), c[7] = Fixed(pmi, 3);
    }
  };
  auto ranked = std::make_shared<std::vector<Pair>>();
  std::vector<Pair>& pairs = *ranked;
  auto add = [&](bool region_org, const Counter& a, const Counter& b, std::size_t n) {
    const double na = static_cast<double>(a.docs), nb = static_cast<double>(b.docs), ab = static_cast<double>(n);
    const double logdice = 14 + std::log2(2 * ab / (na + nb)), pmi = std::log2(d.articles * ab / (na * nb));
    pairs.push_back({n, logdice, pmi, region_org, &a, &b});
  };
  for (const auto& [k, n] : d.region_org)
    add(true, d.regions.at(static_cast<std::uint32_t>(k >> 32)), d.orgs.at(static_cast<std::uint32_t>(k)), n);
  for (const auto& [k, n] : d.org_org) {
    const Counter *a = &d.orgs.at(static_cast<std::uint32_t>(k >> 32)), *b = &d.orgs.at(static_cast<std::uint32_t>(k));
    if (b->name < a->name) std::swap(a, b);  // ids depend on input order; names do not
    add(false, *a, *b, n);
  }
  std::sort(pairs.begin(), pairs.end(), [](const Pair& a, const Pair& b) {
    if ((a.n > 1) != (b.n > 1)) return a.n > 1;
    if (a.logdice != b.logdice) return a.logdice > b.logdice;
    if (a.n != b.n) return a.n > b.n;
    if (a.region_org != b.region_org) return a.region_org;  // region-org first on a tie
    if (const int c = a.a->name.compare(b.a->name)) return c < 0;
    if (const int c = a.b->name.compare(b.b->name)) return c < 0;
    return a.Cells() < b.Cells();  // two places of one name: as the rows read
  });
  t.total = pairs.size();
  if (stream) {
    t.stream = [ranked](const std::function<void(const std::vector<std::string>&)>& fn) {
      std::vector<std::string> cells(8);
      for (const Pair& p : *ranked) {
        p.Fill(&cells);
        fn(cells);
      }
    };
    return t;
  }
  const std::size_t n = limit ? std::min(limit, pairs.size()) : pairs.size();
  t.rows.reserve(n);
  for (std::size_t i = 0; i < n; ++i) t.rows.push_back(pairs[i].Cells());
  return t;
}

}  // namespace

const std::vector<std::string>& ReportSectionNames() {
  static const std::vector<std::string> names{"overview",   "keywords", "regions",  "places",   "orgs",
                                              "metrics",    "indicators", "series", "timeline", "cooccurrence"};
  return names;
}

Result<std::vector<ReportTable>> ReportBuilder::Tables(const ReportOptions& options) const {
  const Impl& d = *impl_;
  const std::vector<std::string>& all = ReportSectionNames();
  std::vector<ReportTable> out;
  for (const std::string& s : options.sections.empty() ? all : options.sections) {
    if (s == "overview") out.push_back(Overview(d));
    else if (s == "keywords") out.push_back(KeywordTable(d.keywords, d.articles, options.reference));
    else if (s == "regions") out.push_back(Regions(d));
    else if (s == "places") out.push_back(Places(d));
    else if (s == "orgs") out.push_back(Orgs(d));
    else if (s == "metrics") out.push_back(Metrics(d, options.long_table_rows, options.stream_long_tables));
    else if (s == "indicators") out.push_back(Indicators(d));
    else if (s == "series") out.push_back(Series(d));
    else if (s == "timeline") out.push_back(Timeline(d));
    else if (s == "cooccurrence") out.push_back(Cooccurrence(d, options.long_table_rows, options.stream_long_tables));
    else {
      std::string names;
      for (const std::string& n : all) names += (names.empty() ? "" : ", ") + n;
      return Status::InvalidArgument("unknown section '" + s + "' (" + names + ")");
    }
  }
  return out;
}

}  // namespace zhcorpus
