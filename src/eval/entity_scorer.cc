// Matching gold and predicted entities record by record: strict (type, start,
// end), lenient (type, text as a multiset) and norm checks over strict pairs.
#include "zhcorpus/entity_scorer.h"

#include <algorithm>
#include <set>
#include <unordered_map>

#include "eval/entity_norms.h"

namespace zhcorpus {
namespace {

double Ratio(std::size_t n, std::size_t d) { return d == 0 ? 0.0 : static_cast<double>(n) / d; }

double Harmonic(double p, double r) { return p + r == 0 ? 0.0 : 2 * p * r / (p + r); }

void AddCounts(const TypeScore& from, TypeScore* to) {
  to->gold += from.gold;
  to->pred += from.pred;
  to->strict += from.strict;
  to->covered += from.covered;
  to->lenient_gold += from.lenient_gold;
  to->lenient += from.lenient;
  to->norm_checked += from.norm_checked;
  to->norm_right += from.norm_right;
}

// The entities of `record` whose type is scored.
std::vector<const ScoredEntity*> Scored(const EntityRecord* record, const std::set<std::string>& types) {
  std::vector<const ScoredEntity*> out;
  if (record == nullptr) return out;
  for (const ScoredEntity& e : record->entities) {
    if (types.count(e.type)) out.push_back(&e);
  }
  return out;
}

std::set<std::string> TypesToScore(const EntityRecords& gold, const EntityRecords& pred,
                                   const EntityScoreOptions& options) {
  if (!options.types.empty()) return {options.types.begin(), options.types.end()};
  std::set<std::string> types;
  for (const auto* side : {&gold, &pred}) {
    for (const EntityRecord& r : side->records) {
      for (const ScoredEntity& e : r.entities) types.insert(e.type);
    }
  }
  return types;
}

// Type order for the table: the options' order, else alphabetical.
std::vector<std::string> TypeOrder(const std::set<std::string>& types, const EntityScoreOptions& options) {
  if (options.types.empty()) return {types.begin(), types.end()};
  std::vector<std::string> order;
  for (const std::string& t : options.types) {
    if (std::find(order.begin(), order.end(), t) == order.end()) order.push_back(t);
  }
  return order;
}

class Scorer {
 public:
  Scorer(const EntityScoreOptions& options, std::set<std::string> types, std::vector<std::string> order)
      : options_(options), types_(std::move(types)) {
    for (const std::string& t : order) rows_[t].type = t;
    order_ = std::move(order);
    for (const GoldSubset& s : options.subsets) {
      subset_rows_.emplace_back();
      subset_rows_.back().type = s.name;
      subset_rows_.back().recall_only = true;
    }
    for (const NormField& f : NormFields()) fields_.push_back({f.type, f.field});
  }

  void Add(const EntityRecord& gold, const EntityRecord* pred) {
    RecordMistakes mistakes;
    mistakes.id = gold.id;
    mistakes.no_prediction = pred == nullptr;
    const auto g = Scored(&gold, types_);
    const auto p = Scored(pred, types_);
    for (const ScoredEntity* e : g) ++rows_[e->type].gold;
    for (const ScoredEntity* e : p) ++rows_[e->type].pred;
    const std::vector<int> match = MatchStrict(g, p);
    std::vector<bool> pred_used(p.size(), false);
    for (std::size_t i = 0; i < g.size(); ++i) {
      const bool covered = Covered(*g[i], p);
      rows_[g[i]->type].covered += covered;
      CountSubsets(*g[i], match[i] >= 0, covered);
      if (match[i] < 0) {
        mistakes.missed.push_back(*g[i]);
        continue;
      }
      pred_used[match[i]] = true;
      CheckNorms(*g[i], *p[match[i]], &mistakes);
    }
    for (std::size_t j = 0; j < p.size(); ++j) {
      if (!pred_used[j] && !options_.recall_only) mistakes.spurious.push_back(*p[j]);
    }
    CountLenient(g, p);
    if (mistakes.Errors() + mistakes.wrong_norm.size() > 0) worst_.push_back(std::move(mistakes));
  }

  void Finish(EntityScore* out) {
    for (const std::string& t : order_) {
      const TypeScore& row = rows_[t];
      out->types.push_back(row);
      AddCounts(row, &out->overall);
    }
    out->overall.type = "overall";
    for (TypeScore& s : subset_rows_) out->types.push_back(std::move(s));
    for (const NormFieldScore& f : fields_) {
      if (types_.count(f.type)) out->norm_fields.push_back(f);
    }
    std::stable_sort(worst_.begin(), worst_.end(), [](const RecordMistakes& a, const RecordMistakes& b) {
      return a.Errors() + a.wrong_norm.size() > b.Errors() + b.wrong_norm.size();
    });
    if (worst_.size() > options_.worst) worst_.resize(options_.worst);
    out->worst = std::move(worst_);
  }

 private:
  // For each gold entity, the index of the predicted entity with the same
  // type and span, or -1; each prediction pairs with one gold entity.
  static std::vector<int> MatchStrict(const std::vector<const ScoredEntity*>& g,
                                      const std::vector<const ScoredEntity*>& p) {
    std::multimap<std::tuple<std::string, std::int64_t, std::int64_t>, int> by_span;
    for (std::size_t j = 0; j < p.size(); ++j) by_span.emplace(std::tuple(p[j]->type, p[j]->start, p[j]->end), j);
    std::vector<int> match(g.size(), -1);
    for (std::size_t i = 0; i < g.size(); ++i) {
      auto it = by_span.find(std::tuple(g[i]->type, g[i]->start, g[i]->end));
      if (it == by_span.end()) continue;
      match[i] = it->second;
      by_span.erase(it);
    }
    return match;
  }

  void CheckNorms(const ScoredEntity& g, const ScoredEntity& p, RecordMistakes* mistakes) {
    TypeScore& row = rows_[g.type];
    ++row.strict;
    for (std::size_t k = 0; k < NormFields().size(); ++k) {
      const NormField& f = NormFields()[k];
      if (f.type != g.type || (f.applies && !f.applies(g.norm))) continue;
      const bool agree = f.agree(g.norm, p.norm);
      ++fields_[k].checked;
      fields_[k].right += agree;
      if (!f.primary) continue;
      ++row.norm_checked;
      row.norm_right += agree;
      if (!agree) mistakes->wrong_norm.emplace_back(g, p);
    }
  }

  static bool Covered(const ScoredEntity& g, const std::vector<const ScoredEntity*>& p) {
    return std::any_of(p.begin(), p.end(), [&](const ScoredEntity* e) {
      return e->type == g.type && e->start <= g.start && g.end <= e->end;
    });
  }

  void CountSubsets(const ScoredEntity& g, bool matched, bool covered) {
    for (std::size_t k = 0; k < options_.subsets.size(); ++k) {
      const GoldSubset& s = options_.subsets[k];
      if (g.type != s.type || !s.keep(g)) continue;
      ++subset_rows_[k].gold;
      subset_rows_[k].strict += matched;
      subset_rows_[k].covered += covered;
    }
  }

  void CountLenient(const std::vector<const ScoredEntity*>& g, const std::vector<const ScoredEntity*>& p) {
    std::map<std::pair<std::string, std::string>, std::size_t> gold_texts;
    for (const ScoredEntity* e : g) ++gold_texts[{e->type, e->text}];
    for (const ScoredEntity* e : p) {
      auto it = gold_texts.find({e->type, e->text});
      if (it == gold_texts.end() || it->second == 0) continue;
      --it->second;
      ++rows_[e->type].lenient;
    }
    for (const ScoredEntity* e : g) ++rows_[e->type].lenient_gold;
  }

  const EntityScoreOptions& options_;
  std::set<std::string> types_;
  std::vector<std::string> order_;
  std::map<std::string, TypeScore> rows_;
  std::vector<TypeScore> subset_rows_;
  std::vector<NormFieldScore> fields_;
  std::vector<RecordMistakes> worst_;
};

}  // namespace

double TypeScore::Precision() const { return Ratio(strict, pred); }
double TypeScore::Recall() const { return Ratio(strict, gold); }
double TypeScore::F1() const { return Harmonic(Precision(), Recall()); }
double TypeScore::LenientF1() const { return Harmonic(Ratio(lenient, pred), Ratio(lenient, lenient_gold)); }
double TypeScore::NormAccuracy() const { return Ratio(norm_right, norm_checked); }

EntityScore ScoreEntities(const EntityRecords& gold, const EntityRecords& pred, const EntityScoreOptions& options) {
  EntityScore score;
  score.recall_only = options.recall_only;
  score.gold_records = gold.records.size();
  score.pred_records = pred.records.size();
  std::unordered_map<std::string, const EntityRecord*> pred_by_id;
  for (const EntityRecord& r : pred.records) pred_by_id.emplace(r.id, &r);
  std::set<std::string> types = TypesToScore(gold, pred, options);
  Scorer scorer(options, types, TypeOrder(types, options));
  std::set<std::string> gold_ids;
  for (const EntityRecord& g : gold.records) {
    gold_ids.insert(g.id);
    auto it = pred_by_id.find(g.id);
    const EntityRecord* p = it == pred_by_id.end() ? nullptr : it->second;
    if (p == nullptr) {
      score.missing_in_pred.push_back(g.id);
    } else {
      ++score.scored_records;
      if (!g.text.empty() && !p->text.empty() && g.text != p->text) score.text_differs.push_back(g.id);
    }
    scorer.Add(g, p);
  }
  for (const EntityRecord& p : pred.records) {
    if (!gold_ids.count(p.id)) score.missing_in_gold.push_back(p.id);
  }
  scorer.Finish(&score);
  return score;
}

}  // namespace zhcorpus
