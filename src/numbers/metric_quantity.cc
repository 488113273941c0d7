// A number and what follows it: unit, range, fraction, ratio, approximation,
// and the checks that keep names, dates and idioms out.
#include "numbers/metric_scanner.h"

#include <algorithm>

namespace zhcorpus::metrics {

// A number and what follows it: unit, range, fraction, ratio, approximation.
std::optional<Candidate> Scanner::Quantity(std::size_t i, std::size_t* next) {
  auto n = ParseNumberAt(t_, i);
  if (!n) return std::nullopt;
  *next = n->end;
  char32_t prev = i > 0 ? t_[i - 1] : U'\0';
  const std::size_t sign = SignBefore(i);
  if (!(sign && n->arabic) && CodeOrVague(*n)) return std::nullopt;
  if (sign && !n->arabic && prev != U'负') return std::nullopt;  // `-五` is not written
  Candidate c(i, n->end);
  c.value = ValueJson(n->value, &c.error);
  std::size_t j = n->end;
  // Raw Taiwan and Hong Kong text sets a layout space between digits and their multiplier or
  // unit (30 億元, 5.2 %, 2.6 個百分點): one space is read through.
  if (n->arabic && At(t_, j) == U' ' && j + 1 < t_.size()) {
    const UnitInfo* spaced = nullptr;
    if (const int power = MultiplierPower(j + 1); power > 0 && units_.Match(t_, j + 1 + (power == 12 ? 2 : 1), &spaced) > 0) {
      c.value = ValueJson(n->value.Scaled(power), &c.error);
      j += 1 + (power == 12 ? 2 : 1);
    } else if (units_.Match(t_, j + 1, &spaced) > 0 && !scan::IsAsciiAlnum(At(t_, j + 1))) {
      ++j;
    }
  }
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
  if (!range && StartsWith(t_, j, U"分之")) return Fraction(*n, next);
  if (At(t_, j) == U'∶' && ParseNumberAt(t_, j + 1)) return RatioChain(*n, next);
  bool over = n->inner_over;
  if ((At(t_, j) == U'多' || At(t_, j) == U'余') && !range) over = true, ++j;
  // 两个亿, 三个亿: a colloquial 个 before the multiplier.
  if (!range && !n->arabic && At(t_, j) == U'个' && (At(t_, j + 1) == U'亿' || At(t_, j + 1) == U'万')) {
    Decimal v = n->value.Scaled(At(t_, j + 1) == U'亿' ? 8 : 4);
    c.value = ValueJson(v, &c.error);
    j += 2;
  }
  if (!range && !over && StartsWith(t_, j, U"个半")) {
    if (auto half = AndAHalf(*n, j, next)) return half;
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
  // 港币三千四百二十元: the currency named before the number is the unit.
  if (prefix_len > 0 && (len == 0 || u->unit == "元")) u = prefix;
  if (prefix_len > 0) c.start = i - prefix_len;
  if (len > 0 && OpensPlaceName(j, j + len)) return std::nullopt;
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
  if (u->unit == "年" && (scan::IsYearNumber(*n) || scan::IsYearBeforeMonth(t_, *n) || At(t_, j) == U'代' || At(t_, j) == U'度'))
    return std::nullopt;
  if (u->unit == "年" && At(t_, j) == U'级') return std::nullopt;  // 六年级: a school grade
  if (u->unit == "度" && !n->arabic && At(t_, j) != U'电') return std::nullopt;  // 两度: "twice"
  if (FormsAWord(*n, *u, j)) return std::nullopt;
  if (u->unit == "分" && (!n->arabic || prev == U'点' || prev == U'时')) return std::nullopt;
  bool indefinite = !n->arabic && n->end - i == 1 && d1 == 1 && !range && prefix_len == 0 && !over;
  if (indefinite && IndefiniteOne(i, j, *u)) return std::nullopt;
  // 百亩示范方: a lone 百/千/万 before a measure word and a noun names a kind of thing.
  if (n->bare_multiplier && u->kind != "money" && scan::IsHanChar(At(t_, j)) && At(t_, j) != U'以') return std::nullopt;
  c.unit = u->unit;
  c.kind = u->kind;
  if (!range && (At(t_, j) == U'多' || At(t_, j) == U'余')) over = true, ++j;
  if (!range && (u->kind == "duration" || u->kind == "measure") && At(t_, j) == U'半' && c.value.is_number_integer()) {
    c.value = c.value.get<double>() + 0.5, ++j;
  }
  if (over) c.approx = "over";
  for (const Marker& m : words_.approx_after) {
    if (!c.approx && StartsWith(t_, j, m.word) && m.word.size() > 1) { c.approx = m.approx; j += m.word.size(); break; }
  }
  for (const std::u32string& w : words_.plan_name_heads) if (StartsWith(t_, j, w)) return std::nullopt;
  if (scan::IsAsciiAlnum(At(t_, j)) && scan::IsAsciiAlnum(t_[j - 1])) return std::nullopt;
  c.end = *next = j;
  if (!c.approx) PrefixMarker(*u, &c);
  if (sign) Negate(i - sign, &c);
  return c;
}

// The power of ten of a multiplier written at `p` (万 4, 亿 8, 万亿 12), 0 when none.
int Scanner::MultiplierPower(std::size_t p) const {
  if (StartsWith(t_, p, U"万亿")) return 12;
  switch (At(t_, p)) {
    case U'万': return 4;
    case U'亿': return 8;
    default: return 0;
  }
}

// A minus sign that belongs to the number at `i` (`利润为-5亿元`,
// `增速为负2.3%`): its length, 0 when there is none. A hyphen after a
// letter or digit joins a code or a range (`0571-8888`, `5-10亿元`); 负
// after a verb that takes it (身负, 肩负, 担负, 胜负) is not a sign.
std::size_t Scanner::SignBefore(std::size_t i) const {
  if (i == 0) return 0;
  const char32_t s = t_[i - 1], before = i >= 2 ? t_[i - 2] : U'\0';
  if (s == U'-' || s == U'－' || s == U'−') {
    const bool joins = scan::IsAsciiAlnum(before) || IsNumeralChar(before) || before == U'.' || before == U'-' ||
                       before == U'－' || before == U'−' || before == U'~' || before == U'～';
    return joins ? 0 : 1;
  }
  if (s == U'负' && words_.not_minus_before.find(before) == std::u32string::npos) return 1;
  return 0;
}

// The figure is below zero: the span takes the sign, the value (or the
// lower end of a range: the sign is written on the first number) flips.
void Scanner::Negate(std::size_t sign_start, Candidate* c) const {
  c->start = std::min(c->start, sign_start);
  auto flip = [](Json* v) {
    if (v->is_number_integer()) *v = -v->get<std::int64_t>();
    else if (v->is_number()) *v = -v->get<double>();
  };
  if (!c->value.is_null()) flip(&c->value);
  else flip(&c->min);
}

// The unit [start, end) opens a place name the segmenter kept whole: in
// 2023 + 天津马拉松, 2023 + 成都车展 a year labels an event; 天 and 成 are no units.
bool Scanner::OpensPlaceName(std::size_t start, std::size_t end) const {
  const auto tok = std::lower_bound(doc_.tokens.begin(), doc_.tokens.end(), start,
                                    [](const Token& t, std::size_t pos) { return t.start < pos; });
  return tok != doc_.tokens.end() && tok->start == start && tok->end > end && tok->pos.starts_with("ns");
}

// The unit is the first character of a longer word (20万员工, 一成绩, 二期施工),
// or number and unit are an idiom (四处, 四周, 两头, 三轮车).
bool Scanner::FormsAWord(const NumberMatch& n, const UnitInfo& u, std::size_t j) const {
  const MetricWords& words = words_;
  for (const std::u32string& w : words.number_idioms) {
    if (StartsWith(t_, n.start, w)) return true;
  }
  char32_t after = At(t_, j);
  for (const auto& [unit, next] : words.unit_word_next) {
    if (u.unit == unit) return next.find(after) != std::u32string::npos;  // 员工, 人口, 成绩
  }
  // 块 is money only as 块钱 or at a clause end (三块玻璃 counts glass).
  if (t_[j - 1] == U'块') return scan::IsHanChar(after) && std::u32string_view(U"多左以上下").find(after) == std::u32string_view::npos;
  if (u.unit == "期") return !n.arabic && scan::IsHanChar(after) && std::u32string_view(U"以左多").find(after) == std::u32string_view::npos;
  return false;
}

// Identifiers and codes (A3, 0571-8888, v1.2), vague counts (数十家, 上百人,
// 十几), and 零 starting a word (零部件).
bool Scanner::CodeOrVague(const NumberMatch& n) const {
  std::size_t i = n.start;
  char32_t prev = i > 0 ? t_[i - 1] : U'\0';
  if (scan::IsAsciiAlnum(prev) || prev == U'.' || prev == U'-' || prev == U'/' || prev == U'·') return true;
  bool unit_first = !n.arabic && !n.digit_string && ChineseDigit(t_[i]) < 0;
  if (!n.arabic && (prev == U'数' || prev == U'几')) return true;
  if (unit_first && (prev == U'上' || prev == U'成' || prev == U'好')) return true;
  if (At(t_, n.end) == U'几') return true;
  if (EndsWith(t_, i, U"千家")) return true;  // 千家万户
  return n.chinese && !n.digit_string && ChineseDigit(t_[i]) == 0;
}

// 三分之一 (ratio 1/3), 百分之三十 (30 %).
std::optional<Candidate> Scanner::Fraction(const NumberMatch& n, std::size_t* next) const {
  auto d = ParseNumberAt(t_, n.end + 2);
  if (!d) return std::nullopt;
  bool percent = n.value.AsInt() == 100;
  Candidate c(n.start, d->end);
  c.kind = percent ? "percent" : "ratio";
  if (percent) c.unit.push_back('%');  // (push_back: GCC 12 -Wrestrict false positive on ="%")
  c.value = percent ? d->value.ToJson() : Json(static_cast<double>(d->value.AsLongDouble() / n.value.AsLongDouble()));
  *next = c.end;
  return c;
}

// 4.1∶35.2∶60.7: one ratio with no single value.
std::optional<Candidate> Scanner::RatioChain(const NumberMatch& n, std::size_t* next) const {
  std::size_t j = n.end;
  while (At(t_, j) == U'∶') {
    auto d = ParseNumberAt(t_, j + 1);
    if (!d) break;
    j = d->end;
  }
  Candidate c(n.start, j);
  c.kind = "ratio";
  *next = j;
  return c;
}

// 一个半小时, 两个半月: N and a half units of time (j is at 个半).
std::optional<Candidate> Scanner::AndAHalf(const NumberMatch& n, std::size_t j, std::size_t* next) const {
  const UnitInfo* d = nullptr;
  bool month = At(t_, j + 2) == U'月';
  std::size_t len = month ? 1 : units_.Match(t_, j + 2, &d);
  if (!n.value.AsInt() || len == 0 || (!month && d->kind != "duration")) return std::nullopt;
  Candidate c(n.start, j + 2 + len);
  c.value = static_cast<double>(*n.value.AsInt()) + 0.5;
  c.unit = month ? std::string("月") : d->unit;
  c.kind = "duration";
  *next = c.end;
  return c;
}

// 一家企业, 一个缩影: 一 + classifier is an article (投运一个。 still counts
// one); 关键一年 is "a year", 为期一年 is a duration. `j` is after the unit.
bool Scanner::IndefiniteOne(std::size_t i, std::size_t j, const UnitInfo& u) const {
  char32_t prev = i > 0 ? t_[i - 1] : U'\0';
  if (u.kind == "duration") {
    return At(t_, j) != U'半' && At(t_, j) != U'多' && At(t_, j) != U'余' && scan::IsHanChar(prev) &&
           words_.duration_one_after.find(prev) == std::u32string::npos;
  }
  if (u.unit == "度") return At(t_, j) != U'电';  // 一度成为 is "once"; 一度电 is a kWh
  if (u.kind != "count") return false;             // 一成, 一倍, 一公里 are definite
  bool demonstrative = words_.article_one_after.find(prev) != std::u32string::npos;
  return demonstrative || !(IsClausePunct(At(t_, j)) && IsPlainCountWord(u.unit));
}

// 超8500亿元, 约5成, 近700项: a marker just before the number joins the span.
void Scanner::PrefixMarker(const UnitInfo& u, Candidate* c) const {
  std::size_t i = c->start, j = c->end;
  for (const Marker& m : words_.approx_before) {
    if (!EndsWith(t_, i, m.word)) continue;
    if (IsWordEnd(t_, i, m.word)) return;  // 签约26项: 约 ends a word
    // 近5年专利转移: "the last five years", not "nearly"; 最近 is not a marker.
    if (m.word == U"近" && (EndsWith(t_, i, U"最近") ||
                             (u.kind == "duration" && !IsClausePunct(At(t_, j)) && At(t_, j) != U'的'))) {
      return;
    }
    c->start = i - m.word.size();
    c->approx = m.approx;
    return;
  }
}

// "3到6个月", "1-3家", "10亿—20亿元": a second number after a separator.
bool Scanner::Range(const NumberMatch& a, Candidate* c, std::size_t* next) {
  std::size_t sep = scan::RangeSeparator(t_, a.end);
  if (sep == 0) return false;
  auto b = ParseNumberAt(t_, a.end + sep);
  if (!b) return false;
  if (scan::IsYearNumber(a) || scan::IsYearNumber(*b)) return false;
  c->value = nullptr;
  Decimal low = a.value;
  // 两到三万, 十八至三十万: the second number's multiplier applies to the first.
  if (b->last_power > a.last_power) {
    Decimal base = b->value.Scaled(-b->last_power);
    if (a.value.AsLongDouble() < base.AsLongDouble()) low = a.value.Scaled(b->last_power);
  }
  // 五到三万万万: ends out of order are a misreading, not a range.
  if (low.AsLongDouble() > b->value.AsLongDouble() || b->value.overflow || low.overflow) return false;
  c->min = low.ToJson();
  c->max = b->value.ToJson();
  c->end = *next = b->end;
  return true;
}

}  // namespace zhcorpus::metrics
