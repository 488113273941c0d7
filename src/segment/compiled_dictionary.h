// Internal: the mapped dict.bin (see dictionary_format.h) plus the words added
// after loading (user dictionaries, gazetteer names).
#pragma once

#include <cstdint>
#include <deque>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "segment/dictionary_format.h"
#include "util/char_trie.h"
#include "util/mapped_file.h"
#include "zhcorpus/status.h"

namespace zhcorpus::segment {

class CompiledDictionary {
 public:
  // A word's part-of-speech tag as a number (TagName spells it): the lattice
  // keeps one per position, and a number is cheaper to carry than a string.
  using TagId = std::uint32_t;
  static constexpr TagId kUnknownTag = 0xFFFFFFFF;  // reads as "x"

  static Result<CompiledDictionary> Load(const std::filesystem::path& path);

  std::uint32_t Code(char32_t c) const {
    if (c < 0x10000) return bmp_codes_[c];
    auto it = astral_codes_.find(c);
    return it == astral_codes_.end() ? 0 : it->second;
  }

  // Calls on_word(length, log_prob, tag id) for every word starting at text[0]
  // (codes[i] = Code(text[i])), dictionary and added words alike.
  template <typename F>
  void ForEachWord(std::u32string_view text, const std::uint32_t* codes, F&& on_word) const {
    std::int32_t s = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
      if (codes[i] == 0) break;  // a character no word contains
      const std::int32_t t = nodes_[s].base + static_cast<std::int32_t>(codes[i]);
      // One unsigned compare bounds t below and above (a damaged file).
      if (static_cast<std::uint32_t>(t) >= static_cast<std::uint32_t>(node_count_) || nodes_[t].check != s) break;
      s = t;
      const TrieNode& node = nodes_[t];
      if (node.word_tag != kNoWord) on_word(i + 1, node.log_prob, TagId{node.word_tag});
    }
    if (!added_words_.empty()) ForEachAddedWord(text, on_word);
  }

  // For the lattice over a run of n characters (codes[n] == 0): first[i] is
  // the trie node of text[i] alone, second[i] that of text[i..i+2), -1 when
  // no word starts so. Done for the whole run before any word is scored: the
  // first characters' nodes lie together (codes by frequency) and stay in
  // cache, but the nodes past them are spread over megabytes, and a lattice
  // that walks one position at a time stalls on memory at each. Here the
  // second and third characters' nodes are asked for side by side, ahead of
  // use (prefetches change nothing but timing).
  void StartNodes(const std::uint32_t* codes, std::size_t n, std::int32_t* first, std::int32_t* second) const {
    for (std::size_t i = 0; i < n; ++i) {
      first[i] = Child(0, codes[i]);
      if (first[i] >= 0) PrefetchChild(first[i], codes[i + 1]);
    }
    for (std::size_t i = 0; i < n; ++i) {
      second[i] = first[i] < 0 ? -1 : Child(first[i], codes[i + 1]);
      if (second[i] >= 0) PrefetchChild(second[i], codes[i + 2]);  // codes[i + 1] != 0, so i + 2 <= n
    }
  }

  // ForEachWord at text[0] of such a run, from its StartNodes (same words,
  // same order).
  template <typename F>
  void ForEachWordAt(std::u32string_view text, const std::uint32_t* codes, std::int32_t first, std::int32_t second,
                     F&& on_word) const {
    if (first >= 0) {
      if (nodes_[first].word_tag != kNoWord) on_word(1, nodes_[first].log_prob, TagId{nodes_[first].word_tag});
      std::int32_t s = second;
      for (std::size_t i = 2; s >= 0; ++i) {
        const TrieNode& node = nodes_[s];
        if (node.word_tag != kNoWord) on_word(i, node.log_prob, TagId{node.word_tag});
        if (i == text.size()) break;
        s = Child(s, codes[i]);
      }
    }
    if (!added_words_.empty()) ForEachAddedWord(text, on_word);
  }

  // Log-probability of `word` as one dictionary word, or nothing.
  bool Contains(std::u32string_view word) const;
  // The part-of-speech tag of `word` as one dictionary word, or nothing.
  std::optional<std::string_view> Tag(std::u32string_view word) const;
  float MinLogProb() const { return min_log_prob_; }
  double LogTotal() const { return header_->log_total; }
  const DictHeader& header() const { return *header_; }
  // Emission log-probs for the four HMM states, or nullptr for unseen characters.
  const float* Emit(char32_t c) const;

  void AddWord(std::u32string_view word, double freq, std::string_view tag);

  // The file's tags first, then those of added words from kAddedTagBase on;
  // ids past either table (a damaged file) read as unknown, not out of bounds.
  std::string_view TagName(TagId tag) const {
    if (tag < tag_names_.size()) return tag_names_[tag];
    if (tag >= kAddedTagBase && tag - kAddedTagBase < added_tags_.size()) return added_tags_[tag - kAddedTagBase];
    return "x";
  }

 private:
  // The node below `s` for `code`, or -1: no word goes on that way (code 0:
  // a character no word contains).
  std::int32_t Child(std::int32_t s, std::uint32_t code) const {
    const std::int32_t t = nodes_[s].base + static_cast<std::int32_t>(code);
    // One unsigned compare bounds t below and above (a damaged file).
    if (code == 0 || static_cast<std::uint32_t>(t) >= static_cast<std::uint32_t>(node_count_) || nodes_[t].check != s) return -1;
    return t;
  }
  // Starts loading `s`'s child for `code` (any node in bounds: it is only a
  // hint). Always inlined: GCC takes a function whose only effect is a
  // prefetch for a pure one and drops its calls.
  [[gnu::always_inline]] void PrefetchChild(std::int32_t s, std::uint32_t code) const {
    const std::int32_t t = nodes_[s].base + static_cast<std::int32_t>(code);
    if (static_cast<std::uint32_t>(t) < static_cast<std::uint32_t>(node_count_)) __builtin_prefetch(nodes_ + t);
  }
  template <typename F>
  void ForEachAddedWord(std::u32string_view text, F&& on_word) const {
    std::int32_t node = CharTrie::kRoot;
    for (std::size_t len = 1; len <= text.size() && len <= added_max_len_; ++len) {
      node = added_trie_.Child(node, text[len - 1]);
      if (node == CharTrie::kNone) return;
      const std::int32_t word = added_at_node_[static_cast<std::size_t>(node)];
      if (word >= 0) {
        const AddedWord& w = added_words_[static_cast<std::size_t>(word)];
        on_word(len, w.log_prob, w.tag);
      }
    }
  }


  struct AddedWord {
    float log_prob;
    TagId tag;
  };
  // Above every tag id a file can hold (16 bits).
  static constexpr TagId kAddedTagBase = 0x10000;

  MappedFile file_;
  const DictHeader* header_ = nullptr;
  const char* tags_ = nullptr;
  std::vector<std::string_view> tag_names_;  // into tags_, measured once at load
  const TrieNode* nodes_ = nullptr;
  std::int32_t node_count_ = 0;
  const EmitEntry* emit_ = nullptr;
  std::vector<std::uint16_t> bmp_codes_;
  std::unordered_map<char32_t, std::uint32_t> astral_codes_;
  std::vector<std::int32_t> bmp_emit_;
  float min_log_prob_ = 0;
  // Words added after loading: a trie, and per trie node the word ending there (or -1).
  CharTrie added_trie_;
  std::vector<std::int32_t> added_at_node_;
  std::vector<AddedWord> added_words_;
  std::size_t added_max_len_ = 0;
  std::deque<std::string> added_tags_;
};

}  // namespace zhcorpus::segment
