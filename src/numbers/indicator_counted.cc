// Counted nouns: the noun after a count (120名博士), with its thresholds,
// coordinates, relative clauses and the object a verb sizes.
#include "numbers/indicator_linker.h"

#include <algorithm>
#include <iterator>

#include "zhcorpus/utf8.h"

namespace zhcorpus::indicator {

namespace {

// Verbs that say in what state the things counted are (新建, 签约, 入驻 + 项目, 企业), not
// what they do (达到标准, 开展活动: the clause's predicate).
bool NamesAState(std::u32string_view w) {
  static constexpr std::u32string_view kStates[] = {U"新建", U"新增", U"签约", U"入驻", U"在建", U"续建", U"开工",
                                                    U"竣工", U"投产", U"落地", U"落户", U"引进", U"入选", U"获批",
                                                    U"认定", U"挂牌", U"参展", U"参赛", U"在孵", U"在库"};
  return std::find(std::begin(kStates), std::end(kStates), w) != std::end(kStates);
}

}  // namespace

// The noun a count counts, starting at token `after`: 36宗2800亩老旧厂区改造项目
// skips the area that qualifies it; 100项“甲”“乙”的成果 skips quoted names
// before 的; 18条举措。 takes a last word the segmenter tagged a verb.
Phrase Linker::CountedNoun(std::size_t first, std::size_t after, std::uint32_t clause_end) const {
  const std::size_t n = v_.token_count();
  auto inside = [&](std::size_t k) { return k < n && v_.token(k).end <= clause_end; };
  if (inside(after)) {
    int e = v_.EntityOfToken(after);
    if (e >= 0 && E(e).type == "metric" && E(e).start == v_.token(after).start) after = v_.TokenFrom(E(e).end);
  }
  std::size_t k = after;
  while (inside(k) && v_.Word(k) == U"“") {
    std::size_t q = k + 1;
    while (inside(q) && v_.Word(q) != U"”" && q - k < 12) ++q;
    if (!inside(q) || v_.Word(q) != U"”") break;
    k = q + 1;
  }
  if (k != after && inside(k) && v_.Word(k) == U"的") {
    // 200项“小而美”的服务企业的典型案例: the noun after the last 的 is counted.
    std::size_t last_of = k;
    for (std::size_t j = k + 1; inside(j) && j - k < 10 && !v_.IsPunct(j); ++j) {
      if (v_.Word(j) == U"的") last_of = j;
    }
    Phrase p = v_.RightPhrase(last_of + 1, clause_end);
    return p.empty() ? v_.RightPhrase(k + 1, clause_end) : p;
  }
  Phrase p = ThroughThreshold(v_.RightPhrase(after, clause_end, GovernedByVerb(first)), clause_end);
  // 16个签约项目, 5个新建项目, 3家入驻企业: a listed verb right after the count and
  // before a noun says which of them are counted.
  // (The dictionary tags some of them as places: 新建.) A verb and its object before 的
  // describe the noun after it (12个参加活动的团队), read below.
  if (p.empty() && inside(after + 1) && v_.EntityOfToken(after) < 0 && NamesAState(v_.Word(after)) &&
      v_.token(after + 1).start == v_.token(after).end) {
    Phrase noun = v_.RightPhrase(after + 1, clause_end);
    const std::size_t next = noun.empty() ? after : v_.TokenFrom(noun.end);
    const bool relative = inside(next) && v_.Word(next) == U"的";
    if (!noun.empty() && !relative && noun.start == v_.token(after + 1).start) {
      noun.text = EncodeUtf8(v_.Word(after)) + noun.text;
      noun.start = v_.token(after).start;
      p = noun;
    }
  }
  if (Phrase described = NounAfterRelativeClause(p, clause_end); !described.empty()) return described;
  p = WithCoordinate(p, clause_end);
  // 15个总投资50亿元的产业项目: the phrase before a figure and 的 describes the noun counted.
  if (std::size_t j = p.empty() ? n : v_.TokenFrom(p.end); inside(j)) {
    while (inside(j + 1) && v_.HasRole(j, kPredicate)) ++j;  // 12个投资额达5亿元的项目
    int e = v_.EntityOfToken(j);
    std::size_t of = e >= 0 && E(e).type == "metric" ? v_.TokenFrom(E(e).end) : n;
    if (inside(of) && v_.Word(of) == U"的") {
      if (Phrase counted = v_.RightPhrase(of + 1, clause_end); !counted.empty()) return counted;
    }
  }
  if (!p.empty() || !inside(after)) return p;
  // 办好4件事, 这四个字: a noun of one character right after the count is what it counts.
  if (v_.Word(after).size() == 1 && v_.token(after).pos == "n" && v_.EntityOfToken(after) < 0) {
    p.start = v_.token(after).start;
    p.end = v_.token(after).end;
    p.text = EncodeUtf8(v_.Word(after));
    return p;
  }
  if (!v_.IsPlainVerb(after) || v_.Word(after).size() < 2) return p;
  if (inside(after + 1) && !v_.IsPunct(after + 1)) return p;
  p.start = v_.token(after).start;
  p.end = v_.token(after).end;
  p.text = EncodeUtf8(v_.Word(after));
  return p;
}

// 有3万人次访港, 8000多人参观: after a count of people the word closing the
// clause is what they did, unless it is tagged a noun (300人次游客); what is
// counted is then named before the figure or in the clause before.
bool Linker::DoneByPeople(const Entity& m, const Phrase& p, std::uint32_t clause_end) const {
  if (p.empty() || !(NormIs(m, "unit", "人") || NormIs(m, "unit", "人次"))) return false;
  const std::size_t k = v_.TokenFrom(p.start);
  if (k >= v_.token_count() || v_.token(k).start != p.start || v_.token(k).end != p.end) return false;
  if (v_.token(k).pos.starts_with("n") || v_.HasRole(k, kNoun)) return false;
  return k + 1 >= v_.token_count() || v_.token(k + 1).start >= clause_end || v_.IsPunct(k + 1);
}

// 37户规模以上工业企业, 75个4A级(含)以上景区: a threshold (以上, 以下) inside
// the counted noun is part of it; the phrase rules stop at it. An aside in
// brackets is left out.
Phrase Linker::ThroughThreshold(Phrase p, std::uint32_t clause_end) const {
  if (p.empty()) return p;
  const std::u32string_view text(v_.doc().simplified);
  std::u32string name;
  std::uint32_t x = p.start;
  for (bool aside = false; x + 1 < clause_end && x - p.start < 12; ++x) {
    const char32_t c = text[x];
    if (c == U'（' || c == U'(') aside = true;
    if (!aside && (text.compare(x, 2, U"以上") == 0 || text.compare(x, 2, U"以下") == 0)) break;
    if (!aside) name += c;
    if (c == U'）' || c == U')') aside = false;
    if (!aside && !IsHanOrAlnum(c) && c != U'）' && c != U')') return p;
  }
  if (x + 1 >= clause_end || x - p.start >= 12 || x < p.end || name.empty()) return p;
  // Only the phrase itself, or with 级 (4A级以上), stands before the threshold:
  // 千名以上院士参与千场以上活动 has a clause in between.
  const std::size_t own = p.end - p.start;
  if (name.size() > own + 1 || (name.size() == own + 1 && name.back() != U'级')) return p;
  const std::size_t k = v_.TokenFrom(x + 2);
  if (k >= v_.token_count() || v_.token(k).start != x + 2) return p;
  Phrase q = v_.RightPhrase(k, clause_end);
  if (q.empty()) return p;
  p.text = EncodeUtf8(name) + EncodeUtf8(text.substr(x, 2)) + q.text;
  p.end = q.end;
  return p;
}

bool Linker::IsHanOrAlnum(char32_t c) {
  return (c >= 0x4E00 && c < 0xA000) || (c >= U'0' && c <= U'9') || (c >= U'A' && c <= U'Z') || (c >= U'a' && c <= U'z');
}

// 327家法人单位零售额40亿元, 8户企业增速在45%以上: the phrase after a count
// that ends in a quantity (额, 率, 增速, 收入, 产值…) with another figure later
// in its clause is that figure's subject; the count counts the noun before
// the quantity (法人单位, 企业).
Phrase Linker::WithoutQuantityHead(Phrase p, std::uint32_t clause_end) const {
  if (p.empty()) return p;
  const std::size_t next = v_.TokenFrom(p.end);
  bool figure_follows = false;
  for (std::size_t j = next; j < v_.token_count() && v_.token(j).start < clause_end && j - next < 6; ++j) {
    if (int e = v_.EntityOfToken(j); e >= 0 && E(e).type == "metric") figure_follows = true;
  }
  if (!figure_follows) return p;
  std::size_t last = next;
  while (last > 0 && v_.token(last - 1).start >= p.start && IsQuantityWord(last - 1)) --last;
  // 营业|收入, 总|投资: the segmenter's cut inside the quantity's own name.
  if (last != next && last > 0 && v_.token(last - 1).start > p.start) {
    const std::u32string_view w = v_.Word(last - 1);
    if (w == U"营业" || w == U"主营业务" || w == U"总" || w == U"销售") --last;
  }
  if (last == next || last == 0 || v_.token(last - 1).start < p.start) return p;
  const std::uint32_t end = v_.token(last - 1).end;
  if (end - p.start < 2) return p;
  p.text = EncodeUtf8(std::u32string_view(v_.doc().simplified).substr(p.start, end - p.start));
  p.end = end;
  return p;
}

// 电力、热力、燃气及水生产和供应业, 批发和零售业: the statistical name of an
// industry lists its parts with 、 and 和/及 before the 业 that ends it; the
// phrase rules stop at the first joint.
Phrase Linker::IndustryName(Phrase p) const {
  if (p.empty() || !p.text.ends_with("业")) return p;
  const std::size_t first = v_.TokenFrom(p.start);
  if (first == 0 || v_.token(first - 1).end != p.start) return p;
  const std::u32string_view joint = v_.Word(first - 1);
  if (joint != U"和" && joint != U"及" && joint != U"与") return p;
  const std::uint32_t floor = v_.ClauseStart(p.start, true);
  std::size_t start = first - 1;
  for (std::size_t j = first - 1; j-- > 0 && v_.token(j).start >= floor && first - j < 14;) {
    const std::u32string_view w = v_.Word(j);
    const bool part = w == U"、" || w == U"和" || w == U"及" ||
                      (!v_.IsPunct(j) && v_.EntityOfToken(j) < 0 && !v_.HasRole(j, kGapRoles | kScope) &&
                       std::string_view("nvjx").find(v_.token(j).pos.empty() ? ' ' : v_.token(j).pos[0]) !=
                           std::string_view::npos);
    if (!part) break;
    start = j;
  }
  while (start < first && IsListJoint(v_.Word(start))) ++start;
  if (start >= first - 1) return p;
  p.start = v_.token(start).start;
  p.text = EncodeUtf8(std::u32string_view(v_.doc().simplified).substr(p.start, p.end - p.start));
  return p;
}

// 销售额, 吞吐量, 产值, 营业收入: a phrase whose last characters name an amount.
bool Linker::NamesQuantity(std::u32string_view text) const {
  static constexpr std::u32string_view kEnds[] = {U"额", U"量", U"值", U"率", U"数", U"收入", U"营收", U"投资", U"投入",
                                                  U"利润", U"税收", U"规模", U"指数", U"价格", U"订单", U"出口", U"进口"};
  for (std::u32string_view end : kEnds) {
    if (text.ends_with(end)) return true;
  }
  return HeadHas(text, kChangeHead | kGeneric | kShare);
}

bool Linker::IsQuantityWord(std::size_t k) const {
  const std::u32string_view w = v_.Word(k);
  static constexpr std::u32string_view kHeads[] = {U"收入",   U"营收",   U"产值",   U"利润",     U"产量",    U"增加值",
                                                   U"税收",   U"投资",   U"总投资", U"生产总值", U"总产值", U"营业收入"};
  for (std::u32string_view head : kHeads) {
    if (w == head) return true;
  }
  return v_.EndsLikeAmount(k) || v_.words().Has(w, kChangeHead | kShare) ||
         (w.size() >= 2 && v_.words().Has(w, kGeneric));
}

// 93家高新技术企业中91家: the noun of the group before 中 (之中, 当中) right before the count at `first`.
Phrase Linker::PartitiveGroup(std::size_t first, std::uint32_t clause) const {
  if (first < 2) return Phrase{};
  const std::u32string_view w = v_.Word(first - 1);
  if (w != U"中" && w != U"之中" && w != U"当中") return Phrase{};
  std::ptrdiff_t before = -1;
  Phrase p = v_.LeftPhrase(static_cast<std::ptrdiff_t>(first) - 2, clause, &before);
  // Only a counted group (93家…中): 其中, 全年中 are no groups.
  if (p.empty() || before < 0) return Phrase{};
  const int e = v_.EntityOfToken(static_cast<std::size_t>(before));
  return e >= 0 && E(e).type == "metric" && E(e).norm.GetString("kind") == "count" ? p : Phrase{};
}

// 40多个国家和地区, 20家医院及诊所: nouns joined by 和/及/与/或 after one
// count are counted together, when nothing but the clause end, a verb or 的
// follows them (3家企业和2所高校 gives the second its own count).
Phrase Linker::WithCoordinate(Phrase p, std::uint32_t clause_end) const {
  if (p.empty()) return p;
  const std::size_t joint = v_.TokenFrom(p.end);
  if (joint + 1 >= v_.token_count() || v_.token(joint).start != p.end || v_.token(joint + 1).end > clause_end) return p;
  const std::u32string_view w = v_.Word(joint);
  if (w != U"和" && w != U"及" && w != U"与" && w != U"或") return p;
  if (v_.EntityOfToken(joint + 1) >= 0) return p;
  Phrase q = v_.IsNounLike(joint + 1) ? v_.RightPhrase(joint + 1, clause_end) : Phrase{};
  // 国家和地区: a plain noun of two characters the phrase rules skip as a scope word.
  if (q.empty() && v_.token(joint + 1).pos == "n" && v_.Word(joint + 1).size() == 2) {
    q = Phrase{v_.token(joint + 1).start, v_.token(joint + 1).end, EncodeUtf8(v_.Word(joint + 1))};
  }
  // A short noun phrase ending in a noun: longer runs after 和 take in predicates (某某和某某率先垂范).
  if (q.empty() || DecodeUtf8(q.text).size() > 6 || !v_.token(v_.TokenFrom(q.end) - 1).pos.starts_with("n")) return p;
  const std::size_t next = v_.TokenFrom(q.end);
  if (next < v_.token_count() && v_.token(next).start < clause_end && !v_.IsPunct(next) && v_.Word(next) != U"的" &&
      !v_.token(next).pos.starts_with("v")) {
    return p;
  }
  p.text += EncodeUtf8(w) + q.text;
  p.end = q.end;
  return p;
}

// 120名来自高校的专家, 15个具有国际竞争力的产业集群: a phrase after the
// count that opens with a verb and ends at 的 is a relative clause; the noun
// after 的 is what is counted. Not after 人 or 次 (in 300人参加的活动 people
// are counted), and never a person (战胜了对方的某某).
Phrase Linker::NounAfterRelativeClause(const Phrase& p, std::uint32_t clause_end) const {
  if (p.empty()) return Phrase{};
  const std::size_t verb = v_.TokenFrom(p.start), of = v_.TokenFrom(p.end);
  if (!v_.IsPlainVerb(verb) || of + 1 >= v_.token_count() || v_.Word(of) != U"的") return Phrase{};
  const std::u32string_view text(v_.doc().simplified);
  if (verb > 0 && (text[v_.token(verb - 1).end - 1] == U'人' || text[v_.token(verb - 1).end - 1] == U'次')) {
    return Phrase{};
  }
  if (v_.IsPerson(of + 1)) return Phrase{};
  return v_.RightPhrase(of + 1, clause_end);
}

// 确定12个, 完成了15个: a verb (not 有, 是, 为, nor a pivot such as 带动)
// right before the figure at token `first` governs the noun counted after it.
bool Linker::GovernedByVerb(std::size_t first) const {
  std::size_t k = first;
  if (k > 0 && (v_.Word(k - 1) == U"了" || v_.Word(k - 1) == U"过")) --k;
  if (k == 0 || !v_.token(k - 1).pos.starts_with("v")) return false;
  const std::u32string_view w = v_.Word(k - 1);
  return w != U"有" && w != U"是" && w != U"为" && !v_.HasRole(k - 1, kShareVerb | kRankVerb | kCompare | kPivot);
}

// The figure ends its clause (接到举报6起。).
bool Linker::ClosesClause(const Entity& m) const {
  const std::size_t after = v_.TokenFrom(m.end);
  return after >= v_.token_count() || v_.IsPunct(after);
}

// 完成近6亿元B轮融资, 以超亿元天使轮融资, 种植3000亩水稻: a figure right
// after a verb or 以 and right before a noun that ends the clause or is
// followed by a verb measures that noun (the phrase before is the agent).
Phrase Linker::ObjectSized(const Entity& m, std::size_t first, std::size_t after, std::uint32_t clause_end) const {
  if (after >= v_.token_count() || v_.token(after).start != m.end || v_.token(after).end > clause_end) return Phrase{};
  if (!v_.IsNounLike(after) || v_.IsPlainVerb(after)) return Phrase{};
  const std::u32string_view text(v_.doc().simplified);
  bool governed = m.start > 0 && text[m.start - 1] == U'以';
  if (!governed && first > 0 && v_.token(first).start == m.start) {
    const std::string_view pos = v_.token(first - 1).pos;
    governed = pos.starts_with("v") || v_.HasRole(first - 1, kPredicate);
  }
  if (!governed) return Phrase{};
  Phrase p = v_.RightPhrase(after, clause_end);
  if (p.empty() || p.text.starts_with("每")) return Phrase{};  // 1元到2元每小时: a rate's unit
  const std::size_t next = v_.TokenFrom(p.end);
  const bool ends = next >= v_.token_count() || v_.token(next).start >= clause_end || v_.IsPunct(next) ||
                    v_.token(next).pos.starts_with("v");
  return ends ? p : Phrase{};
}

// The phrase ends in a word followed by 了 (园区贡献了): that word is a verb, whatever its tag.
bool Linker::VerbBeforeLe(const Phrase& p) const {
  const std::size_t k = v_.TokenFrom(p.end);
  return k < v_.token_count() && v_.token(k).start == p.end && v_.Word(k) == U"了";
}

}  // namespace zhcorpus::indicator
