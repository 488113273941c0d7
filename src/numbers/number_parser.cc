#include "numbers/number_parser.h"

#include <array>
#include <cmath>
#include <cstdint>

#include "util/word_lists.h"

namespace zhcorpus {
namespace {

// Checked int64 arithmetic: `*ok` turns false on overflow and stays false.
std::int64_t Mul(std::int64_t a, std::int64_t b, bool* ok) {
  std::int64_t r = 0;
  if (__builtin_mul_overflow(a, b, &r)) *ok = false;
  return r;
}
std::int64_t Add(std::int64_t a, std::int64_t b, bool* ok) {
  std::int64_t r = 0;
  if (__builtin_add_overflow(a, b, &r)) *ok = false;
  return r;
}
std::int64_t Pow10(int p, bool* ok) {
  std::int64_t r = 1;
  for (int i = 0; i < p; ++i) r = Mul(r, 10, ok);
  return r;
}

// Power of ten of a unit or multiplier character, 0 when not one.
int UnitPower(char32_t c) {
  switch (c) {
    case U'十': case U'拾': return 1;
    case U'百': case U'佰': return 2;
    case U'千': case U'仟': return 3;
    case U'万': case U'萬': return 4;
    case U'亿': case U'億': return 8;
    default: return 0;
  }
}

// 千瓦, 千米, 百分点: a unit that starts with a multiplier character ends the
// number there (12.6万千瓦 is 12.6万 kW, not 1.26亿 W).
bool StartsUnit(std::u32string_view t, std::size_t j) {
  static const std::vector<std::u32string> kUnits = WordLists::Compiled("metric_words").GetU32("multiplier_unit");
  for (const std::u32string& u : kUnits) {
    if (t.substr(j, u.size()) == u) return true;
  }
  return false;
}

// Arabic digits with thousands commas and one decimal point.
std::size_t ParseArabic(std::u32string_view t, std::size_t i, NumberMatch* m) {
  bool ok = true;
  std::int64_t mant = 0;
  int exp = 0;
  bool frac = false;
  while (i < t.size()) {
    int d = ArabicDigit(t[i]);
    if (d >= 0) {
      mant = Add(Mul(mant, 10, &ok), d, &ok);
      if (frac) --exp; else ++m->arabic_digits;
      ++i;
      continue;
    }
    bool sep_ok = i + 1 < t.size() && ArabicDigit(t[i + 1]) >= 0;
    if ((t[i] == U'.' || t[i] == U'．') && !frac && sep_ok) { frac = true; m->decimal_point = true; ++i; continue; }
    // "1,234": a comma followed by exactly three digits.
    if (t[i] == U',' && !frac && i + 3 < t.size() && ArabicDigit(t[i + 1]) >= 0 &&
        ArabicDigit(t[i + 2]) >= 0 && ArabicDigit(t[i + 3]) >= 0 &&
        (i + 4 >= t.size() || ArabicDigit(t[i + 4]) < 0)) { ++i; continue; }
    break;
  }
  m->arabic = true;
  m->value = {mant, exp, !ok};
  return i;
}

// Chinese digits read one by one (二〇二四): needs three or more or a 〇.
std::size_t ParseDigitString(std::u32string_view t, std::size_t i, NumberMatch* m) {
  std::size_t j = i;
  bool ok = true, zero = false;
  std::int64_t v = 0;
  while (j < t.size() && ChineseDigit(t[j]) >= 0 && t[j] != U'两') {
    zero |= ChineseDigit(t[j]) == 0;
    v = Add(Mul(v, 10, &ok), ChineseDigit(t[j]), &ok);
    ++j;
  }
  if (j - i < 2 || (j - i < 3 && !zero)) return i;
  m->chinese = m->digit_string = true;
  m->value = {v, 0, !ok};
  return j;
}

// Positional Chinese numerals: 一千二百三十四, 三万亿, 一万五, 十多万.
std::size_t ParseChinese(std::u32string_view t, std::size_t i, NumberMatch* m) {
  bool ok = true, any = false, zero = false;
  std::int64_t yi = 0, wan = 0, sec = 0;
  int digit = -1, last_unit = 0;
  std::size_t j = i;
  for (; j < t.size(); ++j) {
    char32_t c = t[j];
    int d = ChineseDigit(c);
    int p = UnitPower(c);
    if (c == U'廿' || c == U'卅') {  // 廿 = 二十, 卅 = 三十
      if (digit >= 0) break;
      sec = Add(sec, c == U'廿' ? 20 : 30, &ok);
      last_unit = 1, zero = false, any = true;
    } else if (d >= 0) {
      if (digit >= 0) break;  // two digits in a row: not positional
      if (d == 0) { zero = true; any = true; continue; }
      digit = d;
      any = true;
    } else if (p >= 1 && p <= 3 && any && StartsUnit(t, j)) {
      break;  // 五千瓦: 5 kW
    } else if (p >= 1 && p <= 3) {
      sec = Add(sec, Mul(digit >= 0 ? digit : 1, Pow10(p, &ok), &ok), &ok);
      digit = -1, last_unit = p, zero = false, any = true;
    } else if (p == 4) {
      // 百二万 = 120万: an elided unit one step below the last one.
      if (digit > 0 && last_unit >= 2 && last_unit <= 3 && !zero) digit = static_cast<int>(digit * Pow10(last_unit - 1, &ok));
      std::int64_t small = sec + (digit > 0 ? digit : 0);
      if (small == 0 && wan == 0 && yi == 0 && !any) small = 1;
      if (small == 0 && yi > 0 && wan == 0) break;  // 亿万: stop
      if (small == 0 && wan > 0 && last_unit == 4) {  // 四万万 = 4亿 (older usage)
        yi = Add(yi, Mul(wan, 10000, &ok), &ok);
        wan = sec = 0, digit = -1, last_unit = 8, zero = false;
        continue;
      }
      wan = Mul(small, 10000, &ok);
      sec = 0, digit = -1, last_unit = 4, zero = false, any = true;
    } else if (p == 8) {
      std::int64_t small = Add(wan, sec + (digit > 0 ? digit : 0), &ok);
      if (small == 0 && yi == 0) small = 1;
      yi = Mul(Add(yi, small, &ok), 100000000, &ok);
      wan = sec = 0, digit = -1, last_unit = 8, zero = false, any = true;
    } else if ((c == U'多' || c == U'余') && any && j + 1 < t.size() && UnitPower(t[j + 1]) >= 3) {
      m->inner_over = true;
    } else {
      break;
    }
  }
  if (!any || j == i) return i;
  std::int64_t tail = digit > 0 ? digit : 0;
  // 一万五 = 15000, 三千五 = 3500: an elided unit one step below the last.
  if (digit > 0 && last_unit >= 2 && !zero) tail = Mul(digit, Pow10(last_unit == 8 ? 7 : last_unit == 4 ? 3 : last_unit - 1, &ok), &ok);
  m->chinese = true;
  m->value = {Add(Add(yi, wan, &ok), Add(sec, tail, &ok), &ok), 0, !ok};
  m->bare_multiplier = j == i + 1 && UnitPower(t[i]) > 0;
  return j;
}

}  // namespace

int ArabicDigit(char32_t c) {
  if (c >= U'0' && c <= U'9') return static_cast<int>(c - U'0');
  if (c >= U'０' && c <= U'９') return static_cast<int>(c - U'０');
  return -1;
}

// A switch, not a search of the digit strings: every character of every
// text passes here (IsNumeralChar) and almost none is a digit.
int ChineseDigit(char32_t c) {
  switch (c) {
    case U'零': case U'〇': case U'○': case U'Ｏ': return 0;
    case U'一': case U'壹': return 1;
    case U'二': case U'贰': case U'两': return 2;
    case U'三': case U'叁': case U'参': return 3;  // 参: 參 simplified, the formal 3 in old-style amounts
    case U'四': case U'肆': return 4;
    case U'五': case U'伍': return 5;
    case U'六': case U'陆': return 6;
    case U'七': case U'柒': return 7;
    case U'八': case U'捌': return 8;
    case U'九': case U'玖': return 9;
    default: return -1;
  }
}

bool detail::IsNumeralCharSlow(char32_t c) {
  return ArabicDigit(c) >= 0 || ChineseDigit(c) >= 0 || UnitPower(c) > 0 || c == U'廿' || c == U'卅';
}

namespace {

// Power of ten of a multiplier after digits: the units of UnitPower, and 兆 (10^12) as
// Taiwan and Hong Kong news write it (21.9兆元).
int MultiplierPowerAfterDigits(char32_t c) { return c == U'兆' ? 12 : UnitPower(c); }

// Multipliers after a number: 1.5万, 0.57万亿, 3千万, 300余万, 七点三亿; 兆 only after
// digits, and never where it opens a unit (兆瓦).
std::size_t ParseMultipliers(std::u32string_view t, std::size_t j, NumberMatch* m) {
  while (j < t.size()) {
    int p = m->arabic ? MultiplierPowerAfterDigits(t[j]) : UnitPower(t[j]);
    if (p == 0 && (t[j] == U'多' || t[j] == U'余') && j + 1 < t.size() && UnitPower(t[j + 1]) >= 3) {
      m->inner_over = true;
      ++j;
      continue;
    }
    if (p == 0 || StartsUnit(t, j)) break;
    m->value = m->value.Scaled(p);
    ++j;
  }
  return j;
}

// 七点三, 三点五: a Chinese decimal point followed by digits read one by one.
// Not a clock time (八点三十分, 三点一刻) and not 一点 ("a little").
std::size_t ParseChineseDecimal(std::u32string_view t, std::size_t j, NumberMatch* m) {
  if (j + 1 >= t.size() || t[j] != U'点' || ChineseDigit(t[j + 1]) < 0 || t[j + 1] == U'两') return j;
  std::size_t k = j + 1;
  bool ok = !m->value.overflow && m->value.exp10 == 0;
  std::int64_t v = m->value.mantissa;
  int exp = 0;
  while (k < t.size() && ChineseDigit(t[k]) >= 0 && t[k] != U'两') {
    v = Add(Mul(v, 10, &ok), ChineseDigit(t[k]), &ok);
    --exp, ++k;
  }
  // 三点十分, 两点一刻: a clock time, not a decimal. (This character test and
  // the formal digits below stay in code: the number parser runs them on
  // every numeral of every text, and they are part of its grammar.)
  if (k < t.size() && std::u32string_view(U"十分刻钟半").find(t[k]) != std::u32string_view::npos) return j;
  m->value = {v, exp, !ok};
  m->decimal_point = true;
  return k;
}

// Digits after a whole number with a multiplier of 万 or more add the part below it
// (9万7760 = 97760, 6兆2703亿 = 6.2703兆), as Taiwan and Hong Kong news write figures.
std::size_t ParseArabicTail(std::u32string_view t, std::size_t j, NumberMatch* m) {
  if (j >= t.size() || ArabicDigit(t[j]) < 0 || m->decimal_point || j == 0) return j;
  const int high = MultiplierPowerAfterDigits(t[j - 1]);
  if (high < 4) return j;
  NumberMatch low;
  const std::size_t digits_end = ParseArabic(t, j, &low);
  const std::size_t k = ParseMultipliers(t, digits_end, &low);
  const int low_power = k > digits_end ? MultiplierPowerAfterDigits(t[k - 1]) : 0;
  if (low.decimal_point || low_power >= high) return j;
  const std::optional<std::int64_t> a = m->value.AsInt(), b = low.value.AsInt();
  if (!a || !b || *b >= *a) return j;  // the lower part is below the higher one (9万 + 7760)
  m->value = Decimal::Int(*a + *b);
  return k;
}

}  // namespace

std::optional<NumberMatch> ParseNumberAt(std::u32string_view t, std::size_t pos) {
  NumberMatch m;
  m.start = static_cast<std::uint32_t>(pos);
  std::size_t j = pos;
  if (pos < t.size() && ArabicDigit(t[pos]) >= 0) {
    j = ParseMultipliers(t, ParseArabic(t, pos, &m), &m);
    j = ParseArabicTail(t, j, &m);
  } else if (pos < t.size() && (ChineseDigit(t[pos]) >= 0 || UnitPower(t[pos]) > 0 || t[pos] == U'廿' || t[pos] == U'卅')) {
    j = ParseDigitString(t, pos, &m);
    if (j == pos) j = ParseChinese(t, pos, &m);
    if (j > pos && !m.digit_string && UnitPower(t[j - 1]) < 4) {
      std::size_t k = ParseChineseDecimal(t, j, &m);
      if (k > j) j = ParseMultipliers(t, k, &m);
    }
  }
  if (j == pos) return std::nullopt;
  // A lone formal digit is a word, not a number: 陆续, 队伍, 参加.
  if (j == pos + 1 && std::u32string_view(U"壹贰叁参肆伍陆柒捌玖").find(t[pos]) != std::u32string_view::npos) {
    return std::nullopt;
  }
  m.end = static_cast<std::uint32_t>(j);
  if (j > pos + 1) m.last_power = UnitPower(t[j - 1]);
  return m;
}

std::optional<Decimal> ParseNumber(std::u32string_view text) {
  // A lone formal digit (壹) is only a number when it is all there is.
  if (text.size() == 1 && ChineseDigit(text[0]) >= 0) return Decimal::Int(ChineseDigit(text[0]));
  auto m = ParseNumberAt(text, 0);
  if (!m || m->end != text.size()) return std::nullopt;
  return m->value;
}

std::optional<std::int64_t> Decimal::AsInt() const {
  if (overflow) return std::nullopt;
  std::int64_t m = mantissa;
  int e = exp10;
  while (e < 0 && m % 10 == 0) m /= 10, ++e;
  if (e < 0) return std::nullopt;
  bool ok = true;
  std::int64_t v = Mul(m, Pow10(e, &ok), &ok);
  if (!ok) return std::nullopt;
  return v;
}

long double Decimal::AsLongDouble() const {
  return static_cast<long double>(mantissa) * std::pow(10.0L, static_cast<long double>(exp10));
}

nlohmann::ordered_json Decimal::ToJson() const {
  if (overflow) return nullptr;
  if (auto i = AsInt()) return *i;
  std::int64_t m = mantissa;
  int e = exp10;
  while (e < 0 && m % 10 == 0) m /= 10, ++e;
  if (e >= 0) return nullptr;  // integral but beyond int64: reported as overflow by callers
  // Round-trips through the shortest decimal: 91.9 stays 91.9.
  return std::stod(std::to_string(m) + "e" + std::to_string(e));
}

}  // namespace zhcorpus
