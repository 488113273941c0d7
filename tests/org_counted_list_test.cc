// Names listed and then counted as firms (issue 11, unseen news): each item
// is a company whatever words it is made of; places and categories are not.
// Sentences written for these tests.
#include <gtest/gtest.h>

#include "org_test_fixture.h"

namespace zhcorpus {
namespace {

class OrgCountedListTest : public testing::OrgTaggerTest {};

using Strings = std::vector<std::string>;

TEST_F(OrgCountedListTest, ItemsCountedAsFirmsAreCompanies) {
  EXPECT_EQ(Orgs("其中，甲电、小电、怪兽、来电4家头部企业的份额最高。"),
            (Strings{"甲电|company", "小电|company", "怪兽|company", "来电|company"}));
  EXPECT_EQ(Orgs("据统计，青禾、明远和星河三家公司的营收合计超百亿元。"),
            (Strings{"青禾|company", "明远|company", "星河|company"}));
}

TEST_F(OrgCountedListTest, PlacesCountedAsFirmsAreNoNames) {
  EXPECT_EQ(Orgs("北京、上海两家企业中标。"), Strings{});
}

TEST_F(OrgCountedListTest, CategoriesWithoutAProperWordAreNoNames) {
  EXPECT_EQ(Orgs("钢铁、汽车等5家企业参加了座谈。"), Strings{});
  EXPECT_EQ(Orgs("我们走访了技术、管理两家公司。"), Strings{});
}

TEST_F(OrgCountedListTest, WithoutACountOfFirmsAListIsNotNamed) {
  EXPECT_EQ(Orgs("甲电、小电都在涨价。"), Strings{});
}

TEST_F(OrgCountedListTest, ItemsClosedByDengAndAFirmNounAreCompanies) {
  // No count: 等, a batch or modifiers, then a company noun; an item may be a brand
  // and its line of business cut into words.
  EXPECT_EQ(Orgs("近年来，园区培育的岚拓新能源、宏钧锂电等一批锂电企业快速成长。"),
            (Strings{"岚拓新能源|company", "宏钧锂电|company"}));
  EXPECT_EQ(Orgs("开发区引进了瑞柯智能、澜卡工业等科技创新类企业。"),
            (Strings{"瑞柯智能|company", "澜卡工业|company"}));
  EXPECT_EQ(Orgs("本次通过了嘉昱游艇、捷澄企业及轩岚食品等3家企业的投资案。"),
            (Strings{"嘉昱游艇|company", "捷澄企业|company", "轩岚食品|company"}));
}

TEST_F(OrgCountedListTest, ClauseWordsAndCategoriesStayOutOfDengLists) {
  EXPECT_EQ(Orgs("税收、金融等支持企业发展的政策陆续出台。"), Strings{});
  EXPECT_EQ(Orgs("新能源汽车、智能装备等一批企业落户园区。"), Strings{});
}

TEST_F(OrgCountedListTest, KindsOfBodiesAreNoItemsAndPunctuationIsNoPartOfOne) {
  EXPECT_EQ(Orgs("人才不论在哪里，高校、企业、科研院所等机构都可以用。"), Strings{});
  EXPECT_EQ(Orgs("支持保税区、开发区等平台做强特色产业。"), Strings{});
}

TEST_F(OrgCountedListTest, PlatformsClosedByDengAreNoFirmsWithoutACount) {
  EXPECT_EQ(Orgs("整合集成办事通、解忧码等平台功能。"), Strings{});
}

TEST_F(OrgCountedListTest, CountedItemsOfSeveralWordsAndLaterMentions) {
  // After a count an item may be a brand and its business; named again later it is the company.
  EXPECT_EQ(Orgs("双岚农机、五鑫网业、天澜汽车3家企业可实现年产值亿元以上。五鑫网业今年扩产。"),
            (Strings{"双岚农机|company", "五鑫网业|company", "天澜汽车|company", "五鑫网业|company"}));
  EXPECT_EQ(Orgs("瑞丰集团及红星美凯龙等知名企业均有意来投资。"),
            (Strings{"瑞丰集团|company", "红星美凯龙|company"}));
}

// Up to six modifiers between the count and the firm noun (新能源汽车整车生产企业, 重点零部件企业);
// a verb opening the text is the clause's (还有 + 甲); a known name inside an item gives way to it.
TEST_F(OrgCountedListTest, LongDescriptionsOfTheFirms) {
  EXPECT_EQ(Orgs("江州拥有澜拓汽车、岚信电动、禾信汽车等10家新能源汽车整车生产企业。"),
            (Strings{"澜拓汽车|company", "岚信电动|company", "禾信汽车|company"}));
  EXPECT_EQ(Orgs("还有澜世、禾恩格、住友橡胶等重点零部件企业。"),
            (Strings{"澜世|company", "禾恩格|company", "住友橡胶|company"}));
  EXPECT_EQ(Orgs("钢铁、汽车等10家新能源汽车整车生产企业。"), Strings{});
}

TEST_F(OrgCountedListTest, WhatTheCountedFirmsDidStandsBeforeTheirNoun) {
  EXPECT_EQ(Orgs("青禾特车、莎丽建材等12家参会企业参加。"), (Strings{"青禾特车|company", "莎丽建材|company"}));
  // An ASCII comma before the first item is punctuation, not a word of the clause.
  EXPECT_EQ(Orgs("会上,青禾特车、莎丽建材等12家企业参加。"), (Strings{"青禾特车|company", "莎丽建材|company"}));
}

TEST_F(OrgCountedListTest, AFirmNamedLikeADistrictAmongFirms) {
  EXPECT_EQ(Orgs("吉利、长城、比亚迪等车企加快布局。"),
            (Strings{"吉利|company", "长城|company", "比亚迪|company"}));
  // Guards: districts and cities alone are places, however the list ends.
  EXPECT_EQ(Orgs("福田、南山、宝安等区企业加快布局。"), Strings{});
  EXPECT_EQ(Orgs("北京、上海、深圳等地企业加快布局。"), Strings{});
}

TEST_F(OrgCountedListTest, ALastNameGluedToTheClosingDengIsStillAnItem) {
  // The dictionary reads 特等 ("top grade") across 欧力特 + 等.
  EXPECT_EQ(Orgs("青禾、远帆、欧力特等企业参加了座谈。"),
            (Strings{"青禾|company", "远帆|company", "欧力特|company"}));
  EXPECT_EQ(Orgs("钢铁、化工、特等企业参加了座谈。"), Strings{});
}

TEST_F(OrgCountedListTest, AKnownShortFormAndOneMoreWordAreOneItem) {
  // A carmaker's short form with a partner's name or a city: the joint venture or the plant, as written.
  EXPECT_EQ(Orgs("全省聚集了比亚迪、上汽大众、北汽株洲等10余家整车企业。"),
            (Strings{"比亚迪|company", "上汽大众|company", "北汽株洲|company"}));
}

}  // namespace
}  // namespace zhcorpus
