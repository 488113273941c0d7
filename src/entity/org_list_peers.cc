// Companies listed beside one already found and closed by 等: in
// 甲制药、乙医疗、丙生物制药等项目 or 中某国际、某地某某新能源、某某集团等 the found
// company says the list is of firms, so each other item that reads like a
// brand (a proper or coined word, or a business word at its end) is a company.
// Items that are places or plain nouns (钢铁、汽车) stay out; without 等 the list
// may be anything and nothing is added.
#include <algorithm>

#include "entity/org_walk.h"
#include "zhcorpus/utf8.h"

namespace zhcorpus::org {
namespace {

constexpr std::size_t kMaxItems = 8;
constexpr std::size_t kMaxItemTokens = 5;
constexpr std::uint32_t kMaxItemLength = 10;

// A proper word of a brand (not a person's name: 张三、某某集团等 lists no company 张三).
bool IsBrandWordPos(std::string_view pos) {
  return pos == "x" || pos == "nz" || pos == "nt" || pos == "j" || pos == "eng" || pos == "nrt";
}

// Words an item may be made of: nouns, names, places and the verbs, adverbs and
// adjectives of coined trade names; never numbers, pronouns or function words.
bool IsItemPos(std::string_view pos) {
  return IsBrandWordPos(pos) || pos == "n" || pos == "ng" || pos == "ns" || pos == "nr" || pos == "v" || pos == "vn" ||
         pos == "a" || pos == "d" || pos == "an" || pos == "b";
}

// One list item: tokens [first, last] between separators.
struct ListItem {
  std::size_t first = 0, last = 0;
};

}  // namespace

bool Walker::HoldsBrandWord(std::uint32_t start, std::uint32_t end) const {
  const auto& toks = doc_.tokens;
  // (Not an abbreviation alone: the dictionary writes 环保, 科研 as j.)
  for (std::size_t t = TokenAt(start); t < toks.size() && toks[t].start < end; ++t) {
    if (IsBrandWordPos(toks[t].pos) && toks[t].pos != "j") return true;
  }
  return false;
}

bool Walker::ItemIsBrand(std::size_t first, std::size_t last) const {
  const auto& toks = doc_.tokens;
  if (toks[last].end - toks[first].start > kMaxItemLength || last - first + 1 > kMaxItemTokens) return false;
  bool brand = false, all_place = true;
  for (std::size_t t = first; t <= last; ++t) {
    const std::string_view pos = toks[t].pos;
    if (!IsItemPos(pos) || !IsHan(text_[toks[t].start])) return false;
    all_place = all_place && IsPlace(t);
    // A town written out inside the item (某某 + 镇 + 某某港) names a site of that town, not a brand.
    const char32_t last_char = text_[toks[t].end - 1];
    if (t < last && (last_char == U'镇' || last_char == U'乡') && (toks[t].end - toks[t].start == 1 || IsPlace(t))) {
      return false;
    }
    // (So is a single bound character the HMM cut out of a coined word: 某科 + 芯/ng + 时代, 布/nr + 科思.)
    const bool bound_char = toks[t].end - toks[t].start == 1 && (pos == "ng" || pos == "nr") && last > first;
    brand = brand || IsBrandWordPos(pos) || ((pos == "d" || pos == "a") && t > first) || bound_char;
  }
  if (all_place) return false;
  // A business word at the end (某某 + 医疗, 某地 + 生物制药) makes a brand of ordinary words too.
  const std::u32string_view tail = text_.substr(toks[last].start, toks[last].end - toks[last].start);
  const Head* head = FindHead(tail);
  const bool business = last > first && head && head->cls == HeadClass::kIndustry;
  return brand || business;
}

void Walker::FindListPeers(std::size_t first_anchor) {
  // (Most texts hold no list closed by 等: nothing to read.)
  if (text_.find(U"、") == std::u32string_view::npos ||
      (text_.find(U'等') == std::u32string_view::npos && text_.find(U"为代表") == std::u32string_view::npos)) {
    return;
  }
  const auto& toks = doc_.tokens;
  auto text = [&](std::size_t t) { return text_.substr(toks[t].start, toks[t].end - toks[t].start); };
  auto separator = [&](std::size_t t) { return text(t) == U"、"; };
  const std::size_t found = cands_->size();
  // Characters inside a name found already, and where the last list read ends: each list is
  // read once, however many of its items were found (a long run of names stays linear).
  std::vector<bool> covered(text_.size() + 1, false);
  for (const Candidate& c : *cands_) {
    if (c.valid) std::fill(covered.begin() + c.start, covered.begin() + c.end, true);
  }
  // Companies in text order (candidates are kept in the order the passes found them).
  std::vector<std::size_t> anchors;
  for (std::size_t ci = first_anchor; ci < found; ++ci) {
    const Candidate& c = (*cands_)[ci];
    if (!c.valid || c.kind != "company") continue;
    // A brand carried from an earlier name must itself read like one (某信, not 环保 of 某地环保集团).
    if (first_anchor > 0 && !HoldsBrandWord(c.start, c.end)) continue;
    anchors.push_back(ci);
  }
  std::sort(anchors.begin(), anchors.end(),
            [&](std::size_t a, std::size_t b) { return (*cands_)[a].start < (*cands_)[b].start; });
  std::uint32_t read_until = 0;
  for (const std::size_t ci : anchors) {
    const Candidate& anchor = (*cands_)[ci];
    if (anchor.start < read_until) continue;
    const std::size_t a_first = TokenAt(anchor.start), a_last = TokenAt(anchor.end - 1);
    if (toks[a_first].start != anchor.start || toks[a_last].end != anchor.end) continue;
    // Items to the left and to the right of the found company, separated by 、.
    std::vector<ListItem> items;
    std::size_t t = a_first;
    while (t >= 2 && separator(t - 1) && items.size() < kMaxItems) {
      std::size_t first = t - 2;  // the item ends right before the separator
      const std::size_t last = first;
      while (first > 0 && !separator(first - 1) && IsItemPos(toks[first - 1].pos) && last - first + 1 < kMaxItemTokens) {
        --first;
      }
      items.push_back({first, last});
      t = first;
    }
    std::size_t right = a_last;
    while (right + 2 < toks.size() && separator(right + 1) && items.size() < kMaxItems) {
      std::size_t last = right + 2;
      while (last + 1 < toks.size() && !separator(last + 1) && text(last + 1) != U"等" &&
             IsItemPos(toks[last + 1].pos) && last - (right + 2) + 1 < kMaxItemTokens) {
        ++last;
      }
      items.push_back({right + 2, last});
      right = last;
    }
    read_until = toks[right].end;
    // Closed by 等, or framed by 以…为代表 (以甲、乙、丙为代表的项目).
    const bool framed = right + 2 < toks.size() && text(right + 1) == U"为" && text(right + 2) == U"代表";
    if (items.empty() || right + 1 >= toks.size() || (text(right + 1) != U"等" && !framed)) continue;
    std::size_t leftmost = a_first;
    for (const ListItem& item : items) leftmost = std::min(leftmost, item.first);
    const bool opened_by_yi = framed && leftmost > 0 && text(leftmost - 1) == U"以";
    for (const ListItem& item : items) {
      std::size_t first = item.first;
      // The leftmost item may have taken words of the clause before the list (签约 + 某某医疗):
      // a verb, adverb or adjective there is the clause's.
      if ((first == 0 || !separator(first - 1)) && !(opened_by_yi && first == leftmost)) {
        // (With its subject too: 调研组 + 深入 + 某某制药 keeps what follows the clause's verb.)
        for (std::size_t k = item.last; k > first; --k) {
          if (toks[k - 1].pos == "v" && !IsNameVerb(text(k - 1))) {
            first = k;
            break;
          }
        }
        while (first < item.last && (toks[first].pos == "v" || toks[first].pos == "vn" || toks[first].pos == "d" ||
                                     toks[first].pos == "a" || IsBodyStop(text(first)))) {
          ++first;
        }
      }
      if (!ItemIsBrand(first, item.last)) continue;
      const std::uint32_t start = toks[first].start, end = toks[item.last].end;
      if (std::any_of(covered.begin() + start, covered.begin() + end, [](bool b) { return b; })) continue;
      std::fill(covered.begin() + start, covered.begin() + end, true);
      AddBrandCompany(start, end);
    }
  }
}

}  // namespace zhcorpus::org
