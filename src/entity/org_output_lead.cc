// A firm named right before its plant's yearly output (既有甲某 + 年产300万只…、乙某部件 +
// 年产40万套…等项目): signing and investment news lists projects by their company, the
// name glued to 年产 and a figure with no head in between. The name is one to four words
// back to the clause (a conjunction, punctuation, a function word), holding a proper or
// coined word; a clause verb before it stays out (签约 + 某某 + 年产), and so do
// demonstratives, generic nouns and places alone (该企业年产, 项目年产, 全市年产).
#include <algorithm>

#include "entity/org_heads.h"
#include "entity/org_walk.h"
#include "zhcorpus/utf8.h"

namespace zhcorpus::org {
namespace {

constexpr std::size_t kMaxNameTokens = 4;
constexpr std::uint32_t kMaxNameLength = 10;

// A proper or coined word of a trade name (not an abbreviation such as 环保, nor a person's name).
bool IsTradeWordPos(std::string_view pos) {
  return pos == "x" || pos == "nz" || pos == "nt" || pos == "nrt" || pos == "eng";
}

// Words a trade name may be made of: nouns, names and the verbs and adjectives of coined names.
bool IsNameWordPos(std::string_view pos) {
  return IsTradeWordPos(pos) || pos == "n" || pos == "ng" || pos == "ns" || pos == "v" || pos == "vn" ||
         pos == "a" || pos == "an" || pos == "b";
}

bool OpensFigure(std::u32string_view w) {
  if (w.empty()) return false;
  const char32_t c = w.front();
  return (c >= U'0' && c <= U'9') || (c >= U'０' && c <= U'９') || InClass(WordClass::kCountChar, c);
}

}  // namespace

void Walker::FindOutputLeads() {
  const auto& toks = doc_.tokens;
  auto word = [&](std::size_t t) { return text_.substr(toks[t].start, toks[t].end - toks[t].start); };
  for (const std::uint32_t p : Cues()) {
    if (text_[p] != U'产' || p == 0 || text_[p - 1] != U'年') continue;
    const std::size_t k = TokenAt(p - 1);
    if (k == 0 || k + 1 >= toks.size() || toks[k].start != p - 1 || toks[k].end != p + 1) continue;
    if (toks[k + 1].pos != "m" || !OpensFigure(word(k + 1))) continue;
    if (CandidateEndingAt(toks[k].start) >= 0) continue;  // 某某科技 + 年产: found already
    std::size_t first = k;
    while (first > 0 && k - first < kMaxNameTokens && toks[first - 1].end == toks[first].start &&
           IsNameWordPos(toks[first - 1].pos) && IsHan(text_[toks[first - 1].start])) {
      // A verb right before a proper word is the clause's (包括 + 某森部件, 引进 + 某某).
      if ((toks[first - 1].pos == "v" || toks[first - 1].pos == "vn") && IsTradeWordPos(toks[first].pos)) break;
      --first;
    }
    if (first == k) continue;
    // Still a word of a name before the limit: where the name begins is unclear.
    if (k - first == kMaxNameTokens && first > 0 && IsNameWordPos(toks[first - 1].pos) &&
        toks[first - 1].end == toks[first].start) {
      continue;
    }
    // A clause verb before the name (签约 + 某某, 新建 + 某某) is not part of it.
    while (first + 1 < k && (toks[first].pos == "v" || toks[first].pos == "vn")) ++first;
    std::uint32_t start = toks[first].start;
    // 有 glued by the HMM after an adverb (更 + 有某赛 + 包装): the verb of the clause.
    if (toks[first].pos == "x" && word(first).size() >= 3 && word(first).front() == U'有' && first > 0 &&
        toks[first - 1].pos == "d") {
      ++start;
    }
    const std::uint32_t end = toks[k].start;
    if (end - start < 2 || end - start > kMaxNameLength) continue;
    bool trade = false, all_place = true;
    for (std::size_t t = first; t < k; ++t) {
      const std::u32string_view w = word(t);
      if (IsGenericNoun(w) || IsTitle(w)) {
        trade = false;
        break;
      }
      trade = trade || IsTradeWordPos(toks[t].pos);
      all_place = all_place && IsPlace(t);
    }
    if (!trade || all_place) continue;
    if (CandidateEndsIn(start, end)) continue;
    AddBrandCompany(start, end);
  }
}

}  // namespace zhcorpus::org
