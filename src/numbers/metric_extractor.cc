// Metrics: a number with a unit or measure word, a percentage, a ratio, a
// duration, a rank. The scan stops only at numeral characters and at the few
// characters that open a metric (第 前 翻 半), so it is linear in the text.
#include <algorithm>
#include <optional>
#include <stdexcept>
#include <string>

#include "entity/entity_norm_json.h"
#include "numbers/metric_scanner.h"
#include "util/word_lists.h"
#include "zhcorpus/utf8.h"

namespace zhcorpus {
namespace metrics {

// Where a clause or list item ends: 投运一个、开工一个。
bool IsClausePunct(char32_t c) {
  return c == U'\0' || std::u32string_view(U"，。；、！？：,;!?:）)\n").find(c) != std::u32string_view::npos;
}

namespace {

std::vector<Marker> Markers(const WordLists& lists, std::string_view list) {
  std::vector<Marker> out;
  for (auto& [word, value] : lists.GetValued(list)) {
    const char* approx = OneOf(value, {"about", "over", "under", "at_least", "at_most"}, "data/metric_words.tsv: approx");
    out.push_back({std::move(word), approx});  // the values of docs/entities.md
  }
  return out;
}

// The characters at `at` of the words of `list` that have `size` characters
// and `fixed` at the other position (身 of 身负); any other word is a data error.
std::u32string CharsBeside(const WordLists& lists, std::string_view list, std::size_t at, char32_t fixed) {
  std::u32string out;
  for (const std::u32string& w : lists.GetU32(list)) {
    if (w.size() != 2 || w[1 - at] != fixed)
      throw std::logic_error("data/metric_words.tsv: " + std::string(list) + ": \"" + EncodeUtf8(w) + "\" does not fit");
    out += w[at];
  }
  return out;
}

}  // namespace

const MetricWords& Words() {
  static const MetricWords kWords = [] {
    const WordLists& lists = WordLists::Compiled("metric_words");
    MetricWords w;
    w.approx_before = Markers(lists, "approx_before");
    w.approx_after = Markers(lists, "approx_after");
    w.approx_word_end = lists.GetU32("approx_word_end");
    w.plan_name_heads = lists.GetU32("plan_name_head");
    w.rank_cues = lists.GetU32("rank_cue");
    w.number_idioms = lists.GetU32("number_idiom");
    w.plain_count_words = lists.Get("plain_count_word");
    for (const std::u32string& word : lists.GetU32("unit_word")) {
      if (word.size() != 2) throw std::logic_error("data/metric_words.tsv: unit_word: two characters per word");
      const std::string unit = EncodeUtf8(word.substr(0, 1));
      auto it = std::find_if(w.unit_word_next.begin(), w.unit_word_next.end(), [&](const auto& e) { return e.first == unit; });
      if (it == w.unit_word_next.end()) it = w.unit_word_next.emplace(it, unit, U"");
      it->second += word[1];
    }
    w.not_minus_before = CharsBeside(lists, "not_minus", 0, U'负');
    w.duration_one_after = lists.GetChars("duration_one_after");
    w.article_one_after = lists.GetChars("article_one_after");
    return w;
  }();
  return kWords;
}

// Measure words that, after 一 at a clause end, still count one thing
// (开工一个。), unlike the idioms 一起 一堂 一度 一番.
bool IsPlainCountWord(const std::string& unit) {
  const std::vector<std::string>& words = Words().plain_count_words;
  return std::find(words.begin(), words.end(), unit) != words.end();
}

// Is the one-character marker before `i` the end of a word (签约, 最近, 赶超)?
bool IsWordEnd(std::u32string_view t, std::size_t i, std::u32string_view marker) {
  if (marker.size() != 1 || i < 2) return false;
  const char32_t word[] = {t[i - 2], marker[0]};
  const std::u32string_view w(word, 2);
  const std::vector<std::u32string>& ends = Words().approx_word_end;
  return std::find(ends.begin(), ends.end(), w) != ends.end();
}

Json ValueJson(const Decimal& d, bool* error) {
  Json v = d.ToJson();
  if (v.is_null()) *error = true;
  return v;
}
void Scanner::Run(std::vector<Entity>* out) {
  std::size_t i = 0;
  while (i < t_.size()) {
    char32_t c = t_[i];
    // The openers stay in code, not data/metric_words.tsv: this test runs on
    // every character of every text, and each opener has its own rule below.
    bool opener = IsNumeralChar(c) || c == U'第' || c == U'前' || c == U'翻' || c == U'半';
    if (!opener || (i > 0 && IsNumeralChar(t_[i - 1]) && IsNumeralChar(c))) { ++i; continue; }
    std::size_t next = i + 1;
    if (auto cand = Try(i, &next)) Emit(*cand, out);
    i = std::max(next, i + 1);
  }
}

std::optional<Candidate> Scanner::Try(std::size_t i, std::size_t* next) {
  char32_t c = t_[i];
  if (c == U'第') return Rank(i, next);
  if (c == U'前') return TopN(i, next);
  if (c == U'翻') return Doubling(i, next);
  if (c == U'半') return Half(i);
  // 分列第六、七名: items sharing one 第 are each a rank.
  if (i > 0 && last_rank_end_ == i - 1 && t_[i - 1] == U'、') {
    if (auto shared = RankFrom(i, i, next)) return shared;
  }
  return Quantity(i, next);
}

// 第4, 第14位, 第一名: a rank when nothing but 位/名 and punctuation follows.
std::optional<Candidate> Scanner::Rank(std::size_t i, std::size_t* next) {
  return RankFrom(i, i + 1, next);
}

// The number of a rank at `num` (after 第, or after 、 in 第六、七名).
std::optional<Candidate> Scanner::RankFrom(std::size_t i, std::size_t num, std::size_t* next) {
  auto n = ParseNumberAt(t_, num);
  if (!n || n->digit_string || n->inner_over) return std::nullopt;
  *next = n->end;
  Candidate c(i, n->end);
  if (At(t_, c.end) == U'位' || At(t_, c.end) == U'名') c.unit = EncodeUnit(t_[c.end++]);
  if (scan::IsHanChar(At(t_, c.end)) || scan::IsAsciiAlnum(At(t_, c.end))) return std::nullopt;
  // 。第三，必须……: an enumerator opening a clause ranks nothing.
  bool opens_clause = i == 0 || !scan::IsHanChar(t_[i - 1]);
  bool marker_punct = At(t_, c.end) == U'，' || At(t_, c.end) == U'：' || At(t_, c.end) == U'、';
  if (i == num - 1 && opens_clause && marker_punct && c.unit.empty()) return std::nullopt;
  c.value = ValueJson(n->value, &c.error);
  c.kind = "rank";
  *next = last_rank_end_ = c.end;
  return c;
}

// 前三 after 跻身/全国/位居...: a rank with approx at_most.
std::optional<Candidate> Scanner::TopN(std::size_t i, std::size_t* next) {
  bool cued = false;
  for (const std::u32string& w : words_.rank_cues) cued |= EndsWith(t_, i, w);
  auto n = cued ? ParseNumberAt(t_, i + 1) : std::nullopt;
  if (!n || n->digit_string) return std::nullopt;
  Candidate c(i, n->end);
  if (At(t_, c.end) == U'位' || At(t_, c.end) == U'名') c.unit = EncodeUnit(t_[c.end++]);
  if (scan::IsHanChar(At(t_, c.end)) && At(t_, c.end) != U'强') return std::nullopt;
  c.value = ValueJson(n->value, &c.error);
  c.kind = "rank";
  c.approx = "at_most";
  *next = c.end;
  return c;
}

// 翻一番 = twice, 翻两番 = four times (番 alone, as in 一番努力, is no unit).
std::optional<Candidate> Scanner::Doubling(std::size_t i, std::size_t* next) {
  std::size_t k = i + 1 + (At(t_, i + 1) == U'了');  // 翻了一番
  int d = ChineseDigit(At(t_, k));
  if (d < 1 || d > 3 || At(t_, k + 1) != U'番') return std::nullopt;
  Candidate c(i, k + 2);
  *next = c.end;
  c.value = 1 << d;
  c.unit = "倍";
  c.kind = "ratio";
  return c;
}

// 半天, 半个月, 半年: half a unit of time.
std::optional<Candidate> Scanner::Half(std::size_t i) {
  if (i > 0 && (IsNumeralChar(t_[i - 1]) || t_[i - 1] == U'上' || t_[i - 1] == U'下')) return std::nullopt;
  const UnitInfo* u = nullptr;
  std::size_t len = units_.Match(t_, i + 1, &u);
  if (len == 0 || u->kind != "duration" || StartsWith(t_, i + 1, U"年度")) return std::nullopt;
  Candidate c(i, i + 1 + len);
  c.value = 0.5;
  c.unit = u->unit;
  c.kind = u->kind;
  return c;
}

// A currency word right before the number (人民币3.14): its length, 0 if none.
std::size_t Scanner::CurrencyBefore(std::size_t i, const UnitInfo** info) const {
  for (std::size_t len = 3; len >= 2; --len) {
    if (i < len || units_.Match(t_, i - len, info) != len || (*info)->kind != "money") continue;
    return len;
  }
  return 0;
}

std::string Scanner::EncodeUnit(char32_t c) {
  std::string s; AppendUtf8(c, &s); return s;
}
void Scanner::Emit(const Candidate& c, std::vector<Entity>* out) {
  auto s = static_cast<std::uint32_t>(c.start), e = static_cast<std::uint32_t>(c.end);
  if (doc_.IsOpaque(s, e)) return;
  Entity ent;
  ent.type = "metric";
  ent.start = s;
  ent.end = e;
  ent.norm.Set("value", NormValueFromJson(c.value));
  if (!c.min.is_null() || !c.max.is_null()) {
    ent.norm.Set("min", NormValueFromJson(c.min));
    ent.norm.Set("max", NormValueFromJson(c.max));
  }
  ent.norm.Set("unit", c.unit.empty() ? NormValue() : NormValue(c.unit));
  ent.norm.Set("kind", c.kind);
  ent.norm.Set("approx", c.approx ? NormValue(c.approx) : NormValue());
  // indicator, measure, region and date are set by the MetricLinker once
  // every entity of the document is known (numbers/indicator.h).
  if (c.error) ent.norm.Set("error", "value too large to represent exactly");
  out->push_back(std::move(ent));
}

}  // namespace metrics

void MetricExtractor::Recognize(const Document& doc, std::vector<Entity>* out) const {
  metrics::Scanner(units_, doc).Run(out);
}

}  // namespace zhcorpus
