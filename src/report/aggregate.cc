// ReportBuilder: streams tagged articles into per-key counters.
#include <algorithm>
#include <cstdint>
#include <cstring>
#include <stdexcept>

#include <unistd.h>

#include "report/impl.h"
#include "zhcorpus/utf8.h"

namespace zhcorpus {

std::uint32_t CounterTable::Id(const std::string& key, const Counter& proto) {
  auto [it, fresh] = index_.try_emplace(key, static_cast<std::uint32_t>(items_.size()));
  if (fresh) {
    items_.push_back(proto);
    items_.back().key = key;
  }
  return it->second;
}

void CounterTable::Count(std::uint32_t id, std::size_t doc) {
  Counter& c = items_[id];
  ++c.mentions;
  if (c.last_doc != doc) c.last_doc = doc, ++c.docs;
}

std::string MainRegion(const Counter& c) {
  const std::pair<const std::string, std::size_t>* best = nullptr;
  for (const auto& kv : c.regions)
    if (!best || kv.second > best->second) best = &kv;
  return best ? best->first : "";
}

const Counter* CounterTable::Find(const std::string& key) const {
  auto it = index_.find(key);
  return it == index_.end() ? nullptr : &items_[it->second];
}

MetricRows::MetricRows() : file_(std::tmpfile()) {}
MetricRows::~MetricRows() {
  if (file_) std::fclose(file_);
}

namespace {

void Put(std::FILE* f, const std::string& s) {
  const auto n = static_cast<std::uint32_t>(s.size());
  std::fwrite(&n, sizeof n, 1, f);
  std::fwrite(s.data(), 1, n, f);
}

bool Get(std::FILE* f, std::string* s) {
  std::uint32_t n = 0;
  if (std::fread(&n, sizeof n, 1, f) != 1) return false;
  s->resize(n);
  return std::fread(s->data(), 1, n, f) == n;
}

}  // namespace

void MetricRows::Append(const MetricRow& r) {
  ++size_;
  if (!file_) {
    memory_.push_back(r);
    return;
  }
  for (const std::string* s : {&r.article, &r.indicator, &r.measure, &r.unit, &r.approx, &r.region, &r.date})
    Put(file_, *s);
  std::fwrite(&r.value, sizeof r.value, 1, file_);
}

MetricRows::Mark MetricRows::End() const {
  if (!file_) return {size_, 0};
  std::fflush(file_);
  return {size_, std::ftell(file_)};
}

void MetricRows::Truncate(const Mark& mark) {
  size_ = mark.rows;
  if (!file_) {
    memory_.resize(mark.rows);
    return;
  }
  std::fflush(file_);
  if (::ftruncate(::fileno(file_), mark.bytes) != 0) throw std::runtime_error("cannot drop metric rows from the temporary file");
  std::fseek(file_, 0, SEEK_END);
}

bool MetricRows::Read(MetricRow* r) const {
  for (std::string* s : {&r->article, &r->indicator, &r->measure, &r->unit, &r->approx, &r->region, &r->date})
    if (!Get(file_, s)) return false;
  return std::fread(&r->value, sizeof r->value, 1, file_) == 1;
}

std::string MonthOf(const std::string& d) {
  if (d.size() < 7 || d[4] != '-' || d[5] == 'Q' || d[5] == 'H' || d.compare(0, 7, "XXXX-XX") == 0 ||
      d.substr(0, 7).find('X') != std::string::npos)
    return "";
  return d.substr(0, 7);
}

void WidenRange(const std::string& d, std::string* lo, std::string* hi) {
  if (d.empty()) return;
  if (lo->empty() || d < *lo) *lo = d;
  if (hi->empty() || d > *hi) *hi = d;
}

ReportBuilder::Impl::Impl(const RegionGazetteer* gaz) : gazetteer(gaz) {
  if (!gaz) return;
  for (std::size_t i = 0; i < gaz->size(); ++i) {
    const Place& p = gaz->place(static_cast<std::int32_t>(i));
    if (!p.code.empty() && p.level <= PlaceLevel::kTown) place_by_code.emplace(p.code, static_cast<std::int32_t>(i));
  }
}

namespace {

bool IsDivisionLevel(const std::string& level) {
  return level == "province" || level == "city" || level == "county" || level == "town";
}

// GB/T 2260 ancestors by arithmetic, when no gazetteer is at hand: a 9-digit
// town code's county, then city, then province.
// A GB/T 2260 code as records carry it: 6 digits, or 9 for a town.
bool IsDivisionCode(const std::string& code) {
  return (code.size() == 6 || code.size() == 9) &&
         std::all_of(code.begin(), code.end(), [](char ch) { return ch >= '0' && ch <= '9'; });
}

std::vector<std::string> CodeAncestors(const std::string& code) {
  std::vector<std::string> out{code};
  if (!IsDivisionCode(code)) return out;
  const std::string county = code.substr(0, 6), city = code.substr(0, 4) + "00", province = code.substr(0, 2) + "0000";
  for (const std::string& c : {county, city, province})
    if (std::find(out.begin(), out.end(), c) == out.end()) out.push_back(c);
  return out;
}

}  // namespace

void ReportBuilder::Impl::AddDivision(const std::string& code, const std::string& name, const std::string& level,
                                      const std::string& parent, std::vector<std::uint32_t>* seen) {
  struct Link {
    std::string code, name, level;
  };
  std::vector<Link> chain;
  auto found = place_by_code.find(code);
  if (found != place_by_code.end()) {
    // The gazetteer's own chain: skips levels that do not exist (上海市's 市辖区).
    for (std::int32_t id = found->second; id >= 0; id = gazetteer->place(id).parent) {
      const Place& p = gazetteer->place(id);
      if (p.level < PlaceLevel::kProvince || p.level > PlaceLevel::kTown) break;
      chain.push_back({p.code, p.name, std::string(PlaceLevelName(p.level))});
    }
  } else {
    // A code that is not GB/T 2260 (`33`, `abc` from another tool) is
    // counted under itself, with the level the record gives.
    for (const std::string& c : CodeAncestors(code)) {
      if (!IsDivisionCode(c)) {
        chain.push_back({c, name, level});
        continue;
      }
      const bool self = c == code, province = c.substr(2) == "0000";
      const std::string nm = self ? name : province && !parent.empty() ? parent : c;
      const char* lvl = province ? "province" : c.size() == 9 ? "town" : c.substr(4) == "00" ? "city" : "county";
      chain.push_back({c, nm, self ? level : lvl});
    }
  }
  const std::string& province = chain.back().level == "province" ? chain.back().name : parent;
  for (const Link& l : chain) {
    const std::uint32_t id = regions.Id(l.code, NewCounter(l.name, l.code, l.level, province, ""));
    Counter& c = regions.at(id);
    if (c.name == c.code && l.name != l.code) c.name = l.name;  // named later by a mention
    regions.Count(id, articles);
    seen->push_back(id);
  }
}

void ReportBuilder::Impl::AddRegion(const ReportEntity& e, std::vector<std::uint32_t>* seen) {
  const std::string& name = e.name.empty() ? e.text : e.name;
  // An abbreviation run (沪苏浙皖) is a mention of each member it names.
  if (!e.members.empty() && gazetteer) {
    std::vector<std::int32_t> ids;
    for (const std::string& m : e.members)
      for (const PlaceName& pn : gazetteer->Lookup(DecodeUtf8(m)))
        if (pn.form == NameForm::kFull && gazetteer->place(pn.place).level >= PlaceLevel::kProvince &&
            gazetteer->place(pn.place).level <= PlaceLevel::kTown) {
          ids.push_back(pn.place);
          break;
        }
    if (ids.size() == e.members.size()) {
      for (std::int32_t id : ids) {
        const Place& p = gazetteer->place(id);
        AddDivision(p.code, p.name, std::string(PlaceLevelName(p.level)), "", seen);
      }
      return;
    }
  }
  if (!e.code.empty() && IsDivisionLevel(e.level) && e.members.empty()) {
    AddDivision(e.code, name, e.level, e.parent, seen);
    return;
  }
  // Apart: macro-regions, countries, foreign places, and what cannot be placed.
  const std::string level = !e.members.empty() ? "run" : e.level.empty() ? "other" : e.level;
  const std::uint32_t id = regions.Id("~" + name, NewCounter(name, e.code, level, e.parent, ""));
  regions.Count(id, articles);
  seen->push_back(id);
}

void ReportBuilder::Impl::Add(const ReportArticle& a) {
  ++articles;
  chars += a.chars;
  if (!a.source.empty()) sources.insert(a.source);
  if (!a.outlet.empty()) outlets.insert(a.outlet);
  for (const std::string& au : a.authors)
    if (!au.empty()) authors.insert(au);
  WidenRange(a.date, &first_date, &last_date);
  if (const std::string m = MonthOf(a.date); !m.empty()) ++months[m].second;
  if (a.has_tokens) {
    keywords.BeginArticle();
    for (const auto& [word, pos] : a.tokens) keywords.Add(word, pos);
  }
  if (a.entities.empty()) {
    ++no_entities;
    return;
  }
  std::vector<std::uint32_t> regions_seen, orgs_seen;
  const NearestMention region_mentions(a.entities, "region", [](const ReportEntity& e) { return e.has_norm; });
  const NearestMention date_mentions(a.entities, "date", [](const ReportEntity& e) { return !e.date.empty(); });
  for (const ReportEntity& e : a.entities) {
    if (!e.has_norm) continue;
    ++entities;
    if (e.type == "region") {
      AddRegion(e, &regions_seen);
    } else if (e.type == "org") {
      const std::string& name = e.name.empty() ? e.text : e.name;
      const std::uint32_t id = orgs.Id(name, NewCounter(name, "", "", "", e.kind));
      if (!e.region.empty()) ++orgs.at(id).regions[e.region];
      orgs.Count(id, articles);
      orgs_seen.push_back(id);
    } else if (e.type == "date") {
      if (e.date.find('X') == std::string::npos) WidenRange(e.date, &first_mentioned, &last_mentioned);
      if (const std::string m = MonthOf(e.date); !m.empty()) ++months[m].first;
      else if (e.date.empty() || e.date.find('X') != std::string::npos) ++unresolved_dates;
      else ++coarse_dates;
    } else if (e.type == "metric" && !e.indicator.empty() && e.has_value) {
      AddMetric(a, e, region_mentions, date_mentions);
    }
  }
  CountPairs(&regions_seen, &orgs_seen);
}

NearestMention::NearestMention(const std::vector<ReportEntity>& all, const char* type,
                               bool (*usable)(const ReportEntity&))
    : all_(all) {
  for (std::size_t i = 0; i < all.size(); ++i) {
    if (all[i].type != type || !usable(all[i])) continue;
    by_end_.push_back({all[i].end, i});
    by_start_.push_back({all[i].start, i});
  }
  auto by_pos = [](const Item& a, const Item& b) { return a.pos < b.pos; };
  std::stable_sort(by_end_.begin(), by_end_.end(), by_pos);
  std::stable_sort(by_start_.begin(), by_start_.end(), by_pos);
  max_index_.resize(by_end_.size());
  for (std::size_t i = 0; i < by_end_.size(); ++i)
    max_index_[i] = i ? std::max(max_index_[i - 1], by_end_[i].index) : by_end_[i].index;
  min_index_.resize(by_start_.size());
  for (std::size_t i = by_start_.size(); i-- > 0;)
    min_index_[i] = i + 1 < by_start_.size() ? std::min(min_index_[i + 1], by_start_[i].index) : by_start_[i].index;
}

// Chinese news names the place and time before the figure (温州市技术交易额
// 超过9亿元), so the mention before wins over the one after.
const ReportEntity* NearestMention::Find(long long start, long long end) const {
  auto pos_below = [](long long v, const Item& it) { return v < it.pos; };
  auto pos_above = [](const Item& it, long long v) { return it.pos < v; };
  const auto before = std::upper_bound(by_end_.begin(), by_end_.end(), start, pos_below);
  if (before != by_end_.begin()) return &all_[max_index_[before - by_end_.begin() - 1]];
  const auto after = std::lower_bound(by_start_.begin(), by_start_.end(), end, pos_above);
  if (after != by_start_.end()) return &all_[min_index_[after - by_start_.begin()]];
  return nullptr;
}

// The region and date of a metric are its own (tag's norm.region and
// norm.date, from the figure's sentence); where tag gave none, the nearest
// mention in the article, and for the date the article's date.
void ReportBuilder::Impl::AddMetric(const ReportArticle& a, const ReportEntity& m, const NearestMention& regions,
                                    const NearestMention& dates) {
  MetricRow row{a.id, m.indicator, m.measure, m.unit, m.approx, m.region, m.period, m.value};
  if (row.region.empty()) {
    const ReportEntity* region = regions.Find(m.start, m.end);
    if (region) row.region = region->name.empty() ? region->text : region->name;
    ++guessed_regions;
  }
  if (row.date.empty()) {
    const ReportEntity* date = dates.Find(m.start, m.end);
    row.date = date ? date->date : a.date;
    ++guessed_dates;
  }
  metrics.Append(row);
  AddIndicator(row);
}

namespace {

void AddPoint(std::map<std::string, double>* points, const std::string& date, double value) {
  if (date.empty() || date.find('X') != std::string::npos) return;
  auto [it, fresh] = points->try_emplace(date, value);
  if (!fresh) it->second = std::max(it->second, value);
}

}  // namespace

void ReportBuilder::Impl::AddIndicator(const MetricRow& row) {
  IndicatorSummary& s = indicators[{row.indicator, row.measure, row.unit}];
  s.min = s.count == 0 ? row.value : std::min(s.min, row.value);
  s.max = s.count == 0 ? row.value : std::max(s.max, row.value);
  ++s.count;
  if (!row.region.empty()) s.regions.insert(row.region);
  AddPoint(&s.series, row.date, row.value);
  if (row.region.empty()) return;  // a series is one place's
  SeriesSummary& one = series[{row.indicator, row.measure, row.unit, row.region}];
  ++one.count;
  AddPoint(&one.points, row.date, row.value);
}

// Each pair of distinct keys counted once per article they share.
void ReportBuilder::Impl::CountPairs(std::vector<std::uint32_t>* rs, std::vector<std::uint32_t>* os) {
  for (auto* v : {rs, os}) {
    std::sort(v->begin(), v->end());
    v->erase(std::unique(v->begin(), v->end()), v->end());
  }
  for (std::uint32_t r : *rs)
    for (std::uint32_t o : *os) ++region_org[PairKey(r, o)];
  for (std::size_t i = 0; i < os->size(); ++i)
    for (std::size_t j = i + 1; j < os->size(); ++j) ++org_org[PairKey((*os)[i], (*os)[j])];
}

ReportBuilder::ReportBuilder(const RegionGazetteer* gazetteer) : impl_(std::make_unique<Impl>(gazetteer)) {}
ReportBuilder::~ReportBuilder() = default;

std::optional<std::string> ReportBuilder::AddLine(std::string_view line) {
  ReportArticle a;
  if (auto why = ParseTaggedLine(line, &a)) {
    ++impl_->bad;
    return why;
  }
  impl_->Add(a);
  return std::nullopt;
}

std::optional<std::string> ReportBuilder::Add(const Json& record) {
  return AddLine(record.dump(-1, ' ', false, Json::error_handler_t::replace));
}

}  // namespace zhcorpus
