// Internal: Metric and date recognisers (ENTITIES.md `metric`, `date`) for the Tagger.
//
//   auto units = UnitLexicon::Load(data_dir / "units.tsv");
//   MetricExtractor metrics(std::move(*units));
//   DateExtractor dates;
//   metrics.Recognize(doc, &candidates);   // 1588亿元 -> value 158800000000, unit 元
//   dates.Recognize(doc, &candidates);     // 去年底 -> value "2023", mod "end"
//
// Both read doc.simplified, skip opaque quoted names and split the work so
// that a date never swallows a duration (5年多) and a metric never a date (2024年).
#pragma once

#include <filesystem>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "zhcorpus/entity.h"
#include "zhcorpus/status.h"

namespace zhcorpus {

struct UnitInfo {
  std::string unit;  // as written in norm.unit (个月 -> 月, 平米 -> 平方米)
  std::string kind;  // money | count | duration | measure | percent | ratio
};

// Measure words and units after a number (data/units.tsv), longest match.
class UnitLexicon {
 public:
  // Lines `surface<TAB>unit<TAB>kind`, `#` comments; errors name file:line.
  static Result<UnitLexicon> Load(const std::filesystem::path& path);
  static Result<UnitLexicon> Parse(const std::string& tsv, const std::string& name);
  // The longest unit starting at `pos`: its length in code points (0: none).
  std::size_t Match(std::u32string_view text, std::size_t pos, const UnitInfo** info) const;
  std::size_t size() const { return units_.size(); }

 private:
  std::unordered_map<std::u32string, UnitInfo> units_;
  std::size_t max_len_ = 0;
};

class MetricExtractor : public EntityRecognizer {
 public:
  explicit MetricExtractor(UnitLexicon units) : units_(std::move(units)) {}
  void Recognize(const Document& doc, std::vector<Entity>* out) const override;
  // Metrics and dates compete for the same spans (2024年, 5年多).
  bool Affects(std::string_view type) const override { return type == "metric" || type == "date"; }

 private:
  UnitLexicon units_;
};

class DateExtractor : public EntityRecognizer {
 public:
  void Recognize(const Document& doc, std::vector<Entity>* out) const override;
  bool Affects(std::string_view type) const override { return type == "metric" || type == "date"; }
};

// Loads units.tsv from `data_dir` and appends a MetricExtractor and a DateExtractor.
Status AddMetricAndDateRecognizers(const std::filesystem::path& data_dir,
                                   std::vector<std::unique_ptr<EntityRecognizer>>* out);

}  // namespace zhcorpus
