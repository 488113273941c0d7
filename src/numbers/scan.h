// Internal helpers shared by the metric and date extractors.
#pragma once

#include <cstdint>
#include <string_view>

#include "numbers/number_parser.h"

namespace zhcorpus::scan {

inline bool StartsWith(std::u32string_view t, std::size_t pos, std::u32string_view w) {
  return pos <= t.size() && t.substr(pos, w.size()) == w;
}
// Does `w` end exactly at `end`?
inline bool EndsWith(std::u32string_view t, std::size_t end, std::u32string_view w) {
  return end >= w.size() && end <= t.size() && t.substr(end - w.size(), w.size()) == w;
}
inline bool IsAsciiAlnum(char32_t c) {
  return (c >= U'0' && c <= U'9') || (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z');
}
inline bool IsHanChar(char32_t c) { return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF); }
inline char32_t At(std::u32string_view t, std::size_t i) { return i < t.size() ? t[i] : U'\0'; }
// Range separators between two numbers or dates: 3到6, 1-3, 80%—90%, 2011年至2023年.
inline std::size_t RangeSeparator(std::u32string_view t, std::size_t i) {
  char32_t c = At(t, i);
  if (c == U'到' || c == U'至' || c == U'-' || c == U'—' || c == U'–' || c == U'~' || c == U'～' || c == U'－') {
    return At(t, i + 1) == c && c != U'到' && c != U'至' ? 2 : 1;  // "——", "--" count as one dash
  }
  return 0;
}
// A number that reads as a calendar year before 年: 4 Arabic digits
// 1000-2999, or a Chinese digit string (二〇二四).
inline bool IsYearNumber(const NumberMatch& m) {
  if (m.inner_over || m.decimal_point) return false;
  auto v = m.value.AsInt();
  if (!v) return false;
  if (m.digit_string) return *v >= 1000 && *v <= 2999;
  return m.arabic && !m.chinese && m.arabic_digits == 4 && m.end - m.start == 4 && *v >= 1000 && *v <= 2999;
}

// `3000年12月`: four Arabic digits and 年 with a month straight after are a
// year whatever its value (the text names a calendar month of that year),
// where `3000年` alone is a duration. `m` ends before 年.
inline bool IsYearBeforeMonth(std::u32string_view t, const NumberMatch& m) {
  if (!(m.arabic && !m.chinese && m.arabic_digits == 4 && m.end - m.start == 4) || At(t, m.end) != U'年') return false;
  auto month = ParseNumberAt(t, m.end + 1);
  if (!month || !month->arabic || At(t, month->end) != U'月') return false;
  auto v = month->value.AsInt();
  return v && *v >= 1 && *v <= 12;
}

}  // namespace zhcorpus::scan
