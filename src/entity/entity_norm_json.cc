#include "entity/entity_norm_json.h"

namespace zhcorpus {

Json ToJson(const NormValue& value) {
  if (value.is_null()) return Json();
  if (value.is_bool()) return Json(value.boolean());
  if (value.is_integer()) return Json(value.integer());
  if (value.is_real()) return Json(value.number());
  if (value.is_string()) return Json(value.string());
  if (value.is_fields()) return ToJson(value.fields());
  Json list = Json::array();
  for (const NormValue& v : value.list()) list.push_back(ToJson(v));
  return list;
}

Json ToJson(const EntityNorm& norm) {
  Json j = Json::object();
  for (const auto& [key, value] : norm.fields()) j[key] = ToJson(value);
  return j;
}

NormValue NormValueFromJson(const Json& j) {
  if (j.is_boolean()) return j.get<bool>();
  if (j.is_number_integer()) return j.get<std::int64_t>();  // unsigned within int64 too
  if (j.is_number()) return j.get<double>();
  if (j.is_string()) return j.get<std::string>();
  if (j.is_array()) {
    NormValue::List list;
    for (const Json& v : j) list.push_back(NormValueFromJson(v));
    return list;
  }
  if (j.is_object()) {
    EntityNorm fields;
    for (auto it = j.begin(); it != j.end(); ++it) fields.Set(it.key(), NormValueFromJson(it.value()));
    return fields;
  }
  return nullptr;
}

namespace {

void AppendValue(const NormValue& v, std::string* out) {
  if (v.is_string()) {
    AppendJsonString(v.string(), out);
  } else if (v.is_fields()) {
    AppendNormJson(v.fields(), out);
  } else if (v.is_list()) {
    out->push_back('[');
    for (std::size_t i = 0; i < v.list().size(); ++i) {
      if (i) out->push_back(',');
      AppendValue(v.list()[i], out);
    }
    out->push_back(']');
  } else {
    AppendJson(ToJson(v), out);  // numbers, booleans, null: nlohmann's number format
  }
}

}  // namespace

void AppendNormJson(const EntityNorm& norm, std::string* out) {
  out->push_back('{');
  bool first = true;
  for (const auto& [key, value] : norm.fields()) {
    if (!first) out->push_back(',');
    first = false;
    AppendJsonString(key, out);
    out->push_back(':');
    AppendValue(value, out);
  }
  out->push_back('}');
}

}  // namespace zhcorpus
