// CharTrie: a trie over code points stored as one hash map from (node, char)
// to child. Walking a word costs one integer hash per character and no string
// hashing or allocation, which is what the per-character scans of the
// segmenter's added words and of the region gazetteer need.
#pragma once

#include <cstdint>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace zhcorpus {

class CharTrie {
 public:
  static constexpr std::int32_t kRoot = 0;
  static constexpr std::int32_t kNone = -1;

  // The node for `word`, created with its path when missing.
  std::int32_t Insert(std::u32string_view word) {
    std::int32_t node = kRoot;
    for (char32_t c : word) {
      if (node == kRoot && c < kDirect) {
        if (root_.empty()) root_.assign(kDirect, kNone);
        if (root_[c] == kNone) root_[c] = node_count_++;
        node = root_[c];
        continue;
      }
      auto [it, inserted] = edges_.try_emplace(Key(node, c), node_count_);
      if (inserted) ++node_count_;
      node = it->second;
    }
    return node;
  }

  std::int32_t Child(std::int32_t node, char32_t c) const {
    // Most walks stop after the first character: that step is an array read.
    if (node == kRoot && c < kDirect) return root_.empty() ? kNone : root_[c];
    auto it = edges_.find(Key(node, c));
    return it == edges_.end() ? kNone : it->second;
  }

  // The node for `word`, or kNone.
  std::int32_t Find(std::u32string_view word) const {
    std::int32_t node = kRoot;
    for (char32_t c : word) {
      node = Child(node, c);
      if (node == kNone) break;
    }
    return node;
  }

  std::size_t size() const { return static_cast<std::size_t>(node_count_); }

 private:
  static std::uint64_t Key(std::int32_t node, char32_t c) {
    return (static_cast<std::uint64_t>(node) << 21) ^ static_cast<std::uint64_t>(c);
  }
  static constexpr char32_t kDirect = 0x10000;  // the root's children in the BMP: a plain table
  std::vector<std::int32_t> root_;
  std::unordered_map<std::uint64_t, std::int32_t> edges_;
  std::int32_t node_count_ = 1;
};

}  // namespace zhcorpus
