// Norm comparisons for the entity scorer. A missing field equals null, so a
// gold `code: null` agrees with a prediction that leaves `code` out.
#include "eval/entity_norms.h"

#include <cmath>
#include <map>

#include "zhcorpus/entity_scorer.h"
#include "zhcorpus/utf8.h"

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
               kMod[] = "mod", kMeasure[] = "measure", kDate[] = "date";

std::string Scalar(const Json& j) { return j.is_string() ? j.get<std::string>() : j.dump(); }

// A metric's region or date may be given as the entity norm itself ({"name":
// ...} / {"value": ...}) or as that name or value alone.
Json NameOrValue(const Json& j) {
  if (!j.is_object()) return j;
  if (auto it = j.find("name"); it != j.end()) return *it;
  if (auto it = j.find("value"); it != j.end()) return *it;
  return j;
}

template <const char* kKey>
bool SamePlaceOrPeriod(const Json& gold, const Json& pred) {
  return NameOrValue(Field(gold, kKey)) == NameOrValue(Field(pred, kKey));
}

template <const char* kKey>
bool GoldHas(const Json& gold) {
  return gold.is_object() && gold.contains(kKey);
}
template <const char* kKey>
bool GoldNotNull(const Json& gold) {
  return !Field(gold, kKey).is_null();
}

bool SameIndicatorExactly(const Json& gold, const Json& pred) { return SameField<kIndicator>(gold, pred); }

bool SameIndicatorLeniently(const Json& gold, const Json& pred) {
  const Json g = Field(gold, kIndicator), p = Field(pred, kIndicator);
  if (g.is_null() || p.is_null()) return g.is_null() && p.is_null();
  if (!g.is_string() || !p.is_string()) return g == p;
  return IndicatorsAgree(g.get<std::string>(), p.get<std::string>());
}

}  // namespace

std::u32string StripIndicatorSuffix(std::u32string s) {
  static constexpr std::u32string_view kSuffixes[] = {U"同比增长", U"增长率", U"增长", U"增速",
                                                      U"增幅",     U"排名",   U"排位"};
  for (std::u32string_view w : kSuffixes) {
    if (s.size() >= w.size() && std::u32string_view(s).substr(s.size() - w.size()) == w) {
      s.resize(s.size() - w.size());
      break;
    }
  }
  return s;
}

double CharacterDice(std::u32string_view a, std::u32string_view b) {
  if (a.empty() && b.empty()) return 1.0;
  std::map<char32_t, int> counts;
  for (char32_t c : a) ++counts[c];
  std::size_t shared = 0;
  for (char32_t c : b) {
    if (auto it = counts.find(c); it != counts.end() && it->second > 0) --it->second, ++shared;
  }
  return 2.0 * static_cast<double>(shared) / static_cast<double>(a.size() + b.size());
}

bool IndicatorsAgree(std::string_view gold, std::string_view pred) {
  return CharacterDice(StripIndicatorSuffix(DecodeUtf8(gold)), StripIndicatorSuffix(DecodeUtf8(pred))) >= 0.6;
}

const std::vector<NormField>& NormFields() {
  static const std::vector<NormField> fields = {
      {"region", "code", true, SameField<kCode>},     {"region", "level", false, SameField<kLevel>},
      {"region", "name", false, SameField<kName>},    {"org", "kind", true, SameField<kKind>},
      {"org", "region", false, SameField<kRegion>},   {"org", "name", false, SameField<kName>},
      {"metric", "value+unit", true, SameAmount},     {"metric", "approx", false, SameField<kApprox>},
      {"metric", "kind", false, SameField<kKind>},
      {"metric", "indicator", false, SameIndicatorLeniently},
      {"metric", "indicator.exact", false, SameIndicatorExactly},
      {"metric", "measure", false, SameField<kMeasure>, GoldNotNull<kMeasure>},
      {"metric", "region", false, SamePlaceOrPeriod<kRegion>, GoldHas<kRegion>},
      {"metric", "date", false, SamePlaceOrPeriod<kDate>, GoldHas<kDate>},
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
