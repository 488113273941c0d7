// A Chinese division and every place below it, for filters such as
// `filter --region 浙江省` or `concord --region 330100`.
//
//   auto zj = RegionScope::Resolve("浙江省", &gazetteer);   // or "330000", "浙江"
//   zj->ContainsMention(entity.norm);                        // 杭州, 乐清, 濮院镇: yes
//
// GB/T 2260 codes nest by prefix: a province 33xxxx holds the cities 33xx00,
// a city 3301xx its counties, a county 330106 its towns 330106xxx. A scope is
// that prefix, so no tree walk is needed per mention.
#pragma once

#include <string>
#include <string_view>

#include "zhcorpus/records.h"  // Json: norms keep their key order

#include "zhcorpus/region_gazetteer.h"
#include "zhcorpus/status.h"

namespace zhcorpus {

class RegionScope {
 public:
  // `spec` is a 6-digit division code, a 9-digit town code, or a name the
  // gazetteer knows (浙江省, 浙江, 杭州市). Names need the gazetteer; a name
  // shared by several divisions (鼓楼区) is an error listing their codes.
  static Result<RegionScope> Resolve(std::string_view spec, const RegionGazetteer* gazetteer);

  // True when the division `code` is the scope or lies below it.
  bool ContainsCode(std::string_view code) const;
  // True when a region entity's norm (docs/entities.md) names a place in the
  // scope: by its code; a town (no code) by its name through the gazetteer;
  // an abbreviation run (沪苏浙皖) when one of its members is inside; a name
  // shared by several divisions only when all its candidates are inside.
  bool ContainsMention(const Json& norm) const;

  const std::string& code() const { return code_; }
  // "浙江省 (330000)" or the code alone without a gazetteer.
  const std::string& label() const { return label_; }

 private:
  RegionScope(std::string code, std::string label, const RegionGazetteer* gazetteer);
  bool ContainsName(std::string_view name, std::string_view province) const;

  std::string code_, prefix_, label_;
  const RegionGazetteer* gazetteer_;  // not owned; may be null
};

}  // namespace zhcorpus
