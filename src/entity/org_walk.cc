#include "entity/org_walk.h"

#include <algorithm>
#include <cctype>

#include "zhcorpus/utf8.h"

namespace zhcorpus::org {
namespace {

constexpr std::size_t kMaxPieces = 12;
constexpr std::uint32_t kMaxBody = 24;  // code points
// A name grown over organisations already found stays this short: else a run
// of heads (大学研究院大学研究院…) makes each name hold all before it, and the
// names of a long text cost time and memory quadratic in its length.
constexpr std::uint32_t kMaxNested = 48;

// Latin letters and digits, half- or full-width (ＩＢＭ, ３Ｍ).
char32_t HalfWidth(char32_t c) { return c >= 0xFF10 && c <= 0xFF5A ? c - 0xFEE0 : c; }
bool IsLatinLetter(char32_t c) {
  c = HalfWidth(c);
  return c < 128 && std::isalpha(static_cast<int>(c));
}
// A letter of pinyin: a-z, ü and the tone-marked vowels (Latin-1 and Latin Extended-A/B).
bool IsPinyinLetter(char32_t c) {
  return (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z') || (c >= 0xE0 && c <= 0xFC) || (c >= 0x100 && c <= 0x1DC);
}

bool IsBareLevelChar(char32_t c) { return c == U'省' || c == U'市' || c == U'区' || c == U'县'; }

bool IsLatinDigit(char32_t c) {
  c = HalfWidth(c);
  return c >= U'0' && c <= U'9';
}

// A word of Latin letters and digits holding a letter (IBM, ３Ｍ, Ｃ—ＣＵＢＥ) is a
// name's own word; digits alone are a count.
bool IsLatinName(std::u32string_view w) {
  bool letter = false;
  for (char32_t c : w) {
    if (IsLatinLetter(c)) {
      letter = true;
    } else if (!IsLatinDigit(c) && c != U'-' && c != U'—' && c != U'&' && c != U'＆') {
      return false;
    }
  }
  return letter && w.size() >= 2;  // one letter is a grade or a series (甲Ａ, B轮)
}

bool IsFunctionChar(char32_t c) { return InClass(WordClass::kFunctionChar, c); }

bool IsNumeralChar(char32_t c) { return InClass(WordClass::kCountChar, c); }

// A term of office: numerals ending in 届, 第 before them or not (九届, 第十四届).
bool IsTermCount(std::u32string_view w) {
  if (w.size() < 2 || w.back() != U'届') return false;
  if (w.front() == U'第') w.remove_prefix(1);
  w.remove_suffix(1);
  return !w.empty() && w.size() <= 3 && std::all_of(w.begin(), w.end(), IsNumeralChar);
}

// The measure word or 大 of a count of bodies after a numeral (三所, 两家, 四大).
bool IsCountMeasure(char32_t c) { return std::u32string_view(U"所家个座处批大").find(c) != std::u32string_view::npos; }

// One-character verbs and prepositions the HMM glues to the end of a
// person's name before an organisation (李四任 + 管委会主任, 王五向 + 总工会).
bool IsGluedVerb(char32_t c) { return InClass(WordClass::kGluedVerb, c); }

// Prepositions that never stand inside a name: an unknown word holding one
// (速运向省) ends the name right after it.
bool IsPrepositionChar(char32_t c) { return InClass(WordClass::kPrepositionChar, c); }
bool IsJoiningConjunction(char32_t c) { return c == U'和' || c == U'与' || c == U'及'; }

bool IsGovernment(std::string_view kind) { return kind == "government" || kind == "party"; }

bool IsProperPos(std::string_view pos) {
  return pos == "nt" || pos == "nz" || pos == "j" || pos == "nr" || pos == "nrt" || pos == "nrfg" || pos == "x" ||
         pos == "z" || pos == "ng" || pos == "eng";
}

bool IsNominalPos(std::string_view pos) {
  return pos == "n" || pos == "vn" || pos == "l" || pos == "b" || pos == "an" || pos == "a" || pos == "zg" ||
         pos == "s" || pos == "nrt";
}

// People before 所 are the particle's subject (消费者所关心, 市民所需), never a field.
bool NamesPeople(std::u32string_view word) {
  return word.size() >= 2 && std::u32string_view(U"者民人众员家").find(word.back()) != std::u32string_view::npos;
}

}  // namespace

Walker::Walker(const Document& doc, const std::vector<Entity>& regions, std::vector<Candidate>* cands)
    : doc_(doc), regions_(regions), text_(doc.simplified), cands_(cands),
      region_at_(doc.simplified.size(), -1), cand_end_(doc.simplified.size() + 1, -1) {
  for (std::size_t i = 0; i < regions.size(); ++i) {
    for (std::uint32_t p = regions[i].start; p < regions[i].end && p < region_at_.size(); ++p) {
      region_at_[p] = static_cast<int>(i);
    }
  }
}

// Whether token t comes right after 关于 (about), the opening of a document's title.
bool Walker::AfterAbout(std::size_t t) const {
  const Token& prev = doc_.tokens[t - 1];
  return prev.end == doc_.tokens[t].start && text_.substr(prev.start, prev.end - prev.start) == U"关于";
}

bool Walker::IsPlace(std::size_t t) const {
  const Token& tok = doc_.tokens[t];
  return tok.pos == "ns" || (region_at_[tok.start] >= 0 && region_at_[tok.end - 1] >= 0);
}

void Walker::AddBrandCompany(std::uint32_t start, std::uint32_t end, bool lends) {
  // A head alone (学院, 研究院: 某大学多个 + 学院 + 与甲、乙等企业) names a kind of body, not a brand.
  if (FindHead(text_.substr(start, end - start))) return;
  Candidate c;
  c.start = start;
  c.end = end;
  c.kind = "company";
  c.lends_itself = lends;
  Add(std::move(c));
}

bool Walker::CandidateEndsIn(std::uint32_t start, std::uint32_t end) const {
  return std::any_of(cand_end_.begin() + start + 1, cand_end_.begin() + end + 1, [](int c) { return c >= 0; });
}

void Walker::DropPartsOf(std::uint32_t start, std::uint32_t end) {
  for (Candidate& part : *cands_) {
    if (part.valid && part.start >= start && part.end <= end) part.valid = false;
  }
}

void Walker::AddOverParts(Candidate c) {
  DropPartsOf(c.start, c.end);
  Add(std::move(c));
}

void Walker::Add(Candidate c) {
  if (c.body_end == 0) c.body_end = c.end;
  if (c.head_end == 0) c.head_end = c.end;
  if (c.region.empty() && c.known && c.known->imported) c.region = RegionInside(c);  // 浙江大学: 浙江省, not its city
  // An outlet's region is its seat: the place in its name, not a dateline's place after it.
  if (c.region.empty() && !c.known && c.kind == "media") c.region = RegionInside(c);
  if (c.region.empty() && c.kind != "media") c.region = c.known ? c.known->region : RegionOf(c, 0, -1);
  cands_->push_back(std::move(c));
  const Candidate& added = cands_->back();
  int& slot = cand_end_[added.end];
  if (slot < 0 || (*cands_)[slot].start > added.start) slot = static_cast<int>(cands_->size() - 1);
}

std::size_t Walker::TokenAt(std::uint32_t pos) const {
  const auto& toks = doc_.tokens;
  auto it = std::upper_bound(toks.begin(), toks.end(), pos, [](std::uint32_t p, const Token& t) { return p < t.start; });
  return static_cast<std::size_t>(it - toks.begin()) - 1;
}

bool Walker::SeatedCoinedWord(std::size_t t) const {
  if (t == 0 || t + 1 >= doc_.tokens.size() || !IsPlace(t - 1)) return false;
  // (A count of bodies stays one: 某国 + 三大 + 银行, 两家 + 公司.)
  const char32_t first = text_[doc_.tokens[t].start], second = text_[doc_.tokens[t].start + 1];
  if (IsNumeralChar(first) && (IsNumeralChar(second) || IsCountMeasure(second))) return false;
  // A company head right after it, or a registered legal form a few words on (某地 + 泰一 +
  // 高新技术发展 + 有限公司), with no punctuation between.
  for (std::size_t n = t + 1; n < doc_.tokens.size() && n <= t + 4; ++n) {
    const Token& next = doc_.tokens[n];
    if (!IsHan(text_[next.start])) return false;
    const Head* head = FindHead(text_.substr(next.start, next.end - next.start));
    if (head && head->kind == "company" && head->cls == HeadClass::kStrong && (n == t + 1 || text_[next.end - 1] == U'司')) {
      return true;
    }
  }
  return false;
}

bool Walker::OpensABilateralName(std::size_t t) const {
  const auto& toks = doc_.tokens;
  const Token& tok = toks[t];
  if (text_[tok.start] != U'中' || tok.end - tok.start > 2) return false;
  std::size_t next = t + 1;
  if (tok.end - tok.start == 2) {  // (中以 + 某市, one word)
    if (!InClass(WordClass::kPartnerChar, text_[tok.start + 1])) return false;
  } else {  // (中 + 德 + 某市)
    if (next >= toks.size() || toks[next].start != tok.end || toks[next].end - toks[next].start != 1 ||
        !InClass(WordClass::kPartnerChar, text_[toks[next].start])) {
      return false;
    }
    ++next;
  }
  return next < toks.size() && toks[next].start == toks[next - 1].end && IsPlace(next);
}

Role Walker::Classify(std::size_t t, std::uint32_t start, std::uint32_t end) const {
  const std::u32string_view w = text_.substr(start, end - start);
  const char32_t c = w.front();
  if (!IsHan(c)) {
    if (c == U'+' && w.size() == 1) return Role::kEdge;  // AI+中小企业
    if (c == U'·' && w.size() == 1 && BetweenNames(t)) return Role::kName;  // 某某·某某研究所
    return IsLatinName(w) ? Role::kName : Role::kStop;
  }
  for (std::uint32_t p = start; p < end; ++p) {
    if (region_at_[p] >= 0) return Role::kRegion;
  }
  if (IsTitle(w)) {
    // A title right before a society's head is its field (某地 + 文物 + 大使 + 协会, 律师 + 协会).
    return TitleNamesASocietysField(t, w) ? Role::kNominal : Role::kStop;
  }
  if (IsBodyStop(w) || w == U"副") return Role::kStop;
  // A title the dictionary glued to 兼 (社长兼 + 某某公司董事长) ends the body too.
  if (w.size() > 2 && w.back() == U'兼' && IsTitle(w.substr(0, w.size() - 1))) return Role::kStop;
  // 全国 is also a generic word, but before a body it opens a national one (全国 + 某某工作委员会).
  if (IsNationalPrefix(w)) return Role::kNational;
  // 经 alone before the nation, a level or a place is "after, through" (经 + 全国某某委员会研究), not
  // the first word of a name (经开区 is one word).
  if (w == U"经" && t + 1 < doc_.tokens.size()) {
    const Token& next = doc_.tokens[t + 1];
    const std::u32string_view nw = text_.substr(next.start, next.end - next.start);
    if (IsNationalPrefix(nw) || IsLevelPrefix(nw) || region_at_[next.start] >= 0) return Role::kStop;
  }
  // A document's title opens with the verb of its measure (关于 + 规范 + 某某中心建设的意见,
  // 关于 + 加强 + …), whatever the dictionary calls it: no name begins there.
  if (t > 0 && text_[doc_.tokens[t - 1].start] == U'关' && AfterAbout(t) && !IsLevelPrefix(w) && !IsProperPos(doc_.tokens[t].pos) && doc_.tokens[t].pos != "ns") {
    return Role::kStop;
  }
  // A firm's role in business before its name (零件制造商 + 某某实业公司) ends the body
  // as a title does; right before a head it is the field of a body (某某供应商 + 协会).
  if (IsBusinessRole(w) && !NextWordIsHead(t)) return Role::kStop;
  // So does a party to a deal the HMM cut from its verb (运营 + 方, 投资 + 方; 承建方 is one word).
  if (w == U"方" && t > 0 && doc_.tokens[t - 1].end == start && doc_.tokens[t - 1].end - doc_.tokens[t - 1].start == 2 &&
      (doc_.tokens[t - 1].pos == "v" || doc_.tokens[t - 1].pos == "vn") && !NextWordIsHead(t)) {
    return Role::kStop;
  }
  if (IsGenericNoun(w)) return Role::kGeneric;
  // The writer's own place (我 + 区, the HMM's one unknown word 我区) points at the place the story
  // is from: it ends a name as a pronoun does (我区 + 某某股份有限公司).
  if (w.size() == 2 && w[0] == U'我' && std::u32string_view(U"省市县区镇乡村州").find(w[1]) != std::u32string_view::npos) {
    return Role::kStop;
  }
  // 以上 + 市 + 企业 is 以 + 上市企业 (listed firms), cut the other way: no level.
  if (w == U"市" && start > 0 && text_[start - 1] == U'上') return Role::kStop;
  if (IsLevelPrefix(w)) return Role::kLevel;
  const std::string_view pos = doc_.tokens[t].pos;
  // (中以 is no preposition glued across a boundary.)
  if (start == doc_.tokens[t].start && end == doc_.tokens[t].end && OpensABilateralName(t)) return Role::kRegion;
  // Two characters the HMM joined across a word boundary (一市, 由该, 居其).
  // (一 ending a coined word between its firm's seat and the legal form is the name's: 某地 + 泰一.)
  if (pos == "x" && w.size() == 2 && (IsFunctionChar(w[0]) || IsFunctionChar(w[1])) &&
      !(w[1] == U'一' && !IsFunctionChar(w[0]) && SeatedCoinedWord(t))) {
    return Role::kStop;
  }
  if (pos == "x" && w.size() >= 2) {
    // A count glued to a noun names a category (两大 + 科学中心), except a coined word
    // between its firm's seat and a company head (某地 + 百联 + 集团).
    if (IsNumeralChar(w.front()) && !SeatedCoinedWord(t)) return Role::kStop;
    // A person's name glued to the verb after it (张三作 + 管委会主任): the clause's verb ends the body.
    if (IsGluedVerb(w.back())) return Role::kStop;
  }
  // A count the dictionary keeps as an abbreviation (三所/j + 大学, 四大/j + 港口集团): a category, not a name.
  // (So is a count of the leading ones: 十大/j + 技术创新中心.)
  if (pos == "j" && w.size() == 2 && IsNumeralChar(w[0]) && IsCountMeasure(w[1])) return Role::kStop;
  // A place word the gazetteer does not know, ending in the conjunction 和 the HMM glued to it, is
  // a person's name cut in two before 和 (董事长骆双 + 贵和 + 公司相关负责同志): the clause goes on.
  // (Not 及: the dictionary files 普及 as a place, 科学 + 普及 + 与 + 教育 + 工作委员会.)
  if (pos == "ns" && w.size() == 2 && w[1] == U'和' && region_at_[start] < 0) {
    return Role::kStop;
  }
  if (pos == "ns") {
    // A street before another place is an address (某区 + 某某路 + 某市政府 A区): the body
    // begins at that place, not at the street.
    const bool street = w.size() >= 2 && (w.back() == U'路' || w.back() == U'街' || w.ends_with(U"大道"));
    return street && t + 1 < doc_.tokens.size() && IsPlace(t + 1) ? Role::kStop : Role::kRegion;
  }
  if (IsProperPos(pos)) {
    if (IsGenericNoun(w)) return Role::kGeneric;
    if (InClass(WordClass::kFieldNoun, w)) return Role::kNominal;
    // A process the dictionary tags nt (国际化, 现代化) describes a body; it names none.
    if (pos == "nt" && w.size() >= 3 && w.back() == U'化') return Role::kNominal;
    // A bare head word (联盟/j) names nothing; a body's own name (政协, 人大) does.
    const Head* head = FindHead(w);
    return head && !IsGovernment(head->kind) && head->kind != "other" ? Role::kNominal : Role::kName;
  }
  // 驻 (stationed in) joins a body to where it serves (某国 + 驻 + 某国 + 大使馆, 某军区 + 驻某地 + 部队).
  if (pos == "v" && w.front() == U'驻' && w.size() <= 2) return Role::kNominal;
  if (pos == "v") {
    // 立 after a division with its level is "run by" it (某省 + 立 + 某某医院, 某市 + 立 + 中学).
    // (The segmenter may glue the level to it after a name without one: 某地 + 省立.)
    const bool run_by = w.back() == U'立' && start > 0 && region_at_[start - 1] >= 0 &&
                        ((w.size() == 1 && IsBareLevelChar(text_[start - 1])) || (w.size() == 2 && IsBareLevelChar(w[0])));
    if (run_by) {
      return Role::kNominal;
    }
    // A one-character verb after a one-character noun is a compound cut in
    // two (经/编 + 企业), not a clause.
    // (So is one after an abbreviation it was cut from: 省直 + 属 + 机关工委.)
    const Token& prev = doc_.tokens[t > 0 ? t - 1 : 0];
    const bool split = w.size() == 1 && t > 0 && prev.end == start &&
                       ((prev.end - prev.start == 1 && prev.pos == "n") || prev.pos == "j");
    // (A verb between a field's adjective and a noun is part of the field: 先进 + 推进 + 技术.)
    const bool in_field = t > 0 && prev.end == start && t + 1 < doc_.tokens.size() &&
                          doc_.tokens[t + 1].start == end && doc_.tokens[t + 1].pos == "n" &&
                          InClass(WordClass::kFieldAdjective, text_.substr(prev.start, prev.end - prev.start));
    // (So is one right before a parenthesised place: the last syllable of a foreign brand the
    // dictionary cut, 某利 + 肯 + （某地）有限公司.)
    const bool before_seat = w.size() == 1 && end < text_.size() && (text_[end] == U'（' || text_[end] == U'(') &&
                             end + 1 < text_.size() && region_at_[end + 1] >= 0;
    return IsNameVerb(w) || split || in_field || before_seat ? Role::kNominal : Role::kVerb;
  }
  if (pos == "vn") return IsGenericNoun(w) ? Role::kGeneric : Role::kNominal;
  // The dictionary files 零件 and 零部件 with the counts (零 is a numeral): they are
  // parts, a field of trade (某市汽车零部件 + 行业协会).
  if (pos == "mq" && w.size() >= 2 && w.front() == U'零' && w[1] != U'度') return Role::kNominal;
  if (IsNominalPos(pos)) return IsGenericNoun(w) ? Role::kGeneric : Role::kNominal;
  if (pos == "a") return Role::kEdge;  // 高/水平/大学: an adjective never opens a name
  // A noun the dictionary tags as an adverb (高速 of 某省 + 高速 + 物流集团).
  if (pos == "d" && IsNameVerb(w)) return Role::kNominal;
  // The dictionary cuts 某省 + 中 + 医院 (某省中医院, 某省中医药研究院): 中 is the first character of 中医.
  if (pos == "f" && w == U"中" && end < text_.size() && text_[end] == U'医') return Role::kNominal;
  if (pos == "f") {  // 建设中, 西班牙北部 end a body; 汽车后市场, 北方银行 do not
    return w == U"后" || w == U"北方" || w == U"南方" || w == U"东方" || w == U"西方" ? Role::kEdge : Role::kStop;
  }
  // A body's term after its level (市 + 九届 + 人大常委会, 某省 + 第十四届 + 人民代表大会常务委员会)
  // is part of its name.
  if (pos == "m" && IsTermCount(w) && start > 0 && IsBareLevelChar(text_[start - 1])) return Role::kEdge;
  if (pos == "m" && c == U'第' && w.size() <= 3) return Role::kEdge;  // 临江第三机械厂
  if (pos == "t" && (w == U"现代" || w == U"当代")) return Role::kNominal;  // 某地现代服务业合作区
  // 未来 right before an institute's or a school's head, or before one word and that head, is its
  // field (某某 + 未来 + 研究院, 某大学 + 未来 + 技术 + 学院, + 未来 + 产业 + 研究中心), not a time; before a
  // factory it names a programme (某公司 + 未来工厂).
  if (pos == "t" && w == U"未来") {
    // (With a word between, only after the body or the place it belongs to: 在 + 未来产业研究中心 is read
    // as a time and a category.)
    const Token& prev = doc_.tokens[t > 0 ? t - 1 : 0];
    const bool owned = t > 0 && prev.end == start &&
                       (region_at_[prev.start] >= 0 || prev.pos == "ns" || prev.pos == "nt" ||
                        FindHead(text_.substr(prev.start, prev.end - prev.start)) != nullptr);
    for (std::size_t k = t + 1; k < doc_.tokens.size() && k <= (owned ? t + 2 : t + 1); ++k) {
      const Token& next = doc_.tokens[k];
      // (The head may be cut in two: 研究 + 中心.)
      const std::u32string_view head = text_.substr(next.start, 4);
      if (head.starts_with(U"研究院") || head.starts_with(U"研究所") || head.starts_with(U"实验室") ||
          head == U"研究中心" || head.starts_with(U"学院")) {
        return Role::kNominal;
      }
      if (next.start != doc_.tokens[k - 1].end || next.end - next.start != 2 || !IsNominalPos(next.pos)) break;
    }
  }
  if ((pos == "c" || pos == "p") && w.size() == 1 && (c == U'与' || c == U'及' || c == U'和')) return Role::kConj;
  // 家 glued to a noun or a verb of two characters is the person who does it, cut off by the HMM
  // (创业 + 家 + 学院, as 企业家 is one word), not a measure word after a count (两家, 这家, 各家).
  if (w == U"家" && t > 0 && doc_.tokens[t - 1].end == start && doc_.tokens[t - 1].end - doc_.tokens[t - 1].start >= 2) {
    const std::string_view prev = doc_.tokens[t - 1].pos;
    if (prev == "n" || prev == "v" || prev == "vn") return Role::kNominal;
  }
  return Role::kStop;
}

// Whether the title `w` (token t) stands right before a strong society head (大使 + 协会).
bool Walker::TitleNamesASocietysField(std::size_t t, std::u32string_view w) const {
  if (t + 1 >= doc_.tokens.size() || IsBodyStop(w)) return false;
  const Token& next = doc_.tokens[t + 1];
  const Head* h = FindHead(text_.substr(next.start, next.end - next.start));
  return h && h->kind == "association" && h->cls == HeadClass::kStrong;
}

// A head may start inside a token only when the token is an unknown or proper
// word (区人社局 cut as 区人/社局), the part before it is a level (市委), or the
// token is a longer compound that is not an everyday word (科技局, not 布局).
bool Walker::FragmentAllowed(std::size_t t, std::uint32_t head_start, std::uint32_t head_end) const {
  const Token& tok = doc_.tokens[t];
  const std::u32string_view word = text_.substr(tok.start, tok.end - tok.start);
  if (IsEverydayWord(word)) return false;
  // A place whose name ends like a head (张家港, 连云港) is the place: the region
  // recogniser found the whole word. (A head reaching past it is not inside it:
  // 某某街道 + 办事处, 市中 + 院.)
  if (head_end <= tok.end && region_at_[tok.start] >= 0 && region_at_[tok.end - 1] == region_at_[tok.start]) {
    return false;
  }
  const std::u32string_view before = text_.substr(tok.start, head_start - tok.start);
  if (IsLevelPrefix(before)) return true;
  // The HMM draws unknown words' borders freely (荡科/创绿谷 for 祥符荡科创 + 绿谷).
  if (tok.pos == "x" && tok.end - head_start >= 2) return true;
  // A kind of body the dictionary knows as one word (农学院, 医学院): its first
  // character is a qualifier of the head, named by a place before it.
  if (tok.pos == "nt" && before.size() == 1 && tok.end - head_start >= 2) return true;
  return before.size() >= 2;
}

// Where a place in full-width parentheses ending at `end` opens (中国（浙江）
// + 自由贸易试验区), or `end` when there is none.
std::uint32_t Walker::PlaceInParens(std::uint32_t end) const {
  if (end < 3 || text_[end - 1] != U'）') return end;
  std::uint32_t open = end - 2;
  while (open > 0 && end - open <= 8 && text_[open] != U'（') --open;
  if (text_[open] != U'（' || open + 2 >= end) return end;
  for (std::uint32_t p = open + 1; p + 1 < end; ++p) {
    if (region_at_[p] < 0) return end;
  }
  return open;
}

// Where a short gloss in full-width parentheses inside a name opens (城市（区域）
// + 研究所): one to four Han characters, glued to Han text on both sides; `end`
// when there is none.
std::uint32_t Walker::GlossInParens(std::uint32_t end) const {
  if (end < 4 || text_[end - 1] != U'）' || end >= text_.size() || !IsHan(text_[end])) return end;
  std::uint32_t open = end - 2;
  while (open > 0 && end - open <= 6 && IsHan(text_[open])) --open;
  if (text_[open] != U'（' || open + 2 >= end || open == 0 || !IsHan(text_[open - 1])) return end;
  // A credit after a lead-in (某报讯（记者张三）+ 某市某局) is no gloss: a gloss is a
  // word of the name (区域, 集团), never a person or a title.
  if (text_[open - 1] == U'讯' || text_[open - 1] == U'电') return end;
  for (std::size_t t = TokenAt(open + 1); t < doc_.tokens.size() && doc_.tokens[t].start < end - 1; ++t) {
    const Token& tok = doc_.tokens[t];
    const std::u32string_view w = text_.substr(tok.start, tok.end - tok.start);
    if (tok.pos.starts_with("nr") || tok.pos == "x" || IsTitle(w)) return end;
  }
  return open;
}

// A pinyin gloss between two characters of a name (苏（sū）州工业园区): Latin
// letters, tone marks allowed, in full-width parentheses with a Han character
// on both sides. It belongs to the mention; the norm drops it (CleanName).
std::uint32_t Walker::PinyinGlossInParens(std::uint32_t end) const {
  if (end < 4 || text_[end - 1] != U'）' || end >= text_.size() || !IsHan(text_[end])) return end;
  std::uint32_t open = end - 2;
  while (open > 0 && end - open <= 14 && IsPinyinLetter(text_[open])) --open;
  // At least one letter between the brackets, and a Han character before them.
  if (text_[open] != U'（' || open + 2 >= end || open == 0 || !IsHan(text_[open - 1])) return end;
  return open;
}

// Pieces right to left from the head: the part of the head's token before
// the head, then whole tokens, jumping over organisations already found.
std::size_t Walker::Collect(std::uint32_t head_start, std::array<Piece, 16>* pieces) const {
  std::size_t n = 0;
  std::uint32_t pos = head_start;
  while (n < kMaxPieces && pos > 0 && head_start - pos < kMaxBody) {
    // A one-character word right after one space between Han characters is the tail of a word a
    // hard-wrapped line cut (某华林 + " " + 德 + 集团): the name goes on before the space.
    if (n > 0 && pos > 1 && text_[pos - 1] == U' ' && IsHan(text_[pos - 2]) && IsHan(text_[pos]) &&
        (*pieces)[n - 1].end - (*pieces)[n - 1].start == 1) {
      --pos;
      continue;
    }
    Piece p;
    const int org = cand_end_[pos];
    if (org >= 0 && (*cands_)[org].valid && (*cands_)[org].start < pos && head_start - (*cands_)[org].start <= kMaxNested) {
      p = Piece{(*cands_)[org].start, pos, Role::kOrg, org, {}};
    } else if (const std::uint32_t open = PlaceInParens(pos); open < pos) {
      p = Piece{open, pos, Role::kRegion, -1, "ns"};  // 中国（某省）自由贸易试验区
    } else if (const std::uint32_t pinyin = PinyinGlossInParens(pos); pinyin < pos) {
      p = Piece{pinyin, pos, Role::kName, -1, "x"};  // 苏（sū）州工业园区: a gloss marks a proper name
      // What follows the gloss is the rest of that name, not a bare level (州 of 苏（sū）州).
      if (n > 0 && (*pieces)[n - 1].role == Role::kLevel) (*pieces)[n - 1].role = Role::kName;
    } else if (const std::uint32_t gloss = GlossInParens(pos); gloss < pos) {
      p = Piece{gloss, pos, Role::kNominal, -1, "n"};  // 某某报社城市（区域）研究所, 某某乳业（集团）公司
    } else {
      const std::size_t t = TokenAt(pos - 1);
      const Token& tok = doc_.tokens[t];
      std::uint32_t start = tok.start;
      if (tok.pos == "x") {
        for (std::uint32_t q = pos; q-- > tok.start + 1;) {
          if (IsPrepositionChar(text_[q])) {
            start = q + 1;
            break;
          }
        }
        // A preposition glued to a bare level (从 + 市 + 科技局, 向 + 省 + 某厅): the
        // level opens the name. (A longer word that begins like a preposition, 向阳, is a name.)
        // (经 "through" too: 经省 + 科技厅审议, though 经 opens names elsewhere: 经开区; and the
        // verbs that take a body as their object: 请区 + 发改委牵头, 报市 + 政府批准.)
        if (start == tok.start && pos == tok.start + 2 &&
            (IsPrepositionChar(text_[tok.start]) || InClass(WordClass::kVerbBeforeLevelChar, text_.substr(tok.start, 1))) &&
            IsBareLevelChar(text_[tok.start + 1])) {
          start = tok.start + 1;
        }
      }
      // 某大学 + 和平 + 高集团, 某研究院 + 和力 + 合科创集团: a conjunction the
      // dictionary glued to the next word, right after a body already found, joins
      // two bodies; the rest of that word opens the second name.
      // (So does a preposition glued to a proper or unknown word after a body: 上交所 + 对龙盛 +
      // 集团, 某交所 + 对华/nz + 宇 + 集团 are the exchange and the group it writes to.)
      if (start == tok.start && tok.end - tok.start >= 2 &&
          (IsJoiningConjunction(text_[tok.start]) ||
           ((tok.pos == "x" || tok.pos == "nz") && IsGluedPreposition(text_[tok.start])))) {
        const int before = tok.start > 0 ? cand_end_[tok.start] : -1;
        if (before >= 0 && (*cands_)[before].valid) start = tok.start + 1;
      }
      if (start == pos) break;  // the preposition is the last character: nothing of it belongs to the name
      p = Piece{start, pos, Classify(t, start, pos), -1, tok.pos};
      if (p.role == Role::kStop && MembersOfABody(t, n > 0 ? (*pieces)[n - 1].role : Role::kStop)) p.role = Role::kNominal;
      // The HMM glues a bare level to the name after it (指导 + 市钢 + 结构协会): the level opens
      // the name unless a place comes right before it (某地 + 市钢…).
      if (LevelOpensUnknownWord(t) && start == tok.start) {
        (*pieces)[n++] = p;
        if (n < kMaxPieces) (*pieces)[n++] = Piece{doc_.tokens[t - 1].start, tok.start, Role::kStop, -1, doc_.tokens[t - 1].pos};
        break;
      }
      if (start != tok.start) {
        (*pieces)[n++] = p;
        if (n < kMaxPieces) (*pieces)[n++] = Piece{tok.start, start, Role::kStop, -1, tok.pos};
        break;
      }
    }
    (*pieces)[n++] = p;
    if (p.role == Role::kStop) break;
    pos = p.start;
  }
  return n;
}

// A title that also names an association's members (博士, 院士), right after a place and
// before a word of the body: part of the name (某省 + 博士 + 创新发展 + 促进会). Elsewhere a
// title ends the body (院长 + 某某).
bool Walker::MembersOfABody(std::size_t t, Role right) const {
  const Token& tok = doc_.tokens[t];
  if (t == 0 || !IsWordRole(right) ||
      !InClass(WordClass::kMemberNoun, text_.substr(tok.start, tok.end - tok.start))) {
    return false;
  }
  const Token& before = doc_.tokens[t - 1];
  return before.end == tok.start && (region_at_[before.start] >= 0 || before.pos == "ns");
}

// Whether token t is an unknown word the HMM made of a bare level and the start of the name
// after it (市钢 of 市 + 钢结构协会), after a word that is no place, no level and no body.
bool Walker::LevelOpensUnknownWord(std::size_t t) const {
  const Token& tok = doc_.tokens[t];
  if (t == 0 || tok.pos != "x" || tok.end - tok.start < 2 || !IsBareLevelChar(text_[tok.start])) return false;
  const Token& before = doc_.tokens[t - 1];
  return before.end == tok.start && IsHan(text_[before.start]) && region_at_[before.start] < 0 && before.pos != "ns" &&
         cand_end_[before.end] < 0 && !IsLevelPrefix(text_.substr(before.start, before.end - before.start));
}

// A place or a bare level in full-width parentheses right after the head
// belongs to the name: 杭州高新区（滨江）, 青禾大学长三角研究院（嘉兴）.
std::uint32_t Walker::ParenSuffix(std::uint32_t end) const {
  if (end >= text_.size() || text_[end] != U'（') return end;
  std::uint32_t close = end + 1;
  while (close < text_.size() && close - end <= 5 && IsHan(text_[close])) ++close;
  if (close >= text_.size() || text_[close] != U'）' || close == end + 1) return end;
  const std::u32string_view inside = text_.substr(end + 1, close - end - 1);
  const std::size_t t = TokenAt(end + 1);
  const Role role = Classify(t, doc_.tokens[t].start, doc_.tokens[t].end);
  const bool level = IsLevelPrefix(inside) || inside.back() == U'区' || inside.back() == U'市' || inside.back() == U'县';
  // After a legal form only a place is the name's (某某有限公司 + （某地）); a proper word there is
  // the short form the text defines (某某服务平台有限公司 + （某某）).
  if (end >= 2 && text_.substr(end - 2, 2) == U"公司") return role == Role::kRegion || level ? close + 1 : end;
  const bool place = role == Role::kName || role == Role::kRegion || level;
  return place ? close + 1 : end;
}

bool Walker::EndsBareName(std::uint32_t end) const {
  if (end >= text_.size()) return true;
  // One space between two Han characters is where a hard-wrapped line was joined (某地半導體 +
  // " " + 供應鏈): what follows it decides.
  if (text_[end] == U' ' && end > 0 && end + 1 < text_.size() && IsHan(text_[end - 1]) && IsHan(text_[end + 1])) {
    return EndsBareName(end + 1);
  }
  const std::size_t t = TokenAt(end);
  const Role r = Classify(t, doc_.tokens[t].start, doc_.tokens[t].end);
  if (r == Role::kStop || r == Role::kVerb || r == Role::kConj) return true;
  const Token& tok = doc_.tokens[t];
  // A firm's people and arms written right after its name end it (某某证券 + 相关 + 负责人,
  // + 相关 + 人士, + 全资 + 子公司).
  if (tok.end - tok.start == 2 && (text_[tok.start] == U'相' || text_[tok.start] == U'全') && t + 1 < doc_.tokens.size()) {
    const std::u32string_view w = text_.substr(tok.start, 2);
    const Token& next = doc_.tokens[t + 1];
    const std::u32string_view after = text_.substr(next.start, next.end - next.start);
    if ((w == U"相关" || w == U"全资") && (IsTitle(after) || after == U"人士" || after == U"子公司")) return true;
  }
  // 常务 before a deputy's title is part of it (某中心 + 常务副主任, 常务理事).
  if (text_[tok.start] == U'常' && text_.substr(tok.start, tok.end - tok.start) == U"常务" && t + 1 < doc_.tokens.size()) {
    const Token& next = doc_.tokens[t + 1];
    const std::u32string_view w = text_.substr(next.start, next.end - next.start);
    return w == U"副" || IsTitle(w);
  }
  return false;
}

// The sum a firm puts in or raises, right after its name (某某科技 + 投资 + 5亿元, + 总 + 投资 +
// 27亿元): the noun is the clause's verb, so the name ends before it.
bool Walker::PutsInMoney(std::size_t t) const {
  const auto& toks = doc_.tokens;
  auto word = [&](std::size_t i) { return text_.substr(toks[i].start, toks[i].end - toks[i].start); };
  if (t + 1 < toks.size() && word(t) == U"总" && toks[t + 1].start == toks[t].end) ++t;
  if (t + 1 >= toks.size() || !InClass(WordClass::kMoneyVerb, word(t)) || toks[t + 1].start != toks[t].end) return false;
  const char32_t c = text_[toks[t + 1].start];
  return toks[t + 1].pos == "m" || IsLatinDigit(c) || IsNumeralChar(c);
}

bool Walker::RightContextIsVerb(std::uint32_t end) const {
  if (end >= text_.size()) return false;
  const std::size_t t = TokenAt(end);
  return doc_.tokens[t].pos == "v" || doc_.tokens[t].pos == "vn";
}

// A brand before an industry word (华东 + 制药, 智缤 + 科技): one proper word,
// or two single characters the HMM left apart (觅/睿), and no noun after it.
bool Walker::TryBrand(std::uint32_t head_start, std::uint32_t head_end, const Head& head,
                      const std::array<Piece, 16>& pieces, std::size_t n) {
  if (n == 0) return false;
  const Piece& p = pieces[0];
  const bool known = p.role == Role::kOrg && p.org >= 0 && (*cands_)[p.org].kind == "company" &&
                     (*cands_)[p.org].end == head_start;
  // (After a known company a place may follow: 某某证券 + 亚洲首席经济学家.)
  // (A brand's own word before the sum it puts in, 某某 + 科技 + 投资 + 5亿元; after a place alone the
  // line of business is the place's, 某省 + 科技 + 投资 + 500亿元.)
  const bool ends = EndsBareName(head_end);
  const bool invests = !ends && p.role != Role::kRegion && head_end < text_.size() && PutsInMoney(TokenAt(head_end));
  // (So may a foreign brand's China arm: 某某 + 电气 + 中国区 + 总裁, the brand is the company.)
  const bool china_arm = !ends && p.role == Role::kName && text_.substr(head_end, 3) == U"中国区";
  if (!ends && !(known && head_end < text_.size() && region_at_[head_end] >= 0) && !invests && !china_arm) return false;
  const std::u32string_view head_word = text_.substr(head_start, head_end - head_start);
  // (A known operator's own line of business is its name too: 远传 + 电信.)
  if (InClass(WordClass::kLocalOperator, head_word) && !known && !(p.role == Role::kRegion && IsDivision(p.start))) {
    return false;
  }
  // A line of business before a one-character unit word is a body's department (某局 + 科技 + 处,
  // 某院 + 财务 + 科; also as the HMM glues it to the next word, 科技 + 处及), not a firm.
  if (head_end < text_.size() && std::u32string_view(U"处科室").find(text_[head_end]) != std::u32string_view::npos) {
    const Token& next = doc_.tokens[TokenAt(head_end)];
    if (next.start == head_end && (next.end == head_end + 1 || next.pos == "x")) return false;
  }
  // A country before a line of business is its sector (某国 + 化学、生物…武器), and a line
  // of business listed with plain nouns is one of several goods (抗议 + 食品、药品).
  if (!known && p.role == Role::kRegion && IsForeignCountry(p.start, p.end)) return false;
  if (!known && p.role == Role::kRegion && InClass(WordClass::kGoodsIndustry, head_word)) {
    return false;
  }
  if (ListsGoods(head_end)) return false;
  // Goods listed as a kind (扁线 + 电机、锂离子动力电池等 + 赛道) or as what a project makes (扁线 + 电机
  // + 及电控 + 项目): the technology word before the line of business is no brand.
  if (!known && ListedAsGoods(head_end)) return false;
  // A place written with its level (某市, 某镇) before a line of business is that place's industry
  // (某市 + 新能源 + 与储能产业, 某镇 + 新能源 + 的发展): a firm's short name leaves the level out
  // (某地 + 新能源). A city's own telecom operator (某市 + 电信) is the exception.
  if (!known && p.role == Role::kRegion && PlaceWrittenWithLevel(p.start, p.end) &&
      !InClass(WordClass::kLocalOperator, head_word)) {
    return false;
  }
  // A place's line of business joined by 和 to a bureau's second field (某市 + 科技 + 和 +
  // 工业信息化 + 局) is the first field of that bureau's remit, not a firm.
  if (!known && p.role == Role::kRegion && FieldOfABureauAfter(head_end)) return false;
  // Goods with a noun right after them are that noun's kind (某某 + 汽车 + 导航 + 项目), not a firm.
  if (!known && !invests && InClass(WordClass::kGoodsIndustry, head_word) && GoodsModifyNext(head_end)) return false;
  // A technology's acronym before a line of business is a field (3D + 生物打印, AI + 医疗), not a brand.
  if (!known && IsTechAcronym(text_.substr(p.start, p.end - p.start))) return false;
  // A noun glued before the brand: the theme of a product named after its company (某某医疗 + 保健 + 基金).
  if (InClass(WordClass::kProductHead, head_word) && n >= 2 && pieces[1].end == p.start &&
      (pieces[1].role == Role::kNominal || pieces[1].role == Role::kGeneric)) {
    return false;
  }
  std::uint32_t start = 0;
  if (known) {
    start = (*cands_)[p.org].start;  // a known company's own industry word (某某 + 矿业): one name, the longest
  } else if (p.end - p.start >= 2 && (p.role == Role::kName || p.role == Role::kRegion)) {
    start = p.start;
    if (n >= 2 && pieces[1].end == p.start && p.role == Role::kName) {
      // A division right before the brand belongs to it (浙江 + 某跑 + 科技); so does a
      // single proper character the HMM left apart (赛 + 诺维 + 制药).
      const Piece& q = pieces[1];
      if ((q.role == Role::kRegion && IsDivision(q.start)) || (q.end - q.start == 1 && q.pos == "nz")) start = q.start;
    }
    // The HMM glues a preposition to an unknown brand (从某某 + 通讯): it stays out.
    if (p.pos == "x" && p.end - p.start >= 3 && IsGluedPreposition(text_[p.start])) ++start;
    // An unknown word ending in a verb that takes the line of business as its object
    // (走办 + 实业, of 走办实业的道路) is a clause, not a brand.
    if (p.pos == "x" && std::u32string_view(U"办兴搞").find(text_[p.end - 1]) != std::u32string_view::npos) {
      return false;
    }
  } else if (n >= 2 && p.end - p.start == 1 && pieces[1].end - pieces[1].start == 1 && IsHan(text_[p.start]) &&
             IsHan(text_[pieces[1].start]) && !IsGluedPreposition(text_[pieces[1].start]) &&
             (p.role == Role::kName || pieces[1].role == Role::kName)) {
    start = pieces[1].start;
  } else {
    return false;
  }
  Candidate c;
  c.start = start;
  c.end = head_end;
  c.kind = head.kind;
  c.body_end = head_start;
  c.head_end = head_end;
  Add(std::move(c));
  return true;
}

// Whether [start, end) is a place whose last character is its administrative level (某市, 某县,
// 某镇), as a firm's name rarely writes it.
bool Walker::PlaceWrittenWithLevel(std::uint32_t start, std::uint32_t end) const {
  if (end - start < 3 || region_at_[start] < 0) return false;
  return std::u32string_view(U"省市县区镇乡村").find(text_[end - 1]) != std::u32string_view::npos;
}

// Whether `end` is followed by 和/与/及 and up to three nouns ending in a government head
// (科技 + 和 + 工业 + 信息化 + 局): the word before `end` is a bureau's first field.
bool Walker::FieldOfABureauAfter(std::uint32_t end) const {
  if (end >= text_.size() || !IsJoiningConjunction(text_[end])) return false;
  std::size_t t = TokenAt(end);
  if (doc_.tokens[t].end != end + 1) return false;
  for (int k = 0; k < 4 && ++t < doc_.tokens.size(); ++k) {
    const Token& tok = doc_.tokens[t];
    const std::u32string_view w = text_.substr(tok.start, tok.end - tok.start);
    for (std::size_t len = std::min<std::size_t>(w.size(), 3); len >= 1; --len) {
      const Head* h = FindHead(w.substr(w.size() - len));
      // (A bureau's head word holding its own field counts right after 和: 科技 + 和 + 经信局; a
      // bare 政府 or 局 does not: 某某科技和政府合作.)
      if (h && IsGovernment(h->kind)) return k > 0 || len < w.size() || w.size() >= 3;
    }
    // (A bare level or a place opens a second body: 某某科技 + 和 + 市 + 科技局.)
    if (!IsHan(w.front()) || IsLevelPrefix(w) || region_at_[tok.start] >= 0 ||
        (tok.pos != "n" && tok.pos != "vn" && tok.pos != "l")) {
      return false;
    }
  }
  return false;
}

// Whether a noun is written right after `end` (导航 of 某某汽车导航), other than a title.
bool Walker::GoodsModifyNext(std::uint32_t end) const {
  const std::size_t t = TokenAt(end);
  if (t >= doc_.tokens.size() || doc_.tokens[t].start != end) return false;
  const Token& next = doc_.tokens[t];
  const std::u32string_view w = text_.substr(next.start, next.end - next.start);
  return (next.pos == "n" || next.pos == "vn" || next.pos == "nz" || next.pos == "ng") && w.size() >= 2 &&
         !IsTitle(w) && !IsBusinessRole(w);
}

// 3D, 5G, AI, IT: two characters with a digit, or the acronyms of fields of technology.
bool Walker::IsTechAcronym(std::u32string_view w) {
  if (w.size() != 2 || !IsLatinName(w)) return false;
  if (IsLatinDigit(w[0]) || IsLatinDigit(w[1])) return true;
  std::u32string up;
  for (char32_t c : w) up.push_back(static_cast<char32_t>(std::toupper(static_cast<int>(HalfWidth(c)))));
  return up == U"AI" || up == U"IT" || up == U"BT" || up == U"VR" || up == U"AR" || up == U"XR" || up == U"MR";
}

// A firm's plant abroad named by its country alone (泰国 + 海外 + 工厂, 美国 + 工厂).
bool Walker::PlantAbroad(std::uint32_t start, std::uint32_t head_start, std::uint32_t head_end) const {
  if (text_.substr(head_start, head_end - head_start) != U"工厂") return false;
  const int r = region_at_[start];
  if (r < 0 || regions_[r].start != start || !IsForeignCountry(start, regions_[r].end)) return false;
  const std::u32string_view rest = text_.substr(regions_[r].end, head_start - regions_[r].end);
  return rest.empty() || rest == U"海外" || rest == U"境外" || rest == U"当地";
}

// Whether [start, end) is a foreign country written in full (伊拉克, 日本), not an
// abbreviation that opens brands (美 + 达股份) nor China itself (中国 + 生物).
bool Walker::IsForeignCountry(std::uint32_t start, std::uint32_t end) const {
  const int r = region_at_[start];
  if (r < 0 || regions_[r].start != start || regions_[r].end != end || end - start < 2) return false;
  return regions_[r].norm.GetString("level") == "country" && text_.substr(start, 2) != U"中国" &&
         text_.substr(start, 2) != U"中华";
}

// Whether a plain noun follows after 、 (食品、药品): the word before is one of a list of
// goods or fields, not a brand's line of business (某某食品、某某机械 lists brands).
bool Walker::ListsGoods(std::uint32_t end) const {
  if (end >= text_.size() || text_[end] != U'、') return false;
  const std::size_t t = TokenAt(end) + 1;
  if (t >= doc_.tokens.size()) return false;
  const Token& next = doc_.tokens[t];
  if (next.pos != "n" || region_at_[next.start] >= 0) return false;
  // (A known company is no good: 某某资本、格力 + 某投 lists investors.)
  if (const int c = CandidateEndingAt(next.end); c >= 0 && (*cands_)[c].start == next.start && (*cands_)[c].valid) return false;
  return t + 1 >= doc_.tokens.size() || !FindHead(text_.substr(doc_.tokens[t + 1].start,
                                                               doc_.tokens[t + 1].end - doc_.tokens[t + 1].start));
}

// Whether the line of business ending at `end` is one of goods listed after it: items joined by 、,
// 及, 和 closed by 等 and a kind of goods (某某电机、某某电池等 + 赛道; not 等 + 赛道 + 龙头, the firms),
// or plain nouns closed by the project that makes them (某某电机 + 及 + 电控 + 项目).
bool Walker::ListedAsGoods(std::uint32_t end) const {
  if (end >= text_.size() || !(text_[end] == U'、' || text_[end] == U'等' || IsJoiningConjunction(text_[end]))) return false;
  const auto& toks = doc_.tokens;
  auto word = [&](std::size_t i) { return text_.substr(toks[i].start, toks[i].end - toks[i].start); };
  bool plain = true;  // only plain nouns since `end` (电控, 电池): a project may close them
  for (std::size_t t = TokenAt(end), k = 0; t < toks.size() && k < 12; ++t, ++k) {
    const std::u32string_view w = word(t);
    if (w == U"等" || w == U"等等") {
      if (t + 1 >= toks.size() || !InClass(WordClass::kGoodsKind, word(t + 1))) return false;
      return t + 2 >= toks.size() || !(InClass(WordClass::kFirmNoun, word(t + 2)) || word(t + 2) == U"龙头");
    }
    if (w == U"、" || (w.size() == 1 && IsJoiningConjunction(w[0]))) continue;
    if (!IsHan(w.front()) || toks[t].pos == "v" || toks[t].pos.starts_with("r") || toks[t].pos.starts_with("p")) return false;
    if (k > 1 && plain && InClass(WordClass::kGoodsProject, w) && toks[t].start == toks[t - 1].end) return true;
    plain = plain && (toks[t].pos == "n" || toks[t].pos == "vn" || toks[t].pos == "b") && region_at_[toks[t].start] < 0;
  }
  return false;
}

// Whether token t stands between two parts of a transliterated name (某某 · 某某),
// so that the interpunct belongs to the name.
bool Walker::BetweenNames(std::size_t t) const {
  const auto& toks = doc_.tokens;
  return t > 0 && t + 1 < toks.size() && toks[t - 1].pos.starts_with("nr") && toks[t + 1].pos.starts_with("nr");
}

bool Walker::NextWordIsHead(std::size_t t) const {
  const auto& toks = doc_.tokens;
  if (t + 1 >= toks.size()) return false;
  return FindHead(text_.substr(toks[t + 1].start, toks[t + 1].end - toks[t + 1].start)) != nullptr;
}

// Whether a Chinese division (a province, a city, a county or a town) begins at
// pos: not a country, a foreign place or a macro-region.
bool Walker::IsDivision(std::uint32_t pos) const {
  const int r = region_at_[pos];
  if (r < 0) return false;
  const std::string_view level = regions_[r].norm.GetString("level");
  return level == "province" || level == "city" || level == "county" || level == "town";
}

bool Walker::TryHead(std::uint32_t head_start, std::uint32_t head_end, const Head& head) {
  if (!HeadContextAllows(head, head_start, head_end) || DemonstrativeGluedBefore(head_start)) return false;
  if (head.kind == "company" && AfterMarketBoard(head_start)) return false;
  std::array<Piece, 16> pieces;
  std::size_t n = Gather(head_start, head_end, head, &pieces);
  if (n == kNoPieces) return false;
  if (head.cls == HeadClass::kIndustry) return TryBrand(head_start, head_end, head, pieces, n);
  if (head.kind == "company") n = StopAtGovernment(&pieces, n);
  Body body;
  std::string_view kind;
  // (A working committee belongs to the committee before it: 某省委 + 科技 + 工委.)
  const bool nests = head.inherit || text_[head_start] == U'分' || text_[head_start] == U'支' ||
                     text_.substr(head_start, head_end - head_start) == U"工委";
  const bool found = FindBody(pieces, n, head_start, nests, &body);
  if (found) OpenInternational(head, pieces, n, &body);
  if (!found || !Proper(head, pieces, body, head_start, head_end, &kind)) {
    if (IsVerbBrand(pieces, n, head_start, head_end)) {
      body = Body{pieces[0].start, 0, false, true, false, -1};  // 联想 + 集团
    } else if (head.cls == HeadClass::kUnit && RemitVerbOfABody(pieces, n, head_start)) {
      body = Body{pieces[1].start, 1, false, true, false, pieces[1].org};  // 某部 + 统计 + 处
    } else if (head.cls == HeadClass::kSelf && NamesTheLocalBody(head_start)) {
      body = Body{head_start, 0, false, false, false, -1};  // 向人民检察院 + 提起公诉
    } else {
      return false;
    }
    kind = head.kind;
    if (head.inherit && body.inner >= 0) kind = (*cands_)[body.inner].kind;  // (某部统计处: the ministry's)
  }

  // A country or a province alone before 公司 (澳门 + 公司, 美国 + 公司) is a kind of firm by its
  // seat, not a name (a smaller place may name one: 某湖 + 公司).
  if (body.left == 0 && SeatOfAKindOfFirm(pieces[0]) && text_.substr(head_start, head_end - head_start) == U"公司") {
    return false;
  }
  // A harbour named after a town (某镇 + 某某港) is a place of that town, not a port's operator.
  if (TownHarbour(pieces, body, head_start, head_end)) return false;
  // A firm's plant abroad named by its country alone (泰国 + 海外 + 工厂, 美国 + 工厂) names no body.
  if (PlantAbroad(body.start, head_start, head_end)) return false;
  // A category of bodies, not one: a place alone after 等 (甲实验室等 + 某省 + 实验室), a bare
  // level in a list opened by 各 (各县、 + 区 + 人民政府), or a bare level after a word taking
  // some of its bodies (部分 + 省 + 某地商会, 有关 + 县 + 政府; not 部分 + 省人大常委会 + 委员).
  if (CategoryAfterList(pieces, body) || ScopedLevel(pieces, body, head_end) || DesignatedCentre(pieces, body, head_end)) {
    return false;
  }
  // A venue named like a body (某市体育中心, 某国际会展中心) is a place, not an organisation.
  if (head_end - body.start >= 4 && InClass(WordClass::kEventEnd, text_.substr(head_end - 4, 4))) return false;
  // A centre or base named as a project (某某智能制造中心 + 项目, 某某中心及研发中心 + 项目) is no body.
  if (NamesAProject(head_start, head_end)) return false;
  // A city's role named like a centre (某市 + 国际 + 科技创新中心, 某地 + 综合性国家 + 科学中心) is no body.
  if (NamesACityRole(body.start, head_end)) return false;
  // A place's banks as a whole (某地 + 银行 + 体系, + 系统) are its banking sector, no bank.
  if (body.left == 0 && pieces[0].role == Role::kRegion && BankingSector(head_start, head_end)) return false;
  // A park named after a company's registered name (某市某某生物科技有限公司 + 医药产业园) is
  // that company's project, and a plant after it or after a group (某某汽车有限公司 + 超级工厂, 某汽集团 +
  // 商用车 + 智能工厂) its facility: the company is the name.
  const bool plant = text_.substr(head_start, head_end - head_start) == U"工厂";
  if ((head.kind == "zone" || plant) && HoldsRegisteredCompany(body.start, head_start, plant)) return false;
  if (GroundsOfANamedZone(body.start, head_start, head_end)) return false;
  // A description after a word taking some or all places' bodies (各地 + 城市 + 研究院, 有关 + 行业 +
  // 协会) is a kind of body: a name needs a place, a level or a proper word of its own.
  if (!body.level && ScopeBefore(body.start) && DescribesOnly(pieces, body)) return false;

  Candidate c;
  c.start = body.start;
  c.end = ParenSuffix(head_end);
  c.body_end = head_start;
  c.head_end = head_end;
  c.kind = kind;
  c.region = RegionOf(c, body.level ? text_[body.start] : 0, body.inner);
  Add(std::move(c));
  return true;
}

// 国际 (a generic word, so no body begins with it) opens the name of an
// international society or institute (国际 + 某某协会) as a place opens a local one.
void Walker::OpenInternational(const Head& head, const std::array<Piece, 16>& pieces, std::size_t n,
                               Body* body) const {
  if (head.kind != "association" && head.kind != "research") return;
  const std::size_t i = body->left + 1;
  if (i >= n || pieces[i].end != body->start || text_.substr(pieces[i].start, pieces[i].end - pieces[i].start) != U"国际") {
    return;
  }
  if (pieces[i].start > 0 && text_[pieces[i].start - 1] == U'各') return;  // 各 + 国际某某协会: a category
  body->start = pieces[i].start;
  body->left = i;
  body->has_name = true;
}

// 企业技术中心 after nothing but a rank (省, 国家, 某省) is the designation a firm's centre
// is granted, not a body (某某公司 + 技术中心 is one).
bool Walker::DesignatedCentre(const std::array<Piece, 16>& pieces, const Body& body, std::uint32_t head_end) const {
  if (head_end < 6 || text_.substr(head_end - 6, 6) != U"企业技术中心") return false;
  for (std::size_t i = 0; i <= body.left; ++i) {
    const Role r = pieces[i].role;
    if (pieces[i].start < head_end - 6 && r != Role::kRegion && r != Role::kLevel && r != Role::kNational) return false;
  }
  return true;
}

bool Walker::CategoryAfterList(const std::array<Piece, 16>& pieces, const Body& body) const {
  if (body.start == 0) return false;
  bool place_only = true;
  for (std::size_t i = 0; i <= body.left; ++i) {
    place_only = place_only && (pieces[i].role == Role::kRegion || pieces[i].role == Role::kLevel);
  }
  if (!place_only) return false;
  if (text_[body.start - 1] == U'等') return true;
  if (!body.level || body.left != 0) return false;
  // Back over the other levels of the list (各省、市、 + 县 + 某局) to 各.
  std::uint32_t p = body.start;
  while (p > 0 && body.start - p < 8 && (text_[p - 1] == U'、' || IsBareLevelChar(text_[p - 1]))) --p;
  return p < body.start && p > 0 && text_[p - 1] == U'各';
}

bool Walker::SeatOfAKindOfFirm(const Piece& p) const {
  if (p.role != Role::kRegion) return false;
  const int r = region_at_[p.start];
  if (r < 0 || regions_[r].start != p.start || regions_[r].end != p.end) return false;
  const std::string_view level = regions_[r].norm.GetString("level");
  return level == "country" || level == "province" || level == "foreign" || level == "macro";
}

bool Walker::TownHarbour(const std::array<Piece, 16>& pieces, const Body& body, std::uint32_t head_start,
                         std::uint32_t head_end) const {
  if (head_end - head_start != 1 || text_[head_start] != U'港') return false;
  for (std::size_t i = 0; i <= body.left; ++i) {
    const Piece& p = pieces[i];
    const char32_t last = text_[p.end - 1];
    if (IsTownLevel(p) || (p.role == Role::kRegion && (last == U'镇' || last == U'乡'))) return true;
  }
  return false;
}

bool Walker::ScopedLevel(const std::array<Piece, 16>& pieces, const Body& body, std::uint32_t head_end) const {
  if (!body.level || !ScopeBefore(body.start)) return false;
  // A place after the level (部分 + 省 + 某地 + 商会): each level's body of that place, a category.
  if (body.left > 0 && pieces[body.left - 1].role == Role::kRegion) return true;
  // Otherwise the scope word may take the people after the body (部分 + 省人大常委会 + 委员):
  // the body is then the story's own.
  return !PeopleAfter(head_end);
}

bool Walker::PeopleAfter(std::uint32_t pos) const {
  for (std::uint32_t len = 1; len <= 4 && pos + len <= text_.size(); ++len) {
    const std::u32string_view w = text_.substr(pos, len);
    if (InClass(WordClass::kTitle, w) || w == U"代表" || w == U"成员" || w == U"干部" || w == U"同志" ||
        w == U"人员") {
      return true;
    }
  }
  return false;
}

bool Walker::ScopeBefore(std::uint32_t pos) const {
  // (设区 qualifies the level after a scope word: 各 + 设区 + 市 + 某局, the cities with districts.)
  if (pos >= 3 && text_.substr(pos - 2, 2) == U"设区") pos -= 2;
  for (std::uint32_t len = 1; len <= 2 && len <= pos; ++len) {
    if (InClass(WordClass::kLevelScope, text_.substr(pos - len, len))) return true;
  }
  return false;
}

bool Walker::BankingSector(std::uint32_t head_start, std::uint32_t head_end) const {
  if (text_.substr(head_start, head_end - head_start) != U"银行" || head_end + 2 > text_.size()) return false;
  const std::u32string_view next = text_.substr(head_end, 2);
  return next == U"体系" || next == U"系统";
}

bool Walker::HoldsRegisteredCompany(std::uint32_t start, std::uint32_t end, bool or_group) const {
  for (std::uint32_t p = start + 4; p <= end; ++p) {
    const int c = cand_end_[p];
    const std::u32string_view form = text_.substr(p - 2, 2);
    if (c >= 0 && (*cands_)[c].kind == "company" && (*cands_)[c].start >= start &&
        (form == U"公司" || (or_group && form == U"集团"))) {
      return true;
    }
  }
  return false;
}

bool Walker::DescribesOnly(const std::array<Piece, 16>& pieces, const Body& body) const {
  for (std::size_t i = 0; i <= body.left; ++i) {
    const Piece& p = pieces[i];
    // (A word the dictionary tags a place but the gazetteer does not know, 城市/ns, describes.)
    if (p.role == Role::kName || p.role == Role::kOrg || p.role == Role::kNational ||
        (p.role == Role::kRegion && region_at_[p.start] >= 0)) {
      return false;
    }
  }
  return true;
}

bool Walker::GroundsOfANamedZone(std::uint32_t start, std::uint32_t head_start, std::uint32_t head_end) const {
  if (text_.substr(head_start, head_end - head_start) != U"园区") return false;
  const int z = cand_end_[head_start];
  if (z < 0) return false;
  const Candidate& zone = (*cands_)[z];
  return zone.valid && zone.kind == "zone" && zone.start >= start &&
         org::EndsWithHead(text_.substr(zone.start, head_start - zone.start));
}

bool Walker::NamesAProject(std::uint32_t head_start, std::uint32_t head_end) const {
  const std::u32string_view head = text_.substr(head_start, head_end - head_start);
  // (A park named as a project, 某某集团智慧制造园区 + 项目, 某地某某产业园 + 项目, is a project as well.)
  if (!head.ends_with(U"中心") && !head.ends_with(U"基地") && !head.ends_with(U"园区") && !head.ends_with(U"产业园")) {
    return false;
  }
  std::uint32_t p = head_end;
  if (p < text_.size() && (text_[p] == U'及' || text_[p] == U'和' || text_[p] == U'与')) {
    // A second facility joined to it: the project word must follow that one.
    const std::uint32_t limit = std::min<std::uint32_t>(static_cast<std::uint32_t>(text_.size()), p + 14);
    while (p < limit && IsHan(text_[p]) && text_.substr(p, 2) != U"项目") ++p;
    if (p == head_end + 1 || p >= limit || text_.substr(p, 2) != U"项目") return false;
    const std::u32string_view before = text_.substr(head_end, p - head_end);
    return before.ends_with(U"中心") || before.ends_with(U"基地");
  }
  return text_.substr(p, 2) == U"项目";
}

// Whether [start, end) is a place, a standing and a role named like a centre
// (某市 + 国际 + 科技创新中心, 某地 + 全球 + 科创中心, 某地 + 综合性国家 + 科学中心):
// the part the city is to play, which policy texts build
// and promote, not a body. The place alone before the standing; a host named
// before it (某大学 + 某市 + 国际 + 科创中心) makes a longer name elsewhere.
bool Walker::NamesACityRole(std::uint32_t start, std::uint32_t end) const {
  const int r = region_at_[start];
  if (r < 0 || regions_[r].start != start || regions_[r].end >= end) return false;
  std::u32string_view rest = text_.substr(regions_[r].end, end - regions_[r].end);
  if (rest.starts_with(U"地区")) rest.remove_prefix(2);  // (某某地区 + 全国性 + 科技创新中心)
  for (std::size_t len = 2; len <= 5 && len < rest.size(); ++len) {
    if (InClass(WordClass::kRoleStanding, rest.substr(0, len)) && InClass(WordClass::kRoleCentre, rest.substr(len))) {
      return true;
    }
  }
  return false;
}

// A demonstrative the HMM glued to the end of an unknown word before the head
// (故自该 + 公司, 由此 + 中心) points back to a body named before: no name starts here.
bool Walker::DemonstrativeGluedBefore(std::uint32_t head_start) const {
  if (head_start == 0) return false;
  const char32_t last = text_[head_start - 1];
  if (last != U'该' && last != U'此' && last != U'其' && last != U'这' && last != U'那') return false;
  const Token& t = doc_.tokens[TokenAt(head_start - 1)];
  return t.pos == "x" && t.end == head_start && t.end - t.start >= 2;
}

// A market's board right before a company head (科创板 + 公司, 創新板 + 公司, 上櫃 + 公司)
// names the firms listed there, a category: no name.
bool Walker::AfterMarketBoard(std::uint32_t head_start) const {
  for (std::uint32_t len = 2; len <= 3 && len <= head_start; ++len) {
    if (InClass(WordClass::kMarketBoard, text_.substr(head_start - len, len))) return true;
  }
  return false;
}

// A group named by a word the dictionary knows as a verb (联想 + 集团): one
// two-character verb right after a clause boundary, before 集团 standing
// alone (加入集团后, 整合集团资源 are the verb's object), not before a verb.
bool Walker::IsVerbBrand(const std::array<Piece, 16>& pieces, std::size_t n, std::uint32_t head_start,
                         std::uint32_t head_end) const {
  if (n == 0 || text_.substr(head_start, 2) != U"集团") return false;
  // Nor before a verb: 带领集团 + 走出困境 is a clause.
  if (head_end < text_.size()) {
    const std::size_t t = TokenAt(head_end);
    const Role next = Classify(t, doc_.tokens[t].start, doc_.tokens[t].end);
    if (next != Role::kStop && next != Role::kConj) return false;
  }
  const Piece& p = pieces[0];
  if (p.role != Role::kVerb || p.pos != "v" || p.end != head_start || p.end - p.start != 2) return false;
  return n == 1 || (pieces[1].role == Role::kStop && !IsHan(text_[pieces[1].end - 1]));
}

// A government body's department named by a verb of its remit right before the unit's head
// (某部 + 统计 + 处, 某部 + 预算 + 司): the verb is the remit, glued to the body before it.
bool Walker::RemitVerbOfABody(const std::array<Piece, 16>& pieces, std::size_t n, std::uint32_t head_start) const {
  if (n < 2) return false;
  const Piece& verb = pieces[0];
  const Piece& body = pieces[1];
  return verb.role == Role::kVerb && verb.end == head_start && verb.end - verb.start == 2 && body.role == Role::kOrg &&
         body.end == verb.start && (*cands_)[body.org].kind == "government";
}

// A court or procuratorate named by its head alone (由人民检察院提起公诉) is the
// one of a place the story has already named; after a category word
// (各级, 上级, 地方) or in a text that names no place (a statute) it is generic.
bool Walker::NamesTheLocalBody(std::uint32_t head_start) const {
  if (head_start > 0) {
    const Token& prev = doc_.tokens[TokenAt(head_start - 1)];
    if (IsGenericNoun(text_.substr(prev.start, prev.end - prev.start))) return false;
  }
  if (std::any_of(regions_.begin(), regions_.end(), [&](const Entity& r) { return r.end <= head_start; })) return true;
  // Or the body named in full before (北市 + 产发局 … 产发局回应).
  const std::u32string_view head = text_.substr(head_start, doc_.tokens[TokenAt(head_start)].end - head_start);
  return std::any_of(cands_->begin(), cands_->end(), [&](const Candidate& c) {
    return c.valid && c.end <= head_start && text_.substr(c.start, c.end - c.start).ends_with(head);
  });
}

// Heads that the words around them show to be something else.
bool Walker::HeadContextAllows(const Head& head, std::uint32_t head_start, std::uint32_t head_end) const {
  if (Reject(head, TokenAt(head_start), head_start, head_end)) return false;
  // A head before a lone 区 names the quarter around such bodies (某市 + 领事馆 + 区), no body.
  if (head_end < text_.size() && text_[head_end] == U'区' && region_at_[head_end] < 0) {
    const Token& next = doc_.tokens[TokenAt(head_end)];
    if (next.start == head_end && next.end == head_end + 1) return false;
  }
  // A kind of body before 界 names a sector of society (某党 + 工商联 + 界 + 委员), no body.
  if (head_end < text_.size() && text_[head_end] == U'界' && doc_.tokens[TokenAt(head_end)].start == head_end) return false;
  // A one-character head after a count is a measure word (近百 + 所 + 高校).
  if (head_end - head_start == 1 && head_start > 0 && InClass(WordClass::kCountChar, text_[head_start - 1])) {
    return false;
  }
  // 所 is also a particle (稳定所做的努力): as a head it follows a noun and precedes no verb.
  if (text_[head_start] == U'所' && head_end - head_start == 1) {
    if (head_start == 0) return false;
    // An academy's institute by its field (某科学院 + 某地 + 纳米 + 所) stands before a verb or a
    // preposition too (某所与某市签约), and a field the dictionary tags as a foreign name is a field.
    const bool institute = UnitOfABodyBefore(head_start) || CityFieldInstitute(head_start);
    if (RightContextIsVerb(head_end) && !institute) return false;
    // Right after a whole government or party body it is the particle (某市政府所提, 省委所做):
    // their institutes carry a field of their own (某局 + 规划 + 所).
    if (const int body = cand_end_[head_start];
        body >= 0 && (*cands_)[body].valid && IsGovernment((*cands_)[body].kind)) {
      return false;
    }
    if (head_end < text_.size() && doc_.tokens[TokenAt(head_end)].pos == "p" && !institute) return false;  // 所向
    const Token& before = doc_.tokens[TokenAt(head_start - 1)];
    const std::string_view pos = before.pos;
    if (pos == "a" || pos == "v" || pos == "d" || pos == "ad" || (pos.starts_with("nr") && !(institute && pos == "nrt"))) {
      return false;
    }
    if (before.end == head_start && NamesPeople(text_.substr(before.start, before.end - before.start))) return false;
  }
  // A head whose longer form the HMM cut away (产业园 + 区营商 for 产业园区) is
  // not where the name ends.
  if (head_end < text_.size() && doc_.tokens[TokenAt(head_end)].pos == "x" &&
      FindHead(text_.substr(head_start, head_end - head_start + 1))) {
    return false;
  }
  // A valley (智谷, 药谷) before a noun names a part of it or modifies it
  // (某某智谷创新服务综合体); before a body of the zone (管委会) or the clause's end it is the name.
  if (text_[head_end - 1] == U'谷' && !EndsBareName(head_end)) {
    const Token& next = doc_.tokens[TokenAt(head_end)];
    if (!FindHead(text_.substr(next.start, next.end - next.start))) return false;
  }
  // 党组成员 is a title (a member of the body's party group): the name ends before it
  // (某厅 + 党组成员), where 某集团党委 + 书记 keeps its committee. (A working committee is a
  // body of its own: 某省委科技工委 + 委员.)
  const std::u32string_view rest = text_.substr(head_end, 2);
  if ((rest == U"成员" || rest == U"委员") && text_.substr(head_start, head_end - head_start) == U"党组") return false;
  // A newspaper's head before a figure is a quote at a moment (收盘 + 时 + 报 + 某价).
  if (InClass(WordClass::kDescribedOutlet, text_.substr(head_start, head_end - head_start)) && head_end < text_.size() &&
      (IsLatinDigit(text_[head_end]) || IsNumeralChar(text_[head_end]))) {
    return false;
  }
  // 中心 before a noun is a modifier (中心城市), not a head; before the seat of its branch it is the
  // centre's (某省某某中心 + 某市 + 分中心).
  if (text_.substr(head_start, 2) == U"中心" && head_end - head_start == 2 && !EndsBareName(head_end) &&
      !BranchSeatAfter(head_end)) {
    return false;
  }
  // So is 公司 before the department of a line of business (某银行总行 +
  // 公司业务部): the name, if any, ends before it. (某某公司 + 业务 is the
  // company's business: the company stays.)
  if (text_.substr(head_start, head_end - head_start) == U"公司" && head_end < text_.size()) {
    const Token& next = doc_.tokens[TokenAt(head_end)];
    if (next.start == head_end && InClass(WordClass::kHeadModified, text_.substr(next.start, next.end - next.start))) {
      return false;
    }
  }
  return true;
}

// Whether a place opening at `pos` is the seat of a branch named after it (某市 + 分中心, + 分院, + 分所).
bool Walker::BranchSeatAfter(std::uint32_t pos) const {
  if (pos >= text_.size() || region_at_[pos] < 0) return false;
  const Entity& seat = regions_[region_at_[pos]];
  if (seat.start != pos) return false;
  const std::u32string_view after = text_.substr(seat.end, 3);
  return after == U"分中心" || after.starts_with(U"分院") || after.starts_with(U"分所");
}

// An organisation found right before the field words of a one-character unit
// head (某科学院 + 高能物理 + 所 + 供图): the head is that body's institute, not a
// particle before a verb.
bool Walker::UnitOfABodyBefore(std::uint32_t head_start) const {
  std::size_t t = TokenAt(head_start - 1);
  for (int k = 0; k < 3; ++k) {
    const Token& tok = doc_.tokens[t];
    if (!IsHan(text_[tok.start]) || (tok.pos != "n" && tok.pos != "nz" && tok.pos != "vn" && tok.pos != "nrt")) return false;
    const int org = cand_end_[tok.start];
    if (org >= 0 && (*cands_)[org].valid && ((*cands_)[org].kind == "research" || (*cands_)[org].kind == "university")) {
      return true;
    }
    if (t == 0) return false;
    --t;
  }
  return false;
}

// A city and a field before 所 (某市 + 自动化 + 所, 某地 + 化物所) is how institutes
// of the academies are known, also before a verb; people or firms before the
// particle 所 (市民所需, 企业所急) are no field.
bool Walker::CityFieldInstitute(std::uint32_t head_start) const {
  const std::size_t t = TokenAt(head_start - 1);
  const Token& tok = doc_.tokens[t];
  const std::u32string_view field = text_.substr(tok.start, std::min(tok.end, head_start) - tok.start);
  const bool nominal = tok.pos == "n" || tok.pos == "nz" || tok.pos == "l" || tok.pos == "vn" || tok.pos == "nrt";  // 纳米/nrt
  if (t == 0 || !nominal || field.size() < 2 || !IsHan(field.front()) || IsGenericNoun(field) || IsTitle(field) ||
      NamesPeople(field) || field == U"方面") {
    return false;
  }
  const Token& city = doc_.tokens[t - 1];
  if (!IsDivision(city.start) || region_at_[city.end - 1] < 0) return false;
  // 为/被 + X + 所 + verb is the passive (为某地火腿所折服); 在 + X + 所 + verb says
  // where something happened (在某地舞台所笼罩): neither is an institute.
  return city.start == 0 || std::u32string_view(U"为被在").find(text_[city.start - 1]) == std::u32string_view::npos;
}

// The pieces left of the head: the part of the head's token before it (科技
// of 科技局), then whole tokens; kNoPieces when that part rules the head out.
std::size_t Walker::Gather(std::uint32_t head_start, std::uint32_t head_end, const Head& head,
                           std::array<Piece, 16>* pieces) const {
  const std::size_t ht = TokenAt(head_start);
  const Token& htok = doc_.tokens[ht];
  if (head_start == htok.start) {
    const std::size_t m = Collect(head_start, pieces);
    // A level's own committee after a whole body (某省科技厅 + 省委 + 科技工委) is a second body.
    return IsBareLevelChar(text_[head_start]) && SecondBodyAfter(*pieces, m, head_start) ? 0 : m;
  }
  if (!FragmentAllowed(ht, head_start, head_end)) return kNoPieces;
  const std::u32string_view frag = text_.substr(htok.start, head_start - htok.start);
  if (head.cls == HeadClass::kIndustry) return kNoPieces;  // 高智能: an industry word stands alone
  // An ordinal or a count is no body (中国 + 第一部 + 关于…的专著).
  if (htok.pos == "m") return kNoPieces;
  // A one-character head inside an unknown word is a guess too far (满宜办).
  // (Not a section of the body right before it: 某办 + 政研处; SubUnitOf checks that body.)
  if (head_end - head_start == 1 && htok.pos == "x" && !IsLevelPrefix(frag) && head.cls != HeadClass::kUnit) {
    return kNoPieces;
  }
  Role r = IsLevelPrefix(frag) ? Role::kLevel : Classify(ht, htok.start, head_start);
  if (r == Role::kStop || r == Role::kVerb) r = Role::kNominal;  // inside a compound word
  if (IsGenericNoun(frag)) r = Role::kGeneric;                    // 商业 + 银行, 人民 + 法院
  if (htok.pos == "nt" && frag.size() == 1 && r == Role::kName) r = Role::kNominal;  // 农 + 学院 names nothing alone
  // A level's party committee glued to a head in one dictionary word (市委党校) names its body.
  if (frag.size() == 2 && IsBareLevelChar(frag[0]) && frag[1] == U'委') r = Role::kName;
  std::size_t n = 0;
  (*pieces)[n++] = Piece{htok.start, head_start, r, -1, htok.pos};
  std::array<Piece, 16> rest;
  const std::size_t m = Collect(htok.start, &rest);
  if (r == Role::kLevel && SecondBodyAfter(rest, m, htok.start)) return n;  // (市 + 委 cut apart)
  for (std::size_t i = 0; i < m && n < pieces->size(); ++i) (*pieces)[n++] = rest[i];
  return n;
}

// Whether the pieces left of `start` open with a whole body other than the party
// (某省科技厅 + 省委): a level's own body written after it is a second one; the party's
// own committee joins it (中共 + 省委).
bool Walker::SecondBodyAfter(const std::array<Piece, 16>& pieces, std::size_t m, std::uint32_t start) const {
  return m > 0 && m != kNoPieces && pieces[0].role == Role::kOrg && pieces[0].org >= 0 && pieces[0].end == start &&
         (*cands_)[pieces[0].org].kind != "party";
}

// A group named by one ordinary noun (白鹭集团, 飞燕集团): a single noun word
// right after a clause boundary, before 集团 or a legal form, not 公司 alone
// (保险公司, 物流公司 are kinds of companies).
bool Walker::IsTradeName(const std::array<Piece, 16>& pieces, const Body& body, std::uint32_t head_start,
                         std::uint32_t head_end) const {
  const std::u32string_view head = text_.substr(head_start, head_end - head_start);
  // Only a group or a legal form: 智慧商场, 旅游酒店 are kinds of places.
  const bool group_or_legal = head.ends_with(U"集团") || head.find(U"有限") != std::u32string_view::npos ||
                              head.find(U"股份") != std::u32string_view::npos || head.starts_with(U"控股");
  if (!group_or_legal) return false;
  const Piece& p = pieces[body.left];
  if (body.left != 0 || p.pos != "n" || p.end - p.start < 2 || p.role != Role::kNominal) return false;
  const Piece& before = pieces[body.left + 1];
  // An adverb or adjective glued to the noun is the first half of a coined trade name
  // (某地 + 鼎新 + 材料 + 有限公司), which the legal-name rule reads whole: the noun alone is no name.
  const bool coined_before = before.end == p.start && (before.pos == "d" || before.pos == "a");
  return before.role == Role::kStop && !coined_before;
}

// Whether the body makes a name with this head, and the name's kind.
bool Walker::Proper(const Head& head, const std::array<Piece, 16>& pieces, const Body& body, std::uint32_t head_start,
                    std::uint32_t head_end, std::string_view* kind_out) const {
  const std::size_t body_pieces = body.left + 1;
  const Role first = pieces[body.left].role;
  const bool national_only = first == Role::kNational;
  std::string_view kind = head.kind;
  if (head.inherit && body.inner >= 0) kind = (*cands_)[body.inner].kind;
  // A zone's committee (某工业园区 + 管理委员会) administers it: government, as 管委会.
  if (kind == "zone" && head.kind == "government") kind = head.kind;
  // A one-character head needs a body of two or more (律所 is generic), unless a level (市委).
  if (head_end - head_start == 1 && !body.level && head_start - body.start < 2) return false;
  // 省部, 市部 (省部共建: the province and the ministry) are no department of a level.
  if (head_end - head_start == 1 && text_[head_start] == U'部' && head_start - body.start < 2) return false;
  // A weak head after one character cut from an unknown word is a guess too far (某湖 + 智谷).
  if (head.cls == HeadClass::kWeak && !body.level && head_start - body.start < 2 &&
      doc_.tokens[TokenAt(body.start)].start < body.start) {
    return false;
  }
  // Nor after one character glued to a transliterated name before it: the tail
  // of the name the segmenter cut (里奇蒙 + 德 + 联储), not a country's abbreviation.
  if (head.cls == HeadClass::kWeak && head_start - body.start == 1 && body.start > 0) {
    const std::string_view before = doc_.tokens[TokenAt(body.start - 1)].pos;
    if (before == "nr" || before == "nrt" || before == "nrfg") return false;
  }
  // 全国 alone before a head means all of them (全国法院, 全国海关).
  if (national_only && body_pieces == 1 && text_.substr(body.start, head_start - body.start) == U"全国") return false;
  // A level alone before anything but a government body is a category (省实验室),
  // but for the political bodies every level has one of (市 + 政协, 县 + 团委).
  if (body.level && body_pieces == 1 && !IsGovernment(kind) &&
      !InClass(WordClass::kLevelBody, text_.substr(head_start, head_end - head_start))) {
    return false;
  }
  // A zone's area (片区) is named by its city or district (自贸区某市片区); after a province
  // or a macro-region alone it is a stretch of land (安徽片区最高产量, 华东片区).
  if (text_.substr(head_start, head_end - head_start) == U"片区" && body.left == 0 && pieces[0].role == Role::kRegion &&
      region_at_[pieces[0].start] >= 0) {
    const std::string_view level = regions_[region_at_[pieces[0].start]].norm.GetString("level");
    if (level == "province" || level == "macro" || level == "country") return false;
  }
  // 自贸 alone before a zone's head is the kind (推进 + 自贸 + 片区 + 整合), and a macro-region's
  // free-trade zones are a group, none of them (某经济带 + 自贸试验区).
  if (head.kind == "zone" && body.left == 0 && text_.substr(body.start, head_start - body.start) == U"自贸") return false;
  if (head.kind == "zone" && body.left == 0 && pieces[0].role == Role::kRegion && region_at_[pieces[0].start] >= 0 &&
      regions_[region_at_[pieces[0].start]].norm.GetString("level") == "macro" &&
      (text_.substr(head_start, head_end - head_start).ends_with(U"试验区") ||
       text_.substr(head_start, head_end - head_start).ends_with(U"自贸区"))) {
    return false;
  }
  // A description with a qualifier and no name is a category (先进园区).
  if (!body.has_name && body.qualified) return false;
  const bool quoted = IsWholeQuote(body.start, head_end) && (kind == "zone" || kind == "research") &&
                      !IsNumeralChar(text_[body.start]);
  const bool described = !body.has_name && !body.level && !(national_only && IsGovernment(kind));
  switch (head.cls) {
    case HeadClass::kStrong:
      // A descriptive body alone names only a university or an institute
      // (电子科技大学), not a park or an alliance (智能制造成果转化产业园).
      // (国立 + a field is a university's name: 国立 + 交通 + 大学; 国立大学 alone is none.)
      if (described && (national_only || head_start - body.start < 2) &&
          !(kind == "university" && text_.substr(body.start, 2) == U"国立" && head_start - body.start >= 4)) {
        return false;
      }
      // (three characters at least: 工匠学院 is a kind of school).
      if (described && (kind == "university" || kind == "research") && head_start - body.start < 3) return false;
      // (Nor a newspaper named by its field: 经济信息 + 时报.)
      if (described && kind != "university" && kind != "research" && !quoted &&
          !(kind == "company" && IsTradeName(pieces, body, head_start, head_end)) &&
          !NamesScienceCity(pieces, body, head_start, head_end) &&
          !DescribesOutlet(pieces, body, head_start, head_end)) {
        return false;
      }
      break;
    case HeadClass::kWeak:
    case HeadClass::kSelf:
      // (A national centre with branches named by their seats is one body: 国家 + 某某中心 + 某市 + 分中心.)
      if (described && !quoted && !(national_only && BranchSeatAfter(head_end))) return false;
      break;
    case HeadClass::kIndustry:
      return false;  // handled by TryBrand
    case HeadClass::kDept:
      // A hospital's wards and offices (某医院 + 住院部, + 门诊部) are functions every hospital has, as
      // its clinical departments are: the hospital is the name.
      if (NamesAHospital(body.inner)) return false;
      if (SubUnitOf(pieces, body)) {
        kind = (*cands_)[body.inner].kind;
        break;
      }
      if (body.inner >= 0 || !(first == Role::kRegion || body.level || national_only)) return false;
      break;
    case HeadClass::kUnit:
      // A hospital's clinical department (某医院 + 口腔科, + 心内科) is a specialty every
      // hospital has, not a named unit: the hospital is the name.
      if (text_[head_start] == U'科' && head_end - head_start == 1 && body.inner >= 0 &&
          NamesAHospital(body.inner)) {
        return false;
      }
      // (A branch named by its head alone right after its parent: 某大学 + 分校.)
      if (!SubUnitOf(pieces, body, head.kind == "company") &&
          !((head_end - head_start >= 3 || text_[head_start] == U'分') && OfficeOf(pieces, body))) {
        return false;
      }
      break;
  }
  // A part of a body called only new or old (某医院 + 新 + 院区, 某大学 + 老 + 校区) is
  // that site, no named unit: the body alone is the name.
  if (head.inherit && body.inner >= 0 && head_start == (*cands_)[body.inner].end + 1 &&
      (text_[head_start - 1] == U'新' || text_[head_start - 1] == U'老')) {
    return false;
  }
  if (HospitalsDepartmentCentre(pieces, body, head_start, head_end)) return false;
  // 邢台市中心 is the city centre: 中心 needs more than a place.
  if (head.inherit && head.kind == "other" && body_pieces == 1 && first == Role::kRegion) return false;
  if (kind == "government" && body.inner >= 0 && (*cands_)[body.inner].kind == "party") kind = "party";
  if (body.level && body_pieces == 1 && text_[head_start] == U'委') kind = "party";
  *kind_out = kind;
  return true;
}

// A government or party body found already with a word between it and a company known
// whole (某部 + 督导 + 某电公司) is the subject of a clause: it ends the pieces as its verb would.
std::size_t Walker::StopAtGovernment(std::array<Piece, 16>* pieces, std::size_t n) const {
  // (Only before a company known whole: a ministry's own works are named after it, 某部 + 某地 + 某厂.)
  const Piece& last = (*pieces)[0];
  const bool known = n > 0 && ((last.role == Role::kOrg && last.org >= 0 && (*cands_)[last.org].kind == "company") ||
                               (last.pos == "nt" && doc_.tokens[TokenAt(last.start)].start == last.start));
  if (!known) return n;
  for (std::size_t i = 1; i < n; ++i) {
    Piece& p = (*pieces)[i];
    if (p.role == Role::kOrg && p.org >= 0 && IsGovernment((*cands_)[p.org].kind)) {
      p.role = Role::kVerb;  // (a clause's subject: the noun after it is no part of the name)
      return i + 1;
    }
  }
  return n;
}

// A science or technology city is named by one ordinary word (未来 + 科学城, 中子 + 科学城):
// few are built, and each is known by that word; a qualifier (国际, 智慧) only describes one.
bool Walker::NamesScienceCity(const std::array<Piece, 16>& pieces, const Body& body, std::uint32_t head_start,
                              std::uint32_t head_end) const {
  const std::u32string_view head = text_.substr(head_start, head_end - head_start);
  if (head != U"科学城" && head != U"科技城") return false;
  const Piece& p = pieces[body.left];
  const std::u32string_view w = text_.substr(p.start, p.end - p.start);
  return body.left == 0 && p.end == head_start && w.size() == 2 && (p.pos == "n" || p.pos == "t" || p.pos == "s") &&
         p.role == Role::kNominal && w != U"国际" && w != U"智慧" && w != U"数字" && w != U"生态";
}

// A newspaper named by its field (经济信息 + 时报): nouns only.
bool Walker::DescribesOutlet(const std::array<Piece, 16>& pieces, const Body& body, std::uint32_t head_start,
                             std::uint32_t head_end) const {
  if (!InClass(WordClass::kDescribedOutlet, text_.substr(head_start, head_end - head_start))) return false;
  if (head_start - body.start < 2) return false;
  for (std::size_t i = 0; i <= body.left; ++i) {
    if (pieces[i].pos != "n" && pieces[i].pos != "nz") return false;
  }
  return true;
}

bool Walker::NamesAHospital(int cand) const {
  return cand >= 0 && text_.substr(0, (*cands_)[cand].end).ends_with(U"医院");
}

// A hospital's centre of a specialty or an organ (某医院 + 肿瘤中心, + 心脏中心, + 胃肠外科中心) is one
// of its departments, as a clinical department is (某医院 + 口腔科): the hospital is the name. A
// place or the nation after the hospital opens a body of its own (某医院 + 国家某某医学中心).
bool Walker::HospitalsDepartmentCentre(const std::array<Piece, 16>& pieces, const Body& body,
                                       std::uint32_t head_start, std::uint32_t head_end) const {
  if (body.inner < 0 || text_.substr(head_start, head_end - head_start) != U"中心") return false;
  if (!NamesAHospital(body.inner)) return false;
  // (The hospital is the body nearest the head; a university before it is its own: 某大学 + 附属某某医院.)
  std::size_t i = 0;
  for (; i <= body.left && pieces[i].role != Role::kOrg; ++i) {
    if (!IsWordRole(pieces[i].role) && pieces[i].role != Role::kEdge) return false;
  }
  return i > 0 && i <= body.left && pieces[i].org == body.inner;
}

// A department of the organisation written right before it (某报 + 经济部,
// 某大学 + 物理系, 某部 + 信息司): the body is that organisation and one or two
// ordinary nouns, nothing else; the longest name wins. A company's
// departments (某公司 + 渠道部) are functions, not bodies of their own.
bool Walker::SubUnitOf(const std::array<Piece, 16>& pieces, const Body& body, bool company_unit) const {
  if (body.inner < 0 || body.left == 0 || pieces[body.left].role != Role::kOrg) return false;
  // A company's sites named by their region (某集团 + 华南 + 区域总部) are units; its
  // departments (某公司 + 渠道部) are functions.
  if ((*cands_)[body.inner].kind == "company" && !company_unit) return false;
  // A field word (某委 + 科技司) or a place (某部 + 欧洲司, 某大学 + 某地 + 分校) names the unit;
  // so do two fields joined by 与, 和 (某部 + 科学技术与信息化 + 司), a longer remit.
  std::size_t conj = 0;
  for (std::size_t i = 0; i < body.left; ++i) {
    const Role r = pieces[i].role;
    if (r == Role::kConj && i > 0 && IsWordRole(pieces[i - 1].role) && IsWordRole(pieces[i + 1].role)) {
      ++conj;
      continue;
    }
    if (r != Role::kNominal && r != Role::kGeneric && r != Role::kRegion && r != Role::kName) return false;
  }
  // (A ministry's department may take three words: 某部 + 区域 + 协作 + 促进 + 司.)
  const std::size_t words = IsGovernment((*cands_)[body.inner].kind) ? 3u : 2u;
  return body.left <= (conj == 1 ? 5u : words);
}

// An office named by its head alone after the body it serves (某联盟 +
// 秘书处, 某协会 + 书记处): the body is that organisation, not a company's.
bool Walker::OfficeOf(const std::array<Piece, 16>& pieces, const Body& body) const {
  return body.inner >= 0 && body.left == 0 && pieces[0].role == Role::kOrg &&
         (*cands_)[body.inner].kind != "company";
}

// Heads that cannot start here: inside an organisation already found
// (科协 in 中国科协), the tail of an everyday word (布局), a place name's
// suffix (浦东新区 is a district), or a modifier (中心城市).
bool Walker::Reject(const Head& head, std::size_t ht, std::uint32_t head_start, std::uint32_t end) const {
  const Token& htok = doc_.tokens[ht];
  if (InsideCandidate(head_start, end)) return true;
  if (head_start > htok.start) {
    if (head_start + 1 <= text_.size() && IsEverydayWord(text_.substr(head_start - 1, 2))) return true;
    // The tail of a job title is no head (临时代 + 办).
    if (IsTitle(text_.substr(htok.start, htok.end - htok.start))) return true;
    if (htok.pos == "ns" && head.kind == "zone") return true;
  }
  // A section's one-character head ending a place name is no head (莫斯 + 科).
  if (head.cls == HeadClass::kUnit && region_at_[head_start] >= 0 && head_start > regions_[region_at_[head_start]].start) {
    return true;
  }
  return false;
}

bool Walker::InsideCandidate(std::uint32_t head_start, std::uint32_t end) const {
  const int c = cand_end_[end];
  return c >= 0 && (*cands_)[c].start <= head_start;
}

bool Walker::IsWholeQuote(std::uint32_t start, std::uint32_t end) const {
  for (const auto& [s, e] : doc_.opaque) {
    if (s == start && e == end) return true;
  }
  return false;
}

// The name without the pinyin glosses inside it (苏（sū）州工业园区 -> 苏州工业园区).
std::string Walker::WithoutGlosses(const Candidate& c) const {
  std::u32string clean;
  for (std::uint32_t p = c.start; p < c.end; ++p) {
    if (text_[p] == U'（' && p > c.start) {
      std::uint32_t q = p + 1;
      while (q < c.end && IsPinyinLetter(text_[q])) ++q;
      if (q > p + 1 && q + 1 < c.end && text_[q] == U'）' && PinyinGlossInParens(q + 1) == p) {
        p = q;
        continue;
      }
    }
    clean.push_back(doc_.text[p]);
  }
  return EncodeUtf8(clean);
}

Entity Walker::ToEntity(const Candidate& c) const {
  Entity e;
  e.type = "org";
  e.start = c.start;
  e.end = c.end;
  e.priority = 1;
  std::string region = c.region;
  if (c.known && region.empty()) region = c.known->region;
  e.norm.Set("name", c.known ? c.known->name : !c.name.empty() ? c.name : WithoutGlosses(c));
  e.norm.Set("kind", std::string(c.kind));
  e.norm.Set("region", region.empty() ? NormValue() : NormValue(region));
  return e;
}

}  // namespace zhcorpus::org
