// Units named by a number after their place or parent (某地一矿, 某市三医院,
// 某县二中, 某局五处): a works, a hospital or a school numbered within a
// city or an organisation. The grammar of heads takes a number before a head
// for a count (两厂合并, 三家公司), so these are found here: a short numeral
// written right after a place, a proper word or an organisation, a unit
// word after it (三中全会 is no school; 某地三处遗址 counts places).
#include <algorithm>
#include <array>

#include "entity/org_walk.h"
#include "zhcorpus/utf8.h"

namespace zhcorpus::org {
namespace {

constexpr std::uint32_t kMaxNumeral = 3;  // 二十一, ８８

// Tested at the start of every token: ranges and a switch, not a search.
bool IsNumberChar(char32_t c) {
  if ((c >= U'0' && c <= U'9') || (c >= U'０' && c <= U'９')) return true;
  switch (c) {
    case U'一': case U'二': case U'三': case U'四': case U'五':
    case U'六': case U'七': case U'八': case U'九': case U'十': case U'〇': case U'零':
      return true;
    default:
      return false;
  }
}

struct Unit {
  std::u32string_view word;
  std::string_view kind;  // "" = the parent organisation's kind, else other
};

// Longest first, so that 医院 wins over 院 and 研究所 over 所.
constexpr std::array<Unit, 9> kUnits{{{U"研究所", "research"},
                                      {U"医院", "other"},
                                      {U"公司", "company"},
                                      {U"厂", "company"},
                                      {U"矿", "company"},
                                      {U"院", "other"},
                                      {U"中", "other"},
                                      {U"处", ""},
                                      {U"所", ""}}};

}  // namespace

// Whether token t is a word that can name a numbered unit's place or owner:
// a place, or a proper word of two or more Han characters (刘庄 + 一矿).
bool Walker::NamesNumberedUnit(std::size_t t) const {
  const Token& tok = doc_.tokens[t];
  if (tok.end - tok.start < 2 || !IsHan(text_[tok.start])) return false;
  if (IsPlace(t)) return true;
  const std::string_view pos = tok.pos;
  if (pos != "x" && pos != "nz" && pos != "j" && pos != "nt") return false;
  const Role r = Classify(t, tok.start, tok.end);
  return r == Role::kName || r == Role::kRegion;
}

// 中铁一局, 中建三局, 中交二航局, 中交一公局: a state group's numbered bureau,
// found on the text (the dictionary cuts 中 + 铁一局); also its numbered design
// institute (中铁二院, 中冶一院). The group's short name, a numeral of one to
// three characters, then 局, 航局, 公局 or 院 ending a token;
// the group's name opens a token (集中 + 铁… is no group).
void Walker::FindNumberedBureaus() {
  for (std::uint32_t p = 0; p + 4 <= text_.size(); ++p) {
    if (text_[p] != U'中' || doc_.tokens[TokenAt(p)].start != p) continue;
    std::uint32_t group = 0;
    for (std::uint32_t len = 2; len <= 3 && p + len <= text_.size(); ++len) {
      if (InClass(WordClass::kBureauGroup, text_.substr(p, len))) group = len;
    }
    if (group == 0) continue;
    std::uint32_t q = p + group;
    while (q < text_.size() && q - (p + group) < 3 && InClass(WordClass::kNumeralChar, text_[q])) ++q;
    if (q == p + group) continue;
    std::uint32_t end = 0;
    for (const std::u32string_view tail : {U"航局", U"公局", U"局", U"院"}) {
      if (text_.substr(q, tail.size()) == tail) {
        end = q + static_cast<std::uint32_t>(tail.size());
        break;
      }
    }
    if (end == 0 || doc_.tokens[TokenAt(end - 1)].end != end) continue;
    // A shorter name the dictionary tags (中 + 铁二院/nt) gives way; a longer one stands.
    if (const int c = CandidateEndingAt(end); c >= 0) {
      if ((*cands_)[c].start <= p) continue;
      (*cands_)[c].valid = false;
    }
    AddBrandCompany(p, end);
    p = end - 1;
  }
}

// Whether the numbered unit [num, end) (所 or 院) follows a field noun right after a body found
// already (某部 + 电子 + 五所): then one name over all three is added, kind research.
bool Walker::JoinFieldNumberedInstitute(std::size_t t, std::uint32_t num, std::uint32_t end, std::u32string_view unit) {
  if ((unit != U"所" && unit != U"院") || t == 0) return false;
  const Token& field = doc_.tokens[t - 1];
  if (field.end != num || field.end - field.start != 2 || (field.pos != "n" && field.pos != "vn") || !IsHan(text_[field.start])) {
    return false;
  }
  const int owner = cand_end_[field.start];
  if (owner < 0 || !(*cands_)[owner].valid) return false;
  const std::string_view kind = (*cands_)[owner].kind;
  if (kind != "government" && kind != "research" && kind != "company") return false;
  for (Candidate& c : *cands_) {
    if (c.valid && c.start >= num && c.end <= end) c.valid = false;  // (五所/j alone)
  }
  Candidate c = NameSpan((*cands_)[owner].start, end, num, "research");
  (*cands_)[owner].valid = false;
  Add(std::move(c));
  return true;
}

void Walker::FindNumberedUnits() {
  const auto& toks = doc_.tokens;
  for (std::size_t t = 1; t < toks.size(); ++t) {
    const std::uint32_t num = toks[t].start;
    // (An ordinal's 第 before the number belongs to the unit: 某集团 + 第七一六研究所.)
    const std::uint32_t digits = text_[num] == U'第' ? num + 1 : num;
    std::uint32_t p = digits;
    while (p < text_.size() && p - digits < kMaxNumeral + 1 && IsNumberChar(text_[p])) ++p;
    if (p == digits || p - digits > kMaxNumeral) continue;
    const Unit* unit = nullptr;
    for (const Unit& u : kUnits) {
      // (Most numbers are followed by no unit word, 年, 月, 个: the first character ends the look.)
      if (p < text_.size() && text_[p] == u.word.front() && text_.substr(p, u.word.size()) == u.word) {
        unit = &u;
        break;
      }
    }
    if (!unit) continue;
    const std::uint32_t end = p + static_cast<std::uint32_t>(unit->word.size());
    const std::size_t last = TokenAt(end - 1);
    // A works or a hospital may stand before a noun (某地一矿 + 工人); 中 only
    // where the phrase ends (not 三中 + 全会).
    if (toks[last].end != end || (unit->word == U"中" && !EndsBareName(end))) continue;
    // A body's numbered institute named with its field (某部 + 电子 + 五所, 某集团 + 航天 + 二院): the
    // body, the field and the number are one name, a research institute; the unit alone found
    // as a short form (五所/j) gives way to it.
    if (JoinFieldNumberedInstitute(t, num, end, unit->word)) {
      t = std::max(t, last);
      continue;
    }
    // Nothing found there yet (a longer name holds it, or the unit word's own head made one).
    const bool taken = std::any_of(cands_->begin(), cands_->end(), [&](const Candidate& c) {
      return c.valid && c.start < end && num < c.end && c.end != num;
    });
    if (taken) continue;
    Candidate c;
    c.end = end;
    c.body_end = c.head_end = end;
    if (const int owner = cand_end_[num]; owner >= 0 && (*cands_)[owner].valid) {
      // An organisation's numbered unit (某局 + 五处, 某大学 + 一院): the longest name.
      Candidate& o = (*cands_)[owner];
      c.start = o.start;
      c.kind = unit->kind.empty() ? o.kind : unit->kind;
      o.valid = false;
    } else {
      // 处 and 所 after a place are measure words (某地三处遗址): only an organisation's units.
      if (unit->kind.empty()) continue;
      std::size_t first = t;
      while (first > 0 && t - first < 3 && NamesNumberedUnit(first - 1)) --first;
      if (first == t) continue;
      c.start = toks[first].start;
      c.kind = unit->kind;
    }
    Add(std::move(c));
    t = std::max(t, last);  // always forward: last >= t
  }
}

}  // namespace zhcorpus::org
