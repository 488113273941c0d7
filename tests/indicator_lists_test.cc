// Lists, people and achievers (docs/metrics.md, "Ninth session"): one-character
// items of a 分别 list, counts of people followed by what they did, the new
// level after a change (下跌7%至…), the subject before 完成/实现, and paces
// (以3%和5%的增速), and layout spaces in raw text (营收 成长 5.2%). Sentences
// written for these tests, through the whole Tagger.
#include <gtest/gtest.h>

#include <map>

#include "entity/entity_norm_json.h"
#include "linked_metrics_fixture.h"

namespace zhcorpus {
namespace {

class IndicatorListsTest : public testing::LinkedMetricsTest {
 protected:
  static std::map<std::string, testing::Linked> Metrics(const std::string& text) {
    return LinkedMetrics(text, CivilDate{2024, 6, 1});
  }
};

TEST_F(IndicatorListsTest, OneCharacterItemsOfAListAreSubjectsOfItsFigures) {
  auto m = Metrics("全镇鸭、鹅、肉兔分别出栏3.2万只、8600只、1.5万只，分别增长12.5%、4.1%、20.3%。");
  EXPECT_EQ(m["3.2万只"].indicator, "鸭");
  EXPECT_EQ(m["8600只"].indicator, "鹅");
  EXPECT_EQ(m["1.5万只"].indicator, "肉兔");
  EXPECT_EQ(m["12.5%"].indicator, "鸭");
  EXPECT_EQ(m["4.1%"].indicator, "鹅");
  EXPECT_EQ(m["20.3%"].indicator, "肉兔");
  // Guard: a one-character word outside a 、 list is still no indicator.
  EXPECT_NE(Metrics("猪存栏量回升，鱼分别增长3%和5%。")["3%"].indicator, Json("鱼"));
}

TEST_F(IndicatorListsTest, WhatCountedPeopleDidIsNamedByTheFigureBefore) {
  auto m = Metrics("其中欧美旅客按月增加35%，有近2.1万人次访澳；团队旅客按月下跌4%至6800多人次访澳。");
  EXPECT_EQ(m["近2.1万人次"].indicator, "欧美旅客");
  EXPECT_EQ(m["6800多人次"].indicator, "团队旅客");
  // With no figure before, the deed names them; a noun after the count is counted.
  EXPECT_EQ(Metrics("该奖项设立五年来，已有36人获奖。")["36人"].indicator, "获奖");
  EXPECT_EQ(Metrics("景区全年共有120万人次游客。")["120万人次"].indicator, "游客");
}

TEST_F(IndicatorListsTest, TheSubjectBeforeCompletedOrAchievedQualifiesTheQuantity) {
  EXPECT_EQ(Metrics("全年交通项目完成投资56亿元。")["56亿元"].indicator, "交通项目投资");
  EXPECT_EQ(Metrics("上半年，规上服务业实现营业收入82亿元。")["82亿元"].indicator, "规上服务业营业收入");
  // Guards: a scope word or a zone is no subject of the quantity; an object of another verb is none.
  EXPECT_EQ(Metrics("全年全县实现财政总收入15亿元。")["15亿元"].indicator, "财政总收入");
  EXPECT_EQ(Metrics("推动重点企业完成投资12亿元。")["12亿元"].indicator, "投资");
  EXPECT_EQ(Metrics("开发区完成投资30亿元。")["30亿元"].indicator, "投资");
}

TEST_F(IndicatorListsTest, APaceSharedByJoinedFiguresOrPraisedIsStillThePace) {
  auto m = Metrics("宁波港、厦门港分别以4.6%和9%的增速领跑沿海港口。");
  EXPECT_EQ(m["4.6%"].indicator, "增速");
  EXPECT_EQ(m["4.6%"].measure, "change");
  EXPECT_EQ(m["9%"].indicator, "增速");
  EXPECT_EQ(Metrics("该集团以27.5%的强劲增速位列榜首。")["27.5%"].indicator, "增速");
  // A change named after 的 behind an adverb: the figure is its size.
  auto fall = Metrics("该市客运量出现12.4%的大幅下滑。");
  EXPECT_EQ(fall["12.4%"].measure, "change");
  EXPECT_EQ(fall["12.4%"].indicator, "客运量");
  // Guard: a quantity after 的 is measured, a joined figure or not.
  EXPECT_EQ(Metrics("厦门港、福州港分别以2万吨和3万吨的吞吐量位居前列。")["2万吨"].indicator, "吞吐量");
}

TEST_F(IndicatorListsTest, AScopeWordBetweenAListAndFenBieKeepsTheList) {
  auto m = Metrics("全市居民人均工资性收入、经营净收入、财产净收入同比分别名义增长6.2%、4.4%、3.1%。");
  EXPECT_EQ(m["6.2%"].indicator, "居民人均工资性收入");
  EXPECT_EQ(m["4.4%"].indicator, "经营净收入");
  EXPECT_EQ(m["3.1%"].indicator, "财产净收入");
  // A shop word the segmenter tags a verb is still an item after 的.
  auto shops = Metrics("限额以上单位中的超市、便利店零售额同比分别增长5.5%、7.7%。");
  EXPECT_EQ(shops["5.5%"].indicator, "超市零售额");
  EXPECT_EQ(shops["7.7%"].indicator, "便利店零售额");
  // Guard: with no list before it, 同比分别 still takes the figures named before.
  auto back = Metrics("营业收入12亿元，净利润3亿元，同比分别增长8%和15%。");
  EXPECT_EQ(back["8%"].indicator, "营业收入");
  EXPECT_EQ(back["15%"].indicator, "净利润");
}

TEST_F(IndicatorListsTest, ACategoryWithLeiAndWhatIsTakenOutOfAFigure) {
  EXPECT_EQ(Metrics("家电类零售额增长6.4%。")["6.4%"].indicator, "家电类零售额");
  auto m = Metrics("全县居民人均可支配收入3.1万元，扣除价格因素实际增长4.2%。");
  EXPECT_EQ(m["4.2%"].indicator, "居民人均可支配收入");
  // Guard: 两类 is a count, not a category.
  EXPECT_NE(Metrics("两类零售额合计18亿元。")["18亿元"].indicator, Json("两类零售额"));
}

TEST_F(IndicatorListsTest, LayoutSpacesInRawTextAreReadPast) {
  // Raw Taiwan text, not through ingest: spaces between words and figures.
  auto m = Metrics("今年第二季 GDP 年增 3.1%，第三季成長 2.9%。");
  EXPECT_EQ(m["3.1%"].indicator, "GDP");
  EXPECT_EQ(m["3.1%"].measure, "change");
  EXPECT_EQ(m["2.9%"].indicator, "GDP");
  EXPECT_EQ(Metrics("該廠 出口額 年增 6.5%。")["6.5%"].indicator, "出口额");
  // Guard: a space between Latin letters is part of a name, as before.
  EXPECT_NE(Metrics("Model Y销量达到12万辆。")["12万辆"].indicator, Json("ModelY销量"));
  // 分季度观察 is a breakdown like 分季度看: no indicator of its own.
  EXPECT_NE(Metrics("分季度观察，一季度增长5.1%。")["5.1%"].indicator, Json("分季度"));
}

TEST_F(IndicatorListsTest, AForecastWordSaysHowAFigureWasObtainedNotWhat) {
  auto m = Metrics("今年全年經濟成長率從五月預測的2.3%上修至3.1%。");
  EXPECT_EQ(m["2.3%"].indicator, "经济成长率");
  EXPECT_NE(m["2.3%"].measure, "share");
  EXPECT_EQ(m["3.1%"].indicator, "经济成长率");
  // Guard: a quantity named with a forecast word stays whole.
  EXPECT_EQ(Metrics("全年营收预测值为12亿元。")["12亿元"].indicator, "营收预测值");
}

TEST_F(IndicatorListsTest, AVerbMadeANounByZheNamesThoseItDescribes) {
  auto m = Metrics("受访企业中，看好者占41.2%，而减少者占18.5%。");
  EXPECT_EQ(m["18.5%"].indicator, "减少者");
  EXPECT_EQ(m["18.5%"].measure, "share");
  // Guard: a verb with no 者 still ends the phrase.
  EXPECT_NE(Metrics("企业减少占18.5%。")["18.5%"].indicator, Json("减少"));
}

TEST_F(IndicatorListsTest, TaiwansYearOnYearChangeBeforeGaoDaIsAChange) {
  auto m = Metrics("出口額月增高達12.6%，進口額年增高達8.1%。");
  EXPECT_EQ(m["12.6%"].indicator, "出口额");
  EXPECT_EQ(m["12.6%"].measure, "change");
  EXPECT_EQ(m["8.1%"].indicator, "进口额");
  EXPECT_EQ(m["8.1%"].measure, "change");
}

}  // namespace
}  // namespace zhcorpus
