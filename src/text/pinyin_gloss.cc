#include "text/pinyin_gloss.h"

#include <algorithm>

#include "zhcorpus/entity.h"
#include "zhcorpus/segmenter.h"
#include "zhcorpus/utf8.h"

namespace zhcorpus {
namespace {

constexpr std::uint32_t kMaxGlossLetters = 14;

bool IsOpen(char32_t c) { return c == U'（' || c == U'('; }
bool IsClose(char32_t c) { return c == U'）' || c == U')'; }

// The vowels with tone marks, and ü with or without one.
bool IsMarkedVowel(char32_t c) {
  static constexpr std::u32string_view kMarked = U"āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ";
  return kMarked.find(c) != std::u32string_view::npos;
}

bool IsPinyinLetter(char32_t c) { return (c >= U'a' && c <= U'z') || IsMarkedVowel(c); }

struct Candidate {
  GlossSpan span;
  bool marked = false;
  bool syllable = false;  // one toneless syllable (gong, si)
};

// Whether `w` is one syllable of pinyin written without tone: an initial, then a final.
bool IsToneless(std::u32string_view w) {
  static constexpr std::u32string_view kInitials[] = {U"zh", U"ch", U"sh", U"b", U"p", U"m", U"f", U"d", U"t", U"n",
                                                      U"l",  U"g",  U"k",  U"h", U"j", U"q", U"x", U"r", U"z", U"c",
                                                      U"s",  U"y",  U"w"};
  static constexpr std::u32string_view kFinals[] = {
      U"a",   U"o",   U"e",   U"ai",  U"ei",  U"ao",   U"ou",   U"an",  U"en",  U"ang", U"eng", U"ong",
      U"er",  U"i",   U"ia",  U"ie",  U"iao", U"iu",   U"ian",  U"in",  U"iang", U"ing", U"iong", U"u",
      U"ua",  U"uo",  U"uai", U"ui",  U"uan", U"un",   U"uang", U"ue",  U"v",   U"ve"};
  auto is_final = [](std::u32string_view f) {
    for (std::u32string_view k : kFinals) {
      if (f == k) return true;
    }
    return false;
  };
  if (is_final(w)) return true;
  for (std::u32string_view i : kInitials) {
    if (w.size() > i.size() && w.starts_with(i) && is_final(w.substr(i.size()))) return true;
  }
  return false;
}

// Toneless syllables that make a page glossed even with no tone mark anywhere
// (公(gong)司(si) after every character): more than a stray (app) or (de).
constexpr std::size_t kMinTonelessGlosses = 4;

// The gloss whose bracket opens at `open`, if one does.
std::optional<Candidate> GlossAt(std::u32string_view text, std::size_t open) {
  if (open == 0 || !IsHan(text[open - 1])) return std::nullopt;
  Candidate c;
  std::size_t p = open + 1;
  while (p < text.size() && p - open <= kMaxGlossLetters && IsPinyinLetter(text[p])) {
    c.marked = c.marked || IsMarkedVowel(text[p]);
    ++p;
  }
  if (p == open + 1 || p >= text.size() || !IsClose(text[p])) return std::nullopt;
  c.span = GlossSpan{static_cast<std::uint32_t>(open), static_cast<std::uint32_t>(p + 1)};
  c.syllable = !c.marked && IsToneless(text.substr(open + 1, p - open - 1));
  return c;
}

}  // namespace

std::vector<GlossSpan> FindPinyinGlosses(std::u32string_view text) {
  std::vector<Candidate> found;
  bool any_marked = false;
  std::size_t syllables = 0;
  for (std::size_t p = 0; p < text.size(); ++p) {
    if (!IsOpen(text[p])) continue;
    if (std::optional<Candidate> c = GlossAt(text, p)) {
      any_marked = any_marked || c->marked;
      syllables += c->syllable ? 1 : 0;
      found.push_back(*c);
      p = c->span.end - 1;
    }
  }
  std::vector<GlossSpan> out;
  // A page glossed without tone marks counts its toneless syllables only (an English
  // word in brackets, (app), stays text).
  const bool toneless_page = !any_marked && syllables >= kMinTonelessGlosses;
  if (!any_marked && !toneless_page) return out;
  for (const Candidate& c : found) {
    if (any_marked || c.syllable) out.push_back(c.span);
  }
  return out;
}

std::optional<GlossFreeView> GlossFreeView::Of(std::u32string_view text) {
  std::vector<GlossSpan> glosses = FindPinyinGlosses(text);
  if (glosses.empty()) return std::nullopt;
  std::u32string clean;
  std::vector<std::uint32_t> origin;
  clean.reserve(text.size());
  origin.reserve(text.size());
  std::uint32_t p = 0;
  for (const GlossSpan& g : glosses) {
    for (; p < g.start; ++p) {
      clean.push_back(text[p]);
      origin.push_back(p);
    }
    p = g.end;
  }
  for (; p < text.size(); ++p) {
    clean.push_back(text[p]);
    origin.push_back(p);
  }
  return GlossFreeView(std::move(clean), std::move(origin), std::move(glosses));
}

void GlossFreeView::MapBack(std::vector<Token>* tokens, std::vector<Entity>* entities) const {
  for (Entity& e : *entities) {
    const std::uint32_t start = OriginStart(e.start);
    e.end = OriginEnd(e.end);
    e.start = start;
  }
  std::vector<Token> merged;
  merged.reserve(tokens->size() + glosses_.size());
  std::size_t g = 0;
  for (Token t : *tokens) {
    t.end = OriginEnd(t.end);
    t.start = OriginStart(t.start);
    for (; g < glosses_.size() && glosses_[g].start < t.start; ++g) {
      merged.push_back(Token{glosses_[g].start, glosses_[g].end, "x"});
    }
    merged.push_back(t);
    // A gloss inside a word (经（jīng）济) is part of that word's token.
    while (g < glosses_.size() && glosses_[g].start < t.end) ++g;
  }
  for (; g < glosses_.size(); ++g) merged.push_back(Token{glosses_[g].start, glosses_[g].end, "x"});
  *tokens = std::move(merged);
}

}  // namespace zhcorpus
