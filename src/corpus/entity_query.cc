#include "zhcorpus/entity_query.h"

#include <algorithm>

namespace zhcorpus {
namespace {

bool Contains(const std::vector<std::string>& list, const std::string& s) {
  return std::find(list.begin(), list.end(), s) != list.end();
}

void AppendDescription(const char* what, const std::vector<std::string>& values, std::string* out) {
  for (const std::string& v : values) *out += (out->empty() ? "" : ", ") + std::string(what) + " " + v;
}

}  // namespace

Result<EntityQuery> EntityQuery::Create(const EntityCriteria& criteria, const RegionGazetteer* gazetteer) {
  static const std::vector<std::string> kTypes = {"region", "org", "metric", "date"};
  for (const std::string& t : criteria.types)
    if (!Contains(kTypes, t)) return Status::InvalidArgument("unknown entity type '" + t + "'; types: region org metric date");
  EntityQuery q;
  q.criteria_ = criteria;
  for (const std::string& r : criteria.regions) {
    auto scope = RegionScope::Resolve(r, gazetteer);
    if (!scope.ok()) return scope.status();
    q.regions_.push_back(std::move(*scope));
  }
  q.required_ = (criteria.orgs.empty() ? 0u : kOrg) | (criteria.regions.empty() ? 0u : kRegion) |
                (criteria.indicators.empty() ? 0u : kIndicator) | (criteria.types.empty() ? 0u : kType);
  return q;
}

unsigned EntityQuery::Satisfied(const TaggedEntity& e) const {
  unsigned got = 0;
  if (!criteria_.types.empty() && Contains(criteria_.types, e.type)) got |= kType;
  if (e.type == "org" && !criteria_.orgs.empty() &&
      (Contains(criteria_.orgs, e.text) || Contains(criteria_.orgs, NormString(e.norm, "name"))))
    got |= kOrg;
  if (e.type == "region" &&
      std::any_of(regions_.begin(), regions_.end(), [&](const RegionScope& s) { return s.ContainsMention(e.norm); }))
    got |= kRegion;
  if (e.type == "metric" && !criteria_.indicators.empty()) {
    const std::string indicator = NormString(e.norm, "indicator");
    if (!indicator.empty() && std::any_of(criteria_.indicators.begin(), criteria_.indicators.end(),
                                          [&](const std::string& i) { return indicator.find(i) != std::string::npos; }))
      got |= kIndicator;
  }
  return got;
}

bool EntityQuery::SatisfiedByAll(const std::vector<TaggedEntity>& mentions) const {
  unsigned got = 0;
  for (const TaggedEntity& e : mentions) {
    got |= Satisfied(e);
    if (got == required_) return true;
  }
  return got == required_;
}

std::vector<std::string> EntityQuery::Needles() const {
  if (!criteria_.regions.empty() || !criteria_.types.empty()) return {};
  std::vector<std::string> out = criteria_.orgs;
  out.insert(out.end(), criteria_.indicators.begin(), criteria_.indicators.end());
  return out;
}

std::string EntityQuery::Describe() const {
  std::string out;
  AppendDescription("org", criteria_.orgs, &out);
  for (const RegionScope& r : regions_) out += (out.empty() ? "" : ", ") + std::string("region ") + r.label();
  AppendDescription("indicator", criteria_.indicators, &out);
  AppendDescription("type", criteria_.types, &out);
  return out;
}

}  // namespace zhcorpus
