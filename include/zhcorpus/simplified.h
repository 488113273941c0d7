// A simplified-character view of traditional text that keeps offsets: each
// code point maps to exactly one code point, so an entity found in the view
// has the same start/end in the original. The table is OpenCC's t2s applied
// per character (data/t2s_chars.tsv, rebuilt by tools/make_t2s_table.sh).
//
// Loaded once, then const and safe to share across threads.
#pragma once

#include <filesystem>
#include <string>
#include <unordered_map>
#include <vector>

#include "zhcorpus/status.h"

namespace zhcorpus {

class SimplifiedView {
 public:
  // Loads `data_dir`/t2s_chars.tsv.
  static Result<SimplifiedView> Load(const std::filesystem::path& data_dir);
  // Parses the table text itself ("trad\tsimp" lines, '#' comments).
  static Result<SimplifiedView> FromTable(std::string_view table, const std::string& name);

  char32_t Map(char32_t c) const {
    if (c < 0x3400) return c;
    if (c < 0x10000 && !bmp_.empty()) {  // a flat table: Map runs once per character of every text
      const char16_t m = bmp_[c];
      if (m != kAstral) return m ? m : c;
    }
    auto it = map_.find(c);
    return it == map_.end() ? c : it->second;
  }
  // Same length as `text`.
  std::u32string Convert(std::u32string_view text) const;
  // True when any character of `text` maps to another.
  bool HasTraditional(std::u32string_view text) const;
  // Number of pairs in the table.
  std::size_t size() const { return size_; }

 private:
  std::unordered_map<char32_t, char32_t> map_;  // the pairs with an astral character (looked up here)
  static constexpr char16_t kAstral = 0xFFFF;     // in bmp_: the target is beyond the BMP, see map_
  std::vector<char16_t> bmp_;                    // simplified form of each BMP character, 0 = unchanged
  std::size_t size_ = 0;
};

}  // namespace zhcorpus
