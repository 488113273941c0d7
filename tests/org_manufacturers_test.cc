// Manufacturers named by a brand and their line of business (某某新能源, 某某锂电,
// 某某电子, 某某化工), companies leading a project's description (某某科技 + 年产…),
// Taiwan's large listed companies, and parks a company builds named as projects
// (issue 11, unseen economy news). Sentences written for these tests.
#include <gtest/gtest.h>

#include "org_test_fixture.h"

namespace zhcorpus {
namespace {

class OrgManufacturersTest : public testing::OrgTaggerTest {};

using Strings = std::vector<std::string>;

TEST_F(OrgManufacturersTest, BrandAndLineOfBusinessIsACompany) {
  EXPECT_EQ(Orgs("沃澜新能源今年4月签约，总投资10亿元。"), (Strings{"沃澜新能源|company"}));
  EXPECT_EQ(Orgs("铂岚电子的第二条产线已经投产。"), (Strings{"铂岚电子|company"}));
}

TEST_F(OrgManufacturersTest, ChemicalsPlasticsFoodAndTextilesAreLinesOfBusiness) {
  EXPECT_EQ(Orgs("宏泰化学的苯酐项目已建成投产，澜星塑胶的聚氯乙烯项目进展顺利。"),
            (Strings{"宏泰化学|company", "澜星塑胶|company"}));
  EXPECT_EQ(Orgs("鑫禾食品、澜湾纺织等企业入驻园区。"), (Strings{"鑫禾食品|company", "澜湾纺织|company"}));
}

TEST_F(OrgManufacturersTest, AForeignCountryOrGoodsListedWithALineOfBusinessAreNoBrand) {
  EXPECT_EQ(Orgs("该委员会负责销毁伊拉克化学、生物武器。"), Strings{});
  EXPECT_EQ(Orgs("各地以抗议食品、药品涨价。"), Strings{});
}

TEST_F(OrgManufacturersTest, ALineOfBusinessAfterAVerbIsAnActivity) {
  // 办实业 (run a business) after a verb glued by the HMM names no company.
  EXPECT_EQ(Orgs("他决定走办实业的道路。"), Strings{});
  EXPECT_EQ(Orgs("全省新能源产业增长较快。"), Strings{});
}

TEST_F(OrgManufacturersTest, ACompanyLeadingAProjectsDescription) {
  EXPECT_EQ(Orgs("总投资100亿元的沃澜科技年产10万吨正极材料项目推进签约。"), (Strings{"沃澜科技|company"}));
}

TEST_F(OrgManufacturersTest, TaiwansListedCompaniesInEitherScript) {
  EXPECT_EQ(Orgs("仁寶電腦以4億美元增資美國子公司，光寶科技增資越南子公司。"),
            (Strings{"仁寶電腦|company", "光寶科技|company"}));
}

TEST_F(OrgManufacturersTest, AParkACompanyBuildsNamedAsAProjectIsNoZone) {
  EXPECT_EQ(Orgs("这是继山能集团智慧制造园区项目落户后的又一大项目。"), (Strings{"山能集团|company"}));
  EXPECT_EQ(Orgs("华晟集团新材料产业园项目签约落地。"), (Strings{"华晟集团|company"}));
}

TEST_F(OrgManufacturersTest, APartyGroupMemberIsATitle) {
  // 党组成员 is a title: the name ends before it (某集团党委 + 书记 keeps its committee).
  EXPECT_EQ(Orgs("上海烟草集团党组成员、副总经理唐煦出席。"), (Strings{"上海烟草集团|company"}));
}

TEST_F(OrgManufacturersTest, ADivisionOrAProperCharacterBeforeTheBrandBelongsToIt) {
  EXPECT_EQ(Orgs("浙江零跑科技董事长出席并见证签约。"), (Strings{"浙江零跑科技|company"}));
  EXPECT_EQ(Orgs("调研组深入赛诺维制药的生产车间。"), (Strings{"赛诺维制药|company"}));
}

TEST_F(OrgManufacturersTest, AListItemMayHoldAWordOfAnotherClass) {
  // 天元 is cut as a measure word: the item still runs to the separator.
  EXPECT_EQ(Orgs("调研组走访了永大体育、天元塑业、卫康制药等多家企业。"),
            (Strings{"永大体育|company", "天元塑业|company", "卫康制药|company"}));
}

TEST_F(OrgManufacturersTest, CarTownsAreZonesAndAKindOfVehicleIsNoBrand) {
  EXPECT_EQ(Orgs("记者日前走访了闽江汽车城。"), (Strings{"闽江汽车城|zone"}));
  EXPECT_EQ(Orgs("该集团下设乘用车集团和汽车集团。"), Strings{});
}

TEST_F(OrgManufacturersTest, AParkNamedAfterARegisteredCompanyIsItsProject) {
  // The company is the name; the park (a project) is none. Bio-parks are zones.
  EXPECT_EQ(Orgs("签约项目包括莱阳市沃澜生物科技有限公司医药产业园等。"),
            (Strings{"莱阳市沃澜生物科技有限公司|company"}));
  EXPECT_EQ(Orgs("多家企业入驻鲁中国际生物谷。"), (Strings{"鲁中国际生物谷|zone"}));
}

TEST_F(OrgManufacturersTest, AZonesCommitteeIsGovernment) {
  EXPECT_EQ(Orgs("据剑河县工业园区管理委员会介绍，园区入驻了21家企业。"),
            (Strings{"剑河县工业园区管理委员会|government"}));
}

TEST_F(OrgManufacturersTest, ACarmakerByItsBrandAndTheWordForCars) {
  EXPECT_EQ(Orgs("汉腾汽车与驰岚汽车签署合作协议。"), (Strings{"汉腾汽车|company", "驰岚汽车|company"}));
  // Guards: kinds of cars, a place's cars, and cars' parts are no firms.
  EXPECT_EQ(Orgs("新能源汽车、智能汽车和国产汽车销量增长。"), Strings{});
  EXPECT_EQ(Orgs("重庆汽车产量居全国前列。"), Strings{});
  EXPECT_EQ(Orgs("驰岚汽车零部件项目签约。"), Strings{});
}

TEST_F(OrgManufacturersTest, IndustrialGasMakersByTheirBrand) {
  EXPECT_EQ(Orgs("青禾气体与远帆科技签约共建供气中心。"), (Strings{"青禾气体|company", "远帆科技|company"}));
  // Gases after a place or a kind are goods (温室气体, 工业气体).
  EXPECT_EQ(Orgs("温室气体排放下降，工业气体需求增长。"), Strings{});
}

}  // namespace
}  // namespace zhcorpus
