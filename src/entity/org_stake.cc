// A firm named right before the stake someone holds, buys or sells in it (持有 + 某药生物医药 +
// 100% + 的股权, 收购 + 某新医药 + 95% + 股权): the percentage and 股权/股份 say the words before
// them are a company, even where they hold no proper word, provided they end in a line of
// business (医药, 科技) or hold a proper word or a place. Once named so, it is the company
// wherever the article writes it again (it lends itself).
#include "entity/org_heads.h"
#include "entity/org_walk.h"
#include "zhcorpus/utf8.h"

namespace zhcorpus::org {
namespace {

constexpr std::size_t kMaxNameTokens = 3;
constexpr std::uint32_t kMaxNameLength = 10;

bool IsStakeNamePos(std::string_view pos) {
  return pos == "n" || pos == "nz" || pos == "x" || pos == "j" || pos.starts_with("nr") || pos == "ns" || pos == "ng";
}

bool IsProperStakePos(std::string_view pos) { return pos == "nz" || pos == "x" || pos == "j" || pos.starts_with("nr"); }

}  // namespace

void Walker::FindStakes() {
  const auto& toks = doc_.tokens;
  auto text = [&](std::size_t t) { return text_.substr(toks[t].start, toks[t].end - toks[t].start); };
  for (const std::uint32_t at : Cues()) {
    if (text_[at] != U'股') continue;
    const std::size_t s = TokenAt(at);
    if (toks[s].start != at || (text(s) != U"股权" && text(s) != U"股份")) continue;
    std::size_t p = s;
    if (p > 0 && (text(p - 1) == U"的" || text(p - 1) == U"之")) --p;
    if (p < 2) continue;
    const std::size_t pct = p - 1;
    const char32_t sign = text_[toks[pct].end - 1];
    if (toks[pct].pos != "m" || (sign != U'%' && sign != U'％') || toks[pct - 1].end != toks[pct].start) continue;
    std::size_t first = pct;
    bool proper = false;
    while (first > 0 && pct - first < kMaxNameTokens) {
      const std::size_t t = first - 1;
      const std::u32string_view w = text(t);
      if (!IsHan(w.front()) || !IsStakeNamePos(toks[t].pos) || IsGenericNoun(w) || IsTitle(w)) break;
      proper = proper || IsProperStakePos(toks[t].pos) || IsPlace(t);
      first = t;
    }
    if (first == pct || first == 0) continue;
    // The clause before the name: a verb (持有, 收购), 的 or a separator; a noun there leaves its start unknown.
    const std::u32string_view before = text(first - 1);
    const bool opens = toks[first - 1].pos.starts_with("v") || before == U"的" || before == U"之" || before == U"、" ||
                       before == U"和" || before == U"及" || !IsHan(before.front());
    const Head* head = FindHead(text(pct - 1));
    const bool business = head && head->kind == "company" && pct - 1 > first;
    if (!opens || !(proper || business) || (first + 1 == pct && IsPlace(first))) continue;
    const std::uint32_t start = toks[first].start, end = toks[pct - 1].end;
    if (end - start < 2 || end - start > kMaxNameLength || CandidateEndingAt(end) >= 0) continue;
    AddBrandCompany(start, end, true);
  }
}

}  // namespace zhcorpus::org
