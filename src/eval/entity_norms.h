// Which norm fields the entity scorer compares, per entity type (docs/entities.md).
// The primary field of a type is its norm accuracy; the others are detail
// lines that tell a developer which part of the norm goes wrong.
#pragma once

#include <string>
#include <vector>

#include "zhcorpus/records.h"

namespace zhcorpus {

struct NormField {
  std::string type;
  std::string field;  // label, e.g. "code" or "value+unit"
  bool primary = false;
  bool (*agree)(const Json& gold, const Json& pred) = nullptr;
};

// All fields, primary first within each type: region code, org kind, metric
// value+unit, date value.
const std::vector<NormField>& NormFields();

// The primary field of `norm` as short text for listings ("330400", "2024-03").
std::string NormSummary(const std::string& type, const Json& norm);

}  // namespace zhcorpus
