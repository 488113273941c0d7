// Collocates of a node word: the words found within a window around it more
// often than chance predicts.
//
//   CollocationCounter c({.node = "创新", .left = 5, .right = 5});
//   for (each record) c.Add(record);
//   ReportTable t = c.Table();
//
// Counting is over word tokens (IsWordToken) of each record; a window does
// not cross a record. O = times the collocate is in a node's window; f_n,
// f_c = corpus frequencies of node and collocate; N = words in the corpus;
// E = f_n·f_c·W/N with W = left + right (Evert 2008, surface co-occurrence).
#pragma once

#include <cstddef>
#include <string>
#include <unordered_map>

#include "zhcorpus/report.h"
#include "zhcorpus/tagged_record.h"

namespace zhcorpus {

// logDice = 14 + log2(2·O / (f_n + f_c)) (Rychlý 2008): at most 14, no N.
double LogDice(double o, double f_node, double f_collocate);
// MI = log2(O / E).
double MutualInformation(double o, double expected);
// t-score = (O − E) / √O.
double TScore(double o, double expected);

struct CollocationOptions {
  std::string node;
  std::size_t left = 5, right = 5;  // words on each side
  std::size_t min_cooccurrence = 3;  // O at least
  std::size_t min_freq = 3;          // f_c at least
};

class CollocationCounter {
 public:
  explicit CollocationCounter(CollocationOptions options) : options_(std::move(options)) {}
  // False when the record has no tokens.
  bool Add(const TaggedRecord& record);
  // One row per collocate, by logDice (largest first).
  ReportTable Table() const;

 private:
  CollocationOptions options_;
  std::unordered_map<std::string, std::size_t> freq_, cooccurrence_;
  std::size_t total_ = 0;
};

}  // namespace zhcorpus
