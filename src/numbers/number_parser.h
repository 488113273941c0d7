// Internal: Numbers as Chinese news writes them: Arabic (half- or full-width, with
// thousands commas and decimals), Chinese numerals (一千二百三十四, 两, 十二,
// 二〇二四), mixtures with multipliers (1.5万, 0.57万亿, 百亿) and an inner
// 多/余 (三十多万). Values are exact decimals; overflow is reported, never
// silently wrapped.
//
//   auto n = ParseNumberAt(U"约1.5万家", 1);   // n->end == 5
//   Json v = n->value.ToJson();               // 15000
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string_view>

#include <nlohmann/json.hpp>

namespace zhcorpus {

// mantissa * 10^exp10, or `overflow` when the value does not fit exactly.
struct Decimal {
  std::int64_t mantissa = 0;
  int exp10 = 0;
  bool overflow = false;

  static Decimal Int(std::int64_t v) { return {v, 0, false}; }
  Decimal Scaled(int power_of_ten) const { return {mantissa, exp10 + power_of_ten, overflow}; }
  // Exact integer when it is one and fits int64, else nullopt.
  std::optional<std::int64_t> AsInt() const;
  long double AsLongDouble() const;
  // JSON number (integer when integral), or null on overflow.
  nlohmann::ordered_json ToJson() const;
};

struct NumberMatch {
  std::uint32_t start = 0;
  std::uint32_t end = 0;       // exclusive, in the text given
  Decimal value;
  bool arabic = false;         // has Arabic digits
  bool chinese = false;        // has Chinese numeral characters
  bool decimal_point = false;  // "1.5"
  bool digit_string = false;   // 二〇二四: digits read one by one
  bool inner_over = false;     // 三十多万, 3000余: 多/余 inside the numeral
  int arabic_digits = 0;       // digits before any decimal point
  bool bare_multiplier = false;  // the whole numeral is one 十/百/千/万/亿 (万亩)
  int last_power = 0;            // power of ten of a final 十/百/千/万/亿 (三十万 -> 4)
};

namespace detail {
bool IsNumeralCharSlow(char32_t c);
// The answer for every BMP character, one bit each (8 KB): the date and metric
// scanners ask about every character of every text, so the look-up is inline.
class NumeralTable {
 public:
  NumeralTable() {
    for (char32_t c = 0; c < kSize; ++c) {
      if (IsNumeralCharSlow(c)) bits_[c >> 6] |= std::uint64_t{1} << (c & 63);
    }
  }
  bool Has(char32_t c) const { return c < kSize ? (bits_[c >> 6] >> (c & 63)) & 1 : IsNumeralCharSlow(c); }

 private:
  static constexpr char32_t kSize = 0x10000;
  std::array<std::uint64_t, kSize / 64> bits_{};
};
}  // namespace detail

// True for characters that can start or continue a numeral.
inline bool IsNumeralChar(char32_t c) {
  static const detail::NumeralTable table;  // (built on first use: safe from other static initialisers)
  return table.Has(c);
}
// The value of an Arabic (ASCII or full-width) digit, or -1.
int ArabicDigit(char32_t c);
// The value of a Chinese digit character (零〇一二两三...九, 壹贰...), or -1.
int ChineseDigit(char32_t c);

// Parses the longest numeral starting exactly at `pos`; nullopt when none.
// Trailing 多/余 are NOT consumed unless a multiplier follows (三十多万).
std::optional<NumberMatch> ParseNumberAt(std::u32string_view text, std::size_t pos);

// The whole of `text` as one number (tools and tests), nullopt otherwise.
std::optional<Decimal> ParseNumber(std::u32string_view text);

}  // namespace zhcorpus
