// Internal to the metric linker (indicator.cc): the linker that reads each
// figure of one document, split by rule family over the files named below.
#pragma once

#include <algorithm>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "numbers/indicator_phrase.h"

namespace zhcorpus::indicator {

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
  bool restates = false;  // 增加6.5千公顷（9.8万亩）: the same quantity in other units, so the same measure too
  bool hosted = false;  // 接待6万人: people counted by the verb; the change after it names nothing else either
  std::string people_did;  // 有3万人次访港: what the people counted did (访港), if nothing better names them
};

inline bool IsListJoint(std::u32string_view w) {
  return w == U"和" || w == U"与" || w == U"及" || w == U"以及" || w == U"、" || w == U"或";
}

inline bool NormIs(const Entity& e, const char* key, std::string_view value) {
  const NormValue& v = e.norm.Get(key);
  return v.is_string() && v.string() == value;
}

class Linker {
 public:
  Linker(const DocumentView& v, std::vector<Entity>* entities) : v_(v), entities_(*entities) {}
  // Reads every figure, then distributes lists, carries elided subjects and writes the norms.
  void Run();

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
  // 第一次, 第二次: how often, not what.
  static bool IsOrdinalTime(std::u32string_view w) { return w.size() >= 3 && w.front() == U'第' && w.back() == U'次'; }

  void Write(std::size_t i, const Reading& r);

  // The figure's own clause (indicator_read.cc).
  Reading Read(std::size_t i);
  Reading Finish(const Entity& m, const std::string& kind, Phrase phrase, bool change, bool share, Reading* out);
  Phrase MembersKind(std::size_t deng) const;
  std::size_t OfAfterJoinedFigure(std::size_t after, std::uint32_t clause_end) const;
  Phrase WithoutPraise(Phrase pace) const;
  bool PointsAtPeriod(std::size_t first) const;
  bool AdverbialDuration(std::size_t after, std::uint32_t clause_end) const;
  bool StartsWithDoubling(const Entity& m) const;
  bool HeadHas(std::u32string_view text, std::uint16_t role) const;
  bool IsGenericOnly(std::u32string_view text);

  // The phrase before a figure (indicator_before.cc).
  int ConvertedFrom(std::size_t i) const;
  int ChangedBeforeSlash(std::size_t i) const;
  Phrase SpanSubject(std::size_t first) const;
  bool SpanEnds(std::size_t from) const;
  Phrase FrameTopic(std::uint32_t clause, std::uint32_t end) const;
  Phrase Left(std::ptrdiff_t k, std::uint32_t cut, std::uint32_t clause, bool* share);
  Phrase WithAchiever(Phrase p, std::ptrdiff_t before, std::uint32_t clause) const;
  std::optional<Phrase> ComparedSubject(std::ptrdiff_t before, std::uint32_t clause);
  bool OpensReference(std::ptrdiff_t j, std::ptrdiff_t before) const;
  bool GluesToShare(std::size_t k, std::u32string_view prefix) const;
  Phrase CutPhrase(std::ptrdiff_t k, std::uint32_t cut, std::uint32_t clause, std::ptrdiff_t* before) const;
  bool IsSplitGapWord(std::size_t k) const;
  bool AfterFrom(std::ptrdiff_t k, std::uint32_t clause) const;
  bool LeadsToLevel(std::ptrdiff_t k) const;
  static bool NamesAnEstimate(std::u32string_view text);
  static bool NamesAForecast(std::u32string_view text);

  // Counted nouns (indicator_counted.cc).
  Phrase CountedNoun(std::size_t first, std::size_t after, std::uint32_t clause_end) const;
  Phrase ThroughThreshold(Phrase p, std::uint32_t clause_end) const;
  bool DoneByPeople(const Entity& m, const Phrase& p, std::uint32_t clause_end) const;
  static bool IsHanOrAlnum(char32_t c);
  Phrase WithoutQuantityHead(Phrase p, std::uint32_t clause_end) const;
  Phrase IndustryName(Phrase p) const;
  bool NamesQuantity(std::u32string_view text) const;
  bool IsQuantityWord(std::size_t k) const;
  Phrase PartitiveGroup(std::size_t first, std::uint32_t clause) const;
  Phrase WithCoordinate(Phrase p, std::uint32_t clause_end) const;
  Phrase NounAfterRelativeClause(const Phrase& p, std::uint32_t clause_end) const;
  bool GovernedByVerb(std::size_t first) const;
  bool ClosesClause(const Entity& m) const;
  Phrase ObjectSized(const Entity& m, std::size_t first, std::size_t after, std::uint32_t clause_end) const;
  bool VerbBeforeLe(const Phrase& p) const;

  // Lists under 分别 (indicator_distribute.cc).
  void Distribute(std::size_t i, Reading* r);
  bool InAside(std::size_t i) const;
  Phrase EnumeratedWord(std::ptrdiff_t k, std::uint32_t clause, std::ptrdiff_t* next) const;
  std::optional<std::vector<std::string>> IndicatorsBefore(std::size_t i, std::uint32_t clause, std::size_t n) const;
  std::optional<std::vector<std::string>> ListedSubjectsBefore(std::uint32_t clause, std::size_t n) const;
  std::vector<std::string> ListFrom(std::size_t k, std::uint32_t end, std::size_t n) const;
  static std::string SharedHead(const std::string& item, const std::string& last);
  std::vector<int> ListBefore(const char* type, std::uint32_t sentence, std::uint32_t end) const;

  // Elided subjects (indicator_carried.cc).
  std::optional<std::string> Carried(std::size_t i) const;
  std::string ShareSubject(const std::string& share, std::size_t i) const;
  std::optional<std::string> FromSentenceBefore(std::uint32_t sentence) const;
  bool OpensWithBreakdown(std::uint32_t sentence) const;
  std::optional<std::string> Together(std::size_t i) const;
  std::optional<std::string> PeopleBefore(std::size_t i) const;

  // Region, period and baseline (indicator_scope.cc).
  int RegionFor(std::size_t i, std::uint32_t reference) const;
  int DateFor(std::size_t i, std::uint32_t reference) const;
  bool IsOfAfter(std::size_t k) const;
  bool IsBaselineMark(std::size_t k, bool period) const;

  const DocumentView& v_;
  std::vector<Entity>& entities_;
  std::map<std::size_t, Reading> readings_;  // by entity index, in text order
  bool pending_subject_ = false;
  bool de_before_figure_ = false;  // 乙的3倍: the figure being read follows 的
  std::uint32_t reference_ = 0;    // Reading::reference of the figure being read
};

}  // namespace zhcorpus::indicator
