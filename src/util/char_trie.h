// Internal: CharTrie, a trie over code points stored as one hash table from (node, char)
// to child. Walking a word costs one integer hash per character and no string
// hashing or allocation, which is what the per-character scans of the
// segmenter's added words and of the region gazetteer need.
#pragma once

#include <cstdint>
#include <string_view>
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
      const std::int32_t child = Child(node, c);
      if (child != kNone) {
        node = child;
        continue;
      }
      if ((edge_count_ + 1) * 2 > slots_.size()) Grow();
      Place(Key(node, c), node_count_);
      ++edge_count_;
      node = node_count_++;
    }
    return node;
  }

  std::int32_t Child(std::int32_t node, char32_t c) const {
    // Most walks stop after the first character: that step is an array read.
    if (node == kRoot && c < kDirect) return root_.empty() ? kNone : root_[c];
    if (slots_.empty()) return kNone;
    const std::uint64_t key = Key(node, c);
    // Most steps past the root find no edge (a word's prefix that names
    // nothing): the small filter says so without touching the big table,
    // whose probe is a cache miss.
    if (!MayHave(key)) return kNone;
    for (std::size_t i = Slot(key);; i = (i + 1) & (slots_.size() - 1)) {
      const Edge& e = slots_[i];
      if (e.child == kNone) return kNone;
      if (e.key == key) return e.child;
    }
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
  // Edges live in an open-addressing table (linear probing, at most half
  // full): one multiply and usually one cache line per step.
  struct Edge {
    std::uint64_t key = 0;
    std::int32_t child = kNone;
  };
  static std::uint64_t Key(std::int32_t node, char32_t c) {
    return (static_cast<std::uint64_t>(node) << 21) | static_cast<std::uint64_t>(c);
  }
  std::size_t Slot(std::uint64_t key) const {
    return static_cast<std::size_t>((key * 0x9E3779B97F4A7C15ULL) >> 32) & (slots_.size() - 1);
  }
  // One bit per (node, char) hash, 4 bits per slot (8+ per edge): about one
  // absent edge in ten gets past it, and it is 1/32 the size of the slots.
  std::size_t FilterBit(std::uint64_t key) const {
    return static_cast<std::size_t>((key * 0xC2B2AE3D27D4EB4FULL) >> 20) & (filter_.size() * 64 - 1);
  }
  bool MayHave(std::uint64_t key) const {
    const std::size_t bit = FilterBit(key);
    return (filter_[bit >> 6] >> (bit & 63)) & 1;
  }
  void Place(std::uint64_t key, std::int32_t child) {
    const std::size_t bit = FilterBit(key);
    filter_[bit >> 6] |= std::uint64_t{1} << (bit & 63);
    std::size_t i = Slot(key);
    while (slots_[i].child != kNone) i = (i + 1) & (slots_.size() - 1);
    slots_[i] = Edge{key, child};
  }
  void Grow() {
    std::vector<Edge> old = std::move(slots_);
    slots_.assign(old.empty() ? 1024 : old.size() * 2, Edge{});
    filter_.assign(slots_.size() * 4 / 64, 0);
    for (const Edge& e : old) {
      if (e.child != kNone) Place(e.key, e.child);
    }
  }

  static constexpr char32_t kDirect = 0x10000;  // the root's children in the BMP: a plain table
  std::vector<std::int32_t> root_;
  std::vector<Edge> slots_;
  std::vector<std::uint64_t> filter_;  // see MayHave
  std::size_t edge_count_ = 0;
  std::int32_t node_count_ = 1;
};

}  // namespace zhcorpus
