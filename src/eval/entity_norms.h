// Which norm fields the entity scorer compares, per entity type (docs/entities.md).
// The primary field of a type is its norm accuracy; the others are detail
// lines that tell a developer which part of the norm goes wrong.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "zhcorpus/records.h"

namespace zhcorpus {

struct NormField {
  std::string type;
  std::string field;  // label, e.g. "code" or "value+unit"
  bool primary = false;
  bool (*agree)(const Json& gold, const Json& pred) = nullptr;
  // When set, the field is checked only where this says the gold states it
  // (a metric's measure, region and date are optional in gold sets).
  bool (*applies)(const Json& gold) = nullptr;
};

// Indicator agreement as issue #12 and ENTITIES.md define it: after removing
// one trailing 同比增长/增长率/增长/增速/增幅/排名/排位 from each, the character
// Dice coefficient (shared characters counted with multiplicity) is >= 0.6.
bool IndicatorsAgree(std::string_view gold, std::string_view pred);
double CharacterDice(std::u32string_view a, std::u32string_view b);
std::u32string StripIndicatorSuffix(std::u32string s);

// All fields, primary first within each type: region code, org kind, metric
// value+unit, date value.
const std::vector<NormField>& NormFields();

// The primary field of `norm` as short text for listings ("330400", "2024-03").
std::string NormSummary(const std::string& type, const Json& norm);

}  // namespace zhcorpus
