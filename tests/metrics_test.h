// Shared by the metric and date tests: a Document from a sentence, and the
// extractor's output as (text, norm) pairs.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "entity/entity_norm_json.h"
#include "numbers/metrics.h"
#include "zhcorpus/utf8.h"

namespace zhcorpus::testing {

inline Document MakeDoc(std::string_view utf8, std::optional<CivilDate> date = std::nullopt) {
  Document doc;
  doc.text = DecodeUtf8(utf8);
  doc.simplified = doc.text;
  doc.date = date;
  return doc;
}

inline std::vector<std::pair<std::string, nlohmann::ordered_json>> Found(const EntityRecognizer& r,
                                                                         const Document& doc) {
  std::vector<Entity> out;
  r.Recognize(doc, &out);
  std::vector<std::pair<std::string, nlohmann::ordered_json>> found;
  for (const Entity& e : out) {
    found.emplace_back(EncodeUtf8(std::u32string_view(doc.text).substr(e.start, e.end - e.start)), ToJson(e.norm));
  }
  return found;
}

}  // namespace zhcorpus::testing
