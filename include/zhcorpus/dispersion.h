// Frequency lists of words and n-grams with how evenly they spread over the
// corpus: the records are the corpus parts.
//
//   NgramCounter c({.n = 2, .min_freq = 5});
//   for (each record) c.Add(record);
//   ReportTable t = c.Table();
//
// DP is Gries' (2008) deviation of proportions: 0.5·Σ|v_i − s_i| over all
// parts, v_i the share of the item's occurrences in part i, s_i the part's
// share of the corpus (0 = spread exactly as the parts' sizes, near 1 = all
// in one small part). Juilland's D = 1 − V/√(n − 1), V the coefficient of
// variation (population sd / mean) of the item's relative frequency in the
// n parts (1 = even, 0 = one part only).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "zhcorpus/report.h"
#include "zhcorpus/tagged_record.h"

namespace zhcorpus {

// Where an item occurs: (size of the part in words, occurrences in it), one
// entry per part it occurs in.
using PartCounts = std::vector<std::pair<std::size_t, std::size_t>>;

struct Dispersion {
  double dp = 0;
  double juilland_d = 0;
};

// `corpus_size` = words in all parts, `parts` = number of parts (including
// those without the item).
Dispersion MeasureDispersion(const PartCounts& occurrences, std::size_t corpus_size, std::size_t parts);

struct NgramOptions {
  std::size_t n = 1;         // 1 = words
  std::size_t min_freq = 5;  // rows kept
};

class NgramCounter {
 public:
  explicit NgramCounter(NgramOptions options) : options_(options) {}
  // An n-gram is n consecutive word tokens (IsWordToken) with no other token
  // between them, so none spans punctuation. False when the record has no tokens.
  bool Add(const TaggedRecord& record);
  // One row per n-gram with min_freq, by frequency (largest first).
  ReportTable Table() const;

 private:
  struct Item {
    std::size_t freq = 0;
    std::vector<std::pair<std::uint32_t, std::uint32_t>> parts;  // (part index, count)
  };
  NgramOptions options_;
  std::unordered_map<std::string, Item> items_;
  std::vector<std::size_t> part_sizes_;  // words per record
  std::size_t total_ = 0;
};

}  // namespace zhcorpus
