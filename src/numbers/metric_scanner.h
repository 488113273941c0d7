// Internal to the metric extractor: a candidate metric, the approximation
// markers, and the scanner that reads one document (metric_extractor.cc:
// ranks and special forms; metric_quantity.cc: a number and its unit).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "numbers/scan.h"
#include "zhcorpus/records.h"
#include "numbers/metrics.h"

namespace zhcorpus::metrics {

using scan::At;
using scan::EndsWith;
using scan::StartsWith;

struct Candidate {
  Candidate(std::size_t s, std::size_t e) : start(s), end(e) {}
  std::size_t start = 0, end = 0;
  Json value;  // null for ranges
  Json min, max;
  std::string unit, kind;
  const char* approx = nullptr;
  bool error = false;  // value out of range
};

// The closed word lists of the metric rules (approximation words, rank cues,
// set phrases), read once from data/metric_words.tsv, which notes where the
// words come from. Sets of characters are the one character a rule looks at
// next to a unit or marker, taken from the words of a list.
struct Marker { std::u32string word; const char* approx; };
struct MetricWords {
  std::vector<Marker> approx_before, approx_after;  // in the order tried
  std::vector<std::u32string> approx_word_end;      // 签约: 约 is no marker
  std::vector<std::u32string> plan_name_heads, rank_cues, number_idioms;
  std::vector<std::string> plain_count_words;
  std::vector<std::pair<std::string, std::u32string>> unit_word_next;  // "人" -> 口员士…
  std::u32string not_minus_before;                                    // 身 of 身负
  std::u32string duration_one_after, article_one_after;
};
const MetricWords& Words();

bool IsClausePunct(char32_t c);
bool IsPlainCountWord(const std::string& unit);
bool IsWordEnd(std::u32string_view t, std::size_t i, std::u32string_view marker);
// The value as JSON; sets *error when it does not fit exactly.
Json ValueJson(const Decimal& d, bool* error);

class Scanner {
 public:
  Scanner(const UnitLexicon& units, const Document& doc) : units_(units), doc_(doc), t_(doc.simplified) {}

  void Run(std::vector<Entity>* out);

 private:
  std::optional<Candidate> Try(std::size_t i, std::size_t* next);

  // 第4, 第14位, 第一名: a rank when nothing but 位/名 and punctuation follows.
  std::optional<Candidate> Rank(std::size_t i, std::size_t* next);

  // The number of a rank at `num` (after 第, or after 、 in 第六、七名).
  std::optional<Candidate> RankFrom(std::size_t i, std::size_t num, std::size_t* next);

  // 前三 after 跻身/全国/位居...: a rank with approx at_most.
  std::optional<Candidate> TopN(std::size_t i, std::size_t* next);

  // 翻一番 = twice, 翻两番 = four times.
  std::optional<Candidate> Doubling(std::size_t i, std::size_t* next);

  // 半天, 半个月, 半年: half a unit of time.
  std::optional<Candidate> Half(std::size_t i);

  std::optional<Candidate> Quantity(std::size_t i, std::size_t* next);
  bool CodeOrVague(const NumberMatch& n) const;
  std::size_t SignBefore(std::size_t i) const;
  int MultiplierPower(std::size_t p) const;
  void Negate(std::size_t sign_start, Candidate* c) const;
  bool FormsAWord(const NumberMatch& n, const UnitInfo& u, std::size_t j) const;
  bool OpensPlaceName(std::size_t start, std::size_t end) const;
  std::optional<Candidate> Fraction(const NumberMatch& n, std::size_t* next) const;
  std::optional<Candidate> RatioChain(const NumberMatch& n, std::size_t* next) const;
  std::optional<Candidate> AndAHalf(const NumberMatch& n, std::size_t j, std::size_t* next) const;
  bool IndefiniteOne(std::size_t i, std::size_t j, const UnitInfo& u) const;
  void PrefixMarker(const UnitInfo& u, Candidate* c) const;
  // A currency word right before the number (人民币3.14): its length, 0 if none.
  std::size_t CurrencyBefore(std::size_t i, const UnitInfo** info) const;
  bool Range(const NumberMatch& a, Candidate* c, std::size_t* next);
  void Emit(const Candidate& c, std::vector<Entity>* out);
  static std::string EncodeUnit(char32_t c);

  const UnitLexicon& units_;
  const Document& doc_;
  std::u32string_view t_;
  std::size_t last_rank_end_ = static_cast<std::size_t>(-1);
  const MetricWords& words_ = Words();
};

}  // namespace zhcorpus::metrics
