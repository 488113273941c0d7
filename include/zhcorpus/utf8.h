// UTF-8 <-> code points. Every offset the library reports is in Unicode code
// points (what Python's str indexing gives); these are the only functions that
// convert between bytes and code points.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace zhcorpus {

// Byte offset of the first invalid sequence, or npos when `s` is valid UTF-8
// (overlongs, surrogates and values above U+10FFFF are invalid).
std::size_t FindInvalidUtf8(std::string_view s);
inline bool IsValidUtf8(std::string_view s) { return FindInvalidUtf8(s) == std::string_view::npos; }

// Decodes valid UTF-8 (check first); invalid bytes become U+FFFD.
std::u32string DecodeUtf8(std::string_view s);
// Validates and decodes in one pass into *out (its storage is reused: no
// allocation per line in a loop). Returns the byte offset of the first invalid
// sequence (then *out is unspecified), or npos.
std::size_t DecodeUtf8Into(std::string_view s, std::u32string* out);
void AppendUtf8(char32_t cp, std::string* out);
std::string EncodeUtf8(std::u32string_view s);

// The codec's steps, for loops that walk bytes themselves (inline: they sit
// in the hottest scans of ingest and segment).
inline bool IsUtf8Continuation(unsigned char c) { return (c & 0xC0) == 0x80; }
// Bytes of the sequence that `lead` starts in valid UTF-8 (1 for ASCII and for
// a byte that cannot start a sequence).
inline std::size_t Utf8SequenceLength(unsigned char lead) {
  return lead < 0xC0 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
}
constexpr char32_t kInvalidCodePoint = 0xFFFFFFFF;
// Decodes the sequence at s[*i] and moves *i past it. An invalid, overlong or
// cut sequence, a surrogate or a value above U+10FFFF gives kInvalidCodePoint
// and leaves *i where it was.
inline char32_t DecodeUtf8At(std::string_view s, std::size_t* i) {
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  const unsigned char c = byte(*i);
  if (c < 0x80) return ++*i, c;
  const std::size_t n = Utf8SequenceLength(c);
  if (n == 1 || (c & 0xF8) == 0xF8 || *i + n > s.size()) return kInvalidCodePoint;
  char32_t cp = c & (0x7F >> n);
  for (std::size_t k = 1; k < n; ++k) {
    if (!IsUtf8Continuation(byte(*i + k))) return kInvalidCodePoint;
    cp = (cp << 6) | (byte(*i + k) & 0x3F);
  }
  constexpr char32_t kMin[] = {0, 0, 0x80, 0x800, 0x10000};
  if (cp < kMin[n] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return kInvalidCodePoint;
  *i += n;
  return cp;
}

// DecodeUtf8At with three-byte sequences (all of CJK) checked and decoded
// inline first: the step of the hottest decoding loops. Same results.
inline char32_t DecodeUtf8Next(std::string_view s, std::size_t* i) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const unsigned char c = p[*i];
  if (c < 0x80) return ++*i, c;
  // A lead of E1-EF but ED rules out overlongs (E0) and surrogates (ED).
  if (c >= 0xE1 && c <= 0xEF && c != 0xED && *i + 2 < s.size() && IsUtf8Continuation(p[*i + 1]) &&
      IsUtf8Continuation(p[*i + 2])) {
    const char32_t cp = (char32_t(c & 0x0F) << 12) | (char32_t(p[*i + 1] & 0x3F) << 6) | (p[*i + 2] & 0x3F);
    *i += 3;
    return cp;
  }
  return DecodeUtf8At(s, i);
}

// Number of code points in valid UTF-8.
std::size_t CodePointCount(std::string_view s);

// The last `n` code points of valid UTF-8 (all of `s` when it is shorter):
// lets a check that looks at a line's end avoid decoding the whole line.
std::string_view Utf8Suffix(std::string_view s, std::size_t n);

// True for CJK unified ideographs (basic block and extensions A-G, compatibility).
bool IsHan(char32_t c);

}  // namespace zhcorpus
