// Internal: the rules that run before the dictionary: numbers with their unit,
// Latin words, codes and URLs, punctuation and spaces. Each function returns
// the end of the token starting at `i` (or `i` when it does not apply).
#pragma once

#include <cstddef>
#include <string_view>

#include "segment/compiled_dictionary.h"

namespace zhcorpus::segment {

// `1588亿元`, `91.9%`, `1.5万家`, `110多名`, `2024年`, `５０％`, `3/4`, `9时`; with a
// leading minus sign (`－5`) when text[i] is one.
inline bool IsMinus(char32_t c) { return c == U'-' || c == U'－' || c == U'−'; }
std::size_t ScanNumber(const CompiledDictionary& dict, std::u32string_view text, std::size_t i);
// `Model`, `iPhone15`, `COVID-19`, `5G`-style codes, `https://…`.
std::size_t ScanLatin(std::u32string_view text, std::size_t i);
// A year written in Chinese digits, `一九九八年`, `二○○一年` (at least two
// digits, so `一年` "one year" is not one), read back from its 年 at `nian`:
// where the year starts, not before `floor`, or `nian` when the digits
// before it are no year. (Looking back from each 年 costs a text without
// years nothing; looking at every digit cost the segmenter a tenth of its time.)
std::size_t HanYearStart(std::u32string_view text, std::size_t nian, std::size_t floor);
// One punctuation mark, or a run of the same mark (`……`, `——`).
std::size_t ScanPunct(std::u32string_view text, std::size_t i);

}  // namespace zhcorpus::segment
