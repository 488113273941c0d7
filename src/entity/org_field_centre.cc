// Innovation centres named by a rank and a field (省 + 智能感知 + 技术创新中心,
// 国家 + 某某疾病 + 临床医学研究中心, 某省 + 某某装备 + 工程研究中心), and a city's
// industry institutes named the same way (某市 + 体外诊断 + 产业研究院). The rank comes
// first, the field's words (which may be verbs: 感知, 检测) between it and the
// kind of centre; the grammar of heads stops at such verbs and finds only the
// descriptive tail, which names nothing. Walk left from the kind over the
// field to the rank: a bare level, a place, or 国家, or the university that
// hosts the centre (某大学 + 某某检测技术 + 工程研究中心); a province written in full
// may follow the field instead (某某技术 + 某省 + 工程研究中心). A kind after a rank
// alone (省技术创新中心, 教育部工程研究中心, 某省工程研究中心) or with a count
// before it (十大) is a category, not a name.
#include "entity/org_walk.h"
#include "zhcorpus/utf8.h"

namespace zhcorpus::org {
namespace {

constexpr std::size_t kMaxFieldTokens = 8;
constexpr std::uint32_t kMaxFieldLength = 16;

// The kinds of centre a rank and a field name (word class field_centre), each ending in 中心.
bool IsCentreKind(std::u32string_view w) { return InClass(WordClass::kFieldCentre, w); }

}  // namespace

// Where the name of the centre whose kind begins at `kind` begins: its rank (a
// bare level, a division or 国家) or the university or institute that hosts it
// (某大学 + 仿真检测技术 + 工程研究中心), then the field; or the field before a
// province written in full (某某技术 + 某省 + 工程研究中心). `kind` when the words
// before it name no field with a rank.
std::uint32_t Walker::CentreRankStart(std::uint32_t kind) const {
  const auto& toks = doc_.tokens;
  const std::size_t last = TokenAt(kind - 1);
  if (toks[last].end != kind) return kind;
  // (A province names its own after the field, as with key laboratories.)
  if (const std::uint32_t province = ProvinceRankBefore(kind); province > 0 && kind - province > 0) {
    const std::uint32_t at = kind - province;
    if (at == 0 || toks[TokenAt(at - 1)].end != at) return kind;
    const std::uint32_t field = FieldStart(TokenAt(at - 1));
    return field < at ? field : kind;
  }
  std::size_t first = last + 1;
  while (first > 0) {
    // The university or institute that hosts it, right before the field, opens the name.
    if (first <= last) {
      const int host = CandidateEndingAt(toks[first].start);
      if (host >= 0 && (*cands_)[host].valid &&
          ((*cands_)[host].kind == "university" || (*cands_)[host].kind == "research")) {
        return kind - toks[first].start >= 2 ? (*cands_)[host].start : kind;  // (导航 + 仪器: a verb may open it)
      }
    }
    if (last + 1 - first >= kMaxFieldTokens || kind - toks[first - 1].start > kMaxFieldLength) break;
    const std::size_t t = first - 1;
    const std::u32string_view w = text_.substr(toks[t].start, toks[t].end - toks[t].start);
    if (IsPlace(t) || IsNationalPrefix(w) || IsLevelPrefix(w)) break;
    // (A field's words joined by 与/和/及: 成套工艺 + 与 + 设计.)
    const bool conj = (w == U"与" || w == U"和" || w == U"及") && t > 0 && first <= last && IsLabFieldWord(t - 1);
    // (A field's noun the dictionary files as an adverb: 仿真/d + 检测.)
    const bool adverb = toks[t].pos == "d" && w.size() >= 2 && first <= last;
    // A count opens no field (十大, 两大): it counts centres.
    if (!conj && !adverb && (!IsLabFieldWord(t) || InClass(WordClass::kCountChar, w.front()))) return kind;
    first = t;
  }
  if (first == 0 || first > last) return kind;
  const std::size_t rank = first - 1;
  const std::u32string_view rank_word = text_.substr(toks[rank].start, toks[rank].end - toks[rank].start);
  // A place is a rank when it is a division (某省, 某市), not a macro-region (长三角).
  if (!((IsPlace(rank) && IsDivision(toks[rank].start)) || IsNationalPrefix(rank_word) || IsLevelPrefix(rank_word))) {
    return kind;
  }
  // The field opens with a noun and has two characters at least; its first word is
  // no verb of the clause (省 + 推进 + …) nor a qualifier (省 + 重点 + …).
  const std::u32string_view opening = text_.substr(toks[first].start, toks[first].end - toks[first].start);
  if (toks[first].pos == "v" || toks[first].pos == "d" || IsQualifier(opening)) return kind;
  if (kind - toks[first].start < 2) return kind;
  return toks[rank].start;
}

// Whether the kind of centre at `kind` follows a rank alone (某省 + 工程研究中心, 教育部 +
// 工程研究中心, 国家 + 技术创新中心): the centres of that rank, a category.
bool Walker::CentreCategory(std::uint32_t kind) const {
  const Token& before = doc_.tokens[TokenAt(kind - 1)];
  if (before.end != kind) return false;
  const std::u32string_view w = text_.substr(before.start, before.end - before.start);
  // (A bare level the HMM glued to the clause's verb before it is one too: 已建 + 省 as 已建省/x.)
  const bool glued_level = before.pos == "x" && w.size() >= 3 && IsLevelPrefix(w.substr(w.size() - 1)) &&
                           region_at_[before.start] < 0;
  return glued_level || IsPlace(TokenAt(kind - 1)) || IsNationalPrefix(w) || IsLevelPrefix(w) ||
         InClass(WordClass::kLabRank, w);
}

void Walker::FindFieldCentres() {
  // (Most texts name no centre: nothing to read.)
  // (A centre's kind ends a token: the tokens are fewer than the characters to scan.)
  for (const Token& tok : doc_.tokens) {
    const std::uint32_t end = tok.end;
    if (end < 5 || (text_[end - 1] != U'心' && text_[end - 1] != U'院')) continue;  // (most tokens: one test)
    // The kind of centre ending here (技术创新中心, 临床医学研究中心, 产业研究院), written as its own words.
    std::uint32_t kind = end;
    // (Every kind ends in 创新中心, 研究中心 or 产业(技术)研究院: most centres are none of them.)
    const bool centre = text_[end - 1] == U'心' && text_[end - 2] == U'中' &&
                        (text_.substr(end - 4, 2) == U"创新" || text_.substr(end - 4, 2) == U"研究");
    const bool institute = text_.substr(end - 3, 3) == U"研究院";
    if (!centre && !institute) continue;
    for (std::uint32_t len = 4; len <= 8 && len <= end; ++len) {
      if (IsCentreKind(text_.substr(end - len, len))) kind = end - len;
    }
    if (kind == end || kind == 0 || doc_.tokens[TokenAt(kind)].start != kind) continue;
    const std::uint32_t start = CentreRankStart(kind);
    if (start == kind) {
      // (A place's industry institute with no field is one body, 某省 + 产业技术研究院: no category.)
      if (!institute && CentreCategory(kind)) {
        const std::uint32_t rank = doc_.tokens[TokenAt(kind - 1)].start;
        for (Candidate& c : *cands_) {
          if (c.valid && c.end == end && c.start >= rank) c.valid = false;  // a category, no name
        }
      } else if (!institute) {
        // The kind alone (对 + 临床医学研究中心 + 申报材料) names no centre either.
        for (Candidate& c : *cands_) {
          if (c.valid && c.end == end && c.start == kind) c.valid = false;
        }
      }
      continue;
    }
    // A name found already over the same words keeps its own reading.
    bool covered = false;
    for (const Candidate& c : *cands_) covered = covered || (c.valid && c.start <= start && c.end >= end);
    if (covered) continue;
    Candidate c = NameSpan(start, end, kind, "research");  // over its descriptive tail
    const std::size_t rank = TokenAt(start);
    const bool level = doc_.tokens[rank].end == start + 1 && IsLevelPrefix(text_.substr(start, 1));
    c.region = RegionOf(c, level ? text_[start] : 0, -1);
    AddOverParts(std::move(c));
  }
}

}  // namespace zhcorpus::org
