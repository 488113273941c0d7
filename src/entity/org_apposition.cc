// A name right after the noun that classes it as a firm (上市公司 + 某某医药,
// 500强企业 + 某南高科, 配送企业 + 某某公司): the noun says what the name is, so a
// brand the segmenter cut counts there. The name is two or three words ending a
// noun phrase: a proper word and a line of business (某某 + 医药) or a company
// head (某某 + 公司). A single word after the class noun is too often its
// activity (企业孵化器, 企业申报), and plain nouns (公司生物医药研发) are no names.
#include <algorithm>

#include "entity/org_heads.h"
#include "entity/org_walk.h"
#include "zhcorpus/utf8.h"

namespace zhcorpus::org {
namespace {

constexpr std::size_t kMaxNameTokens = 3;
constexpr std::uint32_t kMaxNameLength = 8;

bool IsProperPos(std::string_view pos) {
  return pos == "x" || pos == "nz" || pos == "nrt" || pos == "nr" || pos == "j" || pos == "eng";
}

}  // namespace

// What follows the name: the end of a noun phrase, or an adverb or an adjective
// opening the predicate (某某高科 + 成功 + 招引).
bool Walker::EndsAppositiveName(std::uint32_t end) const {
  if (EndsBareName(end)) return true;
  const std::size_t t = TokenAt(end);
  const std::string_view pos = doc_.tokens[t].pos;
  // An adjective before a noun qualifies that noun (公司 + 某地 + 锂电 + 新 + 材料): the run
  // goes on, so no name ends here.
  if (pos == "a" && t + 1 < doc_.tokens.size() && doc_.tokens[t + 1].pos.starts_with("n")) return false;
  return pos == "d" || pos == "a" || pos == "ad";
}

void Walker::FindAppositions() {
  const auto& toks = doc_.tokens;
  auto text = [&](std::size_t t) { return text_.substr(toks[t].start, toks[t].end - toks[t].start); };
  for (const std::uint32_t at : Cues()) {
    if (text_[at] == U'厂') {
      MakerNamedAfterIt(at);
      continue;
    }
    // Every class noun ends in 业, 司 or 企.
    if (text_[at] != U'业' && text_[at] != U'司' && text_[at] != U'企') continue;
    const std::size_t k = TokenAt(at);
    if (k + 1 >= toks.size() || toks[k].end != at + 1 || !InClass(WordClass::kFirmClass, text(k)) || toks[k + 1].start != toks[k].end) {
      continue;
    }
    if (SubsidiaryNamed(k)) continue;
    // The name opens with a proper word, a place or a noun (NamesAFirm): most words
    // after 企业 are none of these, so they are skipped before any run is tried.
    const std::string_view lead_pos = toks[k + 1].pos;
    if (!IsProperPos(lead_pos) && lead_pos != "n" && !IsPlace(k + 1)) continue;
    // The longest run of up to three words after the noun that ends a noun phrase.
    for (std::size_t last = std::min(k + kMaxNameTokens, toks.size() - 1); last > k; --last) {
      const std::uint32_t start = toks[k + 1].start, end = toks[last].end;
      if (end - start < 2 || end - start > kMaxNameLength || !NamesAFirm(k + 1, last)) continue;
      if (!EndsAppositiveName(end)) continue;
      if (CandidateEndingAt(end) >= 0) break;  // found already
      Candidate c;
      c.start = start;
      c.end = end;
      c.kind = "company";
      if (const Head* h = FindHead(text(last)); h && last > k + 1) c.body_end = toks[last].start;
      Add(std::move(c));
      break;
    }
  }
}

// A subsidiary named right after the word for one (附属公司 + 某地 + 某桦, 子公司 + 某桦): a
// notice names it by its seat and coined brand alone, no head after them; the later
// mentions of that name are the company too (it lends itself). True when it made one.
bool Walker::SubsidiaryNamed(std::size_t k) {
  const auto& toks = doc_.tokens;
  const std::uint32_t at = toks[k].end;
  const std::u32string_view before = text_.substr(0, at);
  if (!before.ends_with(U"附属公司") && !before.ends_with(U"子公司")) return false;
  std::size_t t = k + 1;
  if (t < toks.size() && IsPlace(t) && toks[t].end - toks[t].start >= 2) ++t;
  if (t >= toks.size() || toks[t].start != toks[t - 1].end || toks[t].end - toks[t].start < 2 ||
      !(toks[t].pos == "x" || toks[t].pos == "nz") || IsPlace(t) || !EndsAppositiveName(toks[t].end) ||
      CandidateEndingAt(toks[t].end) >= 0) {
    return false;
  }
  AddBrandCompany(toks[k + 1].start, toks[t].end, true);
  return true;
}

// A maker named right after the kind of plant it runs (电池厂 + 某元, 组装厂 + 某普, 车厂 + 某叶):
// one unknown word of two or three characters, then a separator, a conjunction, an
// adverb or a verb. (A known word after it is what the plant makes or does: 电池厂 + 建设.)
void Walker::MakerNamedAfterIt(std::uint32_t at) {
  const auto& toks = doc_.tokens;
  const std::size_t k = TokenAt(at);
  if (toks[k].end != at + 1 || toks[k].end - toks[k].start < 2 || !toks[k].pos.starts_with("n") || k + 2 >= toks.size()) {
    return;
  }
  const Token& name = toks[k + 1];
  if (name.start != toks[k].end || name.pos != "x" || name.end - name.start < 2 || name.end - name.start > 3 ||
      !IsHan(text_[name.start]) || IsGluedPreposition(text_[name.start]) || region_at_[name.start] >= 0) {
    return;
  }
  const Token& next = toks[k + 2];
  const std::u32string_view w = text_.substr(next.start, next.end - next.start);
  const bool ends = !IsHan(w.front()) || w == U"和" || w == U"与" || w == U"及" || next.pos == "d" || next.pos == "v" ||
                    next.pos == "p";
  if (!ends || CandidateEndingAt(name.end) >= 0) return;
  Candidate c;
  c.start = name.start;
  c.end = name.end;
  c.kind = "company";
  c.lends_itself = true;  // named again later in the article, it is the same company
  Add(std::move(c));
}

// Whether tokens [first, last] make a firm's name: a proper first word that is no
// line of business, place or generic noun, before a line of business or a company head.
bool Walker::NamesAFirm(std::size_t first, std::size_t last) const {
  const auto& toks = doc_.tokens;
  auto text = [&](std::size_t t) { return text_.substr(toks[t].start, toks[t].end - toks[t].start); };
  // The first word is a proper one (an unknown word the HMM made may hold a glued
  // function character: 以及, 所急, 已达 are no brands, so it needs a head after it).
  const std::string_view lead_pos = toks[first].pos;
  const std::u32string_view lead = text(first);
  if (first == last || lead.size() < 2 || !(IsProperPos(lead_pos) || lead_pos == "n" || lead_pos == "ns")) return false;
  if (IsGluedPreposition(lead.front())) return false;
  for (std::size_t t = first + 1; t <= last; ++t) {
    if (toks[t].start != toks[t - 1].end || (!IsHan(text_[toks[t].start]) && toks[t].pos != "eng")) return false;
  }
  // (A place may open it too, 企业 + 某南 + 高科; a plain noun only before a company
  // head, 企业 + 某石器 + 公司: before a line of business it is an activity, 交易 + 证券.)
  const Head* head = FindHead(text(last));
  if (!head || (head->cls != HeadClass::kIndustry && head->kind != "company")) return false;
  const bool opens = IsProperPos(lead_pos) || IsPlace(first) || (lead_pos == "n" && head->cls != HeadClass::kIndustry);
  if (!opens || FindHead(lead) || IsGenericNoun(lead) || IsEverydayWord(lead) || IsTitle(lead)) return false;
  for (std::size_t t = first + 1; t < last; ++t) {
    if (!toks[t].pos.starts_with("n")) return false;
  }
  return true;
}

}  // namespace zhcorpus::org
