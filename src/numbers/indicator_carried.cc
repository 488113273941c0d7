// Elided subjects: a clause with no phrase of its own carries the indicator
// of the clause or sentence before it.
#include "numbers/indicator_linker.h"

#include <algorithm>

#include "zhcorpus/utf8.h"

namespace zhcorpus::indicator {

// The subject elided from this clause: the last indicator of a clause
// before it in the sentence, or that clause's own subject.
std::optional<std::string> Linker::Carried(std::size_t i) const {
  const std::uint32_t sentence = v_.SentenceStart(E(i).start);
  std::uint32_t clause = v_.ClauseStart(E(i).start, false);
  for (int back = 0; back < 3 && clause > sentence; ++back) {
    const std::uint32_t end = clause - 1;
    clause = v_.ClauseStart(end, false);
    std::optional<std::string> last;
    bool hosted = false;
    for (auto it = ReadingsFrom(clause); it != readings_.end() && E(it->first).start <= end; ++it) {
      // （营收增幅为112%）: a figure in an aside is no subject of the clause after it.
      if (E(it->first).end <= end && it->second.indicator && !InAside(it->first)) {
        last = it->second.indicator;
        if (std::string_view(it->second.measure) == "share") last = ShareSubject(*last, i);
      }
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

// 成交额为9亿元，占总额的75%，同比增长31%: a percentage change after a share is a
// change of the amount that has the share, not of the share (that would change by
// 百分点); the share's indicator is 甲占乙, its subject 甲.
std::string Linker::ShareSubject(const std::string& share, std::size_t i) const {
  const std::string_view unit = E(i).norm.GetString("unit");  // (a view of the norm's own string)
  const std::size_t zhan = share.find("占");
  // (A share named as one word, 某某占比, is a quantity of its own: 占比91.9%，年增速73.7%.)
  if (unit != "%" || zhan == std::string::npos || zhan == 0 || share.compare(zhan, 6, "占比") == 0) return share;
  return share.substr(0, zhan);
}

// 全年地区生产总值增长5.2%。分季度看，一季度增长5.0%: a sentence that opens
// with a breakdown (分季度看, 其中) lists parts of the quantity the sentence
// before it named last.
std::optional<std::string> Linker::FromSentenceBefore(std::uint32_t sentence) const {
  if (sentence == 0 || !OpensWithBreakdown(sentence)) return std::nullopt;
  const std::uint32_t before = v_.SentenceStart(sentence - 1);
  std::optional<std::string> last;
  for (auto it = ReadingsFrom(before); it != readings_.end() && E(it->first).start < sentence; ++it) {
    if (it->second.indicator) last = it->second.indicator;
  }
  return last;
}

bool Linker::OpensWithBreakdown(std::uint32_t sentence) const {
  std::size_t k = v_.TokenFrom(sentence);
  while (k < v_.token_count() && v_.IsPunct(k)) ++k;
  if (k < v_.token_count() && v_.Word(k) == U"其中") return true;
  return v_.IsBreakdownClause(sentence, v_.ClauseEnd(sentence, false));
}

// The indicator of the last figure before `i` in its sentence that can name
// people: not a duration, nor a count of other things (四个年头).
std::optional<std::string> Linker::PeopleBefore(std::size_t i) const {
  const std::uint32_t sentence = v_.SentenceStart(E(i).start);
  for (auto it = readings_.lower_bound(i); it != readings_.begin();) {
    --it;
    const Entity& e = E(it->first);
    if (e.start < sentence) break;
    const std::string_view kind = e.norm.GetString("kind");
    if (kind == "duration" || (kind == "count" && !NormIs(e, "unit", "人") && !NormIs(e, "unit", "人次"))) continue;
    if (it->second.indicator) return it->second.indicator;
  }
  return std::nullopt;
}

// 零售总额增长8.1%、出口增长9.4%，均居全市首位.
std::optional<std::string> Linker::Together(std::size_t i) const {
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

}  // namespace zhcorpus::indicator
