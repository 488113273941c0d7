// Key laboratories named by a long field (某某作物基因资源发掘与利用 + 国家重点实验室,
// 某某传感与分析 + 教育部重点实验室, with the hosting university before it when written,
// 省部共建 + 某某中药 + 国家重点实验室, 某某器件与集成技术 + 全国重点实验室). The
// grammar of heads stops at the verbs such fields hold and takes 国家 for the
// start of a national body, so these are found here: walk left from the rank
// over the words of the field to the clause's verb, a function word or a
// punctuation mark. A rank with no field before it, or with a category word
// (现有, 企业, 学科: word class lab_field_stop) right before it, is a category,
// not a name.
#include <algorithm>

#include "entity/org_walk.h"
#include "zhcorpus/utf8.h"

namespace zhcorpus::org {
namespace {

constexpr std::size_t kMaxFieldTokens = 10;
constexpr std::uint32_t kMaxFieldLength = 20;

constexpr std::u32string_view kLab = U"重点实验室";

// Words a field may be made of: nouns, names, places, verbs of the field
// (发掘, 利用) and Latin names (CAE); never numbers, pronouns or function words.
bool IsFieldPos(std::string_view pos) {
  return pos == "n" || pos == "nz" || pos == "vn" || pos == "v" || pos == "ns" || pos == "j" || pos == "b" ||
         pos == "x" || pos == "l" || pos == "an" || pos == "ng" || pos == "eng" || pos == "nt" || pos == "a";
}

bool IsFieldConj(std::u32string_view w) { return w == U"与" || w == U"和" || w == U"及"; }

}  // namespace

// Whether token t may be a word of a key laboratory's field.
bool Walker::IsLabFieldWord(std::size_t t) const {
  const Token& tok = doc_.tokens[t];
  const std::u32string_view w = text_.substr(tok.start, tok.end - tok.start);
  // (现代 is filed as a time: 现代 + 某某制造 is a field; so are the ages of patients, 老年 + 某某疾病.)
  if (tok.pos == "t" && (w == U"现代" || w == U"当代" || w == U"老年" || w == U"青年" || w == U"少年")) return true;
  // (So is a place word of the body or the sea before a field's noun: 体外 + 诊断, 海上 + 风电.)
  if (tok.pos == "s" && w.size() == 2 && t + 1 < doc_.tokens.size() && IsFieldPos(doc_.tokens[t + 1].pos) &&
      w != U"国内" && w != U"国外" && w != U"境内" && w != U"境外" && w != U"海外") {
    return true;
  }
  if (!IsFieldPos(tok.pos) || InClass(WordClass::kLabFieldStop, w) || IsTitle(w) || IsBodyStop(w)) return false;
  if (!IsHan(w.front()) && tok.pos != "eng") return false;
  // Another body (某大学, 某实验室和 + 某某国家重点实验室) is no word of the field; a line
  // of business is (光电 + 传感, 电子 + 材料).
  const Head* head = FindHead(w);
  if (head && head->cls == HeadClass::kIndustry) return true;
  return !head && !org::EndsWithHead(w);
}

// The length of a province written in full right before `lab` (四川省, 上海市), 0 when none.
std::uint32_t Walker::ProvinceRankBefore(std::uint32_t lab) const {
  if (lab < 3) return 0;
  const int r = region_at_[lab - 1];
  if (r < 0 || regions_[r].end != lab || regions_[r].norm.GetString("level") != "province") return 0;
  const char32_t level = text_[lab - 1];
  if (level != U'省' && level != U'市' && level != U'区') return 0;
  return lab - regions_[r].start;
}

void Walker::FindKeyLabs() {
  // (Most texts name no key laboratory: nothing to read.)
  for (std::size_t at = text_.find(kLab); at != std::u32string_view::npos; at = text_.find(kLab, at + 1)) {
    const auto lab = static_cast<std::uint32_t>(at);
    // The rank right before 重点实验室: 国家, 全国, or the ministry that names it
    // (教育部, 农业农村部: word class lab_rank).
    std::uint32_t rank = 0;
    for (std::uint32_t len = 2; len <= 5 && len <= lab; ++len) {
      if (InClass(WordClass::kLabRank, text_.substr(lab - len, len))) rank = len;
    }
    // (A province names its own, after the field: 材料腐蚀与防护 + 四川省 + 重点实验室.)
    if (rank == 0) rank = ProvinceRankBefore(lab);
    if (rank == 0) continue;
    const std::uint32_t field_end = lab - rank;
    if (field_end == 0) continue;
    const std::size_t last = TokenAt(field_end - 1);
    if (doc_.tokens[last].end != field_end) continue;
    std::uint32_t start = FieldStart(last);
    if (start == field_end) continue;
    // The university or institute that hosts it, written right before the field, is
    // part of the one name (某大学 + 某某材料 + 教育部重点实验室): the longest name wins.
    int host = CandidateEndingAt(start);
    // (A verb opening the field right after its host is the field's own, which FieldStart left
    // out as a clause's: 某大学 + 虚拟 + 现实技术与系统 + 国家重点实验室.)
    // (A verb common in names only, not the clause's: 某大学 + 推进 + 某某技术 + 国家重点实验室.)
    if (host < 0) {
      const Token& verb = doc_.tokens[TokenAt(start - 1)];
      if (verb.end == start && verb.pos == "v" && IsNameVerb(text_.substr(verb.start, verb.end - verb.start))) {
        host = CandidateEndingAt(verb.start);
      }
    }
    if (host >= 0 && (*cands_)[host].valid &&
        ((*cands_)[host].kind == "university" || (*cands_)[host].kind == "research")) {
      start = (*cands_)[host].start;
    }
    const auto end = static_cast<std::uint32_t>(lab + kLab.size());
    // The longest name wins over a shorter one the grammar found inside it.
    AddOverParts(NameSpan(start, end, field_end, "research"));
  }
}

// Where the field ending with token `last` begins; its end when there is none.
std::uint32_t Walker::FieldStart(std::size_t last) const {
  const auto& toks = doc_.tokens;
  const std::uint32_t field_end = toks[last].end;
  // A category word right before the rank (现有, 企业, 学科 + 国家重点实验室) names no field.
  if (!IsLabFieldWord(last)) return field_end;
  std::size_t first = last;
  while (first > 0 && last - first + 1 < kMaxFieldTokens && field_end - toks[first - 1].start <= kMaxFieldLength) {
    const std::size_t t = first - 1;
    const std::u32string_view w = text_.substr(toks[t].start, toks[t].end - toks[t].start);
    // 省部共建 (built by a province and a ministry) opens the name; nothing further left belongs to it.
    if (w == U"共建" && t > 0 && text_.substr(toks[t - 1].start, toks[t - 1].end - toks[t - 1].start) == U"省部") {
      first = t - 1;
      break;
    }
    if (IsFieldConj(w) && t > 0 && IsLabFieldWord(t - 1)) {
      first = t - 1;
      continue;
    }
    if (!IsLabFieldWord(t)) break;
    first = t;
  }
  // A field begins with a noun: a verb or a qualifier at its left edge is the clause's (建成 + 首批 + …).
  // (A field adjective before a noun is the field's own: 新型 + 储能材料.)
  auto edge = [&](std::size_t t) {
    const std::u32string_view w = text_.substr(toks[t].start, toks[t].end - toks[t].start);
    if (InClass(WordClass::kFieldAdjective, w)) return false;
    return toks[t].pos == "v" || toks[t].pos == "a" || IsQualifier(w);
  };
  while (first < last && edge(first)) ++first;
  const std::u32string_view field = text_.substr(toks[first].start, field_end - toks[first].start);
  if (field == U"省部共建" || field.size() < 2) return field_end;
  // A place alone before the rank (某省 + 国家重点实验室) counts labs there, it names none.
  if (first == last && IsPlace(last)) return field_end;
  return toks[first].start;
}

}  // namespace zhcorpus::org
