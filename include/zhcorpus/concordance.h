// Keyword in context (KWIC) over tagged records: every place a word, a
// pattern or an entity occurs, with the text around it.
//
//   auto c = Concordancer::ForWord("创新", {.context = 15});
//   c.Find(record, [](KwicHit&& hit) { writer.Write(hit); });
//
// A word is matched against the record's tokens (whole words, as AntConc does
// on a segmented corpus), or against the text when the record has none.
// Context is counted in characters, or in tokens (ContextUnit::kWords), and
// is always a substring of the text, so offsets and context agree.
#pragma once

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "zhcorpus/records.h"  // Json: norms keep their key order

#include "zhcorpus/entity_query.h"
#include "zhcorpus/status.h"
#include "zhcorpus/tagged_record.h"
#include "zhcorpus/text_pattern.h"

namespace zhcorpus {

enum class ContextUnit { kChars, kWords };

struct ConcordanceOptions {
  std::size_t context = 20;  // on each side
  ContextUnit unit = ContextUnit::kChars;
};

struct KwicHit {
  std::string id, date, source, outlet;
  std::size_t start = 0, end = 0;  // the hit's code points in the record's text
  std::string left, hit, right;
  std::string type;     // "word", "pattern", or the entity's type
  Json norm;  // the entity's norm; null for words and patterns
};

class Concordancer {
 public:
  static Concordancer ForWord(std::string word, ConcordanceOptions options);
  static Result<Concordancer> ForPattern(const std::string& pattern, ConcordanceOptions options);
  static Concordancer ForEntities(EntityQuery query, ConcordanceOptions options);

  // The record parts Find needs (ParseTaggedRecord).
  unsigned parts() const;
  // False when the raw JSON line cannot hold a hit (it lacks the word's
  // bytes), so the caller need not parse it.
  bool MayMatch(std::string_view line) const;
  // Calls on_hit for each hit in `record`, in text order.
  void Find(const TaggedRecord& record, const std::function<void(KwicHit&&)>& on_hit) const;
  // "word 创新, 15 characters of context", for titles.
  std::string Describe() const;
  const ConcordanceOptions& options() const { return options_; }

 private:
  enum class Mode { kWord, kPattern, kEntities };
  explicit Concordancer(Mode mode, ConcordanceOptions options) : mode_(mode), options_(options) {}

  Mode mode_;
  ConcordanceOptions options_;
  std::string word_;
  std::optional<TextPattern> pattern_;
  EntityQuery entities_;
  std::vector<std::string> needles_;  // MayMatch: one of these must be in the line
};

enum class KwicSort { kInput, kLeft, kRight, kDate };

// Sorts hits as AntConc does: by the left context read backwards from the hit
// (nearest character first), by the right context, or by date; ties keep
// input order.
void SortHits(std::vector<KwicHit>* hits, KwicSort by);

}  // namespace zhcorpus
