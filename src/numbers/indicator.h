// Internal: what each metric measures, and the place and period it is about
// (ENTITIES.md "Indicators, measures and the subject of a figure").
//
//   auto linker = MetricLinker::Load(data_dir);      // data/indicator_words.tsv
//   linker->Link(doc, &entities);                     // after overlaps are resolved
//
// For every metric entity it sets norm.indicator (the noun phrase naming what
// is measured, or null), norm.measure (level | change | share | rank),
// norm.region (the name of the region the figure is about, or null) and
// norm.date (the value of the period it is about, or null), all from the
// metric's own sentence.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "zhcorpus/document.h"
#include "zhcorpus/entity.h"
#include "zhcorpus/status.h"
#include "zhcorpus/u32_string_set.h"

namespace zhcorpus {

// The roles of data/indicator_words.tsv, as bits (a word may have several).
enum WordRole : std::uint16_t {
  kScope = 1 << 0,
  kPredicate = 1 << 1,
  kUp = 1 << 2,
  kDown = 1 << 3,
  kShare = 1 << 4,
  kShareVerb = 1 << 5,
  kRankVerb = 1 << 6,
  kChangeHead = 1 << 7,
  kGeneric = 1 << 8,
  kQualifier = 1 << 9,
  kTogether = 1 << 10,
  kNoun = 1 << 11,
  kCompare = 1 << 12,
  kPivot = 1 << 13,
  kAdverb = 1 << 14,
  kTitle = 1 << 15,
};

// The roles of words that stand between a noun phrase and its figure (达, 全市, 增长, 居, 占, 均, 高于).
constexpr std::uint16_t kGapRoles = kScope | kPredicate | kUp | kDown | kShareVerb | kRankVerb | kTogether | kCompare;
// The roles of the verbs an adverb (一度, 实际) sits before when it stands between a phrase and its figure.
constexpr std::uint16_t kVerbRoles = kPredicate | kUp | kDown | kShareVerb | kRankVerb;

class IndicatorWords {
 public:
  // Lines `word<TAB>role`, `#` comments; errors name file:line.
  static Result<IndicatorWords> Parse(const std::string& tsv, const std::string& name);
  std::uint16_t Roles(std::u32string_view word) const;
  bool Has(std::u32string_view word, std::uint16_t roles) const { return (Roles(word) & roles) != 0; }

 private:
  U32StringMap<std::uint16_t> roles_;
};

class MetricLinker {
 public:
  static Result<MetricLinker> Load(const std::filesystem::path& data_dir);
  explicit MetricLinker(IndicatorWords words) : words_(std::move(words)) {}
  // `entities` sorted by start and non-overlapping (ResolveOverlaps output).
  void Link(const Document& doc, std::vector<Entity>* entities) const;

 private:
  IndicatorWords words_;
};

}  // namespace zhcorpus
