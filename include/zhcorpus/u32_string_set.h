// Sets and maps keyed by code-point strings that are looked up by
// std::u32string_view, so a recogniser probing slices of a text needs no copy:
//   U32StringSet words{U"资源"};
//   words.contains(text.substr(i, 2));
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace zhcorpus {

// Transparent hash: u32string and u32string_view hash alike.
struct U32ViewHash {
  using is_transparent = void;
  std::size_t operator()(std::u32string_view s) const { return std::hash<std::u32string_view>{}(s); }
};

using U32StringSet = std::unordered_set<std::u32string, U32ViewHash, std::equal_to<>>;

template <typename Value>
using U32StringMap = std::unordered_map<std::u32string, Value, U32ViewHash, std::equal_to<>>;

}  // namespace zhcorpus
