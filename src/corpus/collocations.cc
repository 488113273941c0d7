#include "zhcorpus/collocations.h"

#include <algorithm>
#include <cmath>
#include <vector>

#include "corpus/score_format.h"
#include "corpus/word_token.h"

namespace zhcorpus {

double LogDice(double o, double f_node, double f_collocate) { return 14 + std::log2(2 * o / (f_node + f_collocate)); }
double MutualInformation(double o, double expected) { return std::log2(o / expected); }
double TScore(double o, double expected) { return (o - expected) / std::sqrt(o); }

bool CollocationCounter::Add(const TaggedRecord& record) {
  if (!record.has_tokens) return false;
  std::vector<const std::string*> words;
  for (const TaggedToken& t : record.tokens)
    if (IsWordToken(t.word)) words.push_back(&t.word);
  total_ += words.size();
  for (std::size_t i = 0; i < words.size(); ++i) {
    ++freq_[*words[i]];
    if (*words[i] != options_.node) continue;
    const std::size_t from = i > options_.left ? i - options_.left : 0;
    const std::size_t to = std::min(words.size(), i + options_.right + 1);
    for (std::size_t j = from; j < to; ++j)
      if (j != i) ++cooccurrence_[*words[j]];
  }
  return true;
}

ReportTable CollocationCounter::Table() const {
  ReportTable t;
  t.name = "collocates";
  t.title = "Collocates of " + options_.node;
  t.columns = {"collocate", "O", "f_collocate", "logDice", "MI", "t_score"};
  t.kinds = "snnnnn";
  auto node = freq_.find(options_.node);
  const double fn = node == freq_.end() ? 0 : static_cast<double>(node->second);
  const double n = static_cast<double>(total_), w = static_cast<double>(options_.left + options_.right);
  t.method = "window " + std::to_string(options_.left) + " words left, " + std::to_string(options_.right) +
             " right, within a record; O = co-occurrences; f_node = " + FormatScore(fn) + ", N = " +
             FormatScore(n) + " words (tokens with a letter or Han character); E = f_node·f_collocate·" +
             FormatScore(w) + "/N; logDice = 14 + log2(2·O/(f_node + f_collocate)) (Rychlý 2008); MI = log2(O/E); "
             "t_score = (O − E)/√O; kept when O >= " + std::to_string(options_.min_cooccurrence) +
             " and f_collocate >= " + std::to_string(options_.min_freq);
  if (fn == 0) {
    t.note = "the node word does not occur";
    return t;
  }
  struct Row {
    std::string word;
    double o, fc, dice, mi, ts;
  };
  std::vector<Row> rows;
  for (const auto& [word, count] : cooccurrence_) {
    const double o = static_cast<double>(count), fc = static_cast<double>(freq_.at(word));
    if (count < options_.min_cooccurrence || fc < static_cast<double>(options_.min_freq)) continue;
    const double e = fn * fc * w / n;
    rows.push_back({word, o, fc, LogDice(o, fn, fc), MutualInformation(o, e), TScore(o, e)});
  }
  std::sort(rows.begin(), rows.end(),
            [](const Row& a, const Row& b) { return a.dice != b.dice ? a.dice > b.dice : a.word < b.word; });
  for (const Row& r : rows)
    t.rows.push_back({r.word, FormatScore(r.o), FormatScore(r.fc), FormatScore(r.dice), FormatScore(r.mi),
                      FormatScore(r.ts)});
  return t;
}

}  // namespace zhcorpus
