// A company's registered name: a place, a trade name, the line of business and
// a legal form (某市 + 某某 + 投资担保 + 有限公司). The line of business is often
// made of verbs (投资, 担保, 安装, 控股) that end an ordinary body, so the grammar
// misses the name; here the legal form is anchored on the nearest division to
// its left, with only words of a name between them and a proper word among them.
#include "entity/org_walk.h"
#include "zhcorpus/utf8.h"

namespace zhcorpus::org {
namespace {

constexpr std::size_t kMaxBetween = 8;  // tokens between the place and the legal form

// Parts of speech a registered name is made of; numbers, pronouns, adverbs,
// prepositions, conjunctions, particles and times end it.
bool IsNamePartPos(std::string_view pos) {
  return pos == "n" || pos == "nz" || pos == "nr" || pos == "nrt" || pos == "nrfg" || pos == "x" || pos == "j" ||
         pos == "nt" || pos == "v" || pos == "vn" || pos == "an" || pos == "ng" || pos == "b";
}

bool IsProperPart(std::string_view pos) {
  return pos == "nz" || pos == "nr" || pos == "nrt" || pos == "nrfg" || pos == "x" || pos == "j" || pos == "nt";
}

// A trade name may be made of everyday words of any kind (特 + 来电 + 新 + 能源, 金汇 + 能 + 新 + 材料):
// an adverb or an adjective inside a registered name marks it as a coined word, as no clause
// between a place and a legal form holds one.
bool IsCoinedPart(std::string_view pos) { return pos == "d" || pos == "a"; }

// An unknown two-character word opening with a numeral whose second character
// counts nothing (三轴, 五洲): a trade name, not a count of firms (三家, 两大).
// (The dictionary files some such words with the numbers: 四方/m.)
bool IsNumeralName(std::string_view pos, std::u32string_view w) {
  return (pos == "x" || pos == "m") && w.size() == 2 && InClass(WordClass::kCountChar, w[0]) && !InClass(WordClass::kCountChar, w[1]) &&
         std::u32string_view(U"大家个所类项批座处条种位名年月日届期省市区县地").find(w[1]) == std::u32string_view::npos;
}

// Clause verbs that may stand between a place and a legal form (某市 + 是 + …, 在 + 某市 + 注册 + 有限公司).
bool IsClauseVerb(std::u32string_view w) {
  return w == U"是" || w == U"有" || w == U"在" || w == U"为" || w == U"成为" || w == U"注册" || w == U"成立" ||
         w == U"设立" || w == U"组建" || w == U"改制" || w == U"变更" || w == U"收购" || w == U"拥有";
}

// One-character verbs and function words of a clause, never a trade name's first character
// (某市 + 设 + 某国 + 有限公司, 某市 + 与 + …).
bool IsClauseChar(char32_t c) {
  return std::u32string_view(U"是有在为设建办开到去来将与和及向从对把被让使由入进赴至落迁引投给的了等").find(c) !=
         std::u32string_view::npos;
}

}  // namespace

// Whether the one-character word at t, right after a place, opens a trade name the HMM cut
// apart before the legal form at h: glued to a proper word or a place word (聚 + 大洋), or to a
// second one-character word followed by a word of the name (征 + 和 + 工业). Verbs that move or
// set up a firm (设 建 办 迁 …) are the clause's.
bool Walker::OpensCutTradeName(std::size_t t, std::size_t h) const {
  const auto& toks = doc_.tokens;
  const Token& tok = toks[t];
  if (tok.end - tok.start != 1 || !IsHan(text_[tok.start]) || t + 2 > h || toks[t + 1].start != tok.end) return false;
  if (!(tok.pos == "v" || tok.pos == "vg") || IsClauseChar(text_[tok.start])) return false;
  const Token& next = toks[t + 1];
  if (next.end - next.start == 1) return t + 2 < h && SecondOfCutTradeName(t + 1, h);
  return next.pos == "ns" || next.pos == "x" || next.pos == "nz" || next.pos == "j";
}

// Whether the one-character word at t is the second half of a trade name cut into two one-character
// words after a place (征 + 和 + 工业): a conjunction or a verb after a one-character verb, before a
// word of two characters or more.
bool Walker::SecondOfCutTradeName(std::size_t t, std::size_t h) const {
  const auto& toks = doc_.tokens;
  if (t < 2 || t + 1 >= h) return false;
  const Token& tok = toks[t];
  const Token& prev = toks[t - 1];
  if (tok.end - tok.start != 1 || prev.end - prev.start != 1 || prev.end != tok.start || toks[t + 1].start != tok.end) {
    return false;
  }
  if (!(prev.pos == "v" || prev.pos == "vg") || IsClauseChar(text_[prev.start])) return false;
  // (The second may be a conjunction the dictionary knows, 征 + 和, but no verb of the clause.)
  if (!(tok.pos == "c" || ((tok.pos == "v" || tok.pos == "vg") && !IsClauseChar(text_[tok.start])))) return false;
  return IsPlace(t - 2) && toks[t + 1].end - toks[t + 1].start >= 2;
}

// Where a trade name written right before token `paren` (an opening parenthesis)
// begins: up to four characters of words back to a separator or a function word;
// `paren` itself when there is none.
std::size_t Walker::TradeNameBefore(std::size_t paren) const {
  const auto& toks = doc_.tokens;
  std::size_t first = paren;
  std::uint32_t chars = 0;
  // (The line of business may come before the place too, 某道 + 新能源 + 科技 + （某市）有限公司:
  // its industry words do not count against the trade name's four characters.)
  std::uint32_t limit = 4;
  for (std::uint32_t end = toks[paren].start, len = 3; len >= 2 && end >= len + 2;) {
    const Head* head = FindHead(text_.substr(end - len, len));
    if (head && head->cls == HeadClass::kIndustry) {
      end -= len, limit += len, len = 3;
    } else {
      --len;
    }
  }
  for (std::size_t t = paren; t-- > 0;) {
    const Token& tok = toks[t];
    const std::u32string_view w = text_.substr(tok.start, tok.end - tok.start);
    if (!IsHan(w.front()) || IsPlace(t) || tok.pos.starts_with("p") || tok.pos.starts_with("c") ||
        tok.pos.starts_with("u") || tok.pos.starts_with("r") || chars + w.size() > limit || cand_end_[tok.end] >= 0) {
      break;
    }
    chars += static_cast<std::uint32_t>(w.size());
    first = t;
  }
  return chars >= 2 + (limit - 4) ? first : paren;  // (a trade name of its own besides the industry words)
}

// A registered name with no place, right after the preposition that names a party (与/同/由/向 +
// 远景 + 能源 + 有限公司): two to four nouns whose first is no generic word, qualifier or count
// make the name, however everyday their words. (After a verb the nouns may describe a firm:
// 成立 + 物业服务 + 有限公司.)
bool Walker::TradeNameAfterPreposition(std::size_t p, std::size_t legal) const {
  const auto& toks = doc_.tokens;
  const std::u32string_view prep = text_.substr(toks[p].start, toks[p].end - toks[p].start);
  // (A clause that opens with the name is the same: 。+ 远景 + 能源 + 有限公司 + 牵头….)
  const bool party = toks[p].pos.starts_with("p") && std::u32string_view(U"与同由向和跟对被").find(prep[0]) != std::u32string_view::npos;
  // (So is one opening a bracket after a place, 某村（ + 某某 + 食用菌 + 有限公司）.)
  const bool clause = std::u32string_view(U"，。；：！？,;:!?\n（(").find(prep[0]) != std::u32string_view::npos;
  if (prep.size() != 1 || !(party || clause)) return false;
  // (集团 cut from the legal form belongs to it: 某某 + 装备 + 集团 + 有限公司.)
  std::size_t form = legal;
  if (text_.substr(toks[legal - 1].start, toks[legal - 1].end - toks[legal - 1].start) == U"集团") --form;
  if (form - p < 3 || form - p > 5) return false;
  for (std::size_t t = p + 1; t < form; ++t) {
    const Token& tok = toks[t];
    const std::u32string_view w = text_.substr(tok.start, tok.end - tok.start);
    if (IsNumeralName(tok.pos, w)) continue;  // 与 + 四方 + 机械 + 有限公司
    // A known company opens a joint venture's trade name (， + 博世 + 华域 + 转向系统 + 有限公司), and a
    // verb between a coined word and a noun is its line of business (华域 + 转向 + 系统): no clause
    // puts a verb between a coined word and the legal form.
    if (t == p + 1 && KnownCompanyAt(tok.start, tok.end) && t + 1 < form && IsProperPart(toks[t + 1].pos)) continue;
    if (tok.pos == "v" && w.size() == 2 && !IsClauseVerb(w) && t > p + 1 && t + 1 < form &&
        IsProperPart(toks[t - 1].pos) && toks[t + 1].pos == "n") {
      continue;
    }
    if (!(tok.pos == "n" || tok.pos == "nz" || tok.pos == "x" || tok.pos == "vn" || tok.pos == "j") || !IsHan(w.front()) ||
        IsPlace(t) || IsGenericNoun(w) || IsQualifier(w) || IsTitle(w) || InClass(WordClass::kCountChar, w.front())) {
      return false;
    }
  }
  return toks[p + 1].end - toks[p + 1].start >= 2;
}

// Whether a line of business (an industry head: 科技, 新能源) ends at `end`.
bool Walker::IndustryEndsAt(std::uint32_t end) const {
  for (std::uint32_t len = 2; len <= 3 && len <= end; ++len) {
    const Head* head = FindHead(text_.substr(end - len, len));
    if (head && head->cls == HeadClass::kIndustry) return true;
  }
  return false;
}

// Whether a known or listed company spans exactly [start, end) (博世, 华为).
bool Walker::KnownCompanyAt(std::uint32_t start, std::uint32_t end) const {
  const int c = CandidateEndingAt(end);
  return c >= 0 && (*cands_)[c].start == start && (*cands_)[c].known && (*cands_)[c].kind == "company";
}

// Whether the legal form at tokens [form, h] is a group's: 集团 before it, or glued into it
// (集团 + 有限公司, 集团有限公司).
bool Walker::GroupLegalForm(std::size_t form, std::size_t h) const {
  const auto& toks = doc_.tokens;
  if (text_.substr(toks[form].start, 2) == U"集团") return true;
  return text_.substr(toks[form - 1].start, toks[form - 1].end - toks[form - 1].start) == U"集团" &&
         toks[form - 1].end == toks[form].start && h >= form;
}

// Whether token t names a party or separates items right before a name (与, 和, 同, 由, 向, 、).
bool Walker::PartyOrItemBefore(std::size_t t) const {
  const std::u32string_view w = text_.substr(doc_.tokens[t].start, doc_.tokens[t].end - doc_.tokens[t].start);
  return w.size() == 1 && std::u32string_view(U"与和同由向、").find(w[0]) != std::u32string_view::npos;
}

// Whether token h (公司) ends a legal form the dictionary cut in two (有限责任 + 公司, 有限 + 公司).
bool Walker::SplitLegalForm(std::size_t h) const {
  const auto& toks = doc_.tokens;
  if (h < 2 || toks[h].end - toks[h].start != 2 || text_.substr(toks[h].start, 2) != U"公司") return false;
  if (toks[h - 1].end != toks[h].start) return false;
  const std::u32string_view w = text_.substr(toks[h - 1].start, toks[h - 1].end - toks[h - 1].start);
  return w == U"有限责任" || w == U"有限" || w == U"股份有限";
}

// A legal form (有限公司, 股份有限公司) is a company head whose text says the liability.
bool Walker::IsLegalForm(std::u32string_view w) const {
  const Head* h = FindHead(w);
  return h && h->kind == "company" && w.find(U"有限") != std::u32string_view::npos;
}

void Walker::FindLegalNames() {
  const auto& toks = doc_.tokens;
  for (std::size_t h = 1; h < toks.size(); ++h) {
    if (text_[toks[h].end - 1] != U'司') continue;  // (every legal form ends in 公司; most tokens do not)
    // (The dictionary may cut the legal form in two, 有限责任 + 公司: it then begins a token earlier.)
    const std::size_t form = SplitLegalForm(h) ? h - 1 : h;
    const std::u32string_view head = text_.substr(toks[form].start, toks[h].end - toks[form].start);
    // (Every legal form ends in 公司: the head table is looked up only there.)
    if (head.size() < 4 || !head.ends_with(U"公司") || !IsLegalForm(head)) continue;
    // A legal form closes a registered name: a noun phrase right after it is another thing
    // (某某股份有限公司 + 新材料生产基地项目); a one-character noun may make a compound (有限公司 + 法).
    if (!EndsBareName(toks[h].end) &&
        (h + 1 >= toks.size() || !(toks[h + 1].pos == "a" || ((toks[h + 1].pos == "n" || toks[h + 1].pos == "vn") &&
                                                              toks[h + 1].end - toks[h + 1].start >= 2)))) {
      continue;
    }
    std::size_t anchor = form;
    bool proper = false, ok = true;
    std::uint32_t cut_at = 0;  // where the grammar's name begins after a word that opens a cut trade name
    for (std::size_t t = form; t-- > 0 && form - t <= kMaxBetween;) {
      const Token& tok = toks[t];
      const std::u32string_view w = text_.substr(tok.start, tok.end - tok.start);
      if (IsPlace(t) && IsDivision(tok.start)) {
        anchor = t;
        break;
      }
      // A place in parentheses (某某（南京）新材料有限公司) follows the trade name: it anchors
      // the name on the words right before it, whatever the dictionary calls them.
      // (Right before the legal form only after a line of business, 某道 + 新能源科技 + （某市）有限公司,
      // which the grammar reads when the trade name is a plain proper word.)
      if (const std::uint32_t open = PlaceInParens(tok.end);
          open < tok.end && (t + 1 < h || (open >= 2 && IndustryEndsAt(open)))) {
        anchor = TradeNameBefore(TokenAt(open));
        if (anchor == TokenAt(open)) ok = false;
        proper = true;
        break;
      }
      // A group named in parentheses inside the name (某某牧业（集团）有限公司) belongs to it.
      if (t >= 2 && (w == U"）" || w == U")") && text_.substr(toks[t - 1].start, toks[t - 1].end - toks[t - 1].start) == U"集团" &&
          (text_[toks[t - 2].start] == U'（' || text_[toks[t - 2].start] == U'(') && toks[t - 2].end - toks[t - 2].start == 1) {
        t -= 2;
        continue;
      }
      // A one-character verb is the clause's (是, 在, 向); a title, a word that ends
      // bodies (参观, 委托) or a non-Han word ends the run.
      const Role role = Classify(t, tok.start, tok.end);
      const bool after_place = t > 0 && IsPlace(t - 1);
      // (A one-character measure word inside is a transliteration cut apart: 威斯 + 克 + 生物.)
      // A place word that is no division (陇, a province's old name) is part of a trade name.
      // (So is an unknown word opening with a numeral, 三轴, unless a count: 三家, 两大.)
      // (So are two one-character verbs in a row, a coined name the HMM cut apart: 某地 + 耘 + 垦 + 牧业.)
      const bool cut_pair = w.size() == 1 && (tok.pos == "vg" || tok.pos == "v") && t + 1 < h &&
                            toks[t + 1].end - toks[t + 1].start == 1 && (toks[t + 1].pos == "v" || toks[t + 1].pos == "vg") &&
                            !IsClauseVerb(w) && !IsClauseVerb(text_.substr(toks[t + 1].start, 1));
      // (So is one one-character verb glued between two words of the name: 好运 + 来 + 数码.)
      const bool verb_inside = tok.pos == "v" && w.size() == 1 && t + 1 < h && t > 0 && !after_place &&
                               !IsClauseVerb(w) && toks[t - 1].end == tok.start && toks[t + 1].start == tok.end;
      // (So is a two-character verb opening the trade name right after its division, where the name
      // stands as a party or an item of a list: 与/、 + 某省 + 顺应 + 动力电池材料 + 有限公司; after a
      // place opening a clause the verb is the clause's, 某市 + 引进 + …有限公司.)
      const bool verb_after_place = tok.pos == "v" && w.size() == 2 && after_place && t + 2 < h && t >= 2 &&
                                    IsDivision(toks[t - 1].start) && PartyOrItemBefore(t - 2);
      // (So is a one-character word opening the trade name right after its place, glued to a
      // proper word or to another one-character word: 某市 + 聚 + 大洋 + 藻业, 某市 + 征 + 和 + 工业;
      // a verb of the clause, 某市 + 设 + 某国 + 有限公司, is none.)
      // (So is a two-character verb between a noun and a coined word, 某地 + 时代 + 联合 + 新 + 能源:
      // a clause's verb stands after the place or before a name of its own.)
      const bool verb_between = tok.pos == "v" && w.size() == 2 && t + 1 < h && t > 0 && !after_place &&
                                !IsClauseVerb(w) && toks[t - 1].end == tok.start && toks[t + 1].start == tok.end &&
                                toks[t - 1].pos == "n" && !IsGenericNoun(text_.substr(toks[t - 1].start, toks[t - 1].end - toks[t - 1].start)) &&
                                (toks[t + 1].pos == "a" || IsProperPart(toks[t + 1].pos));
      // (So is a bound morpheme standing alone, 某地 + 昕 + 昕 + 实业: no clause writes one.)
      const bool opens_coined = after_place && OpensCutTradeName(t, h);
      const bool coined = (IsCoinedPart(tok.pos) || tok.pos == "ns" || tok.pos == "g" || IsNumeralName(tok.pos, w) || cut_pair ||
                           verb_inside || verb_between || verb_after_place || opens_coined || SecondOfCutTradeName(t, h) || (tok.pos == "m" && w.size() == 1 && !InClass(WordClass::kCountChar, w[0]))) &&
                          IsHan(w.front());
      if ((!IsNamePartPos(tok.pos) && !coined) || !IsHan(w.front()) || IsClauseVerb(w) ||
          (role == Role::kStop && !coined) || (role == Role::kConj && !coined) ||
          (tok.pos == "v" && w.size() == 1 && after_place && !coined)) {
        if (TradeNameAfterPreposition(t, h)) {
          anchor = t + 1, proper = true;
          break;
        }
        ok = false;
        break;
      }
      proper = proper || IsProperPart(tok.pos) || coined;
      if (opens_coined) cut_at = tok.end;
    }
    // A division written bare after its province (河南 + 中原 + 半导体…, one region to the
    // recognizer) is the trade name's: the name begins with the province.
    std::uint32_t start = toks[anchor].start;
    if (ok && anchor < form && IsPlace(anchor) && region_at_[start] >= 0) {
      const Entity& chain = regions_[region_at_[start]];
      if (chain.start < start && !PlaceWrittenWithLevel(start, toks[anchor].end)) start = chain.start, proper = true;
    }
    // A group's legal form (集团 + 有限公司) marks a registered name even when every word of its trade
    // name is everyday (某省 + 建工 + 安装 + 集团有限公司); a clause holds no group's legal form.
    proper = proper || (ok && anchor + 2 < form && GroupLegalForm(form, h));
    if (!ok || anchor == form || anchor + 1 == form || !proper) continue;
    const std::uint32_t end = toks[h].end;
    // A name the grammar found for this legal form keeps its own start, unless a numeral word
    // the grammar reads as a count cut it short (某地 + 三齐 + 能源有限公司: the tail), or a
    // one-character verb opening the trade name did (某市 + 聚 + 大洋藻业集团有限公司).
    bool covered = false;
    for (const Candidate& c : *cands_) {
      if (!c.valid || c.start >= end || c.end < end) continue;
      const Token& before = toks[TokenAt(c.start > 0 ? c.start - 1 : 0)];
      const bool numeral_cut = c.start > start && before.end == c.start &&
                               IsNumeralName(before.pos, text_.substr(before.start, before.end - before.start));
      // (Nor one made of a line of business or a kind alone, 实业 + 有限公司, 商业银行 + 股份有限公司:
      // the trade name before it was cut off.)
      const std::u32string_view body = text_.substr(c.start, toks[form].start - c.start);
      const bool bare_kind = c.start > start && c.end == end && (FindHead(body) || IsGenericNoun(body));
      covered = covered || !(numeral_cut || bare_kind || (cut_at > 0 && c.start == cut_at));
    }
    if (covered) continue;
    AddOverParts(NameSpan(start, end, toks[form].start, "company"));  // over its parts (某某 + 建设…)
  }
}

}  // namespace zhcorpus::org
