// The figure's own clause: the words right before it decide the measure, the
// phrase next to it the indicator.
#include "numbers/indicator_linker.h"

#include <algorithm>

#include "zhcorpus/utf8.h"

namespace zhcorpus::indicator {

// The tokens right before the figure that only link it to its phrase
// (达, 同比增长, 居全省): they decide the measure.
Reading Linker::Read(std::size_t i) {
  Reading r;
  pending_subject_ = false;
  reference_ = 0;
  const Entity& m = E(i);
  const std::uint32_t clause = v_.ClauseStart(m.start, false), clause_end = v_.ClauseEnd(m.end, false);
  const std::string kind(m.norm.GetString("kind"));
  {
    const std::size_t first_token = v_.TokenFrom(m.start);
    de_before_figure_ = first_token > 0 && v_.Word(first_token - 1) == U"的";
  }
  std::ptrdiff_t k = static_cast<std::ptrdiff_t>(v_.TokenFrom(m.start)) - 1;
  bool change = false, share = false, gap_verb = false;
  bool past_scope = false;  // 升学率进入全区前5名, 可能在1%至2%之间: a scope word or preposition was skipped
  std::uint32_t cut = 0;    // 企业数居: the phrase ends inside an unknown word before its listed verb
  int previous = -1;  // a figure of the same quantity earlier in the clause
  for (int skipped = 0; k >= 0 && v_.token(k).start >= clause && skipped < 6; --k, ++skipped) {
    if (k > 0 && v_.IsSplitListedWord(static_cast<std::size_t>(k) - 1)) break;
    if (int e = v_.EntityOfToken(k); e >= 0) {
      // 产量居全国第二: the place after a rank verb is the rank's scope;
      // 营收实现了五年翻两番: a duration before the figure frames it.
      std::size_t first = v_.TokenFrom(E(e).start);
      bool scope = E(e).type == "region" && first > 0 && v_.HasRole(first - 1, kRankVerb | kShareVerb);
      bool frame = (E(e).type == "metric" && E(e).norm.GetString("kind") == "duration") || E(e).type == "date";
      // 从80分增至95分: the figure before names the same quantity.
      if (E(e).type == "metric" && !frame && gap_verb) previous = e;
      if (!scope && !frame) break;
      k = static_cast<std::ptrdiff_t>(first);
      continue;
    }
    // 地区生产总值按可比价格计算增长8.5%: how the figure was computed (按 … 计算) stands
    // between the phrase and the figure.
    if (v_.Word(k) == U"计算") {
      std::ptrdiff_t b = k - 1;
      while (b >= 0 && k - b <= 4 && v_.token(b).start >= clause && v_.Word(b) != U"按") --b;
      if (b >= 0 && v_.token(b).start >= clause && v_.Word(b) == U"按") {
        k = b;
        continue;
      }
    }
    if (k > 0 && v_.token(k - 1).start >= clause && IsSplitGapWord(static_cast<std::size_t>(k) - 1)) {
      // 高达, 增加到: one listed word the segmenter cut in two; after 增加到 the
      // figure before is the same quantity (从12家增加到35家).
      gap_verb |= v_.words().Has(std::u32string(v_.Word(k - 1)) + std::u32string(v_.Word(k)), kPredicate);
      --k;
      continue;
    }
    if (v_.IsUnknownWord(k)) {
      // 企业数居, 占比达: a noun's last characters glued to a listed verb;
      // 仅约, 仍为: an adverb and a listed verb the segmenter did not split.
      const std::size_t n = v_.ListedVerbSuffix(static_cast<std::size_t>(k));
      const std::u32string_view word = v_.Word(k);
      const std::u32string_view prefix = word.substr(0, word.size() - n);
      // A name the segmenter guessed (王志达) is cut only to mend a share word.
      const bool guessed_name = v_.token(k).pos.starts_with("nr");
      if (n > 0 && ((!guessed_name && !v_.words().Has(prefix, kGapRoles)) || GluesToShare(static_cast<std::size_t>(k), prefix))) {
        cut = v_.token(k).end - static_cast<std::uint32_t>(n);
        break;
      }
      if (v_.StartsWithListedVerb(static_cast<std::size_t>(k))) continue;
    }
    // 年度计划的105%: a listed verb that is a noun before 的 ends the walk (the phrase is its own).
    if (v_.IsNounBeforeDe(static_cast<std::size_t>(k))) break;
    // 接到举报6起, 开展抽查5次: a verb-tagged word right after a verb is its object, the thing counted.
    // Not before a noun: in 催生亿元以上项目 the figure qualifies the noun and the verb governs both.
    if (skipped == 0 && (kind == "count" || kind == "money") && ClosesClause(m) &&
        v_.IsObjectOfVerb(static_cast<std::size_t>(k))) {
      break;
    }
    // 年增高达45%: the segmenter reads 年 + 增高 + 达 where Taiwan writes 年增 (a change) + 高达.
    if (v_.Word(k) == U"增高" && k > 0 && v_.token(k - 1).start >= clause && v_.token(k - 1).end == v_.token(k).start &&
        (v_.Word(k - 1) == U"年" || v_.Word(k - 1) == U"月" || v_.Word(k - 1) == U"季") &&
        static_cast<std::size_t>(k) + 1 < v_.token_count() && v_.Word(k + 1).starts_with(U"达")) {
      change = gap_verb = true;
      --k;
      continue;
    }
    // 下跌7%至4.7万人次: after a figure, 至 or 到 gives the new level of the same quantity.
    if (v_.Word(k) == U"至" || v_.Word(k) == U"到") gap_verb = true;
    // 达到每平方公里12家: the unit of a rate (每 + a word) stands between the phrase and the figure.
    if (v_.Word(k).starts_with(U"每") || (k > 0 && v_.Word(k - 1) == U"每")) continue;
    const std::uint16_t roles = v_.words().Roles(v_.Word(k));
    if (v_.IsAdverbBeforeVerb(static_cast<std::size_t>(k))) continue;  // 用户数一度超过
    past_scope |= (roles & kScope) != 0;
    if (roles & (kUp | kDown)) change |= !LeadsToLevel(k);
    if (roles & kShareVerb) share = true;
    if (roles & kTogether) r.together = true;
    if (roles & (kPredicate | kUp | kDown)) gap_verb = true;
    if (roles & kGapRoles) continue;
    // 扩容至12个, 该市拥有7项: a verb before the figure; but in 志愿团队136个
    // the "verb" after a noun is the noun's head.
    if (v_.IsPlainVerb(static_cast<std::size_t>(k)) &&
        (k == 0 || past_scope || !v_.IsNounLike(static_cast<std::size_t>(k) - 1))) {
      gap_verb |= LeadsToLevel(k);  // 从首批3个扩容至15个: the figure before is the same quantity
      continue;
    }
    std::string_view pos = v_.token(k).pos;
    if (!v_.IsPunct(k) && pos.starts_with("p")) past_scope = true;
    // 单价普遍在, 从首批3个: adverbs, function words, and an ordinal word
    // (首批, 一批) after 从 sit between subject and figure.
    if (!v_.IsPunct(k) && !pos.empty() && (pos[0] == 'd' || pos[0] == 'u' || pos[0] == 'p' || pos[0] == 'c' || pos == "ad")) {
      continue;
    }
    if (pos == "m" && IsOrdinalTime(v_.Word(k))) continue;  // 营业收入第一次超过
    if ((pos == "m" || pos[0] == 't') && AfterFrom(k, clause)) continue;
    break;
  }
  // 收益的80%: a percentage of a named whole.
  const std::size_t first = v_.TokenFrom(m.start);
  if (kind == "percent" && first > 0 && v_.Word(first - 1) == U"的" && v_.token(first - 1).start >= clause) share = true;
  const std::size_t after = v_.TokenFrom(m.end);
  const bool of_after = after < v_.token_count() && v_.token(after).start < clause_end && v_.Word(after) == U"的";
  Phrase phrase;
  // （约合人民币711万元）: a conversion restates the figure before it.
  if (const int converted = ConvertedFrom(i); converted >= 0) {
    r.same_as = converted;
    r.restates = true;
    r.no_carry = true;
    return r;
  }
  // 营收19.25亿元/-22.15%: a broker's note writes a figure's change after a slash.
  if (const int base = ChangedBeforeSlash(i); base >= 0 && kind == "percent") {
    r.same_as = base;
    r.no_carry = true;
    return Finish(m, kind, Phrase{}, true, false, &r);
  }
  // 甲、乙、丙等8人: the items listed before 等 are members, not what is counted.
  const bool members_listed = kind == "count" && first > 0 && (v_.Word(first - 1) == U"等" || v_.Word(first - 1) == U"等等");
  // 从两个方面说明: aspects of an argument measure nothing; 两方面的原因 counts the noun.
  if (kind == "count" && std::u32string_view(v_.doc().simplified).substr(m.start, m.end - m.start).ends_with(U"方面")) {
    r.no_carry = true;
    if (of_after) phrase = v_.RightPhrase(after + 1, clause_end);
    else if (after < v_.token_count() && !v_.token(after).pos.starts_with("v")) phrase = CountedNoun(first, after, clause_end);
    return Finish(m, kind, phrase, change, share, &r);
  }
  // 某景区累计接待6.55万人: people received right after 接待 or 吸引 are
  // counted by the verb; the place before is the host, not what is counted.
  if (kind == "count" && first > 0 && (v_.Word(first - 1) == U"接待" || v_.Word(first - 1) == U"吸引") &&
      (NormIs(m, "unit", "人") || NormIs(m, "unit", "人次"))) {
    r.no_carry = r.hosted = true;
    return Finish(m, kind, phrase, change, share, &r);
  }
  if (kind == "count") phrase = CountedNoun(first, after, clause_end);
  const bool people_did = kind == "count" && DoneByPeople(m, phrase, clause_end);
  if (people_did) {
    r.people_did = phrase.text;
    phrase = Phrase{};
  }
  if (kind == "count") phrase = WithoutQuantityHead(phrase, clause_end);
  // 93家高新技术企业中91家: a count out of a group counts the group's noun.
  if (kind == "count" && phrase.empty()) phrase = PartitiveGroup(first, clause);
  if (members_listed && phrase.empty()) {
    r.no_carry = true;
    return Finish(m, kind, MembersKind(first - 1), change, share, &r);
  }
  if (kind == "duration") {
    r.no_carry = true;
    // 这两天的…, 过去五年的…: a period pointed at, not the length of what follows.
    if (PointsAtPeriod(first)) return Finish(m, kind, phrase, change, share, &r);
    if (of_after) phrase = v_.RightPhrase(after + 1, clause_end);  // 为期两周的培训
    // 从事教育工作30年的她: what follows 的 is the person, the activity is before.
    if (phrase.empty() && (of_after || !AdverbialDuration(after, clause_end))) phrase = Left(k, cut, clause, &share);
  } else {
    // 以2万吨的吞吐量位居第一: after 以, the noun after 的 is what the figure
    // measures; not a pace (销售额以30%的速度增长, 以15%的增速: the subject is).
    Phrase pace;  // 以12%的增速: the figure is a pace of change
    const std::size_t of = of_after ? after : OfAfterJoinedFigure(after, clause_end);
    if (phrase.empty() && of < v_.token_count() && m.start > 0 && v_.doc().simplified[m.start - 1] == U'以') {
      Phrase owned = v_.RightPhrase(of + 1, clause_end);
      const std::u32string text = DecodeUtf8(owned.text);
      if (!text.ends_with(U"势头") && !text.ends_with(U"速度") && !HeadHas(text, kChangeHead | kGeneric)) phrase = owned;
      else if (kind == "percent" && !owned.empty()) pace = WithoutPraise(owned);
    }
    // 以超亿元天使轮融资, 获得300万元政府补贴: an amount between a verb and a noun is the size of that noun.
    if ((kind == "money" || kind == "measure") && phrase.empty()) phrase = ObjectSized(m, first, after, clause_end);
    if (phrase.empty()) phrase = Left(k, cut, clause, &share);
    phrase = IndustryName(phrase);
    // 销售额以30%的速度增长 is a change of 销售额; 该公司以12%的增速领跑: a
    // company or a port is no quantity, the pace itself is what is measured.
    if (!pace.empty()) {
      change = true;
      if (phrase.empty() || !NamesQuantity(DecodeUtf8(phrase.text))) phrase = pace;
    }
    // 价值150万元的教学仪器, 规模达5亿元的基金: the generic head belongs to the noun after 的.
    if (!phrase.empty() && of_after && kind == "money" && v_.words().Has(DecodeUtf8(phrase.text), kGeneric) &&
        !v_.words().Has(DecodeUtf8(phrase.text), kChangeHead | kShare)) {
      if (Phrase owner = v_.RightPhrase(after + 1, clause_end); !owner.empty()) phrase.text = owner.text + phrase.text;
    }
    // 贡献了13.6%的税收: a word right before 了 is the verb, and the noun after 的 is what is measured.
    if (!phrase.empty() && of_after && kind != "count" && VerbBeforeLe(phrase)) {
      if (Phrase owned = v_.RightPhrase(after + 1, clause_end); !owned.empty()) phrase = owned;
    }
    // 25亿元的基金; but 300多人的掌声 counts people, not applause, and
    // qualifies a noun: it is not a figure of the clause before.
    if (phrase.empty() && of_after && kind != "count") phrase = v_.RightPhrase(after + 1, clause_end);
    if (phrase.empty() && of_after && kind == "count") r.no_carry = true;
    // 1500亩闲置厂房, 8万元补贴, 千万元以上技改项目: the noun right after (not
    // the unit of a rate: 20元每小时).
    if (phrase.empty() && !people_did) {
      phrase = v_.RightPhrase(after, clause_end);
      if (phrase.text.starts_with("每")) phrase = Phrase{};
    }
  }
  // 从八月预测的2.31%, 概估7.64%: a forecast or estimate word alone says how the
  // figure was obtained, not what it measures; the quantity is named before.
  // (预测的2.31%: nor is the figure a share of the forecast.)
  if (!phrase.empty() && NamesAForecast(DecodeUtf8(phrase.text))) {
    phrase = Phrase{};
    if (de_before_figure_) share = false;
  }
  if (phrase.empty() && kind != "duration") phrase = FrameTopic(clause, m.start);
  // 租金从几千元、几万元到十多万元不等: the subject of a 从…到 span.
  if (phrase.empty() && kind != "duration") phrase = SpanSubject(first);
  // 实现12%的增长, 出现20%的大幅下滑: the figure names the size of a change.
  if (of_after) {
    std::size_t verb = after + 1;
    if (verb + 1 < v_.token_count() && v_.token(verb).pos == "d") ++verb;
    if (verb < v_.token_count() && v_.HasRole(verb, kUp | kDown)) change = true;
  }
  if (phrase.empty() && previous >= 0 && kind != "duration") r.same_as = previous;
  return Finish(m, kind, phrase, change, share, &r);
}

// 以3.8%和8%的增速: the 的 after the figure joined to this one by 和, 、 or 及
// (at token `after`), whose noun both figures share; else the token count.
std::size_t Linker::OfAfterJoinedFigure(std::size_t after, std::uint32_t clause_end) const {
  const std::size_t n = v_.token_count();
  if (after + 1 >= n || v_.token(after).start >= clause_end || !IsListJoint(v_.Word(after))) return n;
  const int e = v_.EntityOfToken(after + 1);
  if (e < 0 || E(e).type != "metric" || E(e).start != v_.token(after + 1).start) return n;
  const std::size_t of = v_.TokenPastEntity(after + 1, e);
  return of < n && v_.token(of).start < clause_end && v_.Word(of) == U"的" ? of : n;
}

// 以15.9%的惊人增速: an adjective that only praises or blames the pace (惊人, 强劲)
// is no part of what is measured.
Phrase Linker::WithoutPraise(Phrase pace) const {
  std::size_t k = v_.TokenFrom(pace.start);
  std::size_t cut = k;
  while (cut < v_.token_count() && v_.token(cut).end < pace.end && v_.token(cut).pos == "a") ++cut;
  if (cut == k || v_.token(cut).start >= pace.end || pace.text.size() != EncodeUtf8(v_.doc().simplified.substr(pace.start, pace.end - pace.start)).size()) return pace;
  const std::u32string text = DecodeUtf8(pace.text);
  pace.text = EncodeUtf8(std::u32string_view(text).substr(v_.token(cut).start - pace.start));
  pace.start = v_.token(cut).start;
  return pace;
}

// The indicator and measure of a figure from its phrase and the words before it.
Reading Linker::Finish(const Entity& m, const std::string& kind, Phrase phrase, bool change, bool share, Reading* out) {
  Reading& r = *out;
  // 45岁: an age is an indicator only as 年龄 or 平均年龄; whose age it is
  // (a person, 高龄) is not what is measured.
  if (NormIs(m, "unit", "岁")) {
    r.no_carry = true;
    if (!phrase.empty() && !phrase.text.ends_with("年龄") && !phrase.text.ends_with("年纪")) phrase = Phrase{};
  }
  if (!phrase.empty()) {
    r.indicator = phrase.text;
    std::u32string text = DecodeUtf8(phrase.text);
    if (HeadHas(text, kChangeHead)) change = true;
    if (HeadHas(text, kShare)) share = true;
    r.needs_subject = r.needs_subject || IsGenericOnly(text);
    // 年均增长31%, 两年平均增长9.5%: an averaging qualifier alone before a
    // change qualifies the subject of the clause before.
    if (change && text.ends_with(U'均') && v_.words().Has(text, kQualifier)) r.needs_subject = true;
  }
  r.reference = reference_;
  if (kind == "rank") r.measure = "rank";
  else if (change || StartsWithDoubling(m)) r.measure = "change";
  else if (share && (kind == "percent" || kind == "ratio")) r.measure = "share";
  return r;
}

bool Linker::NamesAForecast(std::u32string_view text) {
  static constexpr std::u32string_view kForecasts[] = {U"预测", U"预估", U"概估", U"初估", U"推估", U"估计",
                                                       U"估算", U"预计", U"预测值", U"预测数", U"估计值"};
  return std::find(std::begin(kForecasts), std::end(kForecasts), text) != std::end(kForecasts);
}

// 某大学的某某重点实验室等4个: members named by a common noun (实验室, 项目) are
// counted as that noun; a list of names (甲、乙等8人, 某某、某某等5家) names none.
Phrase Linker::MembersKind(std::size_t deng) const {
  if (deng == 0) return Phrase{};
  const std::size_t k = deng - 1;
  const Token& t = v_.token(k);
  if ((t.pos != "n" && t.pos != "nz") || t.end - t.start < 2 || v_.HasRole(k, kScope)) return Phrase{};
  // A named member counts by its head noun (某某重点实验室 + 等4个: 实验室), never by its name (某某 + 等5家).
  if (const int e = v_.EntityOfToken(k); e >= 0) {
    if (E(e).type != "org" || E(e).end != t.end || t.pos != "n") return Phrase{};
  } else if (k > 0 && !v_.IsPunct(k - 1) && !IsListJoint(v_.Word(k - 1)) && v_.Word(k - 1) != U"的") {
    return Phrase{};  // (the tail of a name the tagger missed: 某越 + 机电 + 等27个)
  }
  Phrase p;
  p.start = t.start;
  p.end = t.end;
  p.text = EncodeUtf8(v_.Word(k));
  return p;
}

// 这两天, 那三年, 过去五年, 最近两周: the duration at token `first` names a
// stretch of time that is pointed at (a when, not a how long).
bool Linker::PointsAtPeriod(std::size_t first) const {
  if (first == 0) return false;
  const std::u32string_view w = v_.Word(first - 1);
  return w == U"这" || w == U"那" || w == U"这些" || w == U"那些" || w == U"过去" || w == U"最近";
}

// 近3年成果转化, 五年翻两番: a duration before a verb or noun frames the
// clause in time; it is not the length of something named.
bool Linker::AdverbialDuration(std::size_t after, std::uint32_t clause_end) const {
  if (after >= v_.token_count() || v_.token(after).start >= clause_end || v_.IsPunct(after)) return false;
  std::u32string_view w = v_.Word(after);
  // 期限在7天或14天: a duration in a list or range is a value of the phrase before.
  return !(w == U"了" || w == U"来" || w == U"以来" || w == U"之久" || w == U"多" || w == U"左右" || IsListJoint(w) ||
           w == U"至" || w == U"到");
}

// Reads the document, not m.text: Tagger fills entity texts only after linking.
bool Linker::StartsWithDoubling(const Entity& m) const {
  return m.start < v_.doc().simplified.size() && v_.doc().simplified[m.start] == U'翻';
}

bool Linker::HeadHas(std::u32string_view text, std::uint16_t role) const {
  for (std::size_t n = std::min<std::size_t>(text.size(), 5); n >= 2; --n) {
    if (v_.words().Has(text.substr(text.size() - n), role)) return true;
  }
  return false;
}

// 增速, 年均增速, 年增速, 数量: a head with no subject of its own.
bool Linker::IsGenericOnly(std::u32string_view text) {
  if (std::exchange(pending_subject_, false) || v_.words().Has(text, kGeneric)) return true;
  for (std::size_t n = 1; n <= 2 && n < text.size(); ++n) {
    bool qualifier = v_.words().Has(text.substr(0, n), kQualifier) || (n == 1 && text[0] == U'年');
    if (qualifier && v_.words().Has(text.substr(n), kGeneric)) return true;
  }
  return false;
}

}  // namespace zhcorpus::indicator
