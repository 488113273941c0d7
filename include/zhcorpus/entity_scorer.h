// Scores predicted entities (the output of `tag`) against gold entities, both
// as JSON Lines records with an "id" and an "entities" array (docs/records.md,
// docs/entities.md). Records are paired by id.
//
//   EntityRecords gold = ReadEntityRecords(gold_stream, "gold.jsonl");
//   EntityRecords pred = ReadEntityRecords(pred_stream, "pred.jsonl");
//   for (const RecordError& e : gold.errors) Report(e);
//   EntityScore score = ScoreEntities(gold, pred, EntityScoreOptions{});
//   score.PrintTable(std::cout, /*recall_only=*/false);
//
// Per type: strict matches (same type, start and end), lenient matches (same
// type and text, counted as a multiset per record) and, over strict matches,
// norm accuracy (region code, org kind, metric value+unit, date value).
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <iosfwd>
#include <map>
#include <string>
#include <vector>

#include "zhcorpus/records.h"

namespace zhcorpus {

struct ScoredEntity {
  std::string type;
  std::int64_t start = 0;
  std::int64_t end = 0;  // code points, exclusive
  std::string text;
  Json norm;  // null when the record gives none
};

struct EntityRecord {
  std::string id;
  std::size_t line = 0;
  std::string text;  // the record's text ("" when it has none)
  std::vector<ScoredEntity> entities;
};

// Every well-formed record of one input, in input order, plus what was wrong
// with the rest ("source:line: reason"). A record without a string "id" or an
// "entities" array, or with a repeated id, is an error and left out; a bad
// entity (no type, offsets out of order, text not text[start:end]) is an
// error and only that entity is left out.
struct EntityRecords {
  std::string source;
  std::vector<EntityRecord> records;
  std::vector<RecordError> errors;
};

EntityRecords ReadEntityRecords(std::istream& in, const std::string& source);

// A named part of the gold of one type, e.g. regions that are Chinese
// administrative divisions: scored for recall only, as its own row.
struct GoldSubset {
  std::string name;  // row label, e.g. "region:divisions"
  std::string type;
  std::function<bool(const ScoredEntity&)> keep;
};

struct EntityScoreOptions {
  std::vector<std::string> types;  // types to score; empty = every type in gold or pred
  std::vector<GoldSubset> subsets;
  bool recall_only = false;  // gold labels only part of the text: ignore spurious predictions
  std::size_t worst = 10;    // how many worst records to keep
};

struct TypeScore {
  std::string type;
  std::size_t gold = 0, pred = 0, strict = 0, lenient_gold = 0, lenient = 0;
  // Gold entities inside a predicted one of the same type (a gold set that
  // splits 河北省石家庄市 into two words, where the spec makes one chain).
  std::size_t covered = 0;
  std::size_t norm_checked = 0, norm_right = 0;  // over strict matches
  bool recall_only = false;                      // a gold subset row
  double Precision() const;
  double Recall() const;
  double F1() const;
  double LenientF1() const;
  double NormAccuracy() const;
};

// One norm field compared over strict matches, for the detail lines.
struct NormFieldScore {
  std::string type, field;
  std::size_t checked = 0, right = 0;
};

struct RecordMistakes {
  std::string id;
  bool no_prediction = false;
  std::vector<ScoredEntity> missed, spurious;
  std::vector<std::pair<ScoredEntity, ScoredEntity>> wrong_norm;  // (gold, pred)
  std::size_t Errors() const { return missed.size() + spurious.size(); }
};

struct EntityScore {
  std::vector<TypeScore> types;  // in option order, then subsets
  TypeScore overall;             // micro average over `types` (not subsets)
  std::vector<NormFieldScore> norm_fields;
  std::vector<RecordMistakes> worst;
  std::size_t gold_records = 0, pred_records = 0, scored_records = 0;
  std::vector<std::string> missing_in_pred;  // gold ids with no predicted record
  std::vector<std::string> missing_in_gold;  // predicted ids not in gold (ignored)
  std::vector<std::string> text_differs;     // ids whose text is not the same on both sides
  bool recall_only = false;

  void PrintTable(std::ostream& out) const;
  Json ToJson() const;
};

// Gold records missing from the prediction count as all missed; predicted
// records missing from gold are listed and otherwise ignored.
EntityScore ScoreEntities(const EntityRecords& gold, const EntityRecords& pred,
                          const EntityScoreOptions& options);

// True when two norms of `type` agree on the field the type is judged by:
// region code, org kind, metric value (or min/max) and unit, date value.
bool NormsAgree(const std::string& type, const Json& gold, const Json& pred);

}  // namespace zhcorpus
