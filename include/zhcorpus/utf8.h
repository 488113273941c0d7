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

// Number of code points in valid UTF-8.
std::size_t CodePointCount(std::string_view s);

// The last `n` code points of valid UTF-8 (all of `s` when it is shorter):
// lets a check that looks at a line's end avoid decoding the whole line.
std::string_view Utf8Suffix(std::string_view s, std::size_t n);

// True for CJK unified ideographs (basic block and extensions A-G, compatibility).
bool IsHan(char32_t c);

}  // namespace zhcorpus
