// Organisation families of issue 11 seen on news the rules were not written
// on (datelines, credits, listed short names, international bodies, sub-units)
// and their precision guards: sentences written for these tests.
#include <gtest/gtest.h>

#include "org_test_fixture.h"

namespace zhcorpus {
namespace {

class OrgUnseenNewsTest : public testing::OrgTaggerTest {
 protected:
  static std::string NameOf(const std::string& text) {
    auto entities = Tag(text);
    return entities.empty() ? "" : entities.front().norm.Get("name").string();
  }
};

using Strings = std::vector<std::string>;

TEST_F(OrgUnseenNewsTest, CreditInParenthesesAfterALeadInIsNoGlossOfTheNextName) {
  EXPECT_EQ(Orgs("本报讯（记者李明）嘉兴市科技局近日公布名单。"), Strings{"嘉兴市科技局|government"});
  EXPECT_EQ(Orgs("本报讯（张小红）温州市统计局发布数据。"), Strings{"温州市统计局|government"});
}

TEST_F(OrgUnseenNewsTest, DatelineEndingInNewsNamesTheOutlet) {
  EXPECT_EQ(Orgs("据新潮社5月6日消息，某地出台新规。"), Strings{"新潮社|media"});
  // Without an outlet's ending it is a body's own announcement, not a dateline.
  EXPECT_EQ(Orgs("据青禾小组5月6日消息，某地出台新规。"), Strings{});
}

TEST_F(OrgUnseenNewsTest, ShortNameGluedToASurnameIsAPersonsGivenName) {
  EXPECT_EQ(Orgs("研究员王清华说，试验已经完成。"), Strings{});
  EXPECT_EQ(Orgs("工程师李浙大介绍了进展。"), Strings{});
  EXPECT_EQ(Orgs("他毕业于清华，后来去了浙大。"), (Strings{"清华|university", "浙大|university"}));
}

TEST_F(OrgUnseenNewsTest, ListedShortNameEndingInSharesStandsAlone) {
  EXPECT_EQ(Orgs("运达股份：拟中标风电场设备项目。"), Strings{"运达股份|company"});
}

TEST_F(OrgUnseenNewsTest, ListedShortNameBeforeAPlainHeadIsTheCompanyUnlessCounted) {
  EXPECT_EQ(Orgs("节能风电公司中标两个项目。"), Strings{"节能风电公司|company"});
  EXPECT_EQ(Orgs("一家航天科技公司中标两个项目。"), Strings{});
}

TEST_F(OrgUnseenNewsTest, PlaceBeforeAWellKnownCompanyBelongsToIt) {
  EXPECT_EQ(Orgs("北京知道创宇副总裁主持了论坛。"), Strings{"北京知道创宇|company"});
}

TEST_F(OrgUnseenNewsTest, InternationalOpensASocietysNameButNotAfterEach) {
  EXPECT_EQ(Orgs("国际光学工程学会发布报告。"), Strings{"国际光学工程学会|association"});
  EXPECT_EQ(Orgs("各国际学术协会派员参加。"), Strings{});
}

TEST_F(OrgUnseenNewsTest, SubUnitNamedByAFieldOrAPlaceJoinsItsBody) {
  EXPECT_EQ(Orgs("国家发展改革委高技术司负责人说。"), Strings{"国家发展改革委高技术司|government"});
  EXPECT_EQ(Orgs("武汉大学深圳分校的学生参加比赛。"), Strings{"武汉大学深圳分校|university"});
}

TEST_F(OrgUnseenNewsTest, VenueNamedLikeACentreIsNoOrganisation) {
  EXPECT_EQ(Orgs("温州市体育中心重新开放。"), Strings{});
  EXPECT_EQ(Orgs("温州市科技创新中心重新开放。"), Strings{"温州市科技创新中心|research"});
}

TEST_F(OrgUnseenNewsTest, EachBeforeAHeadMakesACategory) {
  EXPECT_EQ(Orgs("德国各工会呼吁加薪。"), Strings{});
  EXPECT_EQ(Orgs("美国各大学陆续开学。"), Strings{});
}

TEST_F(OrgUnseenNewsTest, ChannelSchoolAndEcoParkHeads) {
  EXPECT_EQ(Orgs("安徽卫视播出专题片。"), Strings{"安徽卫视|media"});
  EXPECT_EQ(Orgs("宁海县职业学校招生。"), Strings{"宁海县职业学校|university"});
  EXPECT_EQ(Orgs("这所职业学校招生。"), Strings{});
  EXPECT_EQ(Orgs("深圳湾科技生态园入驻企业超过千家。"), Strings{"深圳湾科技生态园|zone"});
}

TEST_F(OrgUnseenNewsTest, ConnectiveBeforeATeamStaysOut) {
  EXPECT_EQ(Orgs("结果浙江队以二比一获胜。"), Strings{"浙江队|other"});
}

TEST_F(OrgUnseenNewsTest, ElidedListAfterAVerbOrClosedByACount) {
  EXPECT_EQ(Orgs("获批建设柯桥纺织、上虞新材料等省级高新区。"), (Strings{"柯桥纺织|zone", "上虞新材料|zone"}));
  EXPECT_EQ(Orgs("新增德清地理信息、安吉绿色家居两家省级高新区。"),
            (Strings{"德清地理信息|zone", "安吉绿色家居|zone"}));
  EXPECT_EQ(NameOf("新增德清地理信息、安吉绿色家居两家省级高新区。"), "德清地理信息高新区");
  // Whole names in a counted list get no second head.
  EXPECT_EQ(Orgs("之江实验室、西湖实验室两个实验室开放共享。"),
            (Strings{"之江实验室|research", "西湖实验室|research"}));
}

TEST_F(OrgUnseenNewsTest, InternationalBodiesKnownByAnAliasGetTheirFullName) {
  EXPECT_EQ(NameOf("世卫组织发布指南。"), "世界卫生组织");
}

TEST_F(OrgUnseenNewsTest, ARunOfHeadsDoesNotGrowOneNameOverAllOfIt) {
  // Repeated heads (a page's menu glued into one line): each name may hold
  // the one before it, but not everything before it.
  std::string text;
  for (int i = 0; i < 40; ++i) text += "大学研究院";
  const auto entities = Tag(text);
  EXPECT_FALSE(entities.empty());
  for (const Entity& e : entities) EXPECT_LE(e.end - e.start, 50u) << e.text;
}

TEST_F(OrgUnseenNewsTest, AConjunctionGluedToTheNextWordJoinsTwoBodies) {
  EXPECT_EQ(Orgs("2013年，西安交大和平高集团签约。"), (Strings{"西安交大|university", "平高集团|company"}));
  EXPECT_EQ(Orgs("依托江州大学研究院和力合科创集团的布局。"),
            (Strings{"江州大学研究院|research", "力合科创集团|company"}));
  // Not after a word that is no body: 与会 is a verb there.
  EXPECT_EQ(Orgs("江州大学与会代表发言。"), Strings{"江州大学|university"});
}

TEST_F(OrgUnseenNewsTest, AStateGroupsNumberedBureauIsACompany) {
  EXPECT_EQ(Orgs("由中铁二十五局承建，中交二航局和中交一公局参建。"),
            (Strings{"中铁二十五局|company", "中交二航局|company", "中交一公局|company"}));
  EXPECT_EQ(Orgs("集中铁路运力。"), Strings{});
}

TEST_F(OrgUnseenNewsTest, ACompanysBrandCoversAKnownShorterNameInsideIt) {
  // 光谷 alone is a known zone; inside the brand of 江电光谷集团 it is part of the company.
  EXPECT_EQ(Orgs("江电光谷集团总裁出席。江电光谷与区政府签约。"),
            (Strings{"江电光谷集团|company", "江电光谷|company", "区政府|government"}));
}

TEST_F(OrgUnseenNewsTest, ACompanysRegionalHeadquartersIsOneNameWithIt) {
  EXPECT_EQ(Orgs("江州集团华南区域总部落户南沙。"), Strings{"江州集团华南区域总部|company"});
  // A company's department is a function, not a body of its own.
  EXPECT_EQ(Orgs("江州集团渠道部负责销售。"), Strings{"江州集团|company"});
}

TEST_F(OrgUnseenNewsTest, AUniversitysShenzhenInstituteByItsShortForm) {
  EXPECT_EQ(Orgs("推动江州交大深研院的成果转化。"), Strings{"江州交大深研院|research"});
  EXPECT_EQ(Orgs("该深研院成立于2010年。"), Strings{});
}

TEST_F(OrgUnseenNewsTest, APlaceWhoseNameEndsLikeAHeadIsThePlace) {
  // 港 ends port companies (某某港), and 张家港 is a city the dictionary spells like a person.
  EXPECT_EQ(Orgs("周末去张家港旅游的人很多。"), Strings{});
  EXPECT_EQ(Orgs("张家港港务集团发布数据。"), Strings{"张家港港务集团|company"});
}

TEST_F(OrgUnseenNewsTest, AnAdverbGluedToAHeadOpensNoName) {
  EXPECT_EQ(Orgs("该企业已获园区用地2平方公里。"), Strings{});
}

}  // namespace
}  // namespace zhcorpus
