// Overlap resolution and opaque quoted names: pure functions of the tagger,
// kept apart from tagger.cc so they can be tested without loading data.
#include <algorithm>

#include "zhcorpus/tagger.h"

namespace zhcorpus {

std::vector<Entity> ResolveOverlaps(std::vector<Entity> candidates, std::size_t text_length) {
  std::stable_sort(candidates.begin(), candidates.end(), [](const Entity& a, const Entity& b) {
    const auto la = a.end - a.start, lb = b.end - b.start;
    if (la != lb) return la > lb;
    if (a.priority != b.priority) return a.priority > b.priority;
    return a.start < b.start;
  });
  std::vector<bool> taken(text_length, false);
  std::vector<Entity> kept;
  for (Entity& e : candidates) {
    if (e.start >= e.end || e.end > text_length) continue;  // a recogniser bug must not crash tag
    if (std::any_of(taken.begin() + e.start, taken.begin() + e.end, [](bool t) { return t; })) continue;
    std::fill(taken.begin() + e.start, taken.begin() + e.end, true);
    kept.push_back(std::move(e));
  }
  std::sort(kept.begin(), kept.end(), [](const Entity& a, const Entity& b) { return a.start < b.start; });
  return kept;
}

namespace {

// Punctuation that marks a clause: a quotation holding it is speech, not a name.
bool IsClausePunctuation(char32_t c) {
  switch (c) {
    case U'，': case U'。': case U'！': case U'？': case U'；': case U'：':
    case U',': case U'!': case U'?': case U';': case U'\n':
      return true;
    default:
      return false;
  }
}

constexpr std::size_t kMaxNameLength = 20;

}  // namespace

std::vector<std::pair<std::uint32_t, std::uint32_t>> FindOpaqueQuotedNames(std::u32string_view text) {
  std::vector<std::pair<std::uint32_t, std::uint32_t>> spans;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char32_t open = text[i];
    if (open != U'“' && open != U'「') continue;
    const char32_t close = open == U'“' ? U'”' : U'」';
    std::size_t j = i + 1;
    while (j < text.size() && j - i <= kMaxNameLength + 1 && text[j] != close && text[j] != open &&
           !IsClausePunctuation(text[j])) {
      ++j;
    }
    if (j < text.size() && text[j] == close && j > i + 1) {
      spans.emplace_back(static_cast<std::uint32_t>(i + 1), static_cast<std::uint32_t>(j));
      i = j;
    }
  }
  return spans;
}

}  // namespace zhcorpus
