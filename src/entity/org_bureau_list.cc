// Bureaus listed after a body named by a bare level share that level
// (区政府办、发改局、经科信局、城建局等单位): the list elides 区 before each short
// name, so each item that ends with a government head (局 委 办 厅) is that
// level's bureau, named as written. So do bureaus after a body named by its place
// (某县政府办、教育局、农业农村局: the county's). Without the level-named body first, a
// short name alone (发改局) may be any place's and is left to the grammar.
#include <algorithm>

#include "entity/org_walk.h"
#include "zhcorpus/utf8.h"

namespace zhcorpus::org {
namespace {

constexpr std::size_t kMaxItems = 12;
constexpr std::size_t kMaxItemTokens = 4;
constexpr std::uint32_t kMaxItemLength = 10;

bool IsBureauWordPos(std::string_view pos) {
  return pos == "n" || pos == "nz" || pos == "j" || pos == "vn" || pos == "v" || pos == "x" || pos == "nt" ||
         pos == "ng" || pos == "l" || pos == "b";
}

bool IsGovernmentKind(std::string_view kind) { return kind == "government" || kind == "party"; }

bool IsLevelChar(char32_t c) { return c == U'省' || c == U'市' || c == U'区' || c == U'县'; }

}  // namespace

// Whether text[start, end) reads as a bureau's short name: words of a remit and a government head.
bool Walker::IsBureauItem(std::size_t first, std::size_t last, bool committee) const {
  const auto& toks = doc_.tokens;
  const std::uint32_t start = toks[first].start, end = toks[last].end;
  if (last - first + 1 > kMaxItemTokens || end - start > kMaxItemLength || end - start < 3) return false;
  for (std::size_t t = first; t <= last; ++t) {
    const std::u32string_view w = text_.substr(toks[t].start, toks[t].end - toks[t].start);
    if (!IsBureauWordPos(toks[t].pos) || !IsHan(w.front()) || IsTitle(w) || IsBodyStop(w)) return false;
  }
  for (std::uint32_t len = 1; len <= 3 && len < end - start; ++len) {
    const Head* h = FindHead(text_.substr(end - len, len));
    if (h && IsGovernmentKind(h->kind) && h->cls == HeadClass::kWeak) return true;
  }
  return committee && end - start >= 5 && text_.substr(end - 3, 3) == U"委员会";
}

void Walker::FindLevelBureaus() {
  // (Most texts list no bureaus: nothing to read.)
  if (text_.find(U"、") == std::u32string_view::npos) return;
  const auto& toks = doc_.tokens;
  const std::size_t found = cands_->size();
  for (std::size_t ci = 0; ci < found; ++ci) {
    const Candidate anchor = (*cands_)[ci];
    if (!anchor.valid || !IsGovernmentKind(anchor.kind)) continue;
    // Named by a bare level (区政府办) or by its place (某县政府办、教育局…: the county's bureaus).
    const bool bare_level = IsLevelChar(text_[anchor.start]);
    if (!bare_level && !(region_at_[anchor.start] >= 0 && anchor.known == nullptr)) continue;
    // The anchor's own gloss in parentheses (区党政办（督查办）) stays with it.
    std::uint32_t after = anchor.end;
    if (after < text_.size() && text_[after] == U'（') {
      const std::size_t close = text_.find(U'）', after);
      if (close == std::u32string_view::npos || close - after > 8) continue;
      after = static_cast<std::uint32_t>(close + 1);
    }
    if (after >= text_.size() || text_[after] != U'、') continue;
    std::size_t t = TokenAt(after) + 1;
    for (std::size_t items = 0; items < kMaxItems && t < toks.size(); ++items) {
      // The item ends with its first government head (建设 + 局 | 主要负责人, 财政厅 | 联合发文).
      std::size_t last = t;
      while (!IsBureauItem(t, last) && last + 1 < toks.size() && last - t + 1 < kMaxItemTokens &&
             text_[toks[last + 1].start] != U'、' && IsBureauWordPos(toks[last + 1].pos)) {
        ++last;
      }
      if (!IsBureauItem(t, last)) break;
      const std::uint32_t start = toks[t].start, end = toks[last].end;
      const bool whole = std::any_of(cands_->begin(), cands_->end(), [&](const Candidate& c) {
        return c.valid && c.start == start && c.end == end;
      });
      if (!whole) {
        // A shorter name found inside the item (旅游服务业 + 招商局) gives way to it.
        Candidate c = NameSpan(start, end, end, "government");
        c.region = bare_level ? RegionOf(anchor, text_[anchor.start], -1) : anchor.region;
        AddOverParts(std::move(c));
      }
      if (last + 2 >= toks.size() || text_[toks[last + 1].start] != U'、') break;
      t = last + 2;
    }
  }
}

}  // namespace zhcorpus::org
