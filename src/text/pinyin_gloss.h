// Pinyin glosses in running text: 经（jīng）济. Some pages print a reading after
// many characters (a reading aid, or what a converter left behind), which cuts
// every word a gloss falls in and hides the names around it. tag reads such a
// text through a view without the glosses and maps what it finds back onto the
// text as written: a gloss inside a mention stays inside it, one after the
// mention's last character stays out (ENTITIES.md, noisy text).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace zhcorpus {

struct Token;
struct Entity;

// [start, end) of one gloss in the text as written, brackets included.
struct GlossSpan {
  std::uint32_t start = 0;
  std::uint32_t end = 0;
};

// The glosses of `text` in order. A gloss is a bracket, full-width or ASCII,
// right after a Han character, holding one to fourteen lower-case pinyin
// letters. Readings carry tone marks; a toneless one (de, men) counts only on a
// page that also has marked ones, so `（app）` in ordinary text is left alone,
// or on a page glossed with four or more toneless syllables and no marks at all
// (公(gong)司(si)), where each one syllable long counts.
std::vector<GlossSpan> FindPinyinGlosses(std::u32string_view text);

class GlossFreeView {
 public:
  // The view of `text` without its glosses; nullopt when it has none.
  static std::optional<GlossFreeView> Of(std::u32string_view text);

  const std::u32string& text() const { return text_; }

  // Moves spans found in the view onto the text as written, and gives each
  // gloss a token of its own (pos "x") so the tokens still cover the text.
  void MapBack(std::vector<Token>* tokens, std::vector<Entity>* entities) const;

 private:
  GlossFreeView(std::u32string text, std::vector<std::uint32_t> origin, std::vector<GlossSpan> glosses)
      : text_(std::move(text)), origin_(std::move(origin)), glosses_(std::move(glosses)) {}

  // Where the view's characters [start, end) are in the text as written.
  std::uint32_t OriginStart(std::uint32_t start) const { return origin_[start]; }
  std::uint32_t OriginEnd(std::uint32_t end) const { return origin_[end - 1] + 1; }

  std::u32string text_;
  std::vector<std::uint32_t> origin_;  // view position -> position as written
  std::vector<GlossSpan> glosses_;
};

}  // namespace zhcorpus
