#include "zhcorpus/dispersion.h"

#include <algorithm>
#include <cmath>

#include "corpus/score_format.h"
#include "corpus/word_token.h"

namespace zhcorpus {

Dispersion MeasureDispersion(const PartCounts& occurrences, std::size_t corpus_size, std::size_t parts) {
  Dispersion d;
  double freq = 0;
  for (const auto& [size, count] : occurrences) freq += static_cast<double>(count);
  if (freq == 0 || corpus_size == 0 || parts == 0) return d;
  const double total = static_cast<double>(corpus_size);
  // Parts without the item add s_i each, and their s_i sum to 1 − Σ s_i of the others.
  double deviation = 1, sum_p = 0, sum_p2 = 0;
  for (const auto& [size, count] : occurrences) {
    const double s = static_cast<double>(size) / total, v = static_cast<double>(count) / freq;
    deviation += std::fabs(v - s) - s;
    const double p = size ? static_cast<double>(count) / static_cast<double>(size) : 0;
    sum_p += p, sum_p2 += p * p;
  }
  d.dp = 0.5 * deviation;
  const double n = static_cast<double>(parts), mean = sum_p / n;
  const double sd = std::sqrt(std::max(0.0, sum_p2 / n - mean * mean));
  d.juilland_d = parts > 1 && mean > 0 ? 1 - (sd / mean) / std::sqrt(n - 1) : 1;
  return d;
}

bool NgramCounter::Add(const TaggedRecord& record) {
  if (!record.has_tokens) return false;
  const auto part = static_cast<std::uint32_t>(part_sizes_.size());
  std::size_t words = 0;
  std::vector<const std::string*> run;  // the word tokens since the last non-word
  auto count = [&](const std::string& gram) {
    Item& item = items_[gram];
    ++item.freq;
    if (!item.parts.empty() && item.parts.back().first == part) ++item.parts.back().second;
    else item.parts.emplace_back(part, 1);
  };
  for (const TaggedToken& t : record.tokens) {
    if (!IsWordToken(t.word)) {
      run.clear();
      continue;
    }
    ++words;
    run.push_back(&t.word);
    if (run.size() < options_.n) continue;
    std::string gram;
    for (std::size_t k = run.size() - options_.n; k < run.size(); ++k) gram += (gram.empty() ? "" : " ") + *run[k];
    count(gram);
  }
  part_sizes_.push_back(words);
  total_ += words;
  return true;
}

ReportTable NgramCounter::Table() const {
  ReportTable t;
  t.name = "ngrams";
  t.title = options_.n == 1 ? "Word frequencies" : std::to_string(options_.n) + "-gram frequencies";
  t.columns = {options_.n == 1 ? "word" : "ngram", "freq", "per_million", "docs", "juilland_d", "dp"};
  t.kinds = "snnnnn";
  t.method = "words = tokens with a letter or Han character; an n-gram never spans other tokens (punctuation); "
             "per_million = per million words (N = " + std::to_string(total_) + "); docs = records it occurs in, of " +
             std::to_string(part_sizes_.size()) + "; parts = records; dp = 0.5·Σ|v_i − s_i| (Gries 2008; 0 = even); "
             "juilland_d = 1 − (sd/mean of the relative frequency per part)/√(parts − 1) (1 = even); min frequency " +
             std::to_string(options_.min_freq);
  struct Row {
    const std::string* gram;
    const Item* item;
  };
  std::vector<Row> rows;
  for (const auto& [gram, item] : items_)
    if (item.freq >= options_.min_freq) rows.push_back({&gram, &item});
  std::sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) {
    return a.item->freq != b.item->freq ? a.item->freq > b.item->freq : *a.gram < *b.gram;
  });
  PartCounts occurrences;
  for (const Row& r : rows) {
    occurrences.clear();
    for (const auto& [part, c] : r.item->parts) occurrences.emplace_back(part_sizes_[part], c);
    const Dispersion d = MeasureDispersion(occurrences, total_, part_sizes_.size());
    const double f = static_cast<double>(r.item->freq);
    t.rows.push_back({*r.gram, FormatScore(f), FormatScore(total_ ? f / static_cast<double>(total_) * 1e6 : 0),
                      std::to_string(r.item->parts.size()), FormatScore(d.juilland_d), FormatScore(d.dp)});
  }
  return t;
}

}  // namespace zhcorpus
