// What a count counts and whose figure follows a reason or a list (docs/metrics.md,
// "Counts" and "Elided subjects"): a count before a quantity with its own figure
// counts the noun before that quantity; a count out of a group counts the group;
// a subject keeps its figure across a reason (因, 由于, 受); a 分别 clause with no
// subjects takes the list that opens the clause before. Sentences written for
// these tests, through the whole Tagger.
#include <gtest/gtest.h>

#include <map>

#include "entity/entity_norm_json.h"
#include "linked_metrics_fixture.h"

namespace zhcorpus {
namespace {

class IndicatorCountsTest : public testing::LinkedMetricsTest {
 protected:
  static std::map<std::string, testing::Linked> Metrics(const std::string& text) {
    return LinkedMetrics(text, CivilDate{2024, 6, 1});
  }
};

TEST_F(IndicatorCountsTest, ACountBeforeAQuantityWithItsOwnFigureCountsTheNounBeforeIt) {
  auto sales = Metrics("前三季度，全区215家商贸单位商品零售额18.6亿元，增长7.2%。");
  EXPECT_EQ(sales["215家"].indicator, "商贸单位商品");
  EXPECT_EQ(sales["18.6亿元"].indicator, "商贸单位商品零售额");
  auto income = Metrics("该县42户规上工业企业营业收入达到63亿元。");
  EXPECT_EQ(income["42户"].indicator, "规上工业企业");
  auto rate = Metrics("其中丙公司、丁公司等6户企业增速在30%以上。");
  EXPECT_EQ(rate["6户"].indicator, "企业");
  EXPECT_EQ(rate["6户"].measure, "level");
  auto project = Metrics("活动现场签约11个项目总投资68亿元。");
  EXPECT_EQ(project["11个"].indicator, "项目");
  // Guard: with no figure after it, the noun counted stays whole.
  EXPECT_EQ(Metrics("全市已建成9个公共实训基地。")["9个"].indicator, "公共实训基地");
}

TEST_F(IndicatorCountsTest, ACountOutOfAGroupCountsTheGroup) {
  auto m = Metrics("参加评估的56家科技型企业中48家达到标准。");
  EXPECT_EQ(m["56家"].indicator, "科技型企业");
  EXPECT_EQ(m["48家"].indicator, "科技型企业");
  // Guard: 其中 is no group.
  EXPECT_EQ(Metrics("其中12家已经投产。")["12家"].indicator, Json());
}

TEST_F(IndicatorCountsTest, ASubjectKeepsItsFigureAcrossAReason) {
  auto m = Metrics("纺织品因海外客户补库存增加，年增8.3%，家具则因运费下降，年减2.1%。");
  EXPECT_EQ(m["8.3%"].indicator, "纺织品");
  EXPECT_EQ(m["2.1%"].indicator, "家具");
  EXPECT_EQ(Metrics("光伏组件出口受欧洲需求回升带动，增长12%。")["12%"].indicator, "光伏组件出口");
}

TEST_F(IndicatorCountsTest, AFenbieClauseTakesTheListOpeningTheClauseBefore) {
  auto m = Metrics("钢材、水泥3月产量双双回落，分别下降4.2%、6.5%。");
  EXPECT_EQ(m["4.2%"].indicator, "钢材");
  EXPECT_EQ(m["6.5%"].indicator, "水泥");
  // Guard: a clause that opens with one subject gives no list.
  auto one = Metrics("全市经济稳中有进，分别增长3%和5%。");
  EXPECT_NE(one["3%"].indicator, "全市经济");
}

TEST_F(IndicatorCountsTest, WorkersInATradeAreCounted) {
  auto m = Metrics("营业收入、利润总额及从业人员分别占全市规上企业的61.2%、58.4%、66.0%。");
  EXPECT_EQ(m["61.2%"].indicator, "营业收入");
  EXPECT_EQ(m["66.0%"].indicator, "从业人员");
}

TEST_F(IndicatorCountsTest, AThresholdInsideTheCountedNounStays) {
  EXPECT_EQ(Metrics("全区现有52户规模以上工业企业。")["52户"].indicator, "规模以上工业企业");
  EXPECT_EQ(Metrics("新培育18家限额以上商贸企业。")["18家"].indicator, "限额以上商贸企业");
  EXPECT_EQ(Metrics("全省现有31个5A级(含)以上景区。")["31个"].indicator, "5A级以上景区");
  // Guard: a threshold after a clause of its own is not the counted noun's.
  EXPECT_EQ(Metrics("每年组织千名以上专家参与百场以上讲座。")["千名以上"].indicator, "专家");
}

TEST_F(IndicatorCountsTest, CountedItemsBeforeFenbieAreTheFiguresNamedBefore) {
  auto m = Metrics("全市接待游客82万人次，实现旅游收入6.4亿元，两项指标分别比上年增长12%和15%。");
  EXPECT_EQ(m["12%"].indicator, "游客");
  EXPECT_EQ(m["15%"].indicator, "旅游收入");
  // Guard: a count that qualifies a named item keeps it.
  EXPECT_EQ(Metrics("两大行业增加值分别增长5%和6%。")["5%"].indicator, "两大行业增加值");
}

TEST_F(IndicatorCountsTest, AnAsideListAndThousandsSeparatorsEndNoClause) {
  auto aside = Metrics("年末实有各类经营主体(含企业、个体户和合作社)5.2万户,比上年增长4.1%。");
  EXPECT_EQ(aside["5.2万户"].indicator, "经营主体");
  EXPECT_EQ(aside["4.1%"].indicator, "经营主体");
  EXPECT_EQ(Metrics("全年进口总额3,512.6亿美元，年增18.2%。")["18.2%"].indicator, "进口总额");
}

TEST_F(IndicatorCountsTest, TaiwanTradeWordsAndMonthlyChanges) {
  auto m = Metrics("全年出口4,120.5亿美元，较上年大增315.2亿美元。");
  EXPECT_EQ(m["315.2亿美元"].indicator, "出口");
  EXPECT_EQ(m["315.2亿美元"].measure, "change");
  EXPECT_EQ(Metrics("9月外销订单512.3亿美元，月增6.1%。")["6.1%"].measure, "change");
  EXPECT_EQ(Metrics("全县工业税收完成入库3.2亿元。")["3.2亿元"].indicator, "工业税收");
}

TEST_F(IndicatorCountsTest, AListAfterTheWordsThatIntroduceItAndAnOpeningConjunction) {
  auto m = Metrics("三大主力家电产品、通讯器材本月销量齐创新高，分别增长14.2%、9.6%。");
  EXPECT_EQ(m["9.6%"].indicator, "通讯器材");
  auto but = Metrics("玩具出口年减4.5%，但医疗器械因海外订单回补，年增7.7%。");
  EXPECT_EQ(but["7.7%"].indicator, "医疗器械");
}

TEST_F(IndicatorCountsTest, APaceAfterYiIsAChangeOfTheQuantityOrItself) {
  auto firm = Metrics("该集团以16%的增速领跑全行业。");
  EXPECT_EQ(firm["16%"].indicator, "增速");
  EXPECT_EQ(firm["16%"].measure, "change");
  auto sales = Metrics("网络零售额以25%的速度增长。");
  EXPECT_EQ(sales["25%"].indicator, "网络零售额");
  EXPECT_EQ(sales["25%"].measure, "change");
  // Guard: a quantity after 以 and 的 is what the figure measures.
  EXPECT_EQ(Metrics("某某港以2.1亿吨的货物吞吐量位居全省首位。")["2.1亿吨"].indicator, "货物吞吐量");
}

TEST_F(IndicatorCountsTest, SownAreaRevisionsReferencesAndRestatedFigures) {
  auto area = Metrics("全市小麦播种面积86.2万亩，增长1.4%。");
  EXPECT_EQ(area["86.2万亩"].indicator, "小麦播种面积");
  auto revised = Metrics("全年经济增长率预测为3.1%，上修0.4个百分点。");
  EXPECT_EQ(revised["0.4个百分点"].measure, "change");
  auto forecast = Metrics("第二季商品出口达820亿美元，较预测增加3.6个百分点。");
  EXPECT_EQ(forecast["3.6个百分点"].indicator, "商品出口");
  auto restated = Metrics("全省油料产量达到312亿斤(156万吨)。");
  EXPECT_EQ(restated["156万吨"].indicator, "油料产量");
  // Guard: a figure in brackets after words is no restatement.
  EXPECT_EQ(Metrics("新建充电桩(其中快充桩320个)。")["320个"].indicator, "快充桩");
}

TEST_F(IndicatorCountsTest, AStatisticalIndustryNameKeepsItsListedParts) {
  auto m = Metrics("分门类看，采矿业增长3.2%，电力、热力、燃气及水生产和供应业增长5.4%，住宿和餐饮业下降1.1%。");
  EXPECT_EQ(m["5.4%"].indicator, "电力、热力、燃气及水生产和供应业");
  EXPECT_EQ(m["1.1%"].indicator, "住宿和餐饮业");
  // Guard: a name that does not end in 业 after the joint is left as it was.
  EXPECT_EQ(Metrics("出口额和制造业投资增长5%。")["5%"].indicator, "制造业投资");
}

TEST_F(IndicatorCountsTest, PeopleReceivedAreCountedByTheVerbNotByTheHost) {
  auto m = Metrics("东湖公园节日期间累计接待4.2万人，同比增长18.5%；某某科技馆，累计接待1.6万人次。");
  EXPECT_EQ(m["4.2万人"].indicator, Json());
  EXPECT_EQ(m["18.5%"].indicator, Json());
  EXPECT_EQ(m["1.6万人次"].indicator, Json());
  // Guard: the visitors named between the verb and the figure are counted.
  EXPECT_EQ(Metrics("全市接待游客86.4万人次。")["86.4万人次"].indicator, "游客");
}

TEST_F(IndicatorCountsTest, TaiwansGrowthRateIsAChangeEvenWhenCutFromItsVerb) {
  auto m = Metrics("今年第2季GDP成長率達4.85%。");
  EXPECT_EQ(m["4.85%"].measure, "change");
  EXPECT_EQ(Metrics("民間消費成長率為2.3%。")["2.3%"].indicator, "民间消费成长率");
  // Guard: 成长 in a mainland firm's name is no change word.
  EXPECT_EQ(Metrics("全市培育成长型企业15家。")["15家"].indicator, "成长型企业");
}

TEST_F(IndicatorCountsTest, TaiwansGrowthVerbMakesAChangeAndEndsThePhrase) {
  auto m = Metrics("主計總處預測，明年GDP成長3.1%，民間消費實質成長2.4%，民間投資實質負成長1.2%。");
  EXPECT_EQ(m["3.1%"].indicator, "GDP");
  EXPECT_EQ(m["3.1%"].measure, "change");
  EXPECT_EQ(m["2.4%"].indicator, "民间消费");
  EXPECT_EQ(m["2.4%"].measure, "change");
  EXPECT_EQ(m["1.2%"].indicator, "民间投资");
  EXPECT_EQ(m["1.2%"].measure, "change");
  // Guard: the rate keeps its head and stays a change.
  EXPECT_EQ(Metrics("出口成長率為5.6%。")["5.6%"].indicator, "出口成长率");
  // Guard: a growth verb before 型 names a kind of firm, not a change.
  EXPECT_EQ(Metrics("全区新认定增长型中小企业30家。")["30家"].indicator, "增长型中小企业");
}

TEST_F(IndicatorCountsTest, AnEstimateMeasuresTheQuantityItEstimates) {
  auto m = Metrics("3月社会消费品零售总额的初步估计为180亿元，同比上升4.2%。该月网上销售额的临时估计为21亿元。");
  EXPECT_EQ(m["180亿元"].indicator, "社会消费品零售总额");
  EXPECT_EQ(m["4.2%"].indicator, "社会消费品零售总额");
  EXPECT_EQ(m["21亿元"].indicator, "网上销售额");
  // Guard: a generic head after 的 keeps its owner (农业的增长率).
  EXPECT_EQ(Metrics("全县农业的增长率为3.5%。")["3.5%"].indicator, "农业的增长率");
}

TEST_F(IndicatorCountsTest, AChangeAfterASlashBelongsToTheFigureBeforeIt) {
  auto m = Metrics("上半年营收8.6亿元/-12.4%，净利润0.9亿元/+25.3%，毛利率41.2%/+3.5个百分点，费用率20.1%/同比下降1.2个百分点。");
  EXPECT_EQ(m["-12.4%"].indicator, "营收");
  EXPECT_EQ(m["-12.4%"].measure, "change");
  EXPECT_EQ(m["25.3%"].indicator, "净利润");
  EXPECT_EQ(m["3.5个百分点"].indicator, "毛利率");
  EXPECT_EQ(m["3.5个百分点"].measure, "change");
  EXPECT_EQ(m["1.2个百分点"].indicator, "费用率");
  // Guard: a slash between two counts or words is no change (the second keeps its own noun).
  EXPECT_EQ(Metrics("园区有企业120家/研发机构35个。")["35个"].indicator, "研发机构");
}

TEST_F(IndicatorCountsTest, BrokersShortChangeWordsAreChanges) {
  auto m = Metrics("二季度营收同增6.2%，净利润环降4.5%。");
  EXPECT_EQ(m["6.2%"].indicator, "营收");
  EXPECT_EQ(m["6.2%"].measure, "change");
  EXPECT_EQ(m["4.5%"].indicator, "净利润");
  EXPECT_EQ(m["4.5%"].measure, "change");
  // Guard: a level after 为 stays a level.
  EXPECT_EQ(Metrics("二季度毛利率为31.5%。")["31.5%"].measure, "level");
}

TEST_F(IndicatorCountsTest, FirstTimeShorthandVerbsLinkAPhraseToItsFigure) {
  auto m = Metrics("全市人均可支配收入首破5万元，全县地区生产总值也首破300亿元。");
  EXPECT_EQ(m["5万元"].indicator, "人均可支配收入");
  EXPECT_EQ(m["300亿元"].indicator, "地区生产总值");
  // Guard: the figure stays a level.
  EXPECT_EQ(m["300亿元"].measure, "level");
}

TEST_F(IndicatorCountsTest, HarvestAndNetChangeWordsAreChanges) {
  auto m = Metrics("全县油菜总产量达到12.5万吨、增产0.8万吨，早稻减产1.2万吨，全市常住人口净增3.1万人。");
  EXPECT_EQ(m["0.8万吨"].indicator, "油菜总产量");
  EXPECT_EQ(m["0.8万吨"].measure, "change");
  EXPECT_EQ(m["1.2万吨"].indicator, "早稻");
  EXPECT_EQ(m["1.2万吨"].measure, "change");
  EXPECT_EQ(m["3.1万人"].indicator, "常住人口");
  EXPECT_EQ(m["3.1万人"].measure, "change");
  // Guard: the level before the change stays a level.
  EXPECT_EQ(m["12.5万吨"].measure, "level");
}

TEST_F(IndicatorCountsTest, AFigureRestatedInBracketsKeepsTheMeasureOfTheFigureBefore) {
  auto m = Metrics("全省棉花播种面积120千公顷（180万亩），比上年增加6.5千公顷（9.8万亩），增长5.7%。");
  EXPECT_EQ(m["9.8万亩"].indicator, "棉花播种面积");
  EXPECT_EQ(m["9.8万亩"].measure, "change");
  // Guard: the restated level stays a level.
  EXPECT_EQ(m["180万亩"].measure, "level");
  EXPECT_EQ(m["180万亩"].indicator, "棉花播种面积");
}

TEST_F(IndicatorCountsTest, WhoBuildsALabTogetherQualifiesTheCountedNoun) {
  EXPECT_EQ(Metrics("全省已建成5个省部共建国家重点实验室。")["5个"].indicator, "省部共建国家重点实验室");
  EXPECT_EQ(Metrics("新增3家校企共建研发中心。")["3家"].indicator, "校企共建研发中心");
}

TEST_F(IndicatorCountsTest, MembersNamedByACommonNounAreCountedAsThatNoun) {
  auto m = Metrics("新建实验室包括江州大学的海洋材料重点实验室等4个、众创空间、孵化器等12个。");
  EXPECT_EQ(m["4个"].indicator, "实验室");
  EXPECT_EQ(m["12个"].indicator, "孵化器");
  // Guard: names before 等 name no kind (甲、乙等8人), nor does a name's tail.
  EXPECT_TRUE(Metrics("张明、李华等8人获奖。")["8人"].indicator.is_null() ||
              Metrics("张明、李华等8人获奖。")["8人"].indicator != "李华");
  EXPECT_TRUE(Metrics("成功引进青禾精密、飞越机电等27个。")["27个"].indicator.is_null());
}

TEST_F(IndicatorCountsTest, AVerbOfStateRightAfterTheCountSaysWhichAreCounted) {
  EXPECT_EQ(Metrics("全市12个签约项目包括甲项目和乙项目。")["12个"].indicator, "签约项目");
  EXPECT_EQ(Metrics("5个新建项目已开工。")["5个"].indicator, "新建项目");
  EXPECT_EQ(Metrics("园区有3家入驻企业。")["3家"].indicator, "入驻企业");
  // Guards: a copula or a verb of doing is the clause's predicate; a verb and object before 的
  // describe the noun after it.
  EXPECT_NE(Metrics("参评的56家企业中48家达到标准。")["48家"].indicator, Json("达到标准"));
  EXPECT_TRUE(Metrics("检测结果：7104人为阳性。")["7104人"].indicator.is_null());
  EXPECT_NE(Metrics("全市12个参加活动的团队获奖。")["12个"].indicator, Json("参加活动"));
}

TEST_F(IndicatorCountsTest, ACountBeforeAQuantityOfItsOwnCountsTheThingsOnly) {
  auto m = Metrics("全省有12个园区生产总值超过500亿元。");
  EXPECT_EQ(m["12个"].indicator, "园区");
  EXPECT_EQ(m["超过500亿元"].indicator, "园区生产总值");
}

}  // namespace
}  // namespace zhcorpus
