// Keyness: which words one corpus (the target) uses more or less than
// another (the reference), as corpus linguists measure it.
//
//   WordFrequencies target, reference;
//   target.Add(record);  ...  reference.Add(other);
//   ReportTable t = KeynessTable(target, reference, {.min_freq = 5});
//
// G² is the log-likelihood of Rayson and Garside (2000) with df = 1; BIC is
// G² − ln N (Wilson 2013: above 2 positive evidence, above 6 strong); log
// ratio is Hardie's (2014) binary log of the ratio of relative frequencies,
// with 0.5 standing in for a zero frequency; %DIFF is Gabrielatos and
// Marchi's (2012) difference of normalised frequencies in percent.
#pragma once

#include <cstddef>
#include <string>
#include <unordered_map>

#include "zhcorpus/report.h"  // ReportTable: rendered as report renders its sections
#include "zhcorpus/tagged_record.h"

namespace zhcorpus {

struct KeynessScores {
  double g2 = 0;            // log-likelihood
  double bic = 0;           // g2 - ln(c + d)
  double log_ratio = 0;     // log2 of (a/c) / (b/d)
  double percent_diff = 0;  // +infinity when b = 0
};

// a, b: the word's frequency in target and reference; c, d: their sizes in words.
KeynessScores ScoreKeyness(double a, double b, double c, double d);

// Word frequencies over records' tokens (IsWordToken words only).
class WordFrequencies {
 public:
  // False when the record has no tokens (tag --tokens was not run).
  bool Add(const TaggedRecord& record);
  std::size_t total() const { return total_; }
  std::size_t records() const { return records_; }
  const std::unordered_map<std::string, std::size_t>& counts() const { return counts_; }

 private:
  std::unordered_map<std::string, std::size_t> counts_;
  std::size_t total_ = 0, records_ = 0;
};

struct KeynessOptions {
  std::size_t min_freq = 5;  // in both corpora together
  std::string target_name = "target", reference_name = "reference";
};

// One row per word with at least min_freq, by G² (largest first); `use` is
// "+" where the target uses the word more, "-" where less.
ReportTable KeynessTable(const WordFrequencies& target, const WordFrequencies& reference,
                         const KeynessOptions& options);

}  // namespace zhcorpus
