#include "text/injected_spam.h"

#include <algorithm>
#include <bitset>
#include <string>
#include <utility>
#include <vector>

#include "util/word_lists.h"

namespace zhcorpus {
namespace {

// How far a clause is searched on each side of the mention: spam strings are short.
constexpr std::size_t kReach = 24;
constexpr std::size_t kBmpSize = 0x10000;

const std::vector<std::u32string>& Cues() {
  static const std::vector<std::u32string> kCues = WordLists::Compiled("web_page_words").GetU32("spam_cue");
  return kCues;
}

// The first characters of the cues: a clause's characters are tested against this
// bitmap, and only a hit is compared with the cues.
const std::bitset<kBmpSize>& CueStarts() {
  static const std::bitset<kBmpSize> kStarts = [] {
    std::bitset<kBmpSize> bits;
    for (const std::u32string& cue : Cues()) {
      if (!cue.empty() && cue.front() < kBmpSize) bits.set(cue.front());
    }
    return bits;
  }();
  return kStarts;
}

bool EndsClause(char32_t c) {
  switch (c) {
    case U'。': case U'，': case U'、': case U'；': case U'：': case U'！': case U'？':
    case U',': case U';': case U':': case U'!': case U'?': case U'\n':
      return true;
    default:
      return false;
  }
}

// The cues by their first character, for a lookup per character that may open one.
const std::vector<std::pair<char32_t, std::size_t>>& CuesByFirst() {
  static const std::vector<std::pair<char32_t, std::size_t>> kIndex = [] {
    std::vector<std::pair<char32_t, std::size_t>> index;
    for (std::size_t k = 0; k < Cues().size(); ++k) index.emplace_back(Cues()[k].front(), k);
    std::sort(index.begin(), index.end());
    return index;
  }();
  return kIndex;
}

// How many different cues `clause` holds, up to two.
std::size_t CountCues(std::u32string_view clause) {
  const auto& starts = CueStarts();
  const auto& cues = Cues();
  const auto& by_first = CuesByFirst();
  std::size_t first = cues.size();
  for (std::size_t i = 0; i < clause.size(); ++i) {
    if (clause[i] >= kBmpSize || !starts.test(clause[i])) continue;
    const auto from = std::lower_bound(by_first.begin(), by_first.end(), std::make_pair(clause[i], std::size_t{0}));
    for (auto it = from; it != by_first.end() && it->first == clause[i]; ++it) {
      const std::size_t k = it->second;
      if (clause.substr(i, cues[k].size()) != cues[k]) continue;
      if (first == cues.size()) {
        first = k;
      } else if (k != first) {
        return 2;
      }
    }
  }
  return first == cues.size() ? 0 : 1;
}

// A bracket of spam set off from the sentence by a space (。 【某某娱乐 官方网站】 某市科委…) ends
// at that space: the sentence on the other side is the page's own.
bool SpamBracketEdge(std::u32string_view text, std::size_t space, char32_t bracket, bool left) {
  if (text[space] != U' ' && text[space] != U'\u3000') return false;
  if (left) return space > 0 && text[space - 1] == bracket;
  return space + 1 < text.size() && text[space + 1] == bracket;
}

}  // namespace

bool InjectedSpam::Covers(std::size_t start, std::size_t end) const {
  std::size_t from = start;
  while (from > 0 && start - from < kReach && !EndsClause(text_[from - 1]) &&
         !SpamBracketEdge(text_, from - 1, U'】', true)) {
    --from;
  }
  std::size_t to = end;
  while (to < text_.size() && to - end < kReach && !EndsClause(text_[to]) && !SpamBracketEdge(text_, to, U'【', false)) {
    ++to;
  }
  const std::u32string_view clause = text_.substr(from, to - from);
  const std::size_t cues = CountCues(clause);
  if (cues != 1) return cues >= 2;
  static const std::vector<std::u32string> kSites = WordLists::Compiled("web_page_words").GetU32("spam_site");
  return std::any_of(kSites.begin(), kSites.end(),
                     [&](const std::u32string& site) { return clause.find(site) != std::u32string_view::npos; });
}

}  // namespace zhcorpus
