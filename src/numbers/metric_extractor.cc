// Metrics: a number with a unit or measure word, a percentage, a ratio, a
// duration, a rank. The scan stops only at numeral characters and at the few
// characters that open a metric (第 前 翻 半), so it is linear in the text.
#include <algorithm>
#include <optional>

#include "zhcorpus/utf8.h"

#include "numbers/indicator.h"
#include "numbers/scan.h"
#include "zhcorpus/jsonl.h"
#include "zhcorpus/metrics.h"

namespace zhcorpus {
namespace {

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

// Approximation words before the number, longest first.
struct Marker { std::u32string_view word; const char* approx; };
constexpr Marker kPrefixes[] = {{U"最多", "at_most"}, {U"至少", "at_least"}, {U"超过", "over"}, {U"大约", "about"}, {U"接近", "under"}, {U"不到", "under"},
                                {U"不足", "under"}, {U"约", "about"}, {U"近", "under"}, {U"超", "over"},
                                {U"逾", "over"}};
constexpr Marker kSuffixes[] = {{U"左右", "about"}, {U"以上", "at_least"}, {U"以下", "at_most"},
                                {U"以内", "at_most"}, {U"上下", "about"}, {U"多", "over"}, {U"余", "over"}};

// Words after a number that make it part of a plan or programme name (三年行动计划).
constexpr std::u32string_view kNameHeads[] = {U"行动", U"计划", U"规划", U"攻坚", U"工程"};

// Where a clause or list item ends: 投运一个、开工一个。
bool IsClausePunct(char32_t c) {
  return c == U'\0' || std::u32string_view(U"，。；、！？：,;!?:）)\n").find(c) != std::u32string_view::npos;
}

// Measure words that, after 一 at a clause end, still count one thing
// (开工一个。), unlike the idioms 一起 一堂 一度 一番.
bool IsPlainCountWord(const std::string& unit) {
  static constexpr std::string_view kWords[] = {"个", "项", "家", "件", "座", "台", "条", "所", "名", "位", "人", "次"};
  return std::find(std::begin(kWords), std::end(kWords), unit) != std::end(kWords);
}

// Is the one-character marker before `i` the end of a word (签约, 最近, 赶超)?
bool IsWordEnd(std::u32string_view t, std::size_t i, std::u32string_view marker) {
  if (marker.size() != 1 || i < 2) return false;
  char32_t before = t[i - 2];
  switch (marker[0]) {
    case U'约': return std::u32string_view(U"签预节制合履违特相邀公条简").find(before) != std::u32string_view::npos;
    case U'近': return std::u32string_view(U"最附临靠亲贴就将").find(before) != std::u32string_view::npos;
    case U'超': return std::u32string_view(U"赶高").find(before) != std::u32string_view::npos;
    default: return false;
  }
}

Json ValueJson(const Decimal& d, bool* error) {
  Json v = d.ToJson();
  if (v.is_null()) *error = true;
  return v;
}

class Scanner {
 public:
  Scanner(const UnitLexicon& units, const Document& doc) : units_(units), doc_(doc), t_(doc.simplified) {}

  void Run(std::vector<Entity>* out) {
    std::size_t i = 0;
    while (i < t_.size()) {
      char32_t c = t_[i];
      bool opener = IsNumeralChar(c) || c == U'第' || c == U'前' || c == U'翻' || c == U'半';
      if (!opener || (i > 0 && IsNumeralChar(t_[i - 1]) && IsNumeralChar(c))) { ++i; continue; }
      std::size_t next = i + 1;
      if (auto cand = Try(i, &next)) Emit(*cand, out);
      i = std::max(next, i + 1);
    }
  }

 private:
  std::optional<Candidate> Try(std::size_t i, std::size_t* next) {
    char32_t c = t_[i];
    if (c == U'第') return Rank(i, next);
    if (c == U'前') return TopN(i, next);
    if (c == U'翻') return Doubling(i);
    if (c == U'半') return Half(i);
    // 分列第六、七名: items sharing one 第 are each a rank.
    if (i > 0 && last_rank_end_ == i - 1 && t_[i - 1] == U'、') {
      if (auto shared = RankFrom(i, i, next)) return shared;
    }
    return Quantity(i, next);
  }

  // 第4, 第14位, 第一名: a rank when nothing but 位/名 and punctuation follows.
  std::optional<Candidate> Rank(std::size_t i, std::size_t* next) { return RankFrom(i, i + 1, next); }

  // The number of a rank at `num` (after 第, or after 、 in 第六、七名).
  std::optional<Candidate> RankFrom(std::size_t i, std::size_t num, std::size_t* next) {
    auto n = ParseNumberAt(t_, num);
    if (!n || n->digit_string || n->inner_over) return std::nullopt;
    *next = n->end;
    Candidate c(i, n->end);
    if (At(t_, c.end) == U'位' || At(t_, c.end) == U'名') c.unit = EncodeUnit(t_[c.end++]);
    if (scan::IsHanChar(At(t_, c.end)) || scan::IsAsciiAlnum(At(t_, c.end))) return std::nullopt;
    c.value = ValueJson(n->value, &c.error);
    c.kind = "rank";
    *next = last_rank_end_ = c.end;
    return c;
  }

  // 前三 after 跻身/全国/位居...: a rank with approx at_most.
  std::optional<Candidate> TopN(std::size_t i, std::size_t* next) {
    static constexpr std::u32string_view kCues[] = {U"跻身", U"位居", U"进入", U"排名", U"名列", U"位列", U"全国",
                                                    U"全省", U"全市", U"全球", U"世界", U"行业", U"国内", U"全区"};
    bool cued = false;
    for (auto w : kCues) cued |= EndsWith(t_, i, w);
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

  // 翻一番 = twice, 翻两番 = four times.
  std::optional<Candidate> Doubling(std::size_t i) {
    int d = ChineseDigit(At(t_, i + 1));
    if (d < 1 || d > 3 || At(t_, i + 2) != U'番') return std::nullopt;
    Candidate c(i, i + 3);
    c.value = 1 << d;
    c.unit = "倍";
    c.kind = "ratio";
    return c;
  }

  // 半天, 半个月, 半年: half a unit of time.
  std::optional<Candidate> Half(std::size_t i) {
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

  std::optional<Candidate> Quantity(std::size_t i, std::size_t* next);
  // A currency word right before the number (人民币3.14): its length, 0 if none.
  std::size_t CurrencyBefore(std::size_t i, const UnitInfo** info) const {
    for (std::size_t len = 3; len >= 2; --len) {
      if (i < len || units_.Match(t_, i - len, info) != len || (*info)->kind != "money") continue;
      return len;
    }
    return 0;
  }
  bool Range(const NumberMatch& a, Candidate* c, std::size_t* next);
  void Emit(const Candidate& c, std::vector<Entity>* out);
  static std::string EncodeUnit(char32_t c) { std::string s; AppendUtf8(c, &s); return s; }

  const UnitLexicon& units_;
  const Document& doc_;
  std::u32string_view t_;
  std::size_t last_rank_end_ = static_cast<std::size_t>(-1);
};


// A number and what follows it: unit, range, fraction, ratio, approximation.
std::optional<Candidate> Scanner::Quantity(std::size_t i, std::size_t* next) {
  auto n = ParseNumberAt(t_, i);
  if (!n) return std::nullopt;
  *next = n->end;
  char32_t prev = i > 0 ? t_[i - 1] : U'\0';
  // Identifiers and codes (A3, 0571-8888, v1.2), and vague counts (数十家, 上百人, 几).
  if (scan::IsAsciiAlnum(prev) || prev == U'.' || prev == U'-' || prev == U'/') return std::nullopt;
  bool unit_first = !n->arabic && !n->digit_string && ChineseDigit(t_[i]) < 0;
  if (!n->arabic && (prev == U'数' || prev == U'几')) return std::nullopt;
  if (unit_first && (prev == U'上' || prev == U'成' || prev == U'好')) return std::nullopt;
  if (At(t_, n->end) == U'几') return std::nullopt;
  if (n->chinese && !n->digit_string && ChineseDigit(t_[i]) == 0) return std::nullopt;  // 零部件, 零星
  Candidate c(i, n->end);
  c.value = ValueJson(n->value, &c.error);
  std::size_t j = n->end;
  bool range = false;
  // 一两次, 三四家: two neighbouring digits.
  int d1 = ChineseDigit(t_[i]), d2 = ChineseDigit(At(t_, i + 1));
  if (!n->arabic && d1 > 0 && d2 > 0 && d2 == d1 + 1) {
    auto scale = ParseNumberAt(t_, i + 2);  // 八九亿, 四五千: a shared multiplier
    if (!scale || scale->bare_multiplier) {
      Decimal m = scale ? scale->value : Decimal::Int(1);
      c.value = nullptr, c.min = Decimal::Int(d1 * m.mantissa).ToJson(), c.max = Decimal::Int(d2 * m.mantissa).ToJson();
      j = scale ? scale->end : i + 2, range = true;
    }
  }
  // 三分之一, 百分之三十.
  if (!range && StartsWith(t_, j, U"分之")) {
    auto d = ParseNumberAt(t_, j + 2);
    if (!d) return std::nullopt;
    bool percent = n->value.AsInt() == 100;
    c.end = d->end;
    c.kind = percent ? "percent" : "ratio";
    if (percent) c.unit = "%";
    c.value = percent ? d->value.ToJson() : Json(static_cast<double>(d->value.AsLongDouble() / n->value.AsLongDouble()));
    *next = c.end;
    return c;
  }
  // 4.1∶35.2∶60.7: one ratio with no single value.
  if (At(t_, j) == U'∶' && ParseNumberAt(t_, j + 1)) {
    while (At(t_, j) == U'∶') {
      auto d = ParseNumberAt(t_, j + 1);
      if (!d) break;
      j = d->end;
    }
    c.end = *next = j;
    c.value = nullptr;
    c.kind = "ratio";
    return c;
  }
  bool over = n->inner_over;
  if ((At(t_, j) == U'多' || At(t_, j) == U'余') && !range) over = true, ++j;
  // 两个亿, 三个亿: a colloquial 个 before the multiplier.
  if (!range && !n->arabic && At(t_, j) == U'个' && (At(t_, j + 1) == U'亿' || At(t_, j + 1) == U'万')) {
    Decimal v = n->value.Scaled(At(t_, j + 1) == U'亿' ? 8 : 4);
    c.value = ValueJson(v, &c.error);
    j += 2;
  }
  // 一个半小时, 两个半月: N and a half units of time.
  if (!range && !over && StartsWith(t_, j, U"个半") && n->value.AsInt()) {
    const UnitInfo* d = nullptr;
    std::size_t dl = At(t_, j + 2) == U'月' ? 1 : units_.Match(t_, j + 2, &d);
    if (dl > 0 && (At(t_, j + 2) == U'月' || d->kind == "duration")) {
      c.value = static_cast<double>(*n->value.AsInt()) + 0.5;
      c.unit = At(t_, j + 2) == U'月' ? "月" : d->unit;
      c.kind = "duration";
      c.end = *next = j + 2 + dl;
      return c;
    }
  }
  const UnitInfo* u = nullptr;
  std::size_t len = units_.Match(t_, j, &u);
  const UnitInfo* prefix = nullptr;
  std::size_t prefix_len = CurrencyBefore(i, &prefix);
  if (len == 0 && prefix_len > 0) u = prefix;  // 人民币3.14, 港币两千
  if (len == 0 && !range && !over && !prefix_len) {
    if (!Range(*n, &c, next)) return std::nullopt;
    j = c.end;
    u = nullptr;
    len = units_.Match(t_, j, &u);
    if (len == 0) return std::nullopt;
    range = true;
  } else if (len == 0 && !prefix_len) {
    return std::nullopt;
  }
  // 港币两千九百六十元: the currency named before the number is the unit.
  if (prefix_len > 0 && (len == 0 || u->unit == "元")) u = prefix;
  if (prefix_len > 0) c.start = i - prefix_len;
  std::size_t unit_at = j;
  j += len;
  // 三万元欧元, 9000元日币: a currency word after 元 names the currency.
  if (len > 0 && u->kind == "money") {
    const UnitInfo* second = nullptr;
    if (std::size_t l2 = units_.Match(t_, j, &second); l2 > 1 && second->kind == "money") u = second, j += l2;
  }
  // 80%—90%, 3个月到6个月: the same unit on both sides.
  if (!range && !over && scan::RangeSeparator(t_, j)) {
    std::size_t sep = scan::RangeSeparator(t_, j);
    auto m = ParseNumberAt(t_, j + sep);
    const UnitInfo* u2 = nullptr;
    if (m && !IsNumeralChar(At(t_, j + sep - 1)) && units_.Match(t_, m->end, &u2) == len && u2 == u) {
      c.value = nullptr, c.min = n->value.ToJson(), c.max = m->value.ToJson();
      j = m->end + len, range = true;
    }
  }
  // Dates belong to the date extractor: 2024年, 2023—2027年, 90年代.
  if (u->unit == "年" && (scan::IsYearNumber(*n) || At(t_, j) == U'代' || At(t_, j) == U'度')) return std::nullopt;
  if (u->unit == "分" && (!n->arabic || prev == U'点' || prev == U'时')) return std::nullopt;
  bool indefinite = !n->arabic && n->end - i == 1 && d1 == 1 && !range && prefix_len == 0;
  // 一家企业, 一个缩影: 一 + classifier is an article; 投运一个。 still counts one.
  // 关键一年 is "a year", 用了一年 is a duration.
  if (indefinite && !over && u->kind == "duration" && At(t_, j) != U'半' && At(t_, j) != U'多' && At(t_, j) != U'余' &&
      scan::IsHanChar(prev) && std::u32string_view(U"了用历时经花达近约满整仅只").find(prev) == std::u32string_view::npos)
    return std::nullopt;
  if (indefinite && !over && u->kind != "duration" && u->kind != "money" && u->kind != "percent" &&
      !(IsClausePunct(At(t_, j)) && IsPlainCountWord(u->unit)))
    return std::nullopt;
  // 百亩示范方: a lone 百/千/万 before a measure word and a noun names a kind of thing.
  if (n->bare_multiplier && u->kind != "money" && scan::IsHanChar(At(t_, j)) && At(t_, j) != U'以') return std::nullopt;
  c.unit = u->unit;
  c.kind = u->kind;
  (void)unit_at;
  if (!range && (At(t_, j) == U'多' || At(t_, j) == U'余')) over = true, ++j;
  if (!range && (u->kind == "duration" || u->kind == "measure") && At(t_, j) == U'半' && c.value.is_number_integer()) {
    c.value = c.value.get<double>() + 0.5, ++j;
  }
  if (over) c.approx = "over";
  for (const Marker& m : kSuffixes) {
    if (!c.approx && StartsWith(t_, j, m.word) && m.word.size() > 1) { c.approx = m.approx; j += m.word.size(); break; }
  }
  for (auto w : kNameHeads) if (StartsWith(t_, j, w)) return std::nullopt;
  if (scan::IsAsciiAlnum(At(t_, j)) && scan::IsAsciiAlnum(t_[j - 1])) return std::nullopt;
  c.end = *next = j;
  for (const Marker& m : kPrefixes) {
    if (c.approx || !EndsWith(t_, i, m.word)) continue;
    if (IsWordEnd(t_, i, m.word)) break;  // 签约26项: 约 ends a word
    // 近5年专利转移: "the last five years", not "nearly"; 最近 is not a marker.
    if (m.word == U"近" && (EndsWith(t_, i, U"最近") || (u->kind == "duration" && !IsClausePunct(At(t_, j)) && At(t_, j) != U'的')))
      break;
    c.start = i - m.word.size();
    c.approx = m.approx;
    break;
  }
  return c;
}

// "3到6个月", "1-3家", "10亿—20亿元": a second number after a separator.
bool Scanner::Range(const NumberMatch& a, Candidate* c, std::size_t* next) {
  std::size_t sep = scan::RangeSeparator(t_, a.end);
  if (sep == 0) return false;
  auto b = ParseNumberAt(t_, a.end + sep);
  if (!b || b->decimal_point != a.decimal_point && !a.arabic) return false;
  if (scan::IsYearNumber(a) || scan::IsYearNumber(*b)) return false;
  c->value = nullptr;
  Decimal low = a.value;
  // 两到三万, 十八至三十万: the second number's multiplier applies to the first.
  if (b->last_power > a.last_power) {
    Decimal base = b->value.Scaled(-b->last_power);
    if (a.value.AsLongDouble() < base.AsLongDouble()) low = a.value.Scaled(b->last_power);
  }
  c->min = low.ToJson();
  c->max = b->value.ToJson();
  c->end = *next = b->end;
  return true;
}

void Scanner::Emit(const Candidate& c, std::vector<Entity>* out) {
  auto s = static_cast<std::uint32_t>(c.start), e = static_cast<std::uint32_t>(c.end);
  if (doc_.IsOpaque(s, e)) return;
  Entity ent;
  ent.type = "metric";
  ent.start = s;
  ent.end = e;
  ent.norm["value"] = c.value;
  if (!c.min.is_null() || !c.max.is_null()) {
    ent.norm["min"] = c.min;
    ent.norm["max"] = c.max;
  }
  ent.norm["unit"] = c.unit.empty() ? Json(nullptr) : Json(c.unit);
  ent.norm["kind"] = c.kind;
  ent.norm["approx"] = c.approx ? Json(c.approx) : Json(nullptr);
  ent.norm["indicator"] = FindIndicator(doc_, s, e, c.kind == "count");
  if (c.error) ent.norm["error"] = "value too large to represent exactly";
  out->push_back(std::move(ent));
}

}  // namespace

void MetricExtractor::Recognize(const Document& doc, std::vector<Entity>* out) const {
  Scanner(units_, doc).Run(out);
}

}  // namespace zhcorpus
