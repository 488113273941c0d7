// The metric linker (src/numbers/indicator.cc) on documents segmented by
// hand: what each figure measures (indicator, measure), where (region) and
// when (date), from its own sentence. The words are data/indicator_words.tsv.
#include "numbers/indicator.h"

#include <gtest/gtest.h>

#include <memory>

#include "entity/entity_norm_json.h"
#include "hand_doc.h"
#include "test_config.h"

namespace zhcorpus {
namespace {

using testing::HandDoc;

class IndicatorTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto l = MetricLinker::Load(testing::kBuildDataDir);
    ASSERT_TRUE(l.ok()) << l.status().message();
    linker_ = new MetricLinker(std::move(l).value());
  }
  static void TearDownTestSuite() { delete linker_; }

  // The linked norm of the metric whose text is `metric`.
  static Json Linked(HandDoc& h, const std::string& metric) {
    linker_->Link(h.doc, &h.entities);
    for (const Entity& e : h.entities)
      if (e.type == "metric" && e.text == metric) return ToJson(e.norm);
    ADD_FAILURE() << "no metric " << metric;
    return Json();
  }
  static EntityNorm Metric(const char* kind, const char* unit, double value) {
    return EntityNorm{{"kind", NormValue(kind)}, {"unit", NormValue(unit)}, {"value", NormValue(value)}};
  }
  static MetricLinker* linker_;
};
MetricLinker* IndicatorTest::linker_ = nullptr;

TEST_F(IndicatorTest, LevelWithPlaceAndPeriod) {
  HandDoc h({{"2023年", "m"}, {"，", "x"}, {"青山县", "ns"}, {"粮食", "n"}, {"产量", "n"}, {"达", "v"},
             {"120万吨", "m"}, {"。", "x"}});
  h.Add("date", "2023年", EntityNorm{{"value", NormValue("2023")}});
  h.Add("region", "青山县", EntityNorm{{"name", NormValue("青山县")}});
  h.Add("metric", "120万吨", Metric("measure", "吨", 1200000));
  Json n = Linked(h, "120万吨");
  EXPECT_EQ(n["indicator"], "粮食产量");
  EXPECT_EQ(n["measure"], "level");
  EXPECT_EQ(n["region"], "青山县");
  EXPECT_EQ(n["date"], "2023");
  EXPECT_EQ(n["value"], 1200000);  // what the extractor set stays
}

TEST_F(IndicatorTest, AGrowthIsAChange) {
  HandDoc h({{"果园", "n"}, {"面积", "n"}, {"增长", "v"}, {"5%", "m"}, {"。", "x"}});
  h.Add("metric", "5%", Metric("percent", "%", 5));
  Json n = Linked(h, "5%");
  EXPECT_EQ(n["indicator"], "果园面积");
  EXPECT_EQ(n["measure"], "change");
  EXPECT_TRUE(n["region"].is_null());
  EXPECT_TRUE(n["date"].is_null());
}

TEST_F(IndicatorTest, APlaceInAnotherSentenceIsNotTheFiguresPlace) {
  HandDoc h({{"青山县", "ns"}, {"发布", "v"}, {"公报", "n"}, {"。", "x"}, {"粮食", "n"}, {"产量", "n"}, {"达", "v"},
             {"120万吨", "m"}, {"。", "x"}});
  h.Add("region", "青山县", EntityNorm{{"name", NormValue("青山县")}});
  h.Add("metric", "120万吨", Metric("measure", "吨", 1200000));
  Json n = Linked(h, "120万吨");
  EXPECT_EQ(n["indicator"], "粮食产量");
  EXPECT_TRUE(n["region"].is_null());
}

TEST_F(IndicatorTest, NoMetricsOrNoTokensChangeNothing) {
  HandDoc plain({{"青山县", "ns"}, {"风景", "n"}, {"好", "a"}, {"。", "x"}});
  plain.Add("region", "青山县", EntityNorm{{"name", NormValue("青山县")}});
  const std::vector<Entity> before = plain.entities;
  linker_->Link(plain.doc, &plain.entities);
  ASSERT_EQ(plain.entities.size(), 1u);
  EXPECT_EQ(plain.entities[0].norm, before[0].norm);

  HandDoc untokenised({{"产量120万吨", "x"}});
  untokenised.doc.tokens.clear();
  untokenised.entities.push_back({"metric", 2, 8, "120万吨", Metric("measure", "吨", 1200000)});
  linker_->Link(untokenised.doc, &untokenised.entities);
  EXPECT_FALSE(untokenised.entities[0].norm.Has("indicator"));
}

TEST_F(IndicatorTest, AnAgeBoundBeforeANounSaysWhoIsCountedAndIsNoFigure) {
  HandDoc h({{"60岁以上", "m"}, {"老人", "n"}, {"有", "v"}, {"300人", "m"}, {"。", "x"}});
  EntityNorm age = Metric("measure", "岁", 60);
  age.Set("approx", "at_least");
  h.Add("metric", "60岁以上", age);
  h.Add("metric", "300人", Metric("count", "人", 300));
  linker_->Link(h.doc, &h.entities);
  ASSERT_EQ(h.entities.size(), 1u);
  EXPECT_EQ(h.entities[0].text, "300人");
}

}  // namespace
}  // namespace zhcorpus
