// Internal: how the segmenter's pre-tokenizer classifies characters before the
// dictionary sees a run of Chinese text.
#pragma once

namespace zhcorpus::segment {

enum class CharClass : unsigned char { kSpace, kDigit, kLatin, kPunct, kHan };

inline constexpr bool IsAsciiDigit(char32_t c) { return c >= U'0' && c <= U'9'; }
inline constexpr bool IsWideDigit(char32_t c) { return c >= U'０' && c <= U'９'; }
inline constexpr bool IsDigit(char32_t c) { return IsAsciiDigit(c) || IsWideDigit(c); }
inline constexpr bool IsLatin(char32_t c) {
  return (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z') || (c >= U'ａ' && c <= U'ｚ') ||
         (c >= U'Ａ' && c <= U'Ｚ') || (c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7);
}
inline constexpr bool IsSpace(char32_t c) {
  return c == U' ' || c == U'\t' || c == U'\n' || c == U'\r' || c == U'\u3000' || c == U'\u00A0' ||
         c == U'\f' || c == U'\v';
}

// Everything that is not a letter, digit, space or a character of a script
// written without spaces is punctuation or a symbol: its own token.
inline constexpr bool IsPunct(char32_t c) {
  if (c < 0x80) return !IsAsciiDigit(c) && !IsLatin(c) && !IsSpace(c) && c > 0x20;
  // ○ (U+25CB) stands for zero in years written in Chinese digits: 二○○一年.
  if (c == 0x25CB) return false;
  return (c >= 0x2000 && c <= 0x2BFF) || (c >= 0x3000 && c <= 0x303F && c != 0x3007) ||
         (c >= 0xFF00 && c <= 0xFF65 && !IsWideDigit(c) && !IsLatin(c)) || (c >= 0xFE30 && c <= 0xFE4F) ||
         c == 0xB7 || c == 0xD7 || c == 0xF7 || (c >= 0x80 && c <= 0xBF);
}

inline constexpr CharClass ClassifySlow(char32_t c) {
  if (IsSpace(c)) return CharClass::kSpace;
  if (IsDigit(c)) return CharClass::kDigit;
  if (IsLatin(c)) return CharClass::kLatin;
  if (IsPunct(c)) return CharClass::kPunct;
  return CharClass::kHan;
}

// Classify runs once per input character: the BMP's classes in one table, computed at compile time.
struct CharClassTable {
  CharClass bmp[0x10000] = {};
  constexpr CharClassTable() {
    for (char32_t c = 0; c < 0x10000; ++c) bmp[c] = ClassifySlow(c);
  }
};
inline constexpr CharClassTable kCharClassTable{};

inline CharClass Classify(char32_t c) { return c < 0x10000 ? kCharClassTable.bmp[c] : ClassifySlow(c); }

// 〇○零一二三四五六七八九: digits of years written in Chinese.
inline constexpr bool IsHanDigit(char32_t c) {
  switch (c) {
    case U'〇': case U'○': case U'零': case U'一': case U'二': case U'三': case U'四':
    case U'五': case U'六': case U'七': case U'八': case U'九':
      return true;
    default:
      return false;
  }
}

}  // namespace zhcorpus::segment
