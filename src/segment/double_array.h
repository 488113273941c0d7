// Internal: a double-array trie over small integer codes (characters mapped to
// 1..K by CharCodes). Built once (by the data builder, or at load time for
// words added later), then read-only. Code 0 marks the end of a key; the
// value stored there is the word id.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace zhcorpus::segment {

// Read-only view of base/check arrays (owned by a DoubleArray or a mapped file).
struct DoubleArrayView {
  const std::int32_t* base = nullptr;
  const std::int32_t* check = nullptr;
  std::int32_t size = 0;

  // Calls on_word(length, id) for every key that is a prefix of codes[0..n).
  template <typename F>
  void ForEachPrefix(const std::uint32_t* codes, std::size_t n, F&& on_word) const {
    std::int32_t s = 0;
    for (std::size_t i = 0; i < n; ++i) {
      if (codes[i] == 0) return;  // a character no key contains
      const std::int32_t t = base[s] + static_cast<std::int32_t>(codes[i]);
      if (t <= 0 || t >= size || check[t] != s) return;
      s = t;
      const std::int32_t end = base[s];
      if (end > 0 && end < size && check[end] == s) on_word(i + 1, -base[end] - 1);
    }
  }
};

struct DoubleArray {
  std::vector<std::int32_t> base;
  std::vector<std::int32_t> check;  // -1 = free

  // `keys` sorted lexicographically, unique, codes >= 1; ids[i] is key i's value.
  static DoubleArray Build(const std::vector<std::vector<std::uint32_t>>& keys,
                           const std::vector<std::int32_t>& ids);
  DoubleArrayView View() const {
    return {base.data(), check.data(), static_cast<std::int32_t>(check.size())};
  }
};

}  // namespace zhcorpus::segment
