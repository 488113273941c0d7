#include "zhcorpus/record_filter.h"

#include <algorithm>
#include <functional>
#include <regex>

namespace zhcorpus {
namespace {

// A bound as a string that compares with record dates: the lowest bound of
// "2024-03" is "2024-03-00", the highest "2024-03-99" (no day is outside them).
Result<std::string> DateBound(const std::string& flag, const std::string& value, bool high) {
  static const std::regex kShape(R"((\d{4})(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?)");
  if (!std::regex_match(value, kShape))
    return Status::InvalidArgument(flag + " '" + value + "': expected YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2024-01)");
  const char* fill = high ? "-99" : "-00";
  std::string bound = value;
  while (bound.size() < 10) bound += fill;
  return bound;
}

bool Any(const std::vector<std::string>& list, const std::function<bool(const std::string&)>& pred) {
  return std::any_of(list.begin(), list.end(), pred);
}

}  // namespace

bool NeedsGazetteer(const EntityCriteria& criteria) {
  return Any(criteria.regions, [](const std::string& r) {
    return r.empty() || !std::all_of(r.begin(), r.end(), [](char c) { return c >= '0' && c <= '9'; });
  });
}

Result<RecordFilter> RecordFilter::Create(const RecordCriteria& criteria, const RegionGazetteer* gazetteer) {
  RecordFilter f;
  f.criteria_ = criteria;
  if (!criteria.since.empty()) {
    auto b = DateBound("--since", criteria.since, false);
    if (!b.ok()) return b.status();
    f.lowest_ = *b;
  }
  if (!criteria.until.empty()) {
    auto b = DateBound("--until", criteria.until, true);
    if (!b.ok()) return b.status();
    f.highest_ = *b;
  }
  auto q = EntityQuery::Create(criteria.entities, gazetteer);
  if (!q.ok()) return q.status();
  f.entities_ = std::move(*q);
  for (const std::string& p : criteria.patterns) {
    auto compiled = TextPattern::Compile(p);
    if (!compiled.ok()) return compiled.status();
    f.patterns_.push_back(std::move(*compiled));
  }
  return f;
}

bool RecordFilter::empty() const {
  return lowest_.empty() && highest_.empty() && criteria_.outlets.empty() && criteria_.sources.empty() &&
         entities_.empty() && patterns_.empty() && !criteria_.invert;
}

bool RecordFilter::KeepsIgnoringInvert(const TaggedRecord& r) const {
  if (!lowest_.empty() || !highest_.empty()) {
    if (r.date.empty()) return false;  // an undated record is in no date range
    if (!lowest_.empty() && r.date < lowest_) return false;
    if (!highest_.empty() && r.date > highest_) return false;
  }
  if (!criteria_.outlets.empty() &&
      std::find(criteria_.outlets.begin(), criteria_.outlets.end(), r.outlet) == criteria_.outlets.end())
    return false;
  if (!criteria_.sources.empty() &&
      !Any(criteria_.sources, [&](const std::string& s) { return r.source.find(s) != std::string::npos; }))
    return false;
  if (!entities_.empty() && !entities_.SatisfiedByAll(r.entities)) return false;
  if (!patterns_.empty() &&
      std::none_of(patterns_.begin(), patterns_.end(), [&](const TextPattern& p) { return p.Found(r.text); }))
    return false;
  return true;
}

bool RecordFilter::Keeps(const TaggedRecord& r) const { return KeepsIgnoringInvert(r) != criteria_.invert; }

std::string RecordFilter::Describe() const {
  std::string out;
  auto add = [&](const std::string& s) { out += (out.empty() ? "" : ", ") + s; };
  if (!criteria_.since.empty()) add("since " + criteria_.since);
  if (!criteria_.until.empty()) add("until " + criteria_.until);
  for (const std::string& o : criteria_.outlets) add("outlet " + o);
  for (const std::string& s : criteria_.sources) add("source *" + s + "*");
  if (!entities_.empty()) add(entities_.Describe());
  for (const std::string& p : criteria_.patterns) add("text ~ /" + p + "/");
  if (criteria_.invert) out = "not (" + out + ")";
  return out;
}

}  // namespace zhcorpus
