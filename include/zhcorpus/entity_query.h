// Which entity mentions a user asks for: organisations by name, regions with
// the places below them, metrics by indicator, or whole entity types.
//
//   EntityCriteria c;  c.orgs = {"浙江大学"};  c.regions = {"330100"};
//   auto q = EntityQuery::Create(c, &gazetteer);
//   q->Satisfied(entity) & EntityQuery::kRegion   // a place in 杭州市 or below
//
// `concord` shows every mention that satisfies any criterion; `filter` keeps
// a record whose mentions together satisfy every criterion given.
#pragma once

#include <string>
#include <vector>

#include "zhcorpus/region_gazetteer.h"
#include "zhcorpus/region_scope.h"
#include "zhcorpus/status.h"
#include "zhcorpus/tagged_record.h"

namespace zhcorpus {

struct EntityCriteria {
  std::vector<std::string> orgs;        // an org whose norm.name or text is exactly this
  std::vector<std::string> regions;     // codes or names; the places below count (RegionScope)
  std::vector<std::string> indicators;  // a metric whose norm.indicator contains this
  std::vector<std::string> types;       // region, org, metric, date
  bool empty() const { return orgs.empty() && regions.empty() && indicators.empty() && types.empty(); }
};

class EntityQuery {
 public:
  enum Criterion : unsigned { kOrg = 1u, kRegion = 2u, kIndicator = 4u, kType = 8u };

  // InvalidArgument for an unknown type or a region that cannot be resolved.
  static Result<EntityQuery> Create(const EntityCriteria& criteria, const RegionGazetteer* gazetteer);
  EntityQuery() = default;

  bool empty() const { return required_ == 0; }
  // The criteria (bits of Criterion) that were given.
  unsigned required() const { return required_; }
  // The criteria `e` satisfies; within one criterion any listed value will do.
  unsigned Satisfied(const TaggedEntity& e) const;
  // True when the mentions together satisfy every criterion given.
  bool SatisfiedByAll(const std::vector<TaggedEntity>& mentions) const;
  // Strings a mention satisfying some criterion must contain in its record's
  // JSON line (org names, indicators), or empty when no such shortcut holds
  // (regions, types): lets a caller skip lines without parsing them.
  std::vector<std::string> Needles() const;
  // "org 浙江大学, region 浙江省 (330000)": what is asked, for table titles.
  std::string Describe() const;

 private:
  EntityCriteria criteria_;
  std::vector<RegionScope> regions_;
  unsigned required_ = 0;
};

}  // namespace zhcorpus
