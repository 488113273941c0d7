#include "segment/pretokenizer.h"

#include <string>
#include <vector>

#include "segment/char_class.h"
#include "util/word_lists.h"

namespace zhcorpus::segment {
namespace {

bool IsDecimalSeparator(char32_t c) { return c == U'.' || c == U'．' || c == U','; }
// Between digits these keep a fraction, ratio or clock time whole: 3/4, 1∶5, 9:30.
bool IsFractionJoiner(char32_t c) { return c == U'/' || c == U'／' || c == U'∶' || c == U':' || c == U'：'; }
bool IsPercent(char32_t c) { return c == U'%' || c == U'％' || c == U'‰'; }
bool IsMultiplier(char32_t c) { return c == U'万' || c == U'亿' || c == U'千' || c == U'百'; }
bool IsApprox(char32_t c) { return c == U'多' || c == U'余'; }

// Measure words and units that stay with their number even where the
// dictionary does not tag them as measure words (data/segment_words.tsv).
bool IsExtraUnit(std::u32string_view w) {
  static const std::vector<std::u32string> kUnits = WordLists::Compiled("segment_words").GetU32("number_unit");
  for (const std::u32string& u : kUnits) {
    if (u == w) return true;
  }
  return false;
}

// The longest measure word or unit starting at text[i], 0 if none, or if a
// longer place name starts there: 2023 + 天津马拉松, 2023 + 成都车展 label an
// event with its year; 天 and 成 there are no units.
std::size_t UnitLength(const CompiledDictionary& dict, std::u32string_view text, std::size_t i) {
  const std::u32string_view rest = text.substr(i, 4);
  std::uint32_t codes[4];
  for (std::size_t k = 0; k < rest.size(); ++k) codes[k] = dict.Code(rest[k]);
  std::size_t best = 0, place = 0;
  dict.ForEachWord(rest, codes, [&](std::size_t len, float, CompiledDictionary::TagId tag) {
    const std::string_view name = dict.TagName(tag);
    if (name == "q" || IsExtraUnit(rest.substr(0, len))) best = len;
    if (name.starts_with("ns")) place = len;
  });
  return place > best ? 0 : best;
}

}  // namespace

std::size_t ScanNumber(const CompiledDictionary& dict, std::u32string_view text, std::size_t i) {
  const std::size_t n = text.size();
  std::size_t j = i;
  if (IsMinus(text[j]) && j + 1 < n && IsDigit(text[j + 1])) ++j;  // −5℃: the caller checked the context
  while (j < n && IsDigit(text[j])) ++j;
  if (j == i) return i;
  while (j + 1 < n && (IsDecimalSeparator(text[j]) || IsFractionJoiner(text[j])) && IsDigit(text[j + 1])) {
    ++j;
    while (j < n && IsDigit(text[j])) ++j;
  }
  if (j < n && IsPercent(text[j])) return j + 1;
  if (j < n && IsLatin(text[j])) {
    // 5G, 415X: a code, not a quantity. A full-width minus before it is no
    // joiner ScanLatin knows: the code starts after it and takes it along.
    const std::size_t code = ScanLatin(text, i);
    return code > i ? code : ScanLatin(text, i + 1);
  }
  if (j < n && IsApprox(text[j])) ++j;
  while (j < n && IsMultiplier(text[j])) ++j;
  if (j < n && IsApprox(text[j])) ++j;
  return j + (j < n ? UnitLength(dict, text, j) : 0);
}

std::size_t ScanLatin(std::u32string_view text, std::size_t i) {
  const std::size_t n = text.size();
  auto starts_with = [&](std::u32string_view p) { return text.substr(i, p.size()) == p; };
  if (starts_with(U"http://") || starts_with(U"https://") || starts_with(U"www.")) {
    std::size_t j = i;
    while (j < n && text[j] < 0x80 && !IsSpace(text[j]) && text[j] != U'"' && text[j] != U'<') ++j;
    return j;
  }
  std::size_t j = i;
  while (j < n) {
    if (IsLatin(text[j]) || IsDigit(text[j])) { ++j; continue; }
    // Joiners inside a word: COVID-19, AT&T, C++, node.js, O'Neil.
    const char32_t c = text[j];
    const bool joiner = c == U'-' || c == U'&' || c == U'.' || c == U'\'' || c == U'_';
    if (joiner && j + 1 < n && (IsLatin(text[j + 1]) || IsDigit(text[j + 1]))) { j += 2; continue; }
    // C++, C#, F#: a sign straight after a one-letter name.
    if ((c == U'+' || c == U'#') && j == i + 1) {
      while (j < n && (text[j] == U'+' || text[j] == U'#')) ++j;
      break;
    }
    break;
  }
  return j;
}

std::size_t HanYearStart(std::u32string_view text, std::size_t nian, std::size_t floor) {
  std::size_t d = nian;
  while (d > floor && IsHanDigit(text[d - 1])) --d;
  return nian - d >= 2 ? d : nian;
}

std::size_t ScanPunct(std::u32string_view text, std::size_t i) {
  std::size_t j = i + 1;
  const char32_t c = text[i];
  if (c == U'…' || c == U'—' || c == U'-' || c == U'─' || c == U'·' || c == U'.') {
    while (j < text.size() && text[j] == c) ++j;
  }
  return j;
}

}  // namespace zhcorpus::segment
