// A Document segmented by hand, for tests of the layers above the
// segmenter: the words and their tags are the test's, not the dictionary's,
// so the test does not change when the segmenter does.
#pragma once

#include <initializer_list>
#include <string>
#include <utility>
#include <vector>

#include "zhcorpus/document.h"
#include "zhcorpus/entity.h"
#include "zhcorpus/utf8.h"

namespace zhcorpus::testing {

struct HandWord {
  const char* word;
  const char* pos;
};

class HandDoc {
 public:
  HandDoc(std::initializer_list<HandWord> words, std::optional<CivilDate> date = std::nullopt) {
    for (const HandWord& w : words) {
      const std::u32string t = DecodeUtf8(w.word);
      const auto start = static_cast<std::uint32_t>(doc.text.size());
      doc.text += t;
      doc.tokens.push_back({start, static_cast<std::uint32_t>(doc.text.size()), w.pos});
    }
    doc.simplified = doc.text;
    doc.date = date;
  }

  // Token index of the first token that is `word`.
  std::size_t TokenOf(const char* word) const {
    const std::u32string w = DecodeUtf8(word);
    for (std::size_t k = 0; k < doc.tokens.size(); ++k) {
      if (doc.text.compare(doc.tokens[k].start, doc.tokens[k].end - doc.tokens[k].start, w) == 0) return k;
    }
    return doc.tokens.size();
  }

  // An entity over the tokens first..last (inclusive) named by their words.
  Entity& Add(const std::string& type, const char* first, const char* last, EntityNorm norm) {
    const Token& a = doc.tokens[TokenOf(first)];
    const Token& b = doc.tokens[TokenOf(last)];
    Entity e{type, a.start, b.end, EncodeUtf8(std::u32string_view(doc.text).substr(a.start, b.end - a.start)),
             std::move(norm)};
    entities.push_back(std::move(e));
    return entities.back();
  }
  Entity& Add(const std::string& type, const char* word, EntityNorm norm) { return Add(type, word, word, std::move(norm)); }

  // The written text of [start, end): recognisers leave Entity::text to the Tagger.
  std::string TextOf(const Entity& e) const {
    return EncodeUtf8(std::u32string_view(doc.text).substr(e.start, e.end - e.start));
  }

  Document doc;
  std::vector<Entity> entities;  // added in text order
};

}  // namespace zhcorpus::testing
