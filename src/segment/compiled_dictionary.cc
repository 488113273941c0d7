#include "segment/compiled_dictionary.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <iterator>

namespace zhcorpus::segment {
namespace {

// Checks that [offset, offset + bytes) lies inside the file.
bool Fits(std::size_t offset, std::size_t bytes, std::size_t size) { return offset <= size && bytes <= size - offset; }

}  // namespace

Result<CompiledDictionary> CompiledDictionary::Load(const std::filesystem::path& path) {
  Result<MappedFile> file = MappedFile::Open(path);
  if (!file.ok()) return file.status();
  CompiledDictionary d;
  d.file_ = std::move(file).value();
  const char* p = d.file_.data();
  const std::size_t size = d.file_.size();
  if (size < sizeof(DictHeader) || std::memcmp(p, kDictMagic, sizeof kDictMagic) != 0) {
    return Status::DataError(path.string() + ": not a zhcorpus dictionary (rebuild the project)");
  }
  d.header_ = reinterpret_cast<const DictHeader*>(p);
  const DictHeader& h = *d.header_;
  if (h.version != kDictVersion) {
    return Status::DataError(path.string() + ": dictionary version " + std::to_string(h.version) +
                             ", this build reads version " + std::to_string(kDictVersion) + " (rebuild the project)");
  }
  std::size_t off = sizeof(DictHeader);
  const std::size_t need[] = {h.tag_count * 8ul, h.char_count * 4ul, h.da_size * sizeof(TrieNode),
                              h.emit_count * sizeof(EmitEntry)};
  const char* sections[std::size(need)];
  for (std::size_t i = 0; i < std::size(need); ++i) {
    if (!Fits(off, need[i], size)) return Status::DataError(path.string() + ": truncated (rebuild the project)");
    sections[i] = p + off;
    off += need[i];
  }
  d.tags_ = sections[0];
  for (std::uint32_t t = 0; t < h.tag_count; ++t) {
    const char* name = d.tags_ + t * 8;
    d.tag_names_.emplace_back(name, strnlen(name, 8));
  }
  const auto* chars = reinterpret_cast<const std::uint32_t*>(sections[1]);
  d.nodes_ = reinterpret_cast<const TrieNode*>(sections[2]);
  d.node_count_ = static_cast<std::int32_t>(std::min<std::uint32_t>(h.da_size, INT32_MAX));
  if (d.node_count_ == 0) return Status::DataError(path.string() + ": empty word trie (rebuild the project)");
  d.emit_ = reinterpret_cast<const EmitEntry*>(sections[3]);

  d.bmp_codes_.assign(0x10000, 0);
  for (std::uint32_t i = 0; i < h.char_count; ++i) {
    if (chars[i] < 0x10000) d.bmp_codes_[chars[i]] = static_cast<std::uint16_t>(i + 1);
    else d.astral_codes_[chars[i]] = i + 1;
  }
  d.bmp_emit_.assign(0x10000, -1);
  for (std::uint32_t i = 0; i < h.emit_count; ++i) {
    if (d.emit_[i].cp < 0x10000) d.bmp_emit_[d.emit_[i].cp] = static_cast<std::int32_t>(i);
  }
  // An unseen single character counts as frequency 1, as in jieba.
  d.min_log_prob_ = static_cast<float>(-h.log_total);
  return d;
}

bool CompiledDictionary::Contains(std::u32string_view word) const {
  if (word.empty() || word.size() > 64) return false;
  std::uint32_t codes[64];
  for (std::size_t i = 0; i < word.size(); ++i) codes[i] = Code(word[i]);
  bool found = false;
  ForEachWord(word, codes, [&](std::size_t len, float, TagId) { found |= len == word.size(); });
  return found;
}

std::optional<std::string_view> CompiledDictionary::Tag(std::u32string_view word) const {
  if (word.empty() || word.size() > 64) return std::nullopt;
  std::uint32_t codes[64];
  for (std::size_t i = 0; i < word.size(); ++i) codes[i] = Code(word[i]);
  std::optional<std::string_view> tag;
  ForEachWord(word, codes, [&](std::size_t len, float, TagId t) {
    if (len == word.size()) tag = TagName(t);
  });
  return tag;
}

const float* CompiledDictionary::Emit(char32_t c) const {
  if (c < 0x10000) {
    const std::int32_t i = bmp_emit_[c];
    return i < 0 ? nullptr : emit_[i].log_prob;
  }
  const EmitEntry* end = emit_ + header_->emit_count;
  const EmitEntry* it = std::lower_bound(emit_, end, c, [](const EmitEntry& e, char32_t x) { return e.cp < x; });
  return it != end && it->cp == c ? it->log_prob : nullptr;
}

void CompiledDictionary::AddWord(std::u32string_view word, double freq, std::string_view tag) {
  if (word.empty()) return;
  // freq 0: just enough to beat the best split into dictionary words.
  const float log_prob = freq > 0 ? static_cast<float>(std::log(freq) - header_->log_total)
                                  : static_cast<float>(std::log(std::max(1.0, 1000.0)) - header_->log_total);
  auto t = std::find(added_tags_.begin(), added_tags_.end(), tag);
  if (t == added_tags_.end()) t = added_tags_.insert(added_tags_.end(), std::string(tag));
  const TagId tag_id = kAddedTagBase + static_cast<TagId>(t - added_tags_.begin());
  const std::int32_t node = added_trie_.Insert(word);
  added_at_node_.resize(added_trie_.size(), -1);
  std::int32_t& slot = added_at_node_[static_cast<std::size_t>(node)];
  if (slot < 0) {
    slot = static_cast<std::int32_t>(added_words_.size());
    added_words_.push_back(AddedWord{log_prob, tag_id});
  } else {
    added_words_[static_cast<std::size_t>(slot)] = AddedWord{log_prob, tag_id};  // the last definition wins
  }
  added_max_len_ = std::max(added_max_len_, word.size());
}

}  // namespace zhcorpus::segment
