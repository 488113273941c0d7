// Internal: how the segmenter's pre-tokenizer classifies characters before the
// dictionary sees a run of Chinese text.
#pragma once

namespace zhcorpus::segment {

enum class CharClass { kSpace, kDigit, kLatin, kPunct, kHan };

inline bool IsAsciiDigit(char32_t c) { return c >= U'0' && c <= U'9'; }
inline bool IsWideDigit(char32_t c) { return c >= U'０' && c <= U'９'; }
inline bool IsDigit(char32_t c) { return IsAsciiDigit(c) || IsWideDigit(c); }
inline bool IsLatin(char32_t c) {
  return (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z') || (c >= U'ａ' && c <= U'ｚ') ||
         (c >= U'Ａ' && c <= U'Ｚ') || (c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7);
}
inline bool IsSpace(char32_t c) {
  return c == U' ' || c == U'\t' || c == U'\n' || c == U'\r' || c == U'\u3000' || c == U'\u00A0' ||
         c == U'\f' || c == U'\v';
}

// Everything that is not a letter, digit, space or a character of a script
// written without spaces is punctuation or a symbol: its own token.
inline bool IsPunct(char32_t c) {
  if (c < 0x80) return !IsAsciiDigit(c) && !IsLatin(c) && !IsSpace(c) && c > 0x20;
  // ○ (U+25CB) stands for zero in years written in Chinese digits: 二○○一年.
  if (c == 0x25CB) return false;
  return (c >= 0x2000 && c <= 0x2BFF) || (c >= 0x3000 && c <= 0x303F && c != 0x3007) ||
         (c >= 0xFF00 && c <= 0xFF65 && !IsWideDigit(c) && !IsLatin(c)) || (c >= 0xFE30 && c <= 0xFE4F) ||
         c == 0xB7 || c == 0xD7 || c == 0xF7 || (c >= 0x80 && c <= 0xBF);
}

inline CharClass Classify(char32_t c) {
  if (IsSpace(c)) return CharClass::kSpace;
  if (IsDigit(c)) return CharClass::kDigit;
  if (IsLatin(c)) return CharClass::kLatin;
  if (IsPunct(c)) return CharClass::kPunct;
  return CharClass::kHan;
}

}  // namespace zhcorpus::segment
