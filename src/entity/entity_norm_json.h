// EntityNorm <-> nlohmann JSON, for the code that reads or writes records.
// Internal: the installed entity_norm.h names no JSON library.
#pragma once

#include <string>

#include "zhcorpus/entity_norm.h"
#include "zhcorpus/records.h"  // Json

namespace zhcorpus {

Json ToJson(const NormValue& value);
Json ToJson(const EntityNorm& norm);  // an object, {} when empty

// A JSON value as a NormValue; an object becomes nested fields.
NormValue NormValueFromJson(const Json& j);

// Appends `norm` as compact JSON, byte for byte what AppendJson(ToJson(norm)) writes.
void AppendNormJson(const EntityNorm& norm, std::string* out);

}  // namespace zhcorpus
