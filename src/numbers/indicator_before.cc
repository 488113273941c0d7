// The phrase before a figure: comparisons (甲相当于乙的3倍), spans (从…到),
// frames (在…上), conversions (约合) and words cut inside a token (企业数居).
#include "numbers/indicator_linker.h"

#include "zhcorpus/utf8.h"

namespace zhcorpus::indicator {

// 每项奖金100万美元（约合人民币711万元）: the figure before in the sentence
// when `i` follows 约合 or 折合, else -1.
int Linker::ConvertedFrom(std::size_t i) const {
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

// 营收19.25亿元/-22.15%, 毛利率51.87%/+7.70个百分点, 净利润0.68亿元/同比增长11.66%:
// the figure right before the slash in its sentence when only a sign or a
// change word stands between the slash and figure `i`, else -1.
int Linker::ChangedBeforeSlash(std::size_t i) const {
  if (i == 0 || E(i - 1).type != "metric" || E(i - 1).start < v_.SentenceStart(E(i).start)) return -1;
  const std::u32string_view text(v_.doc().simplified);
  const std::uint32_t from = E(i - 1).end;
  if (from >= E(i).start || (text[from] != U'/' && text[from] != U'／')) return -1;
  std::u32string_view between = text.substr(from + 1, E(i).start - from - 1);
  if (between == U"+" || between == U"＋" || between == U"-" || between == U"－") between = {};
  if (between.starts_with(U"同比")) between.remove_prefix(2);
  const bool change_word = between.empty() || v_.words().Has(between, kUp | kDown);
  return change_word ? static_cast<int>(i - 1) : -1;
}

// 租金从几千元、几万元到十多万元不等: the phrase before the 从 or 由
// that opens the span ending at the figure's token `first`, in its major clause.
Phrase Linker::SpanSubject(std::size_t first) const {
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
bool Linker::SpanEnds(std::size_t from) const {
  const std::uint32_t end = v_.SentenceEnd(v_.token(from).start);
  for (std::size_t j = from + 1; j < v_.token_count() && v_.token(j).start < end && j - from < 30; ++j) {
    const std::u32string_view w = v_.Word(j);
    if (w.ends_with(U'到') || w.ends_with(U'至')) return true;
  }
  return false;
}

// 在设备更新上增长了15%, 在省级重点实验室的名单上，该市拥有6家: the topic
// of a 在…上/中/方面 frame in [clause, end) names what the figures measure.
Phrase Linker::FrameTopic(std::uint32_t clause, std::uint32_t end) const {
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

// The phrase ending at token k, with 占: 技术交易额占GDP比重 names a share.
// With `cut`, it ends inside token k, at `cut` (企业数居: 企业数).
Phrase Linker::Left(std::ptrdiff_t k, std::uint32_t cut, std::uint32_t clause, bool* share) {
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
  // 某某业以 + 6兆元: the HMM glued the preposition 以 ("with") to the noun before the
  // figure; it is no part of what is measured.
  if (const std::size_t last = v_.TokenFrom(p.end - 1); last < v_.token_count() && v_.token(last).pos == "x" &&
                                                         v_.token(last).end == p.end && p.end - v_.token(last).start >= 2 &&
                                                         v_.doc().simplified[p.end - 1] == U'以') {
    const std::u32string text = DecodeUtf8(p.text);
    p.text = EncodeUtf8(std::u32string_view(text).substr(0, text.size() - 1));
    --p.end;
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
  // 零售业总销货价值的临时估计为292亿元: an estimate of a quantity named before 的 measures that quantity.
  if (before > 0 && v_.Word(before) == U"的" && NamesAnEstimate(DecodeUtf8(p.text))) {
    std::ptrdiff_t owner_before = -1;
    Phrase owner = v_.LeftPhrase(before - 1, clause, &owner_before);
    if (!owner.empty()) {
      p = owner;
      before = owner_before;
    }
  }
  if (auto compared = ComparedSubject(before, clause)) return *compared;
  // 扣除价格因素实际增长5%: what is taken out of the figure is no part of what it measures.
  if (before >= 0 && v_.token(before).start >= clause && (v_.Word(before) == U"扣除" || v_.Word(before) == U"剔除")) {
    return Phrase{};
  }
  p = WithAchiever(p, before, clause);
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

// 重点项目完成投资56亿元, 规上工业实现增加值80亿元: the subject before 完成 or
// 实现 says whose quantity it is and stays in the indicator (重点项目投资), when
// it opens its clause (nothing but punctuation, a scope word or an entity
// before it: it is no object of another verb) and is no zone (园区).
Phrase Linker::WithAchiever(Phrase p, std::ptrdiff_t before, std::uint32_t clause) const {
  if (before < 1 || v_.token(before).end != p.start) return p;
  if (v_.Word(before) != U"完成" && v_.Word(before) != U"实现") return p;
  std::ptrdiff_t subject_before = -1;
  Phrase subject = v_.LeftPhrase(before - 1, clause, &subject_before);
  if (subject.empty() || v_.token(before - 1).end != v_.token(before).start) return p;
  // 园区实现工业总产值, 开发区完成投资: a zone named by its generic word is a place, which only locates.
  if (subject.start == v_.token(before - 1).start && subject.text.ends_with("区")) return p;
  if (subject_before >= 0 && v_.token(subject_before).start >= clause && !v_.IsPunct(subject_before) &&
      !v_.HasRole(subject_before, kScope) && v_.EntityOfToken(subject_before) < 0) {
    return p;
  }
  p.text = subject.text + p.text;
  p.start = subject.start;
  return p;
}

// 甲相当于乙的3倍, 甲高于乙2个百分点, 甲为乙的1.5倍: 乙, ending at token
// `before` + 1, is only the reference; the figure measures what is compared,
// the phrase before the comparison word (empty: the subject carried from
// before). nullopt when no comparison word precedes 乙.
std::optional<Phrase> Linker::ComparedSubject(std::ptrdiff_t before, std::uint32_t clause) {
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
bool Linker::OpensReference(std::ptrdiff_t j, std::ptrdiff_t before) const {
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
bool Linker::GluesToShare(std::size_t k, std::u32string_view prefix) const {
  return k > 0 && v_.token(k - 1).end == v_.token(k).start &&
         v_.words().Has(std::u32string(v_.Word(k - 1)) + std::u32string(prefix), kShare | kChangeHead);
}

// The phrase before token k and the first characters of k, up to `cut`.
Phrase Linker::CutPhrase(std::ptrdiff_t k, std::uint32_t cut, std::uint32_t clause, std::ptrdiff_t* before) const {
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

bool Linker::IsSplitGapWord(std::size_t k) const {
  if (v_.token(k).end != v_.token(k + 1).start) return false;
  std::u32string both = std::u32string(v_.Word(k)) + std::u32string(v_.Word(k + 1));
  return both.size() <= 3 && v_.words().Has(both, kPredicate | kRankVerb | kScope);
}

// 从首批3个, 由最初的5个: token k opens the starting point of a 从/由…到 span.
bool Linker::AfterFrom(std::ptrdiff_t k, std::uint32_t clause) const {
  for (std::ptrdiff_t j = k - 1; j >= 0 && k - j <= 3 && v_.token(j).start >= clause; --j) {
    std::u32string_view w = v_.Word(j);
    if (w == U"从" || w == U"由") return true;
    std::string_view pos = v_.token(j).pos;
    if (v_.IsPunct(j) || pos.empty() || std::string_view("mtud").find(pos[0]) == std::string_view::npos) return false;
  }
  return false;
}

// 增长到, 增至: the verb before 到/至/为 gives the new level, not the change.
bool Linker::LeadsToLevel(std::ptrdiff_t k) const {
  std::u32string_view w = v_.Word(k);
  if (w.ends_with(U'至') || w.ends_with(U'到')) return true;
  if (static_cast<std::size_t>(k) + 1 >= v_.token_count()) return false;
  std::u32string_view next = v_.Word(k + 1);
  return next == U"至" || next == U"到" || next == U"为";
}

// 估计, 临时估计, 修订估计, 初步估算: a short phrase ending in an estimate word names how a
// figure was obtained, not what it measures.
bool Linker::NamesAnEstimate(std::u32string_view text) {
  return text.size() <= 4 && (text.ends_with(U"估计") || text.ends_with(U"估算") || text.ends_with(U"估值"));
}

}  // namespace zhcorpus::indicator
