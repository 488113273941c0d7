// Rendering an EntityScore as an aligned text table or as JSON
// ("schema": "zhcorpus.entity-score/1").
#include <cstdio>
#include <ostream>

#include "eval/entity_norms.h"
#include "zhcorpus/entity_scorer.h"

namespace zhcorpus {
namespace {

std::string Fixed(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.3f", v);
  return buf;
}

std::string Pad(const std::string& s, std::size_t width, bool right = true) {
  if (s.size() >= width) return s;
  return right ? std::string(width - s.size(), ' ') + s : s + std::string(width - s.size(), ' ');
}

std::string PrimaryField(const std::string& type) {
  for (const NormField& f : NormFields()) {
    if (f.primary && f.type == type) return f.field;
  }
  return "";
}

std::string Accuracy(const TypeScore& t) {
  if (t.norm_checked == 0) return "-";
  char buf[96];
  std::snprintf(buf, sizeof buf, "%.3f (%zu/%zu%s%s)", t.NormAccuracy(), t.norm_right, t.norm_checked,
                t.type == "overall" ? "" : " ", t.type == "overall" ? "" : PrimaryField(t.type).c_str());
  return buf;
}

void PrintRow(std::ostream& out, const TypeScore& t, bool recall_only) {
  out << Pad(t.type, 18, false) << Pad(std::to_string(t.gold), 6);
  if (recall_only || t.recall_only) {
    out << Pad(std::to_string(t.strict), 7) << Pad(Fixed(t.Recall()), 8)
        << Pad(Fixed(static_cast<double>(t.covered) / std::max<std::size_t>(1, t.gold)), 9);
    if (!t.recall_only) out << Pad(Fixed(static_cast<double>(t.lenient) / std::max<std::size_t>(1, t.lenient_gold)), 9);
    out << '\n';
    return;
  }
  out << Pad(std::to_string(t.pred), 6) << Pad(std::to_string(t.strict), 7) << Pad(Fixed(t.Precision()), 7)
      << Pad(Fixed(t.Recall()), 7) << Pad(Fixed(t.F1()), 7) << Pad(Fixed(t.LenientF1()), 9) << "  " << Accuracy(t)
      << '\n';
}

std::string Describe(const ScoredEntity& e) {
  return e.type + " " + e.text + " [" + std::to_string(e.start) + "," + std::to_string(e.end) + ")";
}

void PrintWorst(std::ostream& out, const std::vector<RecordMistakes>& worst) {
  if (worst.empty()) return;
  out << "\nworst records (missed = gold only, spurious = predicted only, norm = same span, other norm):\n";
  for (const RecordMistakes& r : worst) {
    out << r.id << ": " << r.missed.size() << " missed, " << r.spurious.size() << " spurious, "
        << r.wrong_norm.size() << " wrong norm" << (r.no_prediction ? " (no predicted record)" : "") << '\n';
    for (const ScoredEntity& e : r.missed) out << "  missed    " << Describe(e) << '\n';
    for (const ScoredEntity& e : r.spurious) out << "  spurious  " << Describe(e) << '\n';
    for (const auto& [g, p] : r.wrong_norm) {
      out << "  norm      " << Describe(g) << ": gold " << NormSummary(g.type, g.norm) << ", predicted "
          << NormSummary(p.type, p.norm) << '\n';
    }
  }
}

Json EntityJson(const ScoredEntity& e) {
  return Json{{"type", e.type}, {"text", e.text}, {"start", e.start}, {"end", e.end}, {"norm", e.norm}};
}

Json RowJson(const TypeScore& t, bool recall_only) {
  Json j{{"type", t.type}, {"gold", t.gold}, {"matched", t.strict}, {"recall", t.Recall()},
         {"covered_recall", static_cast<double>(t.covered) / std::max<std::size_t>(1, t.gold)}};
  if (t.recall_only) return j;
  j["lenient_recall"] = static_cast<double>(t.lenient) / std::max<std::size_t>(1, t.lenient_gold);
  if (recall_only) return j;
  j["predicted"] = t.pred;
  j["precision"] = t.Precision();
  j["f1"] = t.F1();
  j["lenient_f1"] = t.LenientF1();
  j["norm_checked"] = t.norm_checked;
  j["norm_right"] = t.norm_right;
  j["norm_accuracy"] = t.norm_checked ? Json(t.NormAccuracy()) : Json();
  return j;
}

Json MistakesJson(const RecordMistakes& r) {
  Json j{{"id", r.id}, {"no_prediction", r.no_prediction}, {"missed", Json::array()}, {"spurious", Json::array()},
         {"wrong_norm", Json::array()}};
  for (const ScoredEntity& e : r.missed) j["missed"].push_back(EntityJson(e));
  for (const ScoredEntity& e : r.spurious) j["spurious"].push_back(EntityJson(e));
  for (const auto& [g, p] : r.wrong_norm) j["wrong_norm"].push_back({{"gold", EntityJson(g)}, {"pred", EntityJson(p)}});
  return j;
}

}  // namespace

void EntityScore::PrintTable(std::ostream& out) const {
  out << "records: " << gold_records << " gold, " << pred_records << " predicted, " << scored_records
      << " scored; " << missing_in_pred.size() << " gold records without a prediction (all missed), "
      << missing_in_gold.size() << " predicted records not in gold (ignored)\n\n";
  if (recall_only) {
    out << Pad("type", 18, false) << "  gold  found  recall  covered  lenient\n";
  } else {
    out << Pad("type", 18, false) << "  gold  pred  match      P      R     F1  lenient  norm accuracy\n";
  }
  for (const TypeScore& t : types) PrintRow(out, t, recall_only);
  if (types.size() > 1) PrintRow(out, overall, recall_only);
  if (!recall_only && !norm_fields.empty()) {
    out << "\nnorm fields over strict matches:";
    for (const NormFieldScore& f : norm_fields) {
      if (f.checked == 0) continue;
      out << (f.field == PrimaryField(f.type) ? "\n  " : "  ") << f.type << "." << f.field << " "
          << Fixed(static_cast<double>(f.right) / f.checked);
    }
    out << '\n';
  }
  PrintWorst(out, worst);
}

Json EntityScore::ToJson() const {
  Json j{{"schema", "zhcorpus.entity-score/1"},
         {"recall_only", recall_only},
         {"records",
          {{"gold", gold_records},
           {"predicted", pred_records},
           {"scored", scored_records},
           {"missing_in_pred", missing_in_pred},
           {"missing_in_gold", missing_in_gold},
           {"text_differs", text_differs}}},
         {"types", Json::array()}};
  for (const TypeScore& t : types) j["types"].push_back(RowJson(t, recall_only));
  j["overall"] = RowJson(overall, recall_only);
  if (!recall_only) {
    j["norm_fields"] = Json::array();
    for (const NormFieldScore& f : norm_fields) {
      j["norm_fields"].push_back({{"type", f.type}, {"field", f.field}, {"checked", f.checked}, {"right", f.right}});
    }
  }
  j["worst"] = Json::array();
  for (const RecordMistakes& r : worst) j["worst"].push_back(MistakesJson(r));
  return j;
}

}  // namespace zhcorpus
