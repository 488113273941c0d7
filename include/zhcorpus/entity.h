// Entities as docs/entities.md defines them, and the interface every recogniser
// (regions, organisations, metrics, dates) implements for the Tagger.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "zhcorpus/document.h"
#include "zhcorpus/entity_norm.h"

namespace zhcorpus {

struct Entity {
  std::string type;             // "region" | "org" | "metric" | "date"
  std::uint32_t start = 0;      // code points, inclusive
  std::uint32_t end = 0;        // code points, exclusive
  std::string text;             // UTF-8 of the original text[start, end)
  EntityNorm norm;              // type-specific normalisation, see docs/entities.md
  // Higher wins when two candidates of equal length overlap (set by the recogniser).
  int priority = 0;
};

// A recogniser is loaded once and then const: Recognize may run on many
// threads at once. It appends candidates; the Tagger resolves overlaps.
class EntityRecognizer {
 public:
  virtual ~EntityRecognizer() = default;
  virtual void Recognize(const Document& doc, std::vector<Entity>* out) const = 0;
  // True when this recogniser's candidates can change the entities of `type`
  // (its own types, and those its longer spans overlap and shadow). The Tagger
  // skips a recogniser that affects none of the types a run keeps.
  virtual bool Affects(std::string_view type) const {
    (void)type;
    return true;
  }
};

}  // namespace zhcorpus
