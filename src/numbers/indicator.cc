// The metric linker: for each figure, the noun phrase naming what it
// measures, whether it is a level, a change, a share or a rank, and the region
// and period its sentence states for it. Rules (ENTITIES.md, docs/metrics.md):
// the phrase in the figure's clause (after it for a count: 120名博士), else
// carried from the clause before when the subject is elided (出口额持续增长，
// 同比增长12%); 分别 distributes a list of subjects over a list of figures.
#include "numbers/indicator.h"

#include <algorithm>
#include <deque>
#include <map>
#include <optional>

#include "numbers/indicator_phrase.h"
#include "zhcorpus/records.h"
#include "zhcorpus/utf8.h"

namespace zhcorpus {
namespace {

bool NormIs(const Entity& e, const char* key, std::string_view value) {
  const NormValue& v = e.norm.Get(key);
  return v.is_string() && v.string() == value;
}

}  // namespace

namespace indicator {
namespace {

// What one figure's own clause says about it.
struct Reading {
  std::optional<std::string> indicator;  // nullopt: not found yet; may be carried
  const char* measure = "level";
  bool together = false;       // 均居全省第一: each of the items before
  bool needs_subject = false;  // 年增速, 占GDP比重: the subject is in the clause before
  bool no_carry = false;       // durations name their activity or nothing
  int region = -1, date = -1;  // entity indices, -1 = none
  int same_as = -1;  // entity index of a figure this one shares its indicator with (从80分增至95分)
  std::uint32_t reference = 0;  // 相当于乙的3倍: where the reference of a comparison starts (0: none)
  bool hosted = false;  // 接待6万人: people counted by the verb; the change after it names nothing else either
};

bool IsListJoint(std::u32string_view w) { return w == U"和" || w == U"与" || w == U"及" || w == U"以及" || w == U"、" || w == U"或"; }

class Linker {
 public:
  Linker(const DocumentView& v, std::vector<Entity>* entities) : v_(v), entities_(*entities) {}

  void Run() {
    for (std::size_t i = 0; i < entities_.size(); ++i) {
      if (entities_[i].type == "metric") readings_.emplace(i, Read(i));
    }
    for (auto& [i, r] : readings_) Distribute(i, &r);
    for (auto& [i, r] : readings_) {
      if (!r.indicator && r.same_as >= 0) r.indicator = readings_.at(r.same_as).indicator;
      if (!r.indicator && !r.no_carry) r.indicator = r.together ? Together(i) : Carried(i);
      if (r.needs_subject && r.indicator) {
        // (A subject that already ends in the generic head, 某某企业数量 + 数量, takes it once.)
        if (auto subject = Carried(i)) r.indicator = subject->ends_with(*r.indicator) ? *subject : *subject + *r.indicator;
      }
      if (r.region < 0) r.region = RegionFor(i, r.reference);
      if (r.date < 0) r.date = DateFor(i, r.reference);
      Write(i, r);
    }
  }

 private:
  const Entity& E(std::size_t i) const { return entities_[i]; }
  // Index of the first entity starting at or after `pos` (entities are in text order).
  std::size_t EntityFrom(std::uint32_t pos) const {
    return static_cast<std::size_t>(
        std::lower_bound(entities_.begin(), entities_.end(), pos,
                         [](const Entity& e, std::uint32_t p) { return e.start < p; }) -
        entities_.begin());
  }
  // The readings of figures starting at or after `pos`: walks over a clause
  // start here and stop past its end, so a text of many figures is not
  // read once per figure.
  std::map<std::size_t, Reading>::const_iterator ReadingsFrom(std::uint32_t pos) const {
    return readings_.lower_bound(EntityFrom(pos));
  }

  // The tokens right before the figure that only link it to its phrase
  // (达, 同比增长, 居全省): they decide the measure.
  Reading Read(std::size_t i) {
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
      r.no_carry = true;
      return r;
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
    if (kind == "count") phrase = WithoutQuantityHead(phrase, clause_end);
    // 93家高新技术企业中91家: a count out of a group counts the group's noun.
    if (kind == "count" && phrase.empty()) phrase = PartitiveGroup(first, clause);
    if (members_listed && phrase.empty()) {
      r.no_carry = true;
      return Finish(m, kind, phrase, change, share, &r);
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
      if (phrase.empty() && of_after && m.start > 0 && v_.doc().simplified[m.start - 1] == U'以') {
        Phrase owned = v_.RightPhrase(after + 1, clause_end);
        const std::u32string text = DecodeUtf8(owned.text);
        if (!text.ends_with(U"势头") && !text.ends_with(U"速度") && !HeadHas(text, kChangeHead | kGeneric)) phrase = owned;
        else if (kind == "percent" && !owned.empty()) pace = owned;
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
      if (phrase.empty()) {
        phrase = v_.RightPhrase(after, clause_end);
        if (phrase.text.starts_with("每")) phrase = Phrase{};
      }
    }
    if (phrase.empty() && kind != "duration") phrase = FrameTopic(clause, m.start);
    // 租金从几千元、几万元到十多万元不等: the subject of a 从…到 span.
    if (phrase.empty() && kind != "duration") phrase = SpanSubject(first);
    // 实现12%的增长: the figure names the size of a change.
    if (of_after && after + 1 < v_.token_count() && v_.HasRole(after + 1, kUp | kDown)) change = true;
    if (phrase.empty() && previous >= 0 && kind != "duration") r.same_as = previous;
    return Finish(m, kind, phrase, change, share, &r);
  }

  // The indicator and measure of a figure from its phrase and the words before it.
  Reading Finish(const Entity& m, const std::string& kind, Phrase phrase, bool change, bool share, Reading* out) {
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

  // 每项奖金100万美元（约合人民币711万元）: the figure before in the sentence
  // when `i` follows 约合 or 折合, else -1.
  int ConvertedFrom(std::size_t i) const {
    const std::u32string_view text(v_.doc().simplified);
    std::uint32_t s = E(i).start;
    auto ends_with = [&](std::u32string_view w) { return s >= w.size() && text.substr(s - w.size(), w.size()) == w; };
    const std::uint32_t sentence = v_.SentenceStart(E(i).start);
    // 13731亿斤(68653万吨): a figure alone in brackets right after another restates it.
    if ((ends_with(U"(") || ends_with(U"（")) && i > 0 && E(i - 1).type == "metric" && E(i - 1).end + 1 == s &&
        E(i - 1).start >= sentence) {
      return static_cast<int>(i - 1);
    }
    if (!ends_with(U"约合") && !ends_with(U"折合")) return -1;
    for (std::size_t j = i; j-- > 0 && E(j).start >= sentence;) {
      if (E(j).type == "metric") return static_cast<int>(j);
    }
    return -1;
  }

  // 租金从几千元、几万元到十多万元不等: the phrase before the 从 or 由
  // that opens the span ending at the figure's token `first`, in its major clause.
  Phrase SpanSubject(std::size_t first) const {
    const std::uint32_t clause = v_.ClauseStart(v_.token(first).start, true);
    for (std::size_t j = first, steps = 0; j-- > 0 && v_.token(j).start >= clause && steps < 16; ++steps) {
      const std::u32string_view w = v_.Word(j);
      if ((w == U"从" || w == U"由") && SpanEnds(j)) {
        std::ptrdiff_t before = -1;
        return v_.LeftPhrase(static_cast<std::ptrdiff_t>(j) - 1, clause, &before);
      }
      if (w == U"。" || w == U"，" || w == U"；") break;
    }
    return Phrase{};
  }

  // The 从 at token `from` opens a span closed by 到 or 至 (增加到, 降至) in its
  // sentence; 从6米高处跳下 is a place, not the start of a span.
  bool SpanEnds(std::size_t from) const {
    const std::uint32_t end = v_.SentenceEnd(v_.token(from).start);
    for (std::size_t j = from + 1; j < v_.token_count() && v_.token(j).start < end && j - from < 30; ++j) {
      const std::u32string_view w = v_.Word(j);
      if (w.ends_with(U'到') || w.ends_with(U'至')) return true;
    }
    return false;
  }

  // 在设备更新上增长了15%, 在省级重点实验室的名单上，该市拥有6家: the topic
  // of a 在…上/中/方面 frame in [clause, end) names what the figures measure.
  Phrase FrameTopic(std::uint32_t clause, std::uint32_t end) const {
    std::size_t k = v_.TokenFrom(clause);
    while (k < v_.token_count() && v_.token(k).end <= end && v_.Word(k) != U"在") ++k;
    const std::size_t at = k;
    for (++k; k < v_.token_count() && v_.token(k).end <= end && k - at < 14; ++k) {
      std::u32string_view w = v_.Word(k);
      if (v_.IsPunct(k)) break;
      if (w != U"上" && w != U"中" && w != U"方面") continue;
      std::ptrdiff_t before = -1;
      Phrase p = v_.LeftPhrase(static_cast<std::ptrdiff_t>(k) - 1, v_.token(at).end, &before);
      // 在…的名单上: the list is named by what it lists.
      std::u32string text = DecodeUtf8(p.text);
      if ((text == U"名单" || text == U"榜单" || text == U"清单") && before > 0 && v_.Word(before) == U"的") {
        p = v_.LeftPhrase(before - 1, v_.token(at).end, &before);
        text = DecodeUtf8(p.text);
      }
      // 在此基础上, 在这一过程中: the frame only links to what was said before.
      if (text == U"基础" || text == U"过程" || text == U"情况" || text == U"背景") return Phrase{};
      return p;
    }
    return Phrase{};
  }

  // The noun a count counts, starting at token `after`: 36宗2800亩老旧厂区改造项目
  // skips the area that qualifies it; 100项“甲”“乙”的成果 skips quoted names
  // before 的; 18条举措。 takes a last word the segmenter tagged a verb.
  Phrase CountedNoun(std::size_t first, std::size_t after, std::uint32_t clause_end) const {
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

  // 37户规模以上工业企业, 75个4A级(含)以上景区: a threshold (以上, 以下) inside
  // the counted noun is part of it; the phrase rules stop at it. An aside in
  // brackets is left out.
  Phrase ThroughThreshold(Phrase p, std::uint32_t clause_end) const {
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

  static bool IsHanOrAlnum(char32_t c) {
    return (c >= 0x4E00 && c < 0xA000) || (c >= U'0' && c <= U'9') || (c >= U'A' && c <= U'Z') || (c >= U'a' && c <= U'z');
  }

  // 327家法人单位零售额40亿元, 8户企业增速在45%以上: the phrase after a count
  // that ends in a quantity (额, 率, 增速, 收入, 产值…) with another figure later
  // in its clause is that figure's subject; the count counts the noun before
  // the quantity (法人单位, 企业).
  Phrase WithoutQuantityHead(Phrase p, std::uint32_t clause_end) const {
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
  Phrase IndustryName(Phrase p) const {
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
  bool NamesQuantity(std::u32string_view text) const {
    static constexpr std::u32string_view kEnds[] = {U"额", U"量", U"值", U"率", U"数", U"收入", U"营收", U"投资", U"投入",
                                                    U"利润", U"税收", U"规模", U"指数", U"价格", U"订单", U"出口", U"进口"};
    for (std::u32string_view end : kEnds) {
      if (text.ends_with(end)) return true;
    }
    return HeadHas(text, kChangeHead | kGeneric | kShare);
  }

  bool IsQuantityWord(std::size_t k) const {
    const std::u32string_view w = v_.Word(k);
    static constexpr std::u32string_view kHeads[] = {U"收入", U"营收", U"产值", U"利润", U"产量", U"增加值", U"税收", U"投资", U"总投资"};
    for (std::u32string_view head : kHeads) {
      if (w == head) return true;
    }
    return v_.EndsLikeAmount(k) || v_.words().Has(w, kChangeHead | kShare) ||
           (w.size() >= 2 && v_.words().Has(w, kGeneric));
  }

  // 93家高新技术企业中91家: the noun of the group before 中 (之中, 当中) right before the count at `first`.
  Phrase PartitiveGroup(std::size_t first, std::uint32_t clause) const {
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
  Phrase WithCoordinate(Phrase p, std::uint32_t clause_end) const {
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
  Phrase NounAfterRelativeClause(const Phrase& p, std::uint32_t clause_end) const {
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

  // The phrase ending at token k, with 占: 技术交易额占GDP比重 names a share.
  // With `cut`, it ends inside token k, at `cut` (企业数居: 企业数).
  Phrase Left(std::ptrdiff_t k, std::uint32_t cut, std::uint32_t clause, bool* share) {
    std::ptrdiff_t before = -1;
    Phrase p = cut > 0 ? CutPhrase(k, cut, clause, &before) : v_.LeftPhrase(k, clause, &before);
    if (p.empty()) {
      if (before >= 0 && v_.EntityOfToken(static_cast<std::size_t>(before)) >= 0) {
        // 相当于杭州市的八成: the reference is a place or a body.
        const int e = v_.EntityOfToken(static_cast<std::size_t>(before));
        return ComparedSubject(static_cast<std::ptrdiff_t>(v_.TokenFrom(E(e).start)) - 1, clause).value_or(p);
      }
      return p;
    }
    // 农业的增长率: a generic head takes what it belongs to from before 的.
    if (before > 0 && v_.Word(before) == U"的" && v_.words().Has(DecodeUtf8(p.text), kGeneric)) {
      std::ptrdiff_t owner_before = -1;
      Phrase owner = v_.LeftPhrase(before - 1, clause, &owner_before);
      // 对经济增长的贡献率: a change word before 的 is the owner's head (a noun here).
      if (owner.empty() && before > 1 && v_.token(before - 1).start >= clause && v_.HasRole(before - 1, kUp | kDown)) {
        Phrase changed = v_.LeftPhrase(before - 2, clause, &owner_before);
        if (!changed.empty()) {
          owner = changed;
          owner.text += EncodeUtf8(v_.Word(before - 1));
        }
      }
      if (!owner.empty()) {
        p.text = owner.text + "的" + p.text;
        p.start = owner.start;
        before = owner_before;
      }
    }
    if (auto compared = ComparedSubject(before, clause)) return *compared;
    // 研发人员占了全部员工人数的30%: look a few tokens left for 占.
    for (std::ptrdiff_t j = before; j >= 0 && before - j < 6 && v_.token(j).start >= clause; --j) {
      if (v_.IsPunct(j)) break;
      if (!v_.HasRole(j, kShareVerb)) continue;
      std::ptrdiff_t subject_before = -1;
      Phrase subject = v_.LeftPhrase(j - 1, clause, &subject_before);
      std::u32string rest(std::u32string_view(v_.doc().simplified).substr(v_.token(j).start, p.end - v_.token(j).start));
      std::erase(rest, U'了');
      p.text = subject.text + EncodeUtf8(rest);
      *share = true;
      pending_subject_ = subject.empty();
      break;
    }
    return p;
  }

  // 甲相当于乙的3倍, 甲高于乙2个百分点, 甲为乙的1.5倍: 乙, ending at token
  // `before` + 1, is only the reference; the figure measures what is compared,
  // the phrase before the comparison word (empty: the subject carried from
  // before). nullopt when no comparison word precedes 乙.
  std::optional<Phrase> ComparedSubject(std::ptrdiff_t before, std::uint32_t clause) {
    for (std::ptrdiff_t j = before; j >= 0 && before - j < 4 && v_.token(j).start >= clause; --j) {
      if (v_.IsPunct(j)) break;
      const std::u32string_view w = v_.Word(j);
      if (!v_.HasRole(j, kCompare) && !((w == U"是" || w == U"为") && de_before_figure_)) continue;
      if ((w == U"比" || w == U"较") && !OpensReference(j, before)) continue;
      reference_ = v_.token(j).start;
      std::ptrdiff_t subject_before = -1;
      return v_.LeftPhrase(j - 1, clause, &subject_before);
    }
    return std::nullopt;
  }

  // 比全省平均水平高出, 较上年多: 比 or 较 at token j opens a reference that
  // runs to token `before`. Not 较高的 (an adverb: rather high), nor when a
  // verb stands in between (甲比去年多完成生产任务12万吨: the task is the object).
  bool OpensReference(std::ptrdiff_t j, std::ptrdiff_t before) const {
    if (static_cast<std::size_t>(j) + 1 >= v_.token_count()) return false;
    const std::string_view next = v_.token(j + 1).pos;
    // 较预测增加2个百分点: the phrase itself right after 较 is the reference, whatever its tag.
    if (j == before) return true;
    if (next.starts_with("a") || next.starts_with("d") || next.starts_with("v")) return false;
    for (std::ptrdiff_t k = j + 1; k <= before; ++k) {
      if (v_.token(k).pos.starts_with("v") || v_.HasRole(k, kPredicate | kUp | kDown)) return false;
    }
    return true;
  }

  // 占 + 比达, 成长 + 率达: the token before k and `prefix` make one listed share or
  // change word (占比, 成长率).
  bool GluesToShare(std::size_t k, std::u32string_view prefix) const {
    return k > 0 && v_.token(k - 1).end == v_.token(k).start &&
           v_.words().Has(std::u32string(v_.Word(k - 1)) + std::u32string(prefix), kShare | kChangeHead);
  }

  // The phrase before token k and the first characters of k, up to `cut`.
  Phrase CutPhrase(std::ptrdiff_t k, std::uint32_t cut, std::uint32_t clause, std::ptrdiff_t* before) const {
    std::uint32_t start = v_.token(k).start;
    if (GluesToShare(static_cast<std::size_t>(k), std::u32string_view(v_.doc().simplified).substr(start, cut - start))) {
      --k;
      start = v_.token(k).start;
    }
    Phrase p = v_.LeftPhrase(k - 1, clause, before);
    if (p.empty()) {
      if (cut - start < 2) return p;  // one character names nothing
      *before = k - 1;
      p.start = start;
    }
    p.end = cut;
    p.text += EncodeUtf8(std::u32string_view(v_.doc().simplified).substr(start, cut - start));
    return p;
  }

  // 确定12个, 完成了15个: a verb (not 有, 是, 为, nor a pivot such as 带动)
  // right before the figure at token `first` governs the noun counted after it.
  bool GovernedByVerb(std::size_t first) const {
    std::size_t k = first;
    if (k > 0 && (v_.Word(k - 1) == U"了" || v_.Word(k - 1) == U"过")) --k;
    if (k == 0 || !v_.token(k - 1).pos.starts_with("v")) return false;
    const std::u32string_view w = v_.Word(k - 1);
    return w != U"有" && w != U"是" && w != U"为" && !v_.HasRole(k - 1, kShareVerb | kRankVerb | kCompare | kPivot);
  }

  // The figure ends its clause (接到举报6起。).
  bool ClosesClause(const Entity& m) const {
    const std::size_t after = v_.TokenFrom(m.end);
    return after >= v_.token_count() || v_.IsPunct(after);
  }

  // 完成近6亿元B轮融资, 以超亿元天使轮融资, 种植3000亩水稻: a figure right
  // after a verb or 以 and right before a noun that ends the clause or is
  // followed by a verb measures that noun (the phrase before is the agent).
  Phrase ObjectSized(const Entity& m, std::size_t first, std::size_t after, std::uint32_t clause_end) const {
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
  bool VerbBeforeLe(const Phrase& p) const {
    const std::size_t k = v_.TokenFrom(p.end);
    return k < v_.token_count() && v_.token(k).start == p.end && v_.Word(k) == U"了";
  }

  // 这两天, 那三年, 过去五年, 最近两周: the duration at token `first` names a
  // stretch of time that is pointed at (a when, not a how long).
  bool PointsAtPeriod(std::size_t first) const {
    if (first == 0) return false;
    const std::u32string_view w = v_.Word(first - 1);
    return w == U"这" || w == U"那" || w == U"这些" || w == U"那些" || w == U"过去" || w == U"最近";
  }

  // 第一次, 第二次: how often, not what.
  static bool IsOrdinalTime(std::u32string_view w) { return w.size() >= 3 && w.front() == U'第' && w.back() == U'次'; }

  bool IsSplitGapWord(std::size_t k) const {
    if (v_.token(k).end != v_.token(k + 1).start) return false;
    std::u32string both = std::u32string(v_.Word(k)) + std::u32string(v_.Word(k + 1));
    return both.size() <= 3 && v_.words().Has(both, kPredicate | kRankVerb | kScope);
  }

  // 从首批3个, 由最初的5个: token k opens the starting point of a 从/由…到 span.
  bool AfterFrom(std::ptrdiff_t k, std::uint32_t clause) const {
    for (std::ptrdiff_t j = k - 1; j >= 0 && k - j <= 3 && v_.token(j).start >= clause; --j) {
      std::u32string_view w = v_.Word(j);
      if (w == U"从" || w == U"由") return true;
      std::string_view pos = v_.token(j).pos;
      if (v_.IsPunct(j) || pos.empty() || std::string_view("mtud").find(pos[0]) == std::string_view::npos) return false;
    }
    return false;
  }

  // 增长到, 增至: the verb before 到/至/为 gives the new level, not the change.
  bool LeadsToLevel(std::ptrdiff_t k) const {
    std::u32string_view w = v_.Word(k);
    if (w.ends_with(U'至') || w.ends_with(U'到')) return true;
    if (static_cast<std::size_t>(k) + 1 >= v_.token_count()) return false;
    std::u32string_view next = v_.Word(k + 1);
    return next == U"至" || next == U"到" || next == U"为";
  }

  // 近3年成果转化, 五年翻两番: a duration before a verb or noun frames the
  // clause in time; it is not the length of something named.
  bool AdverbialDuration(std::size_t after, std::uint32_t clause_end) const {
    if (after >= v_.token_count() || v_.token(after).start >= clause_end || v_.IsPunct(after)) return false;
    std::u32string_view w = v_.Word(after);
    // 期限在7天或14天: a duration in a list or range is a value of the phrase before.
    return !(w == U"了" || w == U"来" || w == U"以来" || w == U"之久" || w == U"多" || w == U"左右" || IsListJoint(w) ||
             w == U"至" || w == U"到");
  }

  // Reads the document, not m.text: Tagger fills entity texts only after linking.
  bool StartsWithDoubling(const Entity& m) const {
    return m.start < v_.doc().simplified.size() && v_.doc().simplified[m.start] == U'翻';
  }

  bool HeadHas(std::u32string_view text, std::uint16_t role) const {
    for (std::size_t n = std::min<std::size_t>(text.size(), 5); n >= 2; --n) {
      if (v_.words().Has(text.substr(text.size() - n), role)) return true;
    }
    return false;
  }
  // 增速, 年均增速, 年增速, 数量: a head with no subject of its own.
  bool IsGenericOnly(std::u32string_view text) {
    if (std::exchange(pending_subject_, false) || v_.words().Has(text, kGeneric)) return true;
    for (std::size_t n = 1; n <= 2 && n < text.size(); ++n) {
      bool qualifier = v_.words().Has(text.substr(0, n), kQualifier) || (n == 1 && text[0] == U'年');
      if (qualifier && v_.words().Has(text.substr(n), kGeneric)) return true;
    }
    return false;
  }

  // 甲、乙分别增长3%和7%: the n-th subject goes with the n-th figure;
  // 杭州、宁波…分别达8万件、6万件: the n-th place with the n-th figure.
  void Distribute(std::size_t i, Reading* r) {
    const Entity& m = E(i);
    const std::uint32_t clause = v_.ClauseStart(m.start, true), clause_end = v_.ClauseEnd(m.end, true);
    std::size_t k = v_.TokenFrom(clause);
    std::size_t each = v_.token_count();
    for (; k < v_.token_count() && v_.token(k).end <= m.start; ++k) {
      if (v_.Word(k) == U"分别") each = k;
    }
    if (each == v_.token_count()) return;
    std::vector<std::size_t> group;
    for (auto it = ReadingsFrom(v_.token(each).end); it != readings_.end() && E(it->first).start <= clause_end; ++it) {
      if (E(it->first).end <= clause_end) group.push_back(it->first);
    }
    const auto at = std::find(group.begin(), group.end(), i) - group.begin();
    if (group.size() < 2) return;
    std::deque<Phrase> items;
    std::ptrdiff_t before = static_cast<std::ptrdiff_t>(each) - 1;
    bool comma_seen = false, joined = false;  // 、 read between items; the item before 及 continues
    bool named_back = false;                   // 两项指标分别: the list is a count of what came before
    std::string joined_word;                   // that 和/及/与
    while (items.size() < group.size() || joined) {
      std::ptrdiff_t next = -1;
      Phrase p = v_.LeftPhrase(before, clause, &next);
      if (p.empty()) break;
      if (joined) {
        // 甲、乙及丙、丁: after a 、 further right, 和/及/与 joins two words of one item (乙及丙).
        items.front().text = p.text + joined_word + items.front().text;
        items.front().start = p.start;
        joined = false;
      } else {
        items.push_front(p);
      }
      // 两项指标分别: the items counted right before 分别 are the figures named before.
      if (items.size() == 1 && next >= 0 && v_.token(next).start >= clause) {
        const int e = v_.EntityOfToken(next);
        named_back = e >= 0 && E(e).type == "metric" && E(e).norm.GetString("kind") == "count";
      }
      // 上海张江集成电路产业、武汉东湖光电子产业规模分别: the places and bodies before an item locate it.
      while (next >= 0 && v_.token(next).start >= clause && v_.EntityOfToken(next) >= 0 &&
             E(v_.EntityOfToken(next)).type != "metric") {
        next = static_cast<std::ptrdiff_t>(v_.TokenFrom(E(v_.EntityOfToken(next)).start)) - 1;
      }
      if (next < 0 || !IsListJoint(v_.Word(next))) break;
      const std::u32string_view joint = v_.Word(next);
      if (joint == U"、") {
        comma_seen = true;
      } else if (comma_seen) {
        joined = true;
        joined_word = EncodeUtf8(joint);
      }
      before = next - 1;
    }
    // 分别增长3%和7%: the verb before the first figure says what all of them are.
    if (at > 0 && r->measure == std::string_view("level")) r->measure = readings_.at(group.front()).measure;
    if (named_back) {
      if (auto before_list = IndicatorsBefore(i, clause, group.size())) {
        r->indicator = (*before_list)[at];
        return;
      }
    }
    if (items.size() == group.size()) r->indicator = SharedHead(items[at].text, items.back().text);
    else if (!items.empty()) r->indicator = items.back().text;
    else if (auto before_list = IndicatorsBefore(i, clause, group.size())) r->indicator = (*before_list)[at];
    else if (auto listed = ListedSubjectsBefore(clause, group.size())) r->indicator = (*listed)[at];
    else if (at > 0) r->same_as = static_cast<int>(group.front());
    const std::uint32_t sentence = v_.SentenceStart(m.start);
    std::vector<int> places = ListBefore("region", sentence, v_.token(each).start);
    if (places.size() == group.size()) r->region = places[at];
    std::vector<int> dates = ListBefore("date", sentence, v_.token(each).start);  // 2021年和2022年…分别为
    if (dates.size() == group.size()) r->date = dates[at];
  }

  // The figure stands inside brackets opened in its sentence and not closed before it.
  bool InAside(std::size_t i) const {
    const std::u32string_view text(v_.doc().simplified);
    const std::uint32_t sentence = v_.SentenceStart(E(i).start);
    for (std::uint32_t p = E(i).start; p > sentence && E(i).start - p < 40; --p) {
      const char32_t c = text[p - 1];
      if (c == U'）' || c == U')') return false;
      if (c == U'（' || c == U'(') return true;
    }
    return false;
  }

  // 营业收入56亿元，净利润7亿元，同比分别增长21%和35%: a 分别 with no subjects
  // of its own distributes the last `n` indicators named before its clause in
  // the sentence, one per figure; nullopt when there are fewer.
  std::optional<std::vector<std::string>> IndicatorsBefore(std::size_t i, std::uint32_t clause, std::size_t n) const {
    const std::uint32_t sentence = v_.SentenceStart(E(i).start);
    std::vector<std::string> names;  // the last distinct ones, newest first
    for (auto it = readings_.lower_bound(i); it != readings_.begin();) {
      --it;
      if (E(it->first).start < sentence) break;
      if (E(it->first).end > clause || !it->second.indicator) continue;
      if (std::find(names.begin(), names.end(), *it->second.indicator) != names.end()) continue;
      names.push_back(*it->second.indicator);
      if (names.size() == n) break;
    }
    if (names.size() != n) return std::nullopt;
    std::reverse(names.begin(), names.end());
    return names;
  }

  // 甲、乙两类产品接单双创新高，分别年增9%、6%: a 分别 clause with no subjects
  // of its own takes the `n` subjects listed at the start of the clause before
  // it in the sentence; nullopt when that clause opens with another number of them.
  std::optional<std::vector<std::string>> ListedSubjectsBefore(std::uint32_t clause, std::size_t n) const {
    if (clause == 0 || clause <= v_.SentenceStart(clause)) return std::nullopt;
    const std::uint32_t start = v_.ClauseStart(clause - 1, true), end = clause - 1;
    // 两大主力甲、乙…: the list may follow words that introduce it; the last
    // start giving exactly n items is the list's own first item.
    std::optional<std::vector<std::string>> found;
    for (std::size_t k = v_.TokenFrom(start); k < v_.token_count() && v_.token(k).end <= end; ++k) {
      if (v_.IsPunct(k) || v_.EntityOfToken(k) >= 0 || v_.HasRole(k, kScope)) continue;
      if (k > 0 && v_.token(k - 1).start >= start && v_.IsNounLike(k - 1)) continue;  // inside a phrase
      std::vector<std::string> items = ListFrom(k, end, n);
      if (items.size() == n) found = std::move(items);
    }
    return found;
  }

  // The phrases joined by 、和及与 from token k, stopping past `n`.
  std::vector<std::string> ListFrom(std::size_t k, std::uint32_t end, std::size_t n) const {
    std::vector<std::string> items;
    while (k < v_.token_count() && v_.token(k).end <= end && items.size() <= n) {
      if (v_.EntityOfToken(k) >= 0) break;
      Phrase p = v_.RightPhrase(k, end);
      if (p.empty()) break;
      items.push_back(p.text);
      k = v_.TokenFrom(p.end);
      if (k >= v_.token_count() || !IsListJoint(v_.Word(k))) break;
      ++k;
    }
    return items;
  }

  // 先进制造业、高技术制造业增加值分别增长: an item of a 分别 list shares the
  // head written only after the last item: the words after the ones they end
  // with (制造业), else the last item's measurable head (电池、取暖器合格率).
  static std::string SharedHead(const std::string& item, const std::string& last) {
    if (item == last) return item;
    const std::u32string a = DecodeUtf8(item), b = DecodeUtf8(last);
    for (std::size_t n = std::min<std::size_t>(a.size(), 4); n >= 2; --n) {
      const std::size_t at = b.find(a.substr(a.size() - n));
      if (at != std::u32string::npos && at + n < b.size()) return item + EncodeUtf8(b.substr(at + n));
    }
    static constexpr std::u32string_view kHeads[] = {U"合格率", U"增加值", U"销售额", U"营业额", U"产值", U"产量", U"比重"};
    for (std::u32string_view head : kHeads) {
      if (b.ends_with(head) && !a.ends_with(head) && b.size() > head.size() && !a.ends_with(head.back())) {
        return item + EncodeUtf8(head);
      }
    }
    return item;
  }

  // The entities of `type` listed last before `end` (苏州、南京), in order.
  std::vector<int> ListBefore(const char* type, std::uint32_t sentence, std::uint32_t end) const {
    std::vector<int> out;
    int last = -1;
    for (std::size_t j = EntityFrom(sentence); j < entities_.size() && E(j).start < end; ++j) {
      if (E(j).type != type) continue;
      std::u32string_view gap = std::u32string_view(v_.doc().simplified).substr(
          last < 0 ? E(j).start : E(last).end, last < 0 ? 0 : E(j).start - E(last).end);
      if (last >= 0 && !IsListJoint(gap)) out.clear();
      out.push_back(static_cast<int>(j));
      last = static_cast<int>(j);
    }
    return out;
  }

  // The subject elided from this clause: the last indicator of a clause
  // before it in the sentence, or that clause's own subject.
  std::optional<std::string> Carried(std::size_t i) const {
    const std::uint32_t sentence = v_.SentenceStart(E(i).start);
    std::uint32_t clause = v_.ClauseStart(E(i).start, false);
    for (int back = 0; back < 3 && clause > sentence; ++back) {
      const std::uint32_t end = clause - 1;
      clause = v_.ClauseStart(end, false);
      std::optional<std::string> last;
      bool hosted = false;
      for (auto it = ReadingsFrom(clause); it != readings_.end() && E(it->first).start <= end; ++it) {
        // （营收增幅为112%）: a figure in an aside is no subject of the clause after it.
        if (E(it->first).end <= end && it->second.indicator && !InAside(it->first)) last = it->second.indicator;
        hosted |= E(it->first).end <= end && it->second.hosted;
      }
      if (last) return last;
      if (hosted) return std::nullopt;  // 累计接待6万人，同比增长5%: the change is of the people received
      if (Phrase topic = FrameTopic(clause, end); !topic.empty()) return topic.text;
      // (A subject that is only a generic head, 数量最多, names nothing: look further back.)
      Phrase subject = ClauseSubject(v_, clause, end);
      if (!subject.empty() && !v_.words().Has(DecodeUtf8(subject.text), kGeneric)) return subject.text;
    }
    return clause == sentence ? FromSentenceBefore(sentence) : std::nullopt;
  }

  // 全年地区生产总值增长5.2%。分季度看，一季度增长5.0%: a sentence that opens
  // with a breakdown (分季度看, 其中) lists parts of the quantity the sentence
  // before it named last.
  std::optional<std::string> FromSentenceBefore(std::uint32_t sentence) const {
    if (sentence == 0 || !OpensWithBreakdown(sentence)) return std::nullopt;
    const std::uint32_t before = v_.SentenceStart(sentence - 1);
    std::optional<std::string> last;
    for (auto it = ReadingsFrom(before); it != readings_.end() && E(it->first).start < sentence; ++it) {
      if (it->second.indicator) last = it->second.indicator;
    }
    return last;
  }

  bool OpensWithBreakdown(std::uint32_t sentence) const {
    std::size_t k = v_.TokenFrom(sentence);
    while (k < v_.token_count() && v_.IsPunct(k)) ++k;
    if (k < v_.token_count() && v_.Word(k) == U"其中") return true;
    return v_.IsBreakdownClause(sentence, v_.ClauseEnd(sentence, false));
  }

  // 零售总额增长8.1%、出口增长9.4%，均居全市首位.
  std::optional<std::string> Together(std::size_t i) const {
    const std::uint32_t clause = v_.ClauseStart(E(i).start, true);
    if (clause == 0) return std::nullopt;
    const std::uint32_t previous = v_.ClauseStart(clause - 1, true);
    std::vector<std::string> names;
    for (auto it = ReadingsFrom(previous); it != readings_.end() && E(it->first).start < clause; ++it) {
      const auto& [j, r] = *it;
      if (E(j).end < clause && r.indicator &&
          std::find(names.begin(), names.end(), *r.indicator) == names.end()) {
        names.push_back(*r.indicator);
      }
    }
    if (names.empty()) return Carried(i);
    std::string joined;
    for (const std::string& n : names) joined += (joined.empty() ? "" : "和") + n;
    return joined;
  }

  // The nearest region before the figure in its sentence, skipping the scope
  // of a rank (居中国第一) and destinations (出口到欧洲); an organisation in a
  // known region stands for it (合肥高新区新增15家).
  int RegionFor(std::size_t i, std::uint32_t reference) const {
    const std::uint32_t sentence = v_.SentenceStart(E(i).start);
    for (std::size_t j = i; j-- > 0 && E(j).start >= sentence;) {
      const bool org = E(j).type == "org" && E(j).norm.Get("region").is_string();
      if (E(j).type != "region" && !org) continue;
      if (reference > 0 && E(j).start >= reference) continue;  // 相当于全省的: the reference's place
      std::size_t first = v_.TokenFrom(E(j).start);
      if (first > 0) {
        std::u32string_view w = v_.Word(first - 1);
        if (v_.HasRole(first - 1, kRankVerb | kShareVerb) || w == U"到" || w == U"向" || w == U"往" || w == U"至" ||
            w == U"对" || w == U"赴" || IsBaselineMark(first - 1, false)) {
          continue;
        }
      }
      return static_cast<int>(j);
    }
    return -1;
  }

  // The nearest date before the figure in its sentence (从2015年的60分增至2024年的88.5分),
  // skipping the period a comparison is made with (较去年同期, 是去年的2倍).
  int DateFor(std::size_t i, std::uint32_t reference) const {
    const std::uint32_t sentence = v_.SentenceStart(E(i).start);
    for (std::size_t j = i; j-- > 0 && E(j).start >= sentence;) {
      if (E(j).type != "date" || (reference > 0 && E(j).start >= reference)) continue;
      const std::size_t first = v_.TokenFrom(E(j).start), after = v_.TokenFrom(E(j).end);
      if (first > 0 && IsBaselineMark(first - 1, true)) continue;
      if (first > 0 && (v_.Word(first - 1) == U"是" || v_.Word(first - 1) == U"为") && IsOfAfter(after)) continue;
      return static_cast<int>(j);
    }
    return -1;
  }

  // 的 or 同期的 at token k: 是去年(同期)的2倍.
  bool IsOfAfter(std::size_t k) const {
    if (k < v_.token_count() && v_.Word(k) == U"同期") ++k;
    return k < v_.token_count() && v_.Word(k) == U"的";
  }

  // 较, 比, 高于: token k opens the baseline a figure is compared with; for a
  // period also 与/同 (与去年同期相比), which before a place more often name a partner.
  bool IsBaselineMark(std::size_t k, bool period) const {
    std::u32string_view w = v_.Word(k);
    if (period && (w == U"与" || w == U"同" || w == U"跟")) return true;
    return w == U"较" || w == U"比" || w == U"相比" || w == U"相较" || w == U"较之" || w == U"对比" ||
           v_.HasRole(k, kCompare);
  }

  void Write(std::size_t i, const Reading& r) {
    EntityNorm& norm = entities_[i].norm;
    norm.Set("indicator", r.indicator ? NormValue(*r.indicator) : NormValue());
    norm.Set("measure", r.measure);
    norm.Set("region", r.region < 0                    ? NormValue()
                       : E(r.region).type == "org" ? E(r.region).norm.Get("region")
                                                   : E(r.region).norm.Get("name"));
    norm.Set("date", r.date >= 0 ? E(r.date).norm.Get("value") : NormValue());
  }

  const DocumentView& v_;
  std::vector<Entity>& entities_;
  std::map<std::size_t, Reading> readings_;  // by entity index, in text order
  bool pending_subject_ = false;
  bool de_before_figure_ = false;  // 乙的3倍: the figure being read follows 的
  std::uint32_t reference_ = 0;    // Reading::reference of the figure being read
};

}  // namespace
}  // namespace indicator

namespace {

// An age bound right before a noun (35岁以下青年, 60岁以上的老人) says who is
// counted: it has served as part of the indicator of the count after it
// (35岁以下青年) and is no figure of its own.
bool IsAgeQualifier(const Document& doc, const Entity& e) {
  return e.type == "metric" && NormIs(e, "unit", "岁") &&
         (NormIs(e, "approx", "at_most") || NormIs(e, "approx", "at_least")) && e.end < doc.simplified.size() &&
         IsHan(doc.simplified[e.end]);
}

}  // namespace

void MetricLinker::Link(const Document& doc, std::vector<Entity>* entities) const {
  if (doc.tokens.empty()) return;
  if (std::none_of(entities->begin(), entities->end(), [](const Entity& e) { return e.type == "metric"; })) return;
  indicator::DocumentView view(doc, *entities, words_);
  indicator::Linker(view, entities).Run();
  std::erase_if(*entities, [&](const Entity& e) { return IsAgeQualifier(doc, e); });
}

}  // namespace zhcorpus
