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
  static Result<CompiledDictionary> Load(const std::filesystem::path& path);

  std::uint32_t Code(char32_t c) const {
    if (c < 0x10000) return bmp_codes_[c];
    auto it = astral_codes_.find(c);
    return it == astral_codes_.end() ? 0 : it->second;
  }

  // Calls on_word(length, log_prob, tag) for every word starting at text[0]
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
      if (node.word_tag != kNoWord) on_word(i + 1, node.log_prob, TagName(node.word_tag));
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

 private:
  // Tags past the table (a damaged file) read as unknown, not out of bounds.
  std::string_view TagName(std::uint16_t tag) const { return tag < tag_names_.size() ? tag_names_[tag] : "x"; }
  template <typename F>
  void ForEachAddedWord(std::u32string_view text, F&& on_word) const {
    std::int32_t node = CharTrie::kRoot;
    for (std::size_t len = 1; len <= text.size() && len <= added_max_len_; ++len) {
      node = added_trie_.Child(node, text[len - 1]);
      if (node == CharTrie::kNone) return;
      const std::int32_t word = added_at_node_[static_cast<std::size_t>(node)];
      if (word >= 0) {
        const AddedWord& w = added_words_[static_cast<std::size_t>(word)];
        on_word(len, w.log_prob, std::string_view(*w.tag));
      }
    }
  }


  struct AddedWord {
    float log_prob;
    const std::string* tag;
  };

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
