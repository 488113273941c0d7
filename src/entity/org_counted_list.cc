// Names listed and then counted as companies: 甲电、乙充、丙宝、丁能4家头部企业
// names four companies, as 青禾、明远和星河三家公司 names three. The count of
// firms (N家) before a company noun (企业, 公司, 厂商 …) says the items are
// names, whatever words they are made of; places (北京、上海两家企业) and
// categories (钢铁、汽车等5家企业, where no item is a proper word) are not.
#include <algorithm>

#include "entity/org_walk.h"
#include "zhcorpus/utf8.h"

namespace zhcorpus::org {
namespace {

constexpr std::size_t kMaxItems = 8;
constexpr std::size_t kMaxModifiers = 2;  // 头部, 手机 between the count and the noun
constexpr std::uint32_t kMaxItemLength = 6;

// Nouns for firms that a count of 家 can close a list of names with.
bool IsFirmNoun(std::u32string_view w) {
  static constexpr std::u32string_view kNouns[] = {U"企业", U"公司", U"厂商", U"平台", U"机构", U"银行",
                                                  U"券商", U"车企", U"房企", U"药企", U"集团", U"品牌"};
  return std::find(std::begin(kNouns), std::end(kNouns), w) != std::end(kNouns);
}

// A count of firms: digits or Chinese numerals, then 家 (4家, 三家, 两家).
bool IsFirmCount(std::u32string_view w) {
  if (w.size() < 2 || w.back() != U'家') return false;
  return std::all_of(w.begin(), w.end() - 1, [](char32_t c) {
    return (c >= U'0' && c <= U'9') || (c >= U'０' && c <= U'９') ||
           std::u32string_view(U"一二两三四五六七八九十").find(c) != std::u32string_view::npos;
  });
}

bool IsSeparator(std::u32string_view w) { return w == U"、" || w == U"和" || w == U"及" || w == U"与"; }

bool IsNamePos(std::string_view pos) {
  return pos == "x" || pos == "nz" || pos == "nr" || pos == "nrt" || pos == "nrfg" || pos == "eng" || pos == "j" ||
         pos == "nt";
}

// Words an item may be: nouns, names, and the verbs and adjectives brands are
// made of (来电); never numbers, pronouns, places or function words.
bool IsItemPos(std::string_view pos) {
  return IsNamePos(pos) || pos == "n" || pos == "ng" || pos == "v" || pos == "vn" || pos == "a" || pos == "an";
}

}  // namespace

void Walker::FindCountedLists() {
  const auto& toks = doc_.tokens;
  auto text = [&](std::size_t t) { return text_.substr(toks[t].start, toks[t].end - toks[t].start); };
  // Counts end in 家: look only where the text has one (k always moves on).
  for (std::size_t at = text_.find(U'家'); at != std::u32string_view::npos; at = text_.find(U'家', at + 1)) {
    const std::size_t k = TokenAt(static_cast<std::uint32_t>(at));
    if (k < 2 || k >= toks.size() || toks[k].end != at + 1 || !IsFirmCount(text(k))) continue;
    // After the count, up to two modifiers, then the firm noun.
    std::size_t h = k + 1;
    while (h < toks.size() && h <= k + kMaxModifiers && !IsFirmNoun(text(h)) && toks[h].pos == "n") ++h;
    if (h >= toks.size() || !IsFirmNoun(text(h))) continue;
    // Items right to left: one token each, joined by separators; 等 may close the list.
    std::size_t t = k;
    if (text(t - 1) == U"等") --t;
    std::vector<std::size_t> items;
    bool named = false, ok = true;
    while (t > 0 && items.size() < kMaxItems) {
      const std::size_t it = t - 1;
      const Token& tok = toks[it];
      if (!IsItemPos(tok.pos) || IsPlace(it) || tok.end - tok.start < 2 || tok.end - tok.start > kMaxItemLength) {
        ok = items.size() >= 2 && !IsPlace(it);  // the list began after a word of the clause
        break;
      }
      items.push_back(it);
      named = named || IsNamePos(tok.pos) || cand_end_[tok.end] >= 0;
      if (it == 0 || !IsSeparator(text(it - 1))) break;
      t = it - 1;
    }
    if (!ok || items.size() < 2 || !named) continue;
    for (std::size_t it : items) {
      if (cand_end_[toks[it].end] >= 0) continue;  // found already (华为)
      Candidate c;
      c.start = toks[it].start;
      c.end = c.body_end = c.head_end = toks[it].end;
      c.kind = "company";
      Add(std::move(c));
    }
  }
}

}  // namespace zhcorpus::org
