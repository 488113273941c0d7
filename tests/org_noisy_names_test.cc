// Noisy and newer name shapes on unseen news (issue 11): a pinyin gloss
// inside a name, valleys named by a place. Sentences written for these tests.
#include <gtest/gtest.h>

#include "org_test_fixture.h"

namespace zhcorpus {
namespace {

class OrgNoisyNamesTest : public testing::OrgTaggerTest {};

using Strings = std::vector<std::string>;

TEST_F(OrgNoisyNamesTest, PinyinGlossInsideANameBelongsToTheMentionNotTheNorm) {
  EXPECT_EQ(Named("苏（sū）州工业园区发布新政。"), Strings{"苏（sū）州工业园区|苏州工业园区"});
  EXPECT_EQ(Named("杭（háng）州大学的学生参加比赛。"), Strings{"杭（háng）州大学|杭州大学"});
}

TEST_F(OrgNoisyNamesTest, PinyinGlossAfterAVerbMakesNoName) {
  EXPECT_EQ(Named("他说（shuō）工业园区很好。"), Strings{});
}

TEST_F(OrgNoisyNamesTest, ValleyNamedAfterAPlaceIsAZone) {
  EXPECT_EQ(Orgs("合肥声谷吸引企业入驻。"), Strings{"合肥声谷|zone"});
  EXPECT_EQ(Orgs("武汉车谷和某地云谷都在扩张。"), Strings{"武汉车谷|zone"});
}

TEST_F(OrgNoisyNamesTest, AVariantOfATraditionalCharacterReadsAsItsSimplifiedForm) {
  // 陜 (a variant of 陝) is 陕: the province opens the name.
  EXPECT_EQ(Orgs("陜西糧農集團副總經理致辭。"), Strings{"陜西糧農集團|company"});
}

TEST_F(OrgNoisyNamesTest, BrandsInInjectedSpamAreNoOrganisations) {
  // A gambling site's string spliced into the sentence: its casino is no organisation, the place still a region.
  EXPECT_EQ(Orgs("调研组听取企业澳门银河城中心_某杯足球网-【投注官网平台】:复工情况汇报。"), Strings{});
  EXPECT_EQ(Orgs("调研组听取企业澳门银河城中心的复工情况汇报。"), Strings{"澳门银河城中心|other"});
  // One cue alone is news: a lottery centre and its stakes.
  EXPECT_EQ(Orgs("省体彩中心表示，本期投注额增长。"), Strings{"省体彩中心|other"});
  // The spam's clause only: the bodies after it in the sentence stay.
  EXPECT_EQ(Orgs("调研组强调,澳门银河城中心_某杯足球网-【投注官网平台】委、县政府要做好服务。"),
            Strings{"县政府|government"});
}

TEST_F(OrgNoisyNamesTest, AVisitsVerbEndsTheBody) {
  EXPECT_EQ(Orgs("县委书记王立新调研经开区建设工作。"), Strings{"县委|party"});
  EXPECT_EQ(Orgs("市人大常委会副主任率调研组到我县调研青禾纺织科技有限公司。"),
            (Strings{"市人大常委会|government", "青禾纺织科技有限公司|company"}));
  // As a word of its own the team or the office is no verb (县委 + 调研室).
  EXPECT_EQ(Orgs("县委调研室主任表示赞同。"), Strings{"县委调研室|party"});
}

TEST_F(OrgNoisyNamesTest, FairsByTheirShortNamesAreEvents) {
  EXPECT_EQ(Orgs("第十届江州进出口商品交易会（以下简称江交会）今天闭幕，本届江交会订单增长。"), Strings{});
  EXPECT_EQ(Orgs("广交会和进博会期间，中国贸促会发布报告。"), Strings{"中国贸促会|association"});
  // So are games (某冬奥会); their committees are bodies.
  EXPECT_EQ(Orgs("他曾是北京冬奥会志愿者，国际奥委会致信感谢。"), Strings{"国际奥委会|other"});
}

TEST_F(OrgNoisyNamesTest, AHardWrappedLineJoinedWithASpace) {
  // The space where a wrapped line was joined cuts a word: the name goes on before it, and what
  // follows it decides whether a name ends (某地半导体 + 供应链 is the place's industry).
  EXPECT_EQ(Orgs("隶属青禾林 德集团旗下的远帆科技将投资。"), (Strings{"青禾林 德集团|company", "远帆科技|company"}));
  EXPECT_EQ(Orgs("协助台湾半导体 供应链稳固地位。"), Strings{});
  // Two whole words either side of a space stay apart (a dateline, then a name).
  EXPECT_EQ(Orgs("江州日报 杭州讯 青禾集团发布年报。"), (Strings{"江州日报|media", "青禾集团|company"}));
}

TEST_F(OrgNoisyNamesTest, ABylineNameGluedToTheHeadlineIsNoPartOfTheName) {
  // A newspaper page run together: the reporter's or the author's name, then the next headline.
  EXPECT_EQ(Orgs("本报记者郑慧琳长三角企业家联盟举行年会"), Strings{"长三角企业家联盟|association"});
  EXPECT_EQ(Orgs("■佟秀兰浙江省经信厅党组书记撰文"), Strings{"浙江省经信厅党组|party"});
  // A brand before a place is part of the name (no title or mark before it).
  EXPECT_EQ(Orgs("青禾星河纳米襄州工厂投产。"), Strings{"青禾星河纳米襄州工厂|company"});
  // Punctuation is no layout mark: 国网 (a surname's character first) opens the grid's institute.
  EXPECT_EQ(Orgs("多家企业获奖；国网甘肃省电力公司电力科学研究院赵明等获评先进。"),
            Strings{"国网甘肃省电力公司电力科学研究院|research"});
}

TEST_F(OrgNoisyNamesTest, ALevelsCommitteeAfterAWholeBodyIsASecondBody) {
  EXPECT_EQ(Orgs("江州省科技厅省委科技工委联合发文。"),
            (Strings{"江州省科技厅|government", "省委科技工委|party"}));
  EXPECT_EQ(Orgs("中共江州省委召开会议。"), Strings{"中共江州省委|party"});
  // A working committee is a body of its own before a member's title; a party group is not.
  EXPECT_EQ(Orgs("市委教育工委委员张三出席。"), Strings{"市委教育工委|party"});
  EXPECT_EQ(Orgs("省科技厅党组成员王五出席。"), Strings{"省科技厅|government"});
  // A verb the dictionary does not know before a group is no part of it.
  EXPECT_EQ(Orgs("赋能青禾集团及产业链企业。"), Strings{"青禾集团|company"});
}


}  // namespace
}  // namespace zhcorpus

namespace zhcorpus {
namespace {

class OrgZoneLikeDistrictTest : public testing::OrgTaggerTest {};

TEST_F(OrgZoneLikeDistrictTest, CityPlusANewAreaOfAnotherProvinceIsTheCitysZone) {
  EXPECT_EQ(Orgs("绍兴滨海新区发布规划。"), std::vector<std::string>{"绍兴滨海新区|zone"});
  EXPECT_EQ(Orgs("绍兴滨海新区管委会发布规划。"), std::vector<std::string>{"绍兴滨海新区管委会|government"});
}

TEST_F(OrgZoneLikeDistrictTest, NewAreaOfItsOwnCityStaysARegion) {
  EXPECT_EQ(Orgs("天津滨海新区发布规划。"), std::vector<std::string>{});
}

}  // namespace
}  // namespace zhcorpus

namespace zhcorpus {
namespace {

class OrgGluedPrepositionTest : public testing::OrgTaggerTest {};

TEST_F(OrgGluedPrepositionTest, PrepositionGluedToABareLevelLeavesTheLevelToTheName) {
  // 经 ("through", in notices: 经省科技厅审议) glued to the level the same way.
  EXPECT_EQ(Orgs("项目经省科技厅审议，认定为重点实验室。"), Strings{"省科技厅|government"});
  EXPECT_EQ(Orgs("记者从省经信厅获悉，新政下月实施。"), std::vector<std::string>{"省经信厅|government"});
  EXPECT_EQ(Orgs("从市科技局获悉，名单已公布。"), std::vector<std::string>{"市科技局|government"});
  // So is 好, the complement of the verb before the body (落实好 + 省 + 卫健委).
  EXPECT_EQ(Orgs("要认真落实好省卫健委的部署。"), std::vector<std::string>{"省卫健委|government"});
}

TEST_F(OrgGluedPrepositionTest, NameThatBeginsLikeAPrepositionKeepsIt) {
  EXPECT_EQ(Orgs("向阳科技发布公告。"), std::vector<std::string>{"向阳科技|company"});
}

}  // namespace
}  // namespace zhcorpus
