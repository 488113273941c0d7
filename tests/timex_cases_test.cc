// How each timex case is judged: a case in the scope of docs/entities.md
// passes when our number, metric or date matches the expected value, fails
// with what we gave otherwise, and a case outside the scope (holidays,
// weekdays, clock times, sub-units) is left out of the rate.
#include "eval/timex_cases.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <memory>

#include "test_config.h"

namespace zhcorpus::timex {
namespace {

class TimexCasesTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto view = SimplifiedView::Load(testing::kBuildDataDir);
    ASSERT_TRUE(view.ok()) << view.status().message();
    view_ = new SimplifiedView(std::move(view).value());
    auto units = UnitLexicon::Load(std::filesystem::path(testing::kSourceDir) / "data" / "units.tsv");
    ASSERT_TRUE(units.ok()) << units.status().message();
    judge_ = new Judge(*view_, MetricExtractor(std::move(units).value()));
  }
  static void TearDownTestSuite() {
    delete judge_;
    delete view_;
  }
  static const Judge& J() { return *judge_; }
  static Json Case(const char* json) { return Json::parse(json); }

  static SimplifiedView* view_;
  static Judge* judge_;
};
SimplifiedView* TimexCasesTest::view_ = nullptr;
Judge* TimexCasesTest::judge_ = nullptr;

TEST_F(TimexCasesTest, Numerals) {
  Outcome o = J().DucklingNumeral(Case(R"({"input":"三千零五","expected":{"value":3005}})"));
  EXPECT_TRUE(o.in_scope);
  EXPECT_TRUE(o.passed) << o.detail;
  Outcome wrong = J().DucklingNumeral(Case(R"({"input":"三千零五","expected":{"value":305}})"));
  EXPECT_FALSE(wrong.passed);
  EXPECT_EQ(wrong.detail, "3005");
  // A unit after the figure is not a bare numeral.
  EXPECT_FALSE(J().DucklingNumeral(Case(R"({"input":"三千个","expected":{"value":3000}})")).in_scope);
}

TEST_F(TimexCasesTest, OrdinalsAreRanks) {
  EXPECT_TRUE(J().DucklingOrdinal(Case(R"({"input":"第十二","expected":{"value":12}})")).passed);
  EXPECT_FALSE(J().DucklingOrdinal(Case(R"({"input":"十二","expected":{"value":12}})")).passed);
}

TEST_F(TimexCasesTest, MoneyValueRangeAndBound) {
  EXPECT_TRUE(J().DucklingMoney(Case(R"({"input":"八百元","expected":{"kind":"value","value":800,"unit":"CNY"}})")).passed);
  Outcome range = J().DucklingMoney(
      Case(R"({"input":"三百到五百元","expected":{"kind":"between","from":300,"to":500,"unit":"CNY"}})"));
  EXPECT_TRUE(range.passed) << range.detail;
  EXPECT_TRUE(
      J().DucklingMoney(Case(R"({"input":"至少八百元","expected":{"kind":"above","value":800,"unit":"CNY"}})")).passed);
  // Sub-units and an elided sub-unit (一块二 = 1.2) are outside the guideline.
  EXPECT_FALSE(J().DucklingMoney(Case(R"({"input":"三块五毛","expected":{"kind":"value","value":3.5,"unit":"CNY"}})")).in_scope);
  EXPECT_FALSE(J().DucklingMoney(Case(R"({"input":"一块二","expected":{"kind":"value","value":1.2,"unit":"CNY"}})")).in_scope);
}

TEST_F(TimexCasesTest, JioMoneyNeedsACurrency) {
  EXPECT_TRUE(J().JioMoney(Case(R"({"input":"两千元","expected":{"num":2000,"case":"元"}})")).passed);
  EXPECT_TRUE(J().JioMoney(Case(R"({"input":"两千到三千元","expected":{"num":[2000,3000],"case":"元"}})")).passed);
  EXPECT_FALSE(J().JioMoney(Case(R"({"input":"两千","expected":{"num":2000,"case":"元"}})")).in_scope);
  EXPECT_FALSE(J().JioMoney(Case(R"({"input":"3k元","expected":{"num":3000,"case":"元"}})")).in_scope);
}

TEST_F(TimexCasesTest, ExtractedMoneyComparesTheTexts) {
  Outcome o = J().JioExtractMoney(
      Case(R"({"input":"门票八十元，年卡三百元。","expected":[{"text":"八十元"},{"text":"三百元"}]})"));
  EXPECT_TRUE(o.passed) << o.detail;
  Outcome missing = J().JioExtractMoney(Case(R"({"input":"门票八十元。","expected":[{"text":"九十元"}]})"));
  EXPECT_TRUE(missing.in_scope);
  EXPECT_FALSE(missing.passed);
  EXPECT_EQ(missing.detail, "八十元; ");
}

TEST_F(TimexCasesTest, DurationsInSeconds) {
  EXPECT_TRUE(J().DucklingDuration(Case(R"({"input":"三个小时","expected":{"value":180,"unit":"minute"}})")).passed);
  EXPECT_FALSE(J().DucklingDuration(Case(R"({"input":"三个小时","expected":{"value":3,"unit":"day"}})")).passed);
  // 三月 is a calendar month, 一年零三天 two units: out of scope.
  EXPECT_FALSE(J().DucklingDuration(Case(R"({"input":"三月","expected":{"value":3,"unit":"month"}})")).in_scope);
  EXPECT_FALSE(J().DucklingDuration(Case(R"({"input":"一年零三天","expected":{"value":368,"unit":"day"}})")).in_scope);
}

TEST_F(TimexCasesTest, QuantitiesInGrams) {
  EXPECT_TRUE(J().DucklingQuantity(Case(R"({"input":"两公斤","expected":{"value":2000}})")).passed);
  EXPECT_FALSE(J().DucklingQuantity(Case(R"({"input":"三斤二两","expected":{"value":1600}})")).in_scope);
}

TEST_F(TimexCasesTest, DucklingDatesAsIntervals) {
  Outcome day = J().DucklingTime(Case(
      R"({"input":"2023年3月5日","reference":"2024-01-01T00:00:00","expected":{"kind":"time_point","start":"2023-03-05T00:00:00","grain":"day"}})"));
  EXPECT_TRUE(day.in_scope);
  EXPECT_TRUE(day.passed) << day.detail;
  Outcome month = J().DucklingTime(Case(
      R"({"input":"去年三月","reference":"2024-06-01T00:00:00","expected":{"kind":"time_point","start":"2023-03-01T00:00:00","grain":"month"}})"));
  EXPECT_TRUE(month.passed) << month.detail;
  Outcome wrong = J().DucklingTime(Case(
      R"({"input":"去年三月","reference":"2024-06-01T00:00:00","expected":{"kind":"time_point","start":"2024-03-01T00:00:00","grain":"month"}})"));
  EXPECT_FALSE(wrong.passed);
  // Weekdays, clock times and holidays are not dates in the guideline.
  for (const char* input : {"下周三", "明天下午三点", "国庆节"}) {
    const Json c = {{"input", input},
                    {"reference", "2024-01-01T00:00:00"},
                    {"expected", {{"kind", "time_point"}, {"start", "2024-01-03T00:00:00"}, {"grain", "day"}}}};
    EXPECT_FALSE(J().DucklingTime(c).in_scope) << input;
  }
}

TEST_F(TimexCasesTest, JioDatesNeedWholeDays) {
  Outcome o = J().JioTime(Case(
      R"({"input":"2022年7月","reference":"2024-01-01 00:00:00","expected":{"definition":"accurate","type":"time_point","time":["2022-07-01 00:00:00","2022-07-31 23:59:59"]}})"));
  EXPECT_TRUE(o.passed) << o.detail;
  EXPECT_FALSE(J().JioTime(Case(
      R"({"input":"2022年7月","reference":"2024-01-01 00:00:00","expected":{"definition":"blur","type":"time_point","time":["2022-07-01 00:00:00","2022-07-31 23:59:59"]}})")).in_scope);
  EXPECT_FALSE(J().JioTime(Case(
      R"({"input":"2022年7月","reference":"2024-01-01 00:00:00","options":{"ret_future":true},"expected":{"definition":"accurate","type":"time_point","time":["2022-07-01 00:00:00","2022-07-31 23:59:59"]}})")).in_scope);
}

TEST_F(TimexCasesTest, ExtractedDatesCompareTheTexts) {
  Outcome o = J().JioExtractTime(Case(
      R"({"input":"工程于2020年5月开工，2021年底完工。","expected":[{"text":"2020年5月","type":"time_point"}]})"));
  EXPECT_TRUE(o.in_scope);
  EXPECT_FALSE(o.passed);  // we also give 2021年底, which the case does not expect
  EXPECT_NE(o.detail.find("2021年底"), std::string::npos) << o.detail;
  // An expected 年底 is a sub-interval the guideline keeps as `mod`: out of scope.
  EXPECT_FALSE(J().JioExtractTime(Case(R"({"input":"2021年底完工。","expected":[{"text":"2021年底","type":"time_point"}]})")).in_scope);
  Outcome one = J().JioExtractTime(
      Case(R"({"input":"工程于2020年5月开工。","expected":[{"text":"2020年5月","type":"time_point"}]})"));
  EXPECT_TRUE(one.passed) << one.detail;
}

}  // namespace
}  // namespace zhcorpus::timex
