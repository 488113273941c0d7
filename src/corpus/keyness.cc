#include "zhcorpus/keyness.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

#include "corpus/score_format.h"
#include "corpus/word_token.h"

namespace zhcorpus {
namespace {

double Term(double observed, double expected) { return observed > 0 ? observed * std::log(observed / expected) : 0; }

}  // namespace

KeynessScores ScoreKeyness(double a, double b, double c, double d) {
  KeynessScores s;
  const double n = c + d;
  const double e1 = c * (a + b) / n, e2 = d * (a + b) / n;
  s.g2 = 2 * (Term(a, e1) + Term(b, e2));
  s.bic = s.g2 - std::log(n);
  s.log_ratio = std::log2(((a > 0 ? a : 0.5) / c) / ((b > 0 ? b : 0.5) / d));
  s.percent_diff = b > 0 ? ((a / c) - (b / d)) / (b / d) * 100 : std::numeric_limits<double>::infinity();
  return s;
}

bool WordFrequencies::Add(const TaggedRecord& record) {
  if (!record.has_tokens) return false;
  ++records_;
  for (const TaggedToken& t : record.tokens)
    if (IsWordToken(t.word)) ++counts_[t.word], ++total_;
  return true;
}

ReportTable KeynessTable(const WordFrequencies& target, const WordFrequencies& reference,
                         const KeynessOptions& options) {
  ReportTable t;
  t.name = "keyness";
  t.title = "Keywords of " + options.target_name + " against " + options.reference_name;
  t.columns = {"word", "use", "freq_" + options.target_name, "freq_" + options.reference_name,
               "pm_" + options.target_name, "pm_" + options.reference_name, "G2", "BIC", "log_ratio", "%DIFF"};
  t.kinds = "ssnnnnnnnn";
  const double c = static_cast<double>(target.total()), d = static_cast<double>(reference.total());
  t.method = "G2 = 2·Σ O·ln(O/E) over both corpora (Rayson & Garside 2000), E from the pooled relative frequency; "
             "BIC = G2 − ln(N), N = " + std::to_string(target.total() + reference.total()) +
             " words (>2 positive, >6 strong evidence); log_ratio = log2 of the ratio of relative frequencies, 0.5 "
             "for a zero (Hardie 2014); %DIFF = 100·(pm_target − pm_ref)/pm_ref; pm = per million words; words = "
             "tokens with a letter or Han character; min frequency " + std::to_string(options.min_freq) +
             " in both together; " + std::to_string(target.total()) + " words in " + options.target_name + ", " +
             std::to_string(reference.total()) + " in " + options.reference_name;
  if (c == 0 || d == 0) {
    t.note = "one side has no words: nothing to compare";
    return t;
  }
  struct Row {
    std::string word;
    double a, b;
    KeynessScores s;
  };
  std::vector<Row> rows;
  auto consider = [&](const std::string& w) {
    auto a_it = target.counts().find(w);
    auto b_it = reference.counts().find(w);
    const double a = a_it == target.counts().end() ? 0 : static_cast<double>(a_it->second);
    const double b = b_it == reference.counts().end() ? 0 : static_cast<double>(b_it->second);
    if (a + b >= static_cast<double>(options.min_freq)) rows.push_back({w, a, b, ScoreKeyness(a, b, c, d)});
  };
  for (const auto& [w, n] : target.counts()) consider(w);
  for (const auto& [w, n] : reference.counts())
    if (!target.counts().contains(w)) consider(w);
  std::sort(rows.begin(), rows.end(), [](const Row& x, const Row& y) {
    return x.s.g2 != y.s.g2 ? x.s.g2 > y.s.g2 : x.word < y.word;
  });
  for (const Row& r : rows)
    t.rows.push_back({r.word, r.a / c >= r.b / d ? "+" : "-", FormatScore(r.a), FormatScore(r.b),
                      FormatScore(r.a / c * 1e6), FormatScore(r.b / d * 1e6), FormatScore(r.s.g2),
                      FormatScore(r.s.bic), FormatScore(r.s.log_ratio), FormatScore(r.s.percent_diff)});
  return t;
}

}  // namespace zhcorpus
