// The metric linker: for each figure, the noun phrase naming what it
// measures, whether it is a level, a change, a share or a rank, and the region
// and period its sentence states for it. Rules (ENTITIES.md, docs/metrics.md):
// the phrase in the figure's clause (after it for a count: 120名博士), else
// carried from the clause before when the subject is elided (出口额持续增长，
// 同比增长12%); 分别 distributes a list of subjects over a list of figures.
#include "numbers/indicator.h"

#include <algorithm>

#include "numbers/indicator_linker.h"
#include "numbers/scan.h"
#include "zhcorpus/records.h"
#include "zhcorpus/utf8.h"

namespace zhcorpus {
namespace indicator {

namespace {

// 营收 成长: a space next to a Han character is layout, as ingest's normalisation
// says (RECORDS.md); one between Latin letters or digits stays (Model Y).
std::string WithoutLayoutSpaces(const std::string& text) {
  if (text.find(' ') == std::string::npos) return text;
  const std::u32string t = DecodeUtf8(text);
  std::u32string out;
  for (std::size_t k = 0; k < t.size(); ++k) {
    const bool layout = t[k] == U' ' && ((k > 0 && IsHan(t[k - 1])) || (k + 1 < t.size() && IsHan(t[k + 1])));
    if (!layout) out += t[k];
  }
  return EncodeUtf8(out);
}

}  // namespace

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
  norm.Set("indicator", r.indicator ? NormValue(WithoutLayoutSpaces(*r.indicator)) : NormValue());
  norm.Set("measure", r.measure);
  norm.Set("region", r.region < 0                    ? NormValue()
                     : E(r.region).type == "org" ? E(r.region).norm.Get("region")
                                                 : E(r.region).norm.Get("name"));
  norm.Set("date", r.date >= 0 ? E(r.date).norm.Get("value") : NormValue());
}

}  // namespace indicator

namespace {

// 第一季 GDP 年增 5.4%: raw Taiwan and Hong Kong text (not through ingest) keeps
// layout spaces between words and figures. The linker reads the document's
// tokens without those that are only spaces (not line breaks, which end
// a paragraph), so phrases and the words between a phrase and its figure are
// read as in normalised text; offsets are unchanged.
bool IsSpace(char32_t c) { return c == U' ' || c == U'\u3000' || c == U'\u00a0' || c == U'\t'; }

bool IsSpaceToken(const Document& doc, const Token& t) {
  if (t.end <= t.start || !IsSpace(doc.simplified[t.start])) return false;
  for (std::uint32_t p = t.start + 1; p < t.end; ++p) {
    if (!IsSpace(doc.simplified[p])) return false;
  }
  // One between two Latin letters or digits is part of a name (Model Y), as ingest keeps it.
  const bool ascii_before = t.start > 0 && scan::IsAsciiAlnum(doc.simplified[t.start - 1]);
  const bool ascii_after = t.end < doc.simplified.size() && scan::IsAsciiAlnum(doc.simplified[t.end]);
  return !(ascii_before && ascii_after);
}

// The tokens without layout spaces, or nullopt when there are none (one pass:
// most records have none, and are not copied).
std::optional<std::vector<Token>> WithoutSpaceTokens(const Document& doc) {
  std::optional<std::vector<Token>> tokens;
  for (std::size_t k = 0; k < doc.tokens.size(); ++k) {
    const Token& t = doc.tokens[k];
    if (!IsSpaceToken(doc, t)) {
      if (tokens) tokens->push_back(t);
    } else if (!tokens) {
      tokens.emplace(doc.tokens.begin(), doc.tokens.begin() + static_cast<std::ptrdiff_t>(k));
      tokens->reserve(doc.tokens.size());
    }
  }
  return tokens;
}

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
  const std::optional<std::vector<Token>> unspaced = WithoutSpaceTokens(doc);
  indicator::DocumentView view(doc, unspaced ? *unspaced : doc.tokens, *entities, words_);
  indicator::Linker(view, entities).Run();
  std::erase_if(*entities, [&](const Entity& e) { return IsAgeQualifier(doc, e); });
}

}  // namespace zhcorpus
