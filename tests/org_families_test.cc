// Organisation families of issue 11 (zones without a head, names with a
// place in parentheses) and the precision guards: sentences written for these tests.
#include <gtest/gtest.h>

#include "entity/org_heads.h"
#include "org_test_fixture.h"
#include "zhcorpus/tagger.h"

namespace zhcorpus {
namespace {

class OrgFamilyTest : public testing::OrgTaggerTest {
 protected:
  static std::string NameOf(const std::string& text) {
    auto entities = Tag(text);
    return entities.empty() ? "" : entities.front().norm.Get("name").string();
  }
};

using Strings = std::vector<std::string>;

TEST_F(OrgFamilyTest, ZoneKnownByItsShortNameIsAZoneWithItsFullName) {
  EXPECT_EQ(Orgs("张江和漕河泾的企业数量持续增长。"), (Strings{"张江|zone", "漕河泾|zone"}));
  EXPECT_EQ(NameOf("张江的企业数量持续增长。"), "张江高科技园区");
}

TEST_F(OrgFamilyTest, PlaceBeforeAKnownZoneBelongsToIt) {
  EXPECT_EQ(Orgs("武汉光谷聚集了大量光电子企业。"), Strings{"武汉光谷|zone"});
}

TEST_F(OrgFamilyTest, CorridorAndPilotZoneHeadsMakeZones) {
  EXPECT_EQ(Orgs("G60科创走廊九城市联合发布报告。"), Strings{"G60科创走廊|zone"});
  EXPECT_EQ(Orgs("长三角生态绿色一体化发展示范区的企业增多。"), Strings{"长三角生态绿色一体化发展示范区|zone"});
}

TEST_F(OrgFamilyTest, PlaceInParenthesesInsideTheNameBelongsToIt) {
  EXPECT_EQ(Orgs("中国（浙江）自由贸易试验区舟山片区发布新政。"), Strings{"中国（浙江）自由贸易试验区舟山片区|zone"});
  EXPECT_EQ(Orgs("中国（杭州）跨境电子商务综合试验区建设成效明显。"),
            Strings{"中国（杭州）跨境电子商务综合试验区|zone"});
}

TEST_F(OrgFamilyTest, ShortGlossInParenthesesInsideTheNameBelongsToIt) {
  EXPECT_EQ(Orgs("石家庄乳业（集团）公司发布了年报。"), Strings{"石家庄乳业（集团）公司|company"});
  EXPECT_EQ(Orgs("他说（笑）公司很好。"), Strings{});
}

TEST_F(OrgFamilyTest, TraditionalCharactersFindTheSameOrgs) {
  EXPECT_EQ(Orgs("浙江大學與杭州市科技局簽署協議。"), (Strings{"浙江大學|university", "杭州市科技局|government"}));
}

// Guards: a name never spans a person and the verb after them, a preposition,
// or a count; generic categories are no names.
TEST_F(OrgFamilyTest, PersonAndHisVerbStayOutOfTheName) {
  EXPECT_EQ(Orgs("张三作管委会主任发言。"), Strings{});
  EXPECT_EQ(Orgs("李明任管委会主任。"), Strings{});
}

TEST_F(OrgFamilyTest, NameNeverSpansAPreposition) {
  for (const std::string& org : Orgs("顺丰速运向省总工会捐赠物资。")) {
    EXPECT_EQ(org.find("向"), std::string::npos) << org;
  }
}

TEST_F(OrgFamilyTest, CountedOrQualifiedCategoriesAreNoNames) {
  EXPECT_EQ(Orgs("在两大科学中心的带动下，智慧商场不断涌现。"), Strings{});
}

TEST_F(OrgFamilyTest, TwoBodiesWithoutASeparatorStayTwo) {
  for (const std::string& org : Orgs("北方农业科学院中国花卉协会联合发布报告。")) {
    EXPECT_EQ(org.find("科学院中国"), std::string::npos) << org;
  }
}

TEST_F(OrgFamilyTest, PersonAndConjunctionStayOutOfTheName) {
  EXPECT_EQ(Orgs("会见了王明和国家科技领导小组成员。"), Strings{"国家科技领导小组|government"});
}

TEST_F(OrgFamilyTest, ValleysAndCorridorsInRunningTextAreNoZones) {
  EXPECT_EQ(Orgs("峡谷和低谷之间，是一条长长的走廊。"), Strings{});
}

TEST_F(OrgFamilyTest, DepartmentOfANamedBodyIsOneNameTheLongest) {
  EXPECT_EQ(Orgs("浙江日报经济部副主任出席了会议。"), Strings{"浙江日报经济部|media"});
  EXPECT_EQ(Orgs("浙江大学物理系今年招收新生。"), Strings{"浙江大学物理系|university"});
  EXPECT_EQ(Orgs("农业部信息司今天发布报告。"), Strings{"农业部信息司|government"});
}

TEST_F(OrgFamilyTest, CompanyDepartmentIsNoNameOfItsOwn) {
  EXPECT_EQ(Orgs("东海化工集团有限公司销售部的员工来了。"), Strings{"东海化工集团有限公司|company"});
}

TEST_F(OrgFamilyTest, UnitHeadNeedsTheBodyItBelongsTo) {
  EXPECT_EQ(Orgs("这场官司让上司很头疼，关系也变差了。"), Strings{});
}

TEST_F(OrgFamilyTest, NationalPrefixBeforeAShortNameBelongsToIt) {
  EXPECT_EQ(Orgs("国家卫生部日前发文。"), Strings{"国家卫生部|government"});
}

TEST_F(OrgFamilyTest, WholeNameBeforeAndIsNotJoinedToTheNext) {
  EXPECT_EQ(Orgs("浙江大学物理系和浙江日报经济部联合举办活动。"),
            (Strings{"浙江大学物理系|university", "浙江日报经济部|media"}));
  EXPECT_EQ(Orgs("工业和信息化部发布通知。"), Strings{"工业和信息化部|government"});
}

TEST_F(OrgFamilyTest, NewsLeadInIsNotPartOfTheName) {
  EXPECT_EQ(Orgs("本报讯东海书局决定再版此书。"), Strings{"东海书局|media"});
}

TEST(OrgGrammar, CompiledInWordListsReadWithoutErrors) {
  EXPECT_TRUE(org::GrammarErrors().empty()) << org::GrammarErrors().front();
  ASSERT_NE(org::FindHead(U"高新区"), nullptr);
  EXPECT_EQ(org::FindHead(U"高新区")->kind, "zone");
  EXPECT_TRUE(org::IsTitle(U"董事长"));
  EXPECT_TRUE(org::InClass(org::WordClass::kSourceLabel, U"来源"));
  EXPECT_FALSE(org::InClass(org::WordClass::kSourceLabel, U"来自"));
}

}  // namespace
}  // namespace zhcorpus
