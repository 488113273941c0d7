#include <gtest/gtest.h>

#include "metrics_test.h"
#include "test_config.h"

namespace zhcorpus {
namespace {

using testing::Found;
using testing::MakeDoc;

class MetricTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto units = UnitLexicon::Load(std::filesystem::path(testing::kSourceDir) / "data" / "units.tsv");
    ASSERT_TRUE(units.ok()) << units.status().ToString();
    extractor_ = new MetricExtractor(std::move(units).value());
  }
  static void TearDownTestSuite() { delete extractor_; }
  // The only metric found in `sentence`: its text and norm.
  static std::pair<std::string, nlohmann::ordered_json> One(std::string_view sentence) {
    auto found = Found(*extractor_, MakeDoc(sentence));
    EXPECT_EQ(found.size(), 1u) << sentence;
    return found.empty() ? std::pair<std::string, nlohmann::ordered_json>{} : found[0];
  }
  static std::size_t Count(std::string_view sentence) { return Found(*extractor_, MakeDoc(sentence)).size(); }
  static MetricExtractor* extractor_;
};
MetricExtractor* MetricTest::extractor_ = nullptr;

TEST_F(MetricTest, MoneyWithMultipliers) {
  auto [text, norm] = One("全市软件业务收入达2356亿元，继续领跑。");
  EXPECT_EQ(text, "2356亿元");
  EXPECT_EQ(norm["value"], 235600000000);
  EXPECT_EQ(norm["unit"], "元");
  EXPECT_EQ(norm["kind"], "money");
  EXPECT_TRUE(norm["approx"].is_null());  // 达 is a verb outside the span
  EXPECT_EQ(One("引进外资12亿美元。").second["unit"], "美元");
  EXPECT_EQ(One("发行债券300亿元人民币。").first, "300亿元人民币");
  EXPECT_EQ(One("募集资金0.57万亿元。").second["value"], 570000000000);
}

// Issue #14: signs, misread numbers and impossible ranges.
TEST_F(MetricTest, MinusSignsAndNegativeWordsMakeNegativeValues) {
  auto [text, norm] = One("该公司去年净利润为-5亿元。");
  EXPECT_EQ(text, "-5亿元");
  EXPECT_EQ(norm["value"], -500000000);
  EXPECT_EQ(One("一季度增速为负2.3%。").second["value"], -2.3);
  EXPECT_EQ(One("当日最低气温－3℃。").second["value"], -3);
  auto range = One("气温-3℃至5℃。").second;
  EXPECT_EQ(range["min"], -3);
  EXPECT_EQ(range["max"], 5);
  // A hyphen after a digit or letter joins a code or a range; 负 after a verb is no sign.
  EXPECT_EQ(One("投资5-10亿元。").second["min"], 500000000);
  EXPECT_EQ(One("他身负3处伤。").second["value"], 3);
  EXPECT_EQ(Count("型号A-5的设备。"), 0u);
}

TEST_F(MetricTest, RepeatedMultipliersAreReadOrRefusedNeverZero) {
  EXPECT_EQ(One("募集四万万元。").second["value"], 400000000);  // 万万 = 亿, older usage
  EXPECT_EQ(Count("投资三万万万元。"), 0u);
  EXPECT_EQ(Count("投资两到三万万万元。"), 0u);  // was min 2, max 0
  for (auto& [text, norm] : Found(*extractor_, MakeDoc("投资两到三万元，五到三万元。"))) {
    if (norm["value"].is_null()) EXPECT_LE(norm["min"].get<double>(), norm["max"].get<double>()) << text;
  }
}

TEST_F(MetricTest, CurrencyNamedBeforeTheNumber) {
  auto hk = One("合同金额港币两千九百元。");
  EXPECT_EQ(hk.first, "港币两千九百元");
  EXPECT_EQ(hk.second["unit"], "港元");
  EXPECT_EQ(hk.second["value"], 2900);
  EXPECT_EQ(One("补贴人民币3.5元。").second["value"], 3.5);
  EXPECT_EQ(One("每斤卖五块钱。").second["value"], 5);
  EXPECT_EQ(One("估值两个亿美元。").second["value"], 200000000);
  EXPECT_EQ(One("支付6000元日币。").second["unit"], "日元");
}

TEST_F(MetricTest, RangesShareTheMultiplierOfTheirSecondNumber) {
  auto wan = One("单价在两到三万元之间。").second;
  EXPECT_EQ(wan["min"], 20000);
  EXPECT_EQ(wan["max"], 30000);
  auto yi = One("投资七千到九千亿元。").second;
  EXPECT_EQ(yi["min"], 700000000000);
  auto pair = One("年营收八九亿元。").second;
  EXPECT_EQ(pair["min"], 800000000);
  EXPECT_EQ(pair["max"], 900000000);
}

TEST_F(MetricTest, HalvesAfterTheUnit) {
  EXPECT_EQ(One("会议开了一个半小时。").second["value"], 1.5);
  EXPECT_EQ(One("收获苹果三斤半。").second["value"], 3.5);
}

TEST_F(MetricTest, ChineseNumeralsAndMeasureWords) {
  EXPECT_EQ(One("共建成两座污水处理厂。").second["value"], 2);
  EXPECT_EQ(One("新增一千二百三十四家市场主体。").second["value"], 1234);
  EXPECT_EQ(One("培育十二个特色小镇。").second["unit"], "个");
  EXPECT_EQ(One("吸纳1.5万人就业。").second["value"], 15000);
  EXPECT_EQ(One("码头完成吞吐量860万标箱。").second["unit"], "标箱");
  auto kw = One("装机容量12.6万千瓦。").second;
  EXPECT_EQ(kw["value"], 126000);
  EXPECT_EQ(kw["unit"], "千瓦");
  // A transformer's rating in kilovolt-amperes.
  auto kva = One("变压器产量达1200万千伏安。").second;
  EXPECT_EQ(kva["value"], 12000000);
  EXPECT_EQ(kva["unit"], "千伏安");
}

TEST_F(MetricTest, ApproximationMarkers) {
  const std::pair<const char*, const char*> cases[] = {
      {"招聘了80多名研究生。", "over"}, {"举办三千余场次讲座。", "over"}, {"投资超120亿元。", "over"},
      {"营收超过9亿元。", "over"},      {"新增近700项专利。", "under"},   {"约5成企业参与。", "about"},
      {"大约30个团队报名。", "about"}, {"接近40%的份额。", "under"},     {"耗时两小时左右。", "about"},
      {"有规上企业890家以上。", "at_least"}, {"亏损不到3万元。", "under"}, {"误差在5%以下。", "at_most"}};
  for (auto [sentence, approx] : cases) EXPECT_EQ(One(sentence).second["approx"], approx) << sentence;
  EXPECT_EQ(One("招聘了80多名研究生。").first, "80多名");
  EXPECT_EQ(One("投资超120亿元。").first, "超120亿元");
}

TEST_F(MetricTest, PercentagesRatiosAndFractions) {
  EXPECT_EQ(One("出口增长12.5%。").second["value"], 12.5);
  auto points = One("占比提高2.3个百分点。").second;
  EXPECT_EQ(points["unit"], "百分点");
  EXPECT_EQ(points["kind"], "percent");
  auto eight = One("八成以上的受访者满意。").second;
  EXPECT_EQ(eight["value"], 8);
  EXPECT_EQ(eight["kind"], "ratio");
  EXPECT_EQ(eight["approx"], "at_least");
  EXPECT_EQ(One("其中四分之一来自海外。").second["value"], 0.25);
  EXPECT_EQ(One("增速是全国的2倍。").second["unit"], "倍");
  EXPECT_EQ(One("亏损企业不到一成。").second["approx"], "under");
  EXPECT_EQ(Count("该市一度成为焦点。"), 0u);
  EXPECT_EQ(Count("但这一次，结果不同。"), 0u);
  EXPECT_EQ(Count("湖面两度干涸。"), 0u);
  EXPECT_EQ(One("产值翻一番。").second["value"], 2);
  EXPECT_EQ(One("销量翻了两番。").second["value"], 4);
  EXPECT_EQ(Count("经过一番努力。"), 0u);
  EXPECT_TRUE(One("三产结构为4.1∶35.2∶60.7。").second["value"].is_null());
}

TEST_F(MetricTest, RangesHaveMinAndMax) {
  auto months = One("项目周期为3到6个月。").second;
  EXPECT_TRUE(months["value"].is_null());
  EXPECT_EQ(months["min"], 3);
  EXPECT_EQ(months["max"], 6);
  EXPECT_EQ(months["unit"], "月");
  EXPECT_EQ(One("每村配备1-3家合作社。").second["max"], 3);
  EXPECT_EQ(One("良品率为80%—90%。").first, "80%—90%");
  auto few = One("每年回访一两次。").second;
  EXPECT_EQ(few["min"], 1);
  EXPECT_EQ(few["max"], 2);
}

TEST_F(MetricTest, DurationsAreMetrics) {
  EXPECT_EQ(One("他深耕行业20年。").second["kind"], "duration");
  auto more = One("已经坚持了5年多。").second;
  EXPECT_EQ(more["value"], 5);
  EXPECT_EQ(more["approx"], "over");
  EXPECT_EQ(One("只用了半个月。").second["value"], 0.5);
  EXPECT_EQ(One("历时一年半。").second["value"], 1.5);
  EXPECT_EQ(One("培训为期一周。").second["unit"], "周");
  EXPECT_EQ(Count("这是关键一年。"), 0u);
  EXPECT_EQ(One("这家工厂三年来未出事故。").first, "三年");
  EXPECT_EQ(One("近5年专利转化加快。").first, "5年");    // "the last five years"
  EXPECT_EQ(One("外企垄断近50年。").first, "近50年");   // "nearly"
}

TEST_F(MetricTest, Ranks) {
  auto fourth = One("研发投入强度位居全省第4。").second;
  EXPECT_EQ(fourth["kind"], "rank");
  EXPECT_EQ(fourth["value"], 4);
  EXPECT_EQ(One("综合排名第14位，较上年前移。").first, "第14位");
  auto top = One("数字经济跻身全国前三。").second;
  EXPECT_EQ(top["value"], 3);
  EXPECT_EQ(top["approx"], "at_most");
  EXPECT_EQ(Count("这是全市第一家上市的农企。"), 0u);
  auto shared = Found(*extractor_, MakeDoc("两校分列第六、七名。"));
  ASSERT_EQ(shared.size(), 2u);
  EXPECT_EQ(shared[1].first, "七名");
  EXPECT_EQ(shared[1].second["kind"], "rank");
  EXPECT_EQ(Count("连续第三年举办。"), 0u);
  EXPECT_EQ(Count("第一，要稳就业；第二，要促消费。"), 0u);  // enumerators
}

TEST_F(MetricTest, NumbersInNamesAndBareNumbersAreNotMetrics) {
  for (const char* s : {"全面推进5G基站建设。", "实施“415X”集群计划。", "谋划十四五开局。", "推进一号工程。",
                        "举办第六届博览会。", "公布首批名单。", "两院院士出席。", "一家企业落户园区。",
                        "指数从100提升至171.07。", "人口14.9万。", "咨询电话0571-88886666。",
                        "实施三年行动计划。", "她读六年级。", "公司有20万员工。", "一成立就火了。",
                        "工程进入二期施工。", "保安四处巡视。",
                        "十亿人口的大国。", "打碎三块玻璃。", "送到千家万户。", "多家企业参与。", "2024年是关键一年。", "零部件产业壮大。"}) {
    EXPECT_EQ(Count(s), 0u) << s;
  }
}

TEST_F(MetricTest, OverflowIsAnErrorOnThatMentionOnly) {
  auto found = Found(*extractor_, MakeDoc("账面9999999999万亿元，另有3家。"));
  ASSERT_EQ(found.size(), 2u);
  EXPECT_TRUE(found[0].second["value"].is_null());
  EXPECT_TRUE(found[0].second.contains("error"));
  EXPECT_EQ(found[1].second["value"], 3);
  EXPECT_EQ(One("账面9999999999亿元。").second["value"], 999999999900000000);
}

TEST_F(MetricTest, OpaqueQuotedNamesAreSkipped) {
  Document doc = MakeDoc("启动“千名博士进百企”活动，签约26项。");
  doc.opaque.push_back({3, 10});
  auto found = Found(*extractor_, doc);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].first, "26项");
}

TEST_F(MetricTest, SharesAreCountedWithThousandsSeparators) {
  auto m = One("公司认购该公司非公开发行股票8,474.58万股。");
  EXPECT_EQ(m.first, "8,474.58万股");
  EXPECT_EQ(m.second["value"], 84745800);
  EXPECT_EQ(m.second["unit"], "股");
  EXPECT_EQ(m.second["kind"], "count");
}

TEST_F(MetricTest, EnergyInWattHoursWithLatinUnits) {
  auto m = One("建设年产50GWh储能电池生产线。");
  EXPECT_EQ(m.first, "50GWh");
  EXPECT_EQ(m.second["unit"], "吉瓦时");
  EXPECT_EQ(m.second["kind"], "measure");
}

TEST(UnitLexicon, BadLinesNameFileAndLine) {
  auto lex = UnitLexicon::Parse("元\t元\tmoney\n家\t家\n", "units.tsv");
  ASSERT_FALSE(lex.ok());
  EXPECT_EQ(lex.status().message(), "units.tsv:2: expected surface<TAB>unit<TAB>kind");
}

}  // namespace
}  // namespace zhcorpus
