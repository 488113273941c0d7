// An entity's normalisation (docs/entities.md): named fields in the order the
// recogniser set them, each holding null, a boolean, an integer, a real, a
// string, a list of values or nested fields. Plain values, so the API names
// no JSON library; `tag` writes an EntityNorm as the entity's "norm" object.
//
//   const Entity& e = ...;                       // a metric
//   if (e.norm.Get("unit") == "亿元") ...         // absent fields read as null
//   double amount = e.norm.Get("value").number();
#pragma once

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

namespace zhcorpus {

class NormValue;

class EntityNorm {
 public:
  using Field = std::pair<std::string, NormValue>;

  EntityNorm();
  EntityNorm(std::initializer_list<Field> fields);

  // Sets `key` in place when present, else appends it (first-set order is kept).
  void Set(std::string_view key, NormValue value);
  // The value of `key`; a null value when absent.
  const NormValue& Get(std::string_view key) const;
  bool Has(std::string_view key) const;
  // The string at `key`; "" when absent or not a string.
  std::string_view GetString(std::string_view key) const;

  bool empty() const;
  const std::vector<Field>& fields() const { return fields_; }

  friend bool operator==(const EntityNorm& a, const EntityNorm& b);
  friend bool operator!=(const EntityNorm& a, const EntityNorm& b) { return !(a == b); }

 private:
  std::vector<Field> fields_;
};

class NormValue {
 public:
  using List = std::vector<NormValue>;

  NormValue() = default;  // null
  NormValue(std::nullptr_t) {}
  NormValue(bool b) : v_(b) {}
  NormValue(int i) : v_(std::int64_t{i}) {}
  NormValue(long i) : v_(std::int64_t{i}) {}
  NormValue(long long i) : v_(std::int64_t{i}) {}
  NormValue(unsigned i) : v_(std::int64_t{i}) {}
  NormValue(unsigned long i) : v_(static_cast<std::int64_t>(i)) {}
  NormValue(double d) : v_(d) {}
  NormValue(const char* s) : v_(std::string(s)) {}
  NormValue(std::string_view s) : v_(std::string(s)) {}
  NormValue(std::string s) : v_(std::move(s)) {}
  NormValue(List list) : v_(std::move(list)) {}
  NormValue(EntityNorm fields) : v_(std::move(fields)) {}

  bool is_null() const { return std::holds_alternative<std::monostate>(v_); }
  bool is_bool() const { return std::holds_alternative<bool>(v_); }
  bool is_integer() const { return std::holds_alternative<std::int64_t>(v_); }
  bool is_real() const { return std::holds_alternative<double>(v_); }
  bool is_number() const { return is_integer() || is_real(); }
  bool is_string() const { return std::holds_alternative<std::string>(v_); }
  bool is_list() const { return std::holds_alternative<List>(v_); }
  bool is_fields() const { return std::holds_alternative<EntityNorm>(v_); }

  // Each accessor throws std::bad_variant_access when the value holds another kind.
  bool boolean() const { return std::get<bool>(v_); }
  std::int64_t integer() const { return std::get<std::int64_t>(v_); }
  double number() const;  // an integer or a real
  const std::string& string() const { return std::get<std::string>(v_); }
  const List& list() const { return std::get<List>(v_); }
  const EntityNorm& fields() const { return std::get<EntityNorm>(v_); }

  friend bool operator==(const NormValue& a, const NormValue& b) { return a.v_ == b.v_; }
  friend bool operator!=(const NormValue& a, const NormValue& b) { return !(a == b); }

 private:
  std::variant<std::monostate, bool, std::int64_t, double, std::string, List, EntityNorm> v_;
};

inline bool EntityNorm::empty() const { return fields_.empty(); }

inline double NormValue::number() const {
  return is_integer() ? static_cast<double>(integer()) : std::get<double>(v_);
}

}  // namespace zhcorpus
