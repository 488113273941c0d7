// Figures listed as parts of a quantity named before them (docs/metrics.md,
// "Elided subjects"): a breakdown clause (分季度看, 从结构看, 按地区分) and a
// sentence opening with 其中 name nothing themselves, so their figures take
// the quantity named before; adverbs the segmenter does not tag as such
// (一度, 实际, 按年) sit between a phrase and its figure. Sentences written
// for these tests, through the whole Tagger.
#include <gtest/gtest.h>

#include <map>

#include "entity/entity_norm_json.h"
#include "tagger_test_fixture.h"

namespace zhcorpus {
namespace {

class IndicatorBreakdownTest : public testing::FullTaggerTest {
 protected:

  // The indicators of the metrics of `text`, in text order.
  static std::vector<Json> Indicators(const std::string& text) {
    std::vector<Json> out;
    for (const Entity& e : tagger_->Tag(text, CivilDate{2024, 6, 1}).entities) {
      if (e.type == "metric") out.push_back(ToJson(e.norm.Get("indicator")));
    }
    return out;
  }

};

TEST_F(IndicatorBreakdownTest, ABreakdownClauseNamesNothingItsFiguresTakeTheQuantityBefore) {
  auto in_sentence = Indicators("上半年全县地区生产总值增长5.6%，分季度看，一季度增长5.1%，二季度增长6.0%。");
  ASSERT_EQ(in_sentence.size(), 3u);
  EXPECT_EQ(in_sentence[1], "地区生产总值");
  EXPECT_EQ(in_sentence[2], "地区生产总值");
  auto next_sentence = Indicators("上半年全县地区生产总值增长5.6%。分季度看，一季度增长5.1%，二季度增长6.0%。");
  ASSERT_EQ(next_sentence.size(), 3u);
  EXPECT_EQ(next_sentence[1], "地区生产总值");
  EXPECT_EQ(next_sentence[2], "地区生产总值");
  auto traditional = Indicators("今年以來，該市工業用電量增長8.2%。按月份看，三月增長7.5%，四月增長9.1%。");
  ASSERT_EQ(traditional.size(), 3u);
  EXPECT_EQ(traditional[1], "工业用电量");
  EXPECT_EQ(traditional[2], "工业用电量");
  // A breakdown whose items name themselves keeps them.
  auto named = Indicators("全年农业总产值增长4.0%。分行业看，种植业产值增长3.2%，渔业产值增长6.5%。");
  ASSERT_EQ(named.size(), 3u);
  EXPECT_EQ(named[1], "种植业产值");
  EXPECT_EQ(named[2], "渔业产值");
}

TEST_F(IndicatorBreakdownTest, ASentenceOpeningWithQizhongListsPartsOfTheQuantityBefore) {
  auto m = Indicators("今年前四个月，该区外贸出口额增长11.3%。其中，二季度增长9.8%。");
  ASSERT_EQ(m.size(), 2u);
  EXPECT_EQ(m[1], "外贸出口额");
  auto t = Indicators("今年前四個月，該區外貿出口額增長11.3%。其中二季度增長9.8%。");
  ASSERT_EQ(t.size(), 2u);
  EXPECT_EQ(t[1], "外贸出口额");
}

TEST_F(IndicatorBreakdownTest, GuardASentenceWithoutABreakdownDoesNotTakeTheSentenceBefore) {
  // A new sentence with no subject of its own and no breakdown word: nothing is carried across.
  auto m = Indicators("今年前四个月，该区外贸出口额增长11.3%。预计全年将增长9%左右。");
  ASSERT_EQ(m.size(), 2u);
  EXPECT_NE(m[1], "外贸出口额");
  // 按…计算 opening a clause is no subject either, and takes nothing from a sentence with no figures.
  auto n = Indicators("天气持续晴好。按可比价格计算，增长6.1%。");
  ASSERT_EQ(n.size(), 1u);
  EXPECT_TRUE(n[0].is_null());
}

TEST_F(IndicatorBreakdownTest, AnAdverbBeforeAListedVerbSitsBetweenPhraseAndFigure) {
  EXPECT_EQ(Indicators("这款应用上线后，注册用户数一度超过500万人。").back(), "注册用户数");
  EXPECT_EQ(Indicators("這款應用上線後，註冊用戶數一度超過500萬人。").back(), "注册用户数");
  auto real = Indicators("全市居民人均可支配收入达4.2万元，扣除价格因素，实际增长5.1%。");
  ASSERT_EQ(real.size(), 2u);
  EXPECT_EQ(real[1], "居民人均可支配收入");
  auto yearly = Indicators("该省5月社会消费品零售总额达2100亿元，按年上升4.3%。");
  ASSERT_EQ(yearly.size(), 2u);
  EXPECT_EQ(yearly[1], "社会消费品零售总额");
}

TEST_F(IndicatorBreakdownTest, GuardAnAdverbBeforeANounIsPartOfTheName) {
  EXPECT_EQ(Indicators("今年一季度，该市实际利用外资3.6亿美元。").back(), "实际利用外资");
}

TEST_F(IndicatorBreakdownTest, ACountBeforeARelativeClauseCountsTheNounAfterIts_de) {
  EXPECT_EQ(Indicators("园区今年引进了120名来自高校的青年专家。").back(), "青年专家");
  EXPECT_EQ(Indicators("全省培育了15个具有国际竞争力的先进制造业集群。").back(), "先进制造业集群");
  EXPECT_EQ(Indicators("園區今年引進了120名來自高校的青年專家。").back(), "青年专家");
}

TEST_F(IndicatorBreakdownTest, GuardACountOfPeopleBeforeARelativeClauseCountsPeople) {
  // In 300多人参加的活动 the people are counted, not the event.
  EXPECT_NE(Indicators("周末共有300多人参加的读书会在图书馆举行。").back(), "读书会");
}

}  // namespace
}  // namespace zhcorpus
