// Byte tests shared by the JSON string writer and the JSON scanner.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

namespace zhcorpus::json_bytes {

// True when one of the eight bytes in `w` may need escaping in a JSON string
// (below 0x20, '"' or '\\'): the classic bit tricks for "has a zero byte" and
// "has a byte less than n"; a false alarm only sends the word through the
// byte loop.
inline bool MayNeedEscape(std::uint64_t w) {
  constexpr std::uint64_t kOnes = 0x0101010101010101ULL, kHigh = 0x8080808080808080ULL;
  auto has_zero = [&](std::uint64_t v) { return ((v - kOnes) & ~v & kHigh) != 0; };
  const bool control = ((w - 0x20 * kOnes) & ~w & kHigh) != 0;
  return control || has_zero(w ^ ('"' * kOnes)) || has_zero(w ^ ('\\' * kOnes));
}

// Skips eight bytes at a time from `i` while none may need escaping; returns
// the first position that must be looked at byte by byte.
inline std::size_t SkipPlainWords(std::string_view s, std::size_t i) {
  std::uint64_t w;
  while (i + 8 <= s.size() && (std::memcpy(&w, s.data() + i, 8), !MayNeedEscape(w))) i += 8;
  return i;
}

}  // namespace zhcorpus::json_bytes
