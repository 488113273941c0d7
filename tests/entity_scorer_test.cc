// The entity scorer on tiny hand-written gold and predictions: strict and
// lenient matching, norm comparisons per type, missing and bad records,
// recall-only gold, gold subsets and the worst-records listing.
#include "zhcorpus/entity_scorer.h"

#include <gtest/gtest.h>

#include <sstream>

#include "eval/entity_norms.h"
#include "zhcorpus/utf8.h"

namespace zhcorpus {
namespace {

// An entity JSON for the nth occurrence of `surface` in `text`.
Json Ent(const std::string& text, const std::string& type, const std::string& surface, Json norm = Json(),
         int nth = 0) {
  const std::u32string t = DecodeUtf8(text), s = DecodeUtf8(surface);
  std::size_t at = t.find(s);
  for (int i = 0; i < nth; ++i) at = t.find(s, at + 1);
  EXPECT_NE(at, std::u32string::npos) << surface;
  return Json{{"type", type}, {"text", surface}, {"start", at}, {"end", at + s.size()}, {"norm", norm}};
}

std::string Line(const std::string& id, const std::string& text, const std::vector<Json>& entities) {
  Json j{{"id", id}, {"text", text}, {"entities", entities}};
  return j.dump() + "\n";
}

EntityRecords Read(const std::string& jsonl, const std::string& name = "t.jsonl") {
  std::istringstream in(jsonl);
  return ReadEntityRecords(in, name);
}

const TypeScore& Row(const EntityScore& s, const std::string& type) {
  for (const TypeScore& t : s.types) {
    if (t.type == type) return t;
  }
  ADD_FAILURE() << "no row " << type;
  return s.overall;
}

const std::string kPort = "舟山港去年货物吞吐量增长5.2%，舟山渔业产值达到120亿元。";

TEST(EntityScorer, StrictPrecisionRecallAndF1CountSpans) {
  const std::string gold = Line("p1", kPort,
                                {Ent(kPort, "region", "舟山"), Ent(kPort, "date", "去年"),
                                 Ent(kPort, "metric", "5.2%"), Ent(kPort, "region", "舟山", Json(), 1),
                                 Ent(kPort, "metric", "120亿元")});
  // 舟山港 is too long, 增长5.2% swallows a verb; 去年 and the second 舟山 are right.
  const std::string pred = Line("p1", kPort,
                                {Ent(kPort, "region", "舟山港"), Ent(kPort, "date", "去年"),
                                 Ent(kPort, "metric", "增长5.2%"), Ent(kPort, "region", "舟山", Json(), 1),
                                 Ent(kPort, "metric", "120亿元")});
  EntityScore s = ScoreEntities(Read(gold), Read(pred), {});
  const TypeScore& region = Row(s, "region");
  EXPECT_EQ(region.gold, 2u);
  EXPECT_EQ(region.strict, 1u);
  EXPECT_DOUBLE_EQ(region.Precision(), 0.5);
  EXPECT_DOUBLE_EQ(region.Recall(), 0.5);
  EXPECT_DOUBLE_EQ(Row(s, "date").F1(), 1.0);
  EXPECT_EQ(s.overall.gold, 5u);
  EXPECT_EQ(s.overall.strict, 3u);
  EXPECT_DOUBLE_EQ(s.overall.F1(), 0.6);
}

TEST(EntityScorer, LenientMatchesTextAsAMultisetWhateverTheOffsets) {
  // The prediction has 舟山 three times, two of them at offsets past the
  // gold ones: lenient pairs two with gold, strict only the one in place.
  const std::string gold =
      Line("p1", kPort, {Ent(kPort, "region", "舟山"), Ent(kPort, "region", "舟山", Json(), 1)});
  Json pred = {{"id", "p1"}, {"entities", {Ent(kPort, "region", "舟山", Json(), 1)}}};
  pred["entities"].push_back({{"type", "region"}, {"text", "舟山"}, {"start", 40}, {"end", 42}});
  pred["entities"].push_back({{"type", "region"}, {"text", "舟山"}, {"start", 44}, {"end", 46}});
  EntityScore s = ScoreEntities(Read(gold), Read(pred.dump() + "\n"), {});
  const TypeScore& region = Row(s, "region");
  EXPECT_EQ(region.strict, 1u);
  EXPECT_EQ(region.lenient, 2u);  // the third 舟山 has no gold partner
  EXPECT_DOUBLE_EQ(region.LenientF1(), 2 * (2.0 / 3) * 1.0 / (2.0 / 3 + 1.0));
}

TEST(EntityScorer, RegionCodeNullEqualsNullAndAMissingCode) {
  EXPECT_TRUE(NormsAgree("region", {{"code", nullptr}}, {{"name", "长三角"}}));
  EXPECT_TRUE(NormsAgree("region", {{"code", "330200"}}, {{"code", "330200"}, {"level", "city"}}));
  EXPECT_FALSE(NormsAgree("region", {{"code", "330200"}}, {{"code", nullptr}}));
}

TEST(EntityScorer, OrgKindDecidesAndDateValueDecides) {
  EXPECT_TRUE(NormsAgree("org", {{"kind", "university"}, {"region", "浙江省"}}, {{"kind", "university"}}));
  EXPECT_FALSE(NormsAgree("org", {{"kind", "company"}}, {{"kind", "research"}}));
  EXPECT_TRUE(NormsAgree("date", {{"value", "2023-Q4"}, {"grain", "quarter"}}, {{"value", "2023-Q4"}}));
  EXPECT_FALSE(NormsAgree("date", {{"value", "2023"}}, {{"value", "2023-12"}}));
  EXPECT_TRUE(NormsAgree("date", {{"value", nullptr}, {"relative", true}}, {{"value", nullptr}}));
}

TEST(EntityScorer, MetricValuesCompareWithRelativeToleranceAndUnit) {
  const Json gold = {{"value", 12000000000LL}, {"unit", "元"}, {"approx", "over"}};
  EXPECT_TRUE(NormsAgree("metric", gold, {{"value", 1.2e10}, {"unit", "元"}, {"approx", nullptr}}));
  EXPECT_TRUE(NormsAgree("metric", gold, {{"value", 12000000000.000001}, {"unit", "元"}}));
  EXPECT_FALSE(NormsAgree("metric", gold, {{"value", 12000100000LL}, {"unit", "元"}}));
  EXPECT_FALSE(NormsAgree("metric", gold, {{"value", 12000000000LL}, {"unit", "美元"}}));
  EXPECT_TRUE(NormsAgree("metric", {{"value", 0}, {"unit", "%"}}, {{"value", 0.0}, {"unit", "%"}}));
}

TEST(EntityScorer, MetricRangesCompareMinAndMax) {
  const Json range = {{"value", nullptr}, {"min", 2}, {"max", 4}, {"unit", "周"}};
  EXPECT_TRUE(NormsAgree("metric", range, {{"value", nullptr}, {"min", 2.0}, {"max", 4}, {"unit", "周"}}));
  EXPECT_FALSE(NormsAgree("metric", range, {{"value", nullptr}, {"min", 2}, {"max", 5}, {"unit", "周"}}));
  EXPECT_FALSE(NormsAgree("metric", range, {{"value", 4}, {"unit", "周"}}));
}

TEST(EntityScorer, NormAccuracyIsOverStrictMatchesAndWrongNormsAreListed) {
  const std::string text = "鄞州区与宁波大学签约，总投资约3亿元。";
  const std::string gold = Line("n1", text,
                                {Ent(text, "region", "鄞州区", {{"code", "330212"}}),
                                 Ent(text, "org", "宁波大学", {{"kind", "university"}}),
                                 Ent(text, "metric", "约3亿元", {{"value", 300000000}, {"unit", "元"}})});
  const std::string pred = Line("n1", text,
                                {Ent(text, "region", "鄞州区", {{"code", "330200"}}),
                                 Ent(text, "org", "宁波大学", {{"kind", "university"}}),
                                 Ent(text, "metric", "3亿元", {{"value", 300000000}, {"unit", "元"}})});
  EntityScore s = ScoreEntities(Read(gold), Read(pred), {});
  EXPECT_EQ(Row(s, "region").norm_checked, 1u);
  EXPECT_EQ(Row(s, "region").norm_right, 0u);
  EXPECT_DOUBLE_EQ(Row(s, "org").NormAccuracy(), 1.0);
  EXPECT_EQ(Row(s, "metric").norm_checked, 0u);  // the span differs, so the norm is not judged
  ASSERT_EQ(s.worst.size(), 1u);
  ASSERT_EQ(s.worst[0].wrong_norm.size(), 1u);
  EXPECT_EQ(s.worst[0].wrong_norm[0].first.text, "鄞州区");
  std::ostringstream table;
  s.PrintTable(table);
  EXPECT_NE(table.str().find("norm      region 鄞州区 [0,3): gold code 330212, predicted code 330200"),
            std::string::npos)
      << table.str();
}

TEST(EntityScorer, GoldRecordWithoutPredictionCountsAsMissed) {
  const std::string text = "嘉善县今年新建两座图书馆。";
  const std::string gold = Line("g1", text, {Ent(text, "region", "嘉善县")}) + Line("g2", text, {});
  const std::string pred = Line("g2", text, {}) + Line("x9", text, {Ent(text, "region", "嘉善县")});
  EntityScore s = ScoreEntities(Read(gold), Read(pred), {});
  EXPECT_EQ(s.missing_in_pred, std::vector<std::string>{"g1"});
  EXPECT_EQ(s.missing_in_gold, std::vector<std::string>{"x9"});
  EXPECT_EQ(s.scored_records, 1u);
  EXPECT_EQ(Row(s, "region").gold, 1u);
  EXPECT_EQ(Row(s, "region").pred, 0u);  // x9 is not scored
  ASSERT_EQ(s.worst.size(), 1u);
  EXPECT_TRUE(s.worst[0].no_prediction);
}

TEST(EntityScorer, BadLinesAreReportedWithLineNumbersAndTheRestIsRead) {
  const std::string text = "临安区的山核桃今年增收。";
  Json wrong_text = Ent(text, "region", "临安区");
  wrong_text["text"] = "临安";
  const std::string jsonl = Line("r1", text, {Ent(text, "region", "临安区")}) + "{not json\n" +
                            R"({"text":"没有编号的记录","entities":[]})" "\n" +
                            Line("r1", text, {}) + Line("r4", text, {wrong_text, Ent(text, "date", "今年")}) +
                            R"({"id":"r5","entities":[{"type":"org","start":3,"end":1}]})" "\n";
  EntityRecords r = Read(jsonl, "g.jsonl");
  ASSERT_EQ(r.records.size(), 3u);  // r1, r4 (its date only), r5 (no entities)
  EXPECT_EQ(r.records[1].entities.size(), 1u);
  std::vector<std::string> errors;
  for (const RecordError& e : r.errors) errors.push_back(e.ToString());
  ASSERT_EQ(errors.size(), 5u);
  EXPECT_EQ(errors[0].rfind("g.jsonl:2: ", 0), 0u) << errors[0];
  EXPECT_EQ(errors[1], "g.jsonl:3: no string \"id\" to pair gold and prediction by");
  EXPECT_EQ(errors[2], "g.jsonl:4: id \"r1\" repeats an earlier record; skipped");
  EXPECT_EQ(errors[3], "g.jsonl:5: entity 1: text \"临安\" is not text[0:3] \"临安区\"");
  EXPECT_EQ(errors[4], "g.jsonl:6: entity 1: empty or reversed span [3, 1)");
}

TEST(EntityScorer, RecallOnlyIgnoresExtraPredictions) {
  const std::string text = "湖州市和德清县的企业参加了展会。";
  const std::string gold = Line("h1", text, {Ent(text, "region", "湖州市")});
  const std::string pred = Line("h1", text, {Ent(text, "region", "湖州市"), Ent(text, "region", "德清县")});
  EntityScoreOptions options;
  options.recall_only = true;
  EntityScore s = ScoreEntities(Read(gold), Read(pred), options);
  EXPECT_DOUBLE_EQ(Row(s, "region").Recall(), 1.0);
  EXPECT_TRUE(s.worst.empty());
  std::ostringstream table;
  s.PrintTable(table);
  EXPECT_NE(table.str().find("recall"), std::string::npos);
  EXPECT_EQ(table.str().find("F1"), std::string::npos) << table.str();
}

TEST(EntityScorer, GoldSubsetGetsItsOwnRecallRow) {
  const std::string text = "德国企业落户湖州市。";
  const std::string gold = Line("s1", text, {Ent(text, "region", "德国"), Ent(text, "region", "湖州市")});
  const std::string pred = Line("s1", text, {Ent(text, "region", "湖州市")});
  EntityScoreOptions options;
  options.subsets.push_back({"region:divisions", "region", [](const ScoredEntity& e) { return e.text != "德国"; }});
  EntityScore s = ScoreEntities(Read(gold), Read(pred), options);
  EXPECT_DOUBLE_EQ(Row(s, "region").Recall(), 0.5);
  const TypeScore& divisions = Row(s, "region:divisions");
  EXPECT_EQ(divisions.gold, 1u);
  EXPECT_DOUBLE_EQ(divisions.Recall(), 1.0);
  EXPECT_EQ(s.overall.gold, 2u);  // the subset is not counted twice
}

TEST(EntityScorer, TypesFilterAndWorstRecordsComeMostErrorsFirst) {
  const std::string a = "义乌市去年出口增长12%。", b = "绍兴市和诸暨市今年联合办展。";
  const std::string gold = Line("a", a, {Ent(a, "region", "义乌市"), Ent(a, "metric", "12%")}) +
                           Line("b", b, {Ent(b, "region", "绍兴市"), Ent(b, "region", "诸暨市")});
  const std::string pred = Line("a", a, {Ent(a, "region", "义乌市")}) + Line("b", b, {Ent(b, "date", "今年")});
  EntityScoreOptions options;
  options.types = {"region"};
  options.worst = 1;
  EntityScore s = ScoreEntities(Read(gold), Read(pred), options);
  ASSERT_EQ(s.types.size(), 1u);
  EXPECT_EQ(s.overall.gold, 3u);
  ASSERT_EQ(s.worst.size(), 1u);
  EXPECT_EQ(s.worst[0].id, "b");
  EXPECT_EQ(s.worst[0].missed.size(), 2u);
  EXPECT_TRUE(s.worst[0].spurious.empty());  // 今年 is a date, not scored
}

TEST(EntityScorer, JsonReportCarriesSchemaRowsAndMistakes) {
  const std::string text = "桐庐县新增民宿80家。";
  const std::string gold = Line("j1", text, {Ent(text, "region", "桐庐县"), Ent(text, "metric", "80家")});
  const std::string pred = Line("j1", text, {Ent(text, "region", "桐庐")});
  Json j = ScoreEntities(Read(gold), Read(pred), {}).ToJson();
  EXPECT_EQ(j["schema"], "zhcorpus.entity-score/1");
  EXPECT_EQ(j["types"][0]["type"], "metric");  // alphabetical without --types
  EXPECT_EQ(j["types"][1]["predicted"], 1);
  EXPECT_EQ(j["worst"][0]["spurious"][0]["text"], "桐庐");
  EXPECT_EQ(j["worst"][0]["missed"].size(), 2u);
}

const NormFieldScore& Field(const EntityScore& s, const std::string& type, const std::string& field) {
  for (const NormFieldScore& f : s.norm_fields) {
    if (f.type == type && f.field == field) return f;
  }
  ADD_FAILURE() << "no field " << type << "." << field;
  return s.norm_fields.front();
}

TEST(IndicatorAgreement, DiceOfCharactersAfterTheTrailingChangeWord) {
  EXPECT_TRUE(IndicatorsAgree("出口额", "出口额"));
  EXPECT_TRUE(IndicatorsAgree("出口额同比增长", "出口额"));      // 同比增长 is dropped
  EXPECT_TRUE(IndicatorsAgree("研发投入强度排名", "研发投入强度"));
  EXPECT_TRUE(IndicatorsAgree("技术交易额占GDP比重", "技术交易额比重"));  // 2*7/(10+7) = 0.82
  EXPECT_FALSE(IndicatorsAgree("技术交易额", "南京"));
  EXPECT_FALSE(IndicatorsAgree("高新技术企业", "企业"));  // 2*2/(6+2) = 0.5
  EXPECT_DOUBLE_EQ(CharacterDice(U"企业企业", U"企业"), 2.0 * 2 / 6);  // multiplicity counts
  EXPECT_EQ(StripIndicatorSuffix(U"工业投资增长率"), U"工业投资");   // longest listed first
}

TEST(EntityScorer, IndicatorIsLenientAndMeasureIsCheckedWhereGoldHasOne) {
  const std::string text = "出口额同比增长12%，进口额达到30亿元。";
  const std::string gold = Line(
      "m1", text,
      {Ent(text, "metric", "12%", {{"value", 12}, {"unit", "%"}, {"indicator", "出口额"}, {"measure", "change"}}),
       Ent(text, "metric", "30亿元", {{"value", 3e9}, {"unit", "元"}, {"indicator", nullptr}})});
  const std::string pred = Line(
      "m1", text,
      {Ent(text, "metric", "12%", {{"value", 12}, {"unit", "%"}, {"indicator", "出口额同比增长"}, {"measure", "level"}}),
       Ent(text, "metric", "30亿元", {{"value", 3e9}, {"unit", "元"}, {"indicator", "进口额"}})});
  EntityScore s = ScoreEntities(Read(gold), Read(pred), {});
  EXPECT_EQ(Field(s, "metric", "indicator").checked, 2u);
  EXPECT_EQ(Field(s, "metric", "indicator").right, 1u);  // null in gold, given in prediction: wrong
  EXPECT_EQ(Field(s, "metric", "indicator.exact").right, 0u);
  EXPECT_EQ(Field(s, "metric", "measure").checked, 1u);   // only where gold states a measure
  EXPECT_EQ(Field(s, "metric", "measure").right, 0u);
}

}  // namespace
}  // namespace zhcorpus
