// Internal: a double-array trie over small integer codes (characters mapped to
// 1..K), built by the data builder: node s's child for code c is at
// base[s] + c when check[base[s] + c] == s. A node where a key ends holds
// that key's value in `value` (no slot of its own: a smaller array, so more
// of it stays in cache while segmenting).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace zhcorpus::segment {

struct DoubleArray {
  std::vector<std::int32_t> base;
  std::vector<std::int32_t> check;  // -1 = free
  std::vector<std::int32_t> value;  // the id of the key ending here, -1 = none

  // `keys` sorted lexicographically, unique, non-empty, codes >= 1; ids[i] is key i's value.
  static DoubleArray Build(const std::vector<std::vector<std::uint32_t>>& keys,
                           const std::vector<std::int32_t>& ids);
};

}  // namespace zhcorpus::segment
