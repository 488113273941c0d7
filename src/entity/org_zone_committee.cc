// A zone's own party working committee, management committee or bureau named by the bare
// kind of zone (开发区 + 党工委, 高新区 + 管委会, 合作区 + 经济发展局): in a story about one zone
// the kind stands for its name, as a bare level does for a place's bodies (市 + 科技局). The
// kind must open a word of its own after no name (a place or a proper name before
// it makes the longer name the grammar builds: 某市经济开发区 + 管委会).
#include <array>

#include "entity/org_walk.h"
#include "zhcorpus/utf8.h"

namespace zhcorpus::org {
namespace {

// Bare kinds of zone that news writes for the zone in the story.
constexpr std::array<std::u32string_view, 9> kZoneKinds = {U"开发区", U"高新区", U"经开区", U"园区", U"合作区",
                                                          U"自贸区", U"综保区", U"保税区", U"示范区"};

// The committees every zone has, with their kinds.
struct ZoneCommittee {
  std::u32string_view head;
  std::string_view kind;
};
constexpr std::array<ZoneCommittee, 2> kCommittees = {{{U"党工委", "party"}, {U"管委会", "government"}}};

// Parts of speech of a word that would be part of a longer name before the kind.
bool IsNameWordPos(std::string_view pos) {
  return pos.starts_with("n") || pos == "x" || pos == "j" || pos == "eng" || pos == "b" || pos == "m" || pos == "a";
}

}  // namespace

// The kind of zone (the longest) ending at `end` and opening a word of its own, or 0.
std::uint32_t Walker::BareZoneKindEndingAt(std::uint32_t end) const {
  for (const std::u32string_view kind : kZoneKinds) {
    if (end < kind.size() || text_.substr(end - kind.size(), kind.size()) != kind) continue;
    return BareZoneKindAt(end - static_cast<std::uint32_t>(kind.size())) ? static_cast<std::uint32_t>(kind.size()) : 0;
  }
  return 0;
}

void Walker::FindZoneBodies() {
  const auto& toks = doc_.tokens;
  // Every kind ends in 区: one pass over the text finds them all.
  for (std::size_t q = text_.find(U'区'); q != std::u32string_view::npos; q = text_.find(U'区', q + 1)) {
    const auto end = static_cast<std::uint32_t>(q + 1);
    // The zone's committees (开发区 + 党工委, 高新区 + 管委会).
    for (const ZoneCommittee& committee : kCommittees) {
      if (text_.substr(end, committee.head.size()) != committee.head) continue;
      const std::uint32_t kind = BareZoneKindEndingAt(end);
      const auto close = static_cast<std::uint32_t>(end + committee.head.size());
      if (kind > 0 && !CandidateEndsIn(end - kind, close)) Add(NameSpan(end - kind, close, end, committee.kind));
    }
    // (A bureau's head comes within a few characters: 局 委 办 厅.)
    const std::u32string_view ahead = text_.substr(end, std::min<std::size_t>(8, text_.size() - end));
    if (ahead.find_first_of(U"局委办厅") == std::u32string_view::npos) continue;
    const std::uint32_t kind = BareZoneKindEndingAt(end);
    if (kind == 0 || end >= text_.size()) continue;
    const std::uint32_t start = end - kind;
    const std::size_t first = TokenAt(end);
    // The bureau's short name: words of a remit and a government head (科技局, 经济发展局).
    for (std::size_t last = first; first < toks.size() && toks[first].start == end && last < toks.size() && last < first + 3;
         ++last) {
      // (A zone's committees named by their remit, 园区 + 科技创新 + 委员会, as well: a list of a
      // level's bureaus may hold a panel, 专家 + 委员会, but a zone names its own bodies.)
      if (!IsBureauItem(first, last, /*committee=*/true)) continue;
      if (!CandidateEndsIn(start, toks[last].end)) Add(NameSpan(start, toks[last].end, end, "government"));
      break;
    }
  }
}

bool Walker::BareZoneKindAt(std::uint32_t start) const {
  const auto& toks = doc_.tokens;
  const std::size_t t = TokenAt(start);
  if (t >= toks.size() || toks[t].start != start) return false;  // (高新 + 开发区: a longer kind)
  if (t == 0) return true;
  // Some or all zones' committees are a category (各 + 开发区 + 管委会).
  if (ScopeBefore(start)) return false;
  // A place, a proper name or a noun before it belongs to a longer name (某市 + 开发区).
  return !IsNameWordPos(toks[t - 1].pos) || !IsHan(text_[toks[t - 1].end - 1]);
}

}  // namespace zhcorpus::org
