// Internal: RegionRecognizer: finds the regions an article names and normalises them
// (ENTITIES.md, "region"): full and short division names, administrative
// chains (浙江省温州市, 桐乡濮院), macro-regions, countries and foreign places,
// runs of one-character abbreviations (沪苏浙皖).
//
// Names are matched over the segmentation: a name counts only where it starts
// and ends on token boundaries, so 杭州 is not found in 杭州湾 nor 温州 in
// 温州话-like compounds the dictionary knows. Names that are everyday words
// (资源, 和平, 通道) need support from context: a place that encloses them
// named in the same article, or a chain.
#pragma once

#include <filesystem>
#include <string>
#include <unordered_set>
#include <vector>

#include "zhcorpus/document.h"
#include "zhcorpus/entity.h"
#include "zhcorpus/region_gazetteer.h"
#include "zhcorpus/segmenter.h"
#include "zhcorpus/status.h"
#include "zhcorpus/u32_string_set.h"

namespace zhcorpus {

class RegionRecognizer {
 public:
  // The gazetteer's names the segmenter must keep whole (added when its
  // dictionary does not know them): pass them as SegmenterOptions::extra_words
  // of the segmenter the recogniser is then made with.
  static std::vector<ExtraWord> SegmenterWords(const RegionGazetteer& gazetteer);

  // Names `segmenter` knows as everyday words are remembered as needing
  // support; without a segmenter only the gazetteer's own list counts.
  RegionRecognizer(RegionGazetteer gazetteer, const Segmenter* segmenter);

  // Appends region entities found in `doc`, in text order, not overlapping.
  void Find(const Document& doc, std::vector<Entity>* out) const;

  const RegionGazetteer& gazetteer() const { return gazetteer_; }

 private:
  struct Mention;

  struct Boundaries {
    std::vector<bool> start, end;  // per code point (size text + 1)
  };
  Boundaries FindBoundaries(const Document& doc) const;
  void MarkNameSuffix(std::u32string_view text, const Token& t, Boundaries* b) const;
  std::vector<Mention> MatchNames(const Document& doc, const Boundaries& bounds) const;
  bool Acceptable(const Document& doc, const PlaceName& name, std::uint32_t end) const;
  bool StartsName(std::u32string_view text) const;
  bool NamesACityOrProvince(std::u32string_view name) const;
  bool NeedsSupport(std::u32string_view piece, const PlaceName& name) const;
  void JoinChains(std::vector<Mention>* mentions) const;
  void DropUnsupported(std::vector<Mention>* mentions) const;
  void Disambiguate(std::vector<Mention>* mentions) const;
  void FindAbbreviationRuns(const Document& doc, const std::vector<Mention>& names,
                            std::vector<Mention>* runs) const;
  Entity ToEntity(const Document& doc, const Mention& m) const;

  RegionGazetteer gazetteer_;
  U32StringSet everyday_;  // names the dictionary knows as other words
  // Lists of data/place_words.tsv, read once here rather than per token.
  std::u32string landmark_ends_;             // 路 of 西湖路: a street, not the division
  std::u32string place_prepositions_;        // 在 of 在温: a lone abbreviation is a place
  std::vector<std::u32string> people_ends_;  // 市民 of 北京市民
  std::u32string people_last_chars_;         // their last characters, a cheap first test
};

}  // namespace zhcorpus
