#include "zhcorpus/entity_norm.h"

#include <algorithm>

namespace zhcorpus {
namespace {

const NormValue& Null() {
  static const NormValue null;
  return null;
}

}  // namespace

EntityNorm::EntityNorm() = default;

EntityNorm::EntityNorm(std::initializer_list<Field> fields) {
  for (const Field& f : fields) Set(f.first, f.second);
}

void EntityNorm::Set(std::string_view key, NormValue value) {
  auto it = std::find_if(fields_.begin(), fields_.end(), [&](const Field& f) { return f.first == key; });
  if (it != fields_.end()) {
    it->second = std::move(value);
  } else {
    fields_.emplace_back(std::string(key), std::move(value));
  }
}

const NormValue& EntityNorm::Get(std::string_view key) const {
  auto it = std::find_if(fields_.begin(), fields_.end(), [&](const Field& f) { return f.first == key; });
  return it != fields_.end() ? it->second : Null();
}

bool EntityNorm::Has(std::string_view key) const {
  return std::any_of(fields_.begin(), fields_.end(), [&](const Field& f) { return f.first == key; });
}

std::string_view EntityNorm::GetString(std::string_view key) const {
  const NormValue& v = Get(key);
  return v.is_string() ? std::string_view(v.string()) : std::string_view();
}

bool operator==(const EntityNorm& a, const EntityNorm& b) { return a.fields_ == b.fields_; }

}  // namespace zhcorpus
