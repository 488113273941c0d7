// Company and finance news of issue 11 (twelfth session, h12A): a plant after a registered name,
// registered names whose line of business holds verbs, rural credit unions and their federations,
// a known operator's own line of business, a preposition glued to a name after a body, Taiwan fund
// managers by their brand, a group's retail and car arms named by its brand; goods listed as a kind
// or as what a project makes, a plant after a group, a place's banking sector, a paper and its app
// joined by a middle dot, shipping lines and dairies by their brand, a foreign brand before its China
// arm, a firm's site after a place in a counted list. Sentences written for these tests.
#include <gtest/gtest.h>

#include <algorithm>

#include "org_test_fixture.h"

namespace zhcorpus {
namespace {

class OrgCompanyNoticesTest : public testing::OrgTaggerTest {};

using Strings = std::vector<std::string>;

TEST_F(OrgCompanyNoticesTest, APlantAfterARegisteredNameIsTheCompanysFacility) {
  EXPECT_EQ(Orgs("青禾汽车有限公司超级工厂配套项目开工。"), Strings{"青禾汽车有限公司|company"});
  EXPECT_EQ(Orgs("走进青禾电机股份有限公司工厂，生产线一片繁忙。"), Strings{"青禾电机股份有限公司|company"});
  // A plant named by a brand with no legal form is still one name.
  EXPECT_EQ(Orgs("青禾汽车工厂正式投产。"), Strings{"青禾汽车工厂|company"});
}

TEST_F(OrgCompanyNoticesTest, ARegisteredNameMayHoldVerbs) {
  // A group's legal form marks the name, however everyday its trade name's words.
  EXPECT_EQ(Orgs("银行与湖北建工安装集团有限公司签署协议。"), Strings{"湖北建工安装集团有限公司|company"});
  // A division written bare after its province is the trade name (one region to the recognizer).
  EXPECT_EQ(Orgs("据悉，河南中原电子封装测试有限公司获得贷款。"), Strings{"河南中原电子封装测试有限公司|company"});
  // A known company opens a joint venture's name, and a verb between a coined word and a noun is
  // its line of business.
  EXPECT_EQ(Orgs("其中，博世禾域转向系统有限公司将新建生产线。"), Strings{"博世禾域转向系统有限公司|company"});
  // A clause's verbs before a legal form name no firm.
  EXPECT_EQ(Orgs("郑州组建交通投资集团有限公司。"), Strings{});
  EXPECT_EQ(Orgs("杭州引进投资集团有限公司12家。"), Strings{});
  EXPECT_EQ(Orgs("，李华创办科技有限公司。"), Strings{});
}

TEST_F(OrgCompanyNoticesTest, RuralCreditUnionsAndTheirFederations) {
  EXPECT_EQ(Orgs("湖北省农村信用社联合社与银行签约。"), Strings{"湖北省农村信用社联合社|company"});
  EXPECT_EQ(Orgs("青田县农村信用社发放贷款。"), Strings{"青田县农村信用社|company"});
  // Without a place they are a kind.
  EXPECT_EQ(Orgs("农村信用社改革持续推进，全省农村信用社存款增长。"), Strings{});
}

TEST_F(OrgCompanyNoticesTest, AKnownOperatorsOwnLineOfBusinessIsItsName) {
  EXPECT_EQ(Orgs("远传电信宣布调整资费。"), Strings{"远传电信|company"});
  // A coined word before the operator's word is no firm; a noun after it makes a business.
  EXPECT_EQ(Orgs("青禾电信宣布调整资费。"), Strings{});
  EXPECT_EQ(Orgs("华为电信业务收入增长。"), Strings{"华为|company"});
}

TEST_F(OrgCompanyNoticesTest, APrepositionGluedToANameAfterABodyOpensTheSecondName) {
  // (The HMM glues 对 to the unknown name, 对龙禾; the dictionary's 对华 takes the name's first character.)
  EXPECT_EQ(Orgs("上交所对龙禾集团下发问询函。"), (Strings{"上交所|company", "龙禾集团|company"}));
  EXPECT_EQ(Orgs("深交所对华宇集团下发关注函。"), (Strings{"深交所|company", "华宇集团|company"}));
  EXPECT_EQ(Orgs("青禾集团向华宇集团捐款。"), (Strings{"青禾集团|company", "华宇集团|company"}));
}

TEST_F(OrgCompanyNoticesTest, TaiwanFundManagersByTheirBrand) {
  EXPECT_EQ(Orgs("青禾投信推出新基金，國泰投信表示看好台股。"), (Strings{"青禾投信|company", "國泰投信|company"}));
  // A country's trust business is no firm.
  EXPECT_EQ(Orgs("中国投信业务发展迅速。"), Strings{});
}

TEST_F(OrgCompanyNoticesTest, AGroupsRetailAndCarArmsByItsBrand) {
  EXPECT_EQ(Orgs("青禾集团有限公司宣布，旗下青禾仓储与华为达成合作。"),
            (Strings{"青禾集团有限公司|company", "青禾仓储|company", "华为|company"}));
  // The brand before a noun phrase is the group itself.
  EXPECT_EQ(Orgs("青禾集团有限公司表示，青禾商业模式获得认可。"),
            (Strings{"青禾集团有限公司|company", "青禾|company"}));
}

TEST_F(OrgCompanyNoticesTest, GoodsListedAsAKindOrAsAProjectsAreNoFirms) {
  EXPECT_EQ(Orgs("扁线电机、固态动力电池等赛道受到私募青睐。"), Strings{});
  EXPECT_EQ(Orgs("该公司将投资建设扁线电机及电控项目。"), Strings{});
  // Firms listed before a firm noun, or as a track's leaders, stay firms.
  EXPECT_EQ(Orgs("青禾电机、华宇科技等企业参会。"), (Strings{"青禾电机|company", "华宇科技|company"}));
  EXPECT_EQ(Orgs("青禾电机、华宇科技等赛道龙头获资金流入。"), (Strings{"青禾电机|company", "华宇科技|company"}));
}

TEST_F(OrgCompanyNoticesTest, APlantAfterAGroupIsTheGroupsFacility) {
  EXPECT_EQ(Orgs("青汽集团商用车智能工厂当天开工。"), Strings{"青汽集团|company"});
}

TEST_F(OrgCompanyNoticesTest, APlacesBankingSectorIsNoBank) {
  EXPECT_EQ(Orgs("官员表示，香港銀行體系穩健，浙江银行体系存款增长。"), Strings{});
  // A bank named by its city keeps its name before its own systems.
  EXPECT_EQ(Orgs("上海银行发布年报。"), Strings{"上海银行|company"});
}

TEST_F(OrgCompanyNoticesTest, APaperAndItsAppJoinedByAMiddleDotAreTwoOutlets) {
  EXPECT_EQ(Orgs("青州商报·读青客户端记者 王芳 报道。"), (Strings{"青州商报|media", "读青客户端|media"}));
  EXPECT_EQ(Orgs("来源：青禾证券报·青证网"), (Strings{"青禾证券报|media", "青证网|media"}));
}

TEST_F(OrgCompanyNoticesTest, ShippingLinesByTheirBrand) {
  EXPECT_EQ(Orgs("青禾海运、华宇航运宣布上调运价。"), (Strings{"青禾海运|company", "华宇航运|company"}));
  // A place's shipping is its sector.
  EXPECT_EQ(Orgs("推动上海航运高质量发展，中国海运业持续复苏。"), Strings{});
}

TEST_F(OrgCompanyNoticesTest, DairiesByTheirBrand) {
  EXPECT_EQ(Orgs("青禾乳业宣布扩产，华宇乳业近日也公布了牧场扩建计划。"),
            (Strings{"青禾乳业|company", "华宇乳业|company"}));
  EXPECT_EQ(Orgs("推动乳业高质量发展，中国乳业振兴行动启动。"), Strings{});
}

TEST_F(OrgCompanyNoticesTest, AForeignBrandBeforeItsChinaArm) {
  EXPECT_EQ(Orgs("青禾电气中国区总裁表示将加大投资。"), Strings{"青禾电气|company"});
}

TEST_F(OrgCompanyNoticesTest, AFirmsSiteAfterAPlaceIsNoCountedItem) {
  // The run cannot tell the firm of 某某高科 + 某地 + 基地: the site alone is no firm.
  const std::vector<std::string> orgs = Orgs("该区已集聚青禾高科宜春基地、华宇电机等锂电企业80余家。");
  EXPECT_EQ(std::count(orgs.begin(), orgs.end(), "基地|company"), 0);
  EXPECT_NE(std::find(orgs.begin(), orgs.end(), "华宇电机|company"), orgs.end());
}

}  // namespace
}  // namespace zhcorpus
