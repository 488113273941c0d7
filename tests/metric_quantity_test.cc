// A number and what follows it (src/numbers/metric_quantity.cc): unit,
// range, fraction, ratio, approximation and sign, and the checks that keep
// codes, vague counts, dates and idioms from being figures.
#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <vector>

#include "metrics_test.h"
#include "numbers/metric_scanner.h"
#include "test_config.h"

namespace zhcorpus::metrics {
namespace {

class MetricQuantityTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto units = UnitLexicon::Load(std::filesystem::path(testing::kSourceDir) / "data" / "units.tsv");
    ASSERT_TRUE(units.ok()) << units.status().message();
    units_ = new UnitLexicon(std::move(units).value());
  }
  static void TearDownTestSuite() { delete units_; }

  static std::vector<std::pair<std::string, nlohmann::ordered_json>> Scan(std::string_view sentence) {
    Document doc = testing::MakeDoc(sentence);
    std::vector<Entity> out;
    Scanner(*units_, doc).Run(&out);
    std::vector<std::pair<std::string, nlohmann::ordered_json>> found;
    for (const Entity& e : out)
      found.emplace_back(EncodeUtf8(std::u32string_view(doc.text).substr(e.start, e.end - e.start)), ToJson(e.norm));
    return found;
  }
  static std::pair<std::string, nlohmann::ordered_json> One(std::string_view sentence) {
    auto found = Scan(sentence);
    EXPECT_EQ(found.size(), 1u) << sentence;
    return found.empty() ? std::pair<std::string, nlohmann::ordered_json>() : found[0];
  }
  static UnitLexicon* units_;
};
UnitLexicon* MetricQuantityTest::units_ = nullptr;

TEST_F(MetricQuantityTest, NumberWithItsUnit) {
  auto [text, norm] = One("果园今年产出苹果3.5万吨。");
  EXPECT_EQ(text, "3.5万吨");
  EXPECT_EQ(norm["value"], 35000);
  EXPECT_EQ(norm["unit"], "吨");
  EXPECT_EQ(One("村里投入两个亿元修路。").second["value"], 200000000);  // 两个亿: a colloquial 个
  EXPECT_EQ(One("人民币3000元").first, "人民币3000元");
}

TEST_F(MetricQuantityTest, RangesGiveMinAndMax) {
  auto near = One("来了三四家企业。").second;
  EXPECT_EQ(near["min"], 3);
  EXPECT_EQ(near["max"], 4);
  auto scaled = One("总投资八九亿元。").second;
  EXPECT_EQ(scaled["min"], 800000000);
  EXPECT_EQ(scaled["max"], 900000000);
  auto spelled = One("工期3到6个月。").second;
  EXPECT_EQ(spelled["min"], 3);
  EXPECT_EQ(spelled["max"], 6);
  EXPECT_EQ(One("两到三万元").second["min"], 20000);  // the multiplier is shared
}

TEST_F(MetricQuantityTest, FractionsPercentsAndRatios) {
  auto third = One("三分之一的农户").second;
  EXPECT_EQ(third["kind"], "ratio");
  EXPECT_NEAR(third["value"].get<double>(), 1.0 / 3, 1e-9);
  auto pct = One("百分之三十的面积").second;
  EXPECT_EQ(pct["kind"], "percent");
  EXPECT_EQ(pct["value"], 30);
  EXPECT_EQ(One("三者之比为2∶3∶5。").first, "2∶3∶5");
}

TEST_F(MetricQuantityTest, ApproximationsAndHalves) {
  EXPECT_EQ(One("来了300多人。").second["approx"], "over");
  auto about = One("约5成的农户");
  EXPECT_EQ(about.first, "约5成");
  EXPECT_FALSE(about.second["approx"].is_null());
  EXPECT_EQ(One("用了一个半小时。").second["value"], 1.5);
}

TEST_F(MetricQuantityTest, SignsBelongToTheFigure) {
  auto [text, norm] = One("净利润为-5亿元。");
  EXPECT_EQ(text, "-5亿元");
  EXPECT_EQ(norm["value"], -500000000);
  EXPECT_EQ(One("增速为负2.3%。").second["value"], -2.3);
}

TEST_F(MetricQuantityTest, ALayoutSpaceBetweenDigitsAndTheirMultiplierOrUnit) {
  auto [money, money_norm] = One("营收达 30 亿元。");
  EXPECT_EQ(money, "30 亿元");
  EXPECT_EQ(money_norm["value"], 3000000000);
  EXPECT_EQ(One("年增 5.2 %。").first, "5.2 %");
  EXPECT_EQ(One("增加 2.6 个百分点。").first, "2.6 个百分点");
  // A year and a model number stay no figures.
  EXPECT_TRUE(Scan("2024 年营收成长。").empty());
  EXPECT_TRUE(Scan("新款 15 Pro 上市。").empty());
}

TEST_F(MetricQuantityTest, CodesVagueCountsDatesAndIdiomsAreNoFigures) {
  for (const char* s : {"型号A3设备", "来了数十家企业。", "上百人围观。", "2024年", "六年级学生", "四处奔走", "他两度夺冠。",
                        "一家企业落户。",
                        "拨打0571-8888咨询"})
    EXPECT_TRUE(Scan(s).empty()) << s;
}

}  // namespace
}  // namespace zhcorpus::metrics
