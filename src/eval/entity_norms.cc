// Norm comparisons for the entity scorer. A missing field equals null, so a
// gold `code: null` agrees with a prediction that leaves `code` out.
#include "eval/entity_norms.h"

#include <cmath>

#include "zhcorpus/entity_scorer.h"

namespace zhcorpus {
namespace {

Json Field(const Json& norm, const char* key) {
  if (!norm.is_object()) return Json();
  auto it = norm.find(key);
  return it == norm.end() ? Json() : *it;
}

// Numbers agree within a relative tolerance of 1e-9 (1588亿 written as an
// integer or as 1.588e11); anything else must be equal JSON.
bool SameValue(const Json& a, const Json& b) {
  if (a.is_number() && b.is_number()) {
    const double x = a.get<double>(), y = b.get<double>();
    return std::fabs(x - y) <= 1e-9 * std::max(std::fabs(x), std::fabs(y));
  }
  return a == b;
}

template <const char* kKey>
bool SameField(const Json& gold, const Json& pred) {
  return SameValue(Field(gold, kKey), Field(pred, kKey));
}

// A metric's amount is its value, or min and max for a range, with its unit.
bool SameAmount(const Json& gold, const Json& pred) {
  for (const char* key : {"value", "min", "max", "unit"}) {
    if (!SameValue(Field(gold, key), Field(pred, key))) return false;
  }
  return true;
}

constexpr char kCode[] = "code", kLevel[] = "level", kName[] = "name", kKind[] = "kind", kRegion[] = "region",
               kApprox[] = "approx", kIndicator[] = "indicator", kValue[] = "value", kGrain[] = "grain",
               kMod[] = "mod";

std::string Scalar(const Json& j) { return j.is_string() ? j.get<std::string>() : j.dump(); }

}  // namespace

const std::vector<NormField>& NormFields() {
  static const std::vector<NormField> fields = {
      {"region", "code", true, SameField<kCode>},     {"region", "level", false, SameField<kLevel>},
      {"region", "name", false, SameField<kName>},    {"org", "kind", true, SameField<kKind>},
      {"org", "region", false, SameField<kRegion>},   {"org", "name", false, SameField<kName>},
      {"metric", "value+unit", true, SameAmount},     {"metric", "approx", false, SameField<kApprox>},
      {"metric", "kind", false, SameField<kKind>},    {"metric", "indicator", false, SameField<kIndicator>},
      {"date", "value", true, SameField<kValue>},     {"date", "grain", false, SameField<kGrain>},
      {"date", "mod", false, SameField<kMod>},
  };
  return fields;
}

bool NormsAgree(const std::string& type, const Json& gold, const Json& pred) {
  for (const NormField& f : NormFields()) {
    if (f.primary && f.type == type) return f.agree(gold, pred);
  }
  return true;  // a type without a norm rule (e.g. "number") has nothing to disagree on
}

std::string NormSummary(const std::string& type, const Json& norm) {
  if (type == "region") return "code " + Scalar(Field(norm, kCode));
  if (type == "org") return "kind " + Scalar(Field(norm, kKind));
  if (type == "date") return "value " + Scalar(Field(norm, kValue));
  if (type != "metric") return norm.dump();
  const Json value = Field(norm, kValue);
  std::string amount = value.is_null() && !Field(norm, "min").is_null()
                           ? Scalar(Field(norm, "min")) + "-" + Scalar(Field(norm, "max"))
                           : Scalar(value);
  return amount + " " + Scalar(Field(norm, "unit"));
}

}  // namespace zhcorpus
