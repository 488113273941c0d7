// The metric linker: for each figure, the noun phrase naming what it
// measures, whether it is a level, a change, a share or a rank, and the region
// and period its sentence states for it. Rules (ENTITIES.md, docs/metrics.md):
// the phrase in the figure's clause (after it for a count: 120名博士), else
// carried from the clause before when the subject is elided (出口额持续增长，
// 同比增长12%); 分别 distributes a list of subjects over a list of figures.
#include "numbers/indicator.h"

#include <algorithm>

#include "numbers/indicator_linker.h"
#include "zhcorpus/records.h"
#include "zhcorpus/utf8.h"

namespace zhcorpus {
namespace indicator {

void Linker::Run() {
  for (std::size_t i = 0; i < entities_.size(); ++i) {
    if (entities_[i].type == "metric") readings_.emplace(i, Read(i));
  }
  for (auto& [i, r] : readings_) Distribute(i, &r);
  for (auto& [i, r] : readings_) {
    if (!r.indicator && r.same_as >= 0) r.indicator = readings_.at(r.same_as).indicator;
    if (r.restates) r.measure = readings_.at(r.same_as).measure;
    // 海外旅客增加1.2倍，有近3万人次访港: the people are those of the figure before, else those who did it.
    if (!r.indicator && !r.people_did.empty()) r.indicator = PeopleBefore(i).value_or(r.people_did);
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

void Linker::Write(std::size_t i, const Reading& r) {
  EntityNorm& norm = entities_[i].norm;
  norm.Set("indicator", r.indicator ? NormValue(*r.indicator) : NormValue());
  norm.Set("measure", r.measure);
  norm.Set("region", r.region < 0                    ? NormValue()
                     : E(r.region).type == "org" ? E(r.region).norm.Get("region")
                                                 : E(r.region).norm.Get("name"));
  norm.Set("date", r.date >= 0 ? E(r.date).norm.Get("value") : NormValue());
}

}  // namespace indicator

namespace {

// An age bound right before a noun (35岁以下青年, 60岁以上的老人) says who is
// counted: it has served as part of the indicator of the count after it
// (35岁以下青年) and is no figure of its own.
bool IsAgeQualifier(const Document& doc, const Entity& e) {
  return e.type == "metric" && indicator::NormIs(e, "unit", "岁") &&
         (indicator::NormIs(e, "approx", "at_most") || indicator::NormIs(e, "approx", "at_least")) && e.end < doc.simplified.size() &&
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
