// Company, industry and finance news of issue 11 (tenth session): a road operator named by
// 高速, investment firms by their brand + 资本, firms named before the sum they invest, lists
// closed by 一大批 and holding a run of abbreviations, counts glued to 大, demonstratives after
// a conjunction, a foreign arm's brand before （中国）. Sentences written for these tests.
#include <gtest/gtest.h>

#include "org_test_fixture.h"

namespace zhcorpus {
namespace {

class OrgCompanyNewsTest : public testing::OrgTaggerTest {};

using Strings = std::vector<std::string>;

TEST_F(OrgCompanyNewsTest, AnExpresswayOperatorsGroupIsOneName) {
  // The dictionary tags 高速 an adverb.
  EXPECT_EQ(Orgs("江西高速物流集团去年新建了三座仓库。"), Strings{"江西高速物流集团|company"});
  EXPECT_EQ(Orgs("全省经济高速发展，物流需求旺盛。"), Strings{});
}

TEST_F(OrgCompanyNewsTest, AnInvestmentFirmByItsBrandAndCapital) {
  EXPECT_EQ(Orgs("本轮融资由启澜资本领投，老股东继续跟投。"), Strings{"启澜资本|company"});
  EXPECT_EQ(Orgs("项目吸引社会资本和民间资本参与，国有资本占比下降。"), Strings{});
}

TEST_F(OrgCompanyNewsTest, AFirmBeforeTheSumItInvestsIsNamed) {
  EXPECT_EQ(Orgs("青禾新材料投资8亿元新建隔膜生产线。"), Strings{"青禾新材料|company"});
  EXPECT_EQ(Orgs("青禾科技总投资12亿元建设研发中心。"), Strings{"青禾科技|company"});
  // A place's line of business before a sum is the place's, not a firm.
  EXPECT_EQ(Orgs("湖南科技投资300亿元，新材料投资也在增长。"), Strings{});
}

TEST_F(OrgCompanyNewsTest, AListClosedByABigBatchOfFirms) {
  // 一大批 is cut 一 + 大批; a run of abbreviations among the items is a firm too.
  EXPECT_EQ(Orgs("该区引进了禾能达、通泰、恒沃等一大批公司。"),
            (Strings{"禾能达|company", "通泰|company", "恒沃|company"}));
  EXPECT_EQ(Orgs("引进了钢铁、化工等一大批企业。"), Strings{});
}

TEST_F(OrgCompanyNewsTest, ACountGluedToDaIsACategory) {
  EXPECT_EQ(Orgs("该集团旗下有东湾港口集团，四大港口集团吞吐量均增长。"), Strings{"东湾港口集团|company"});
}

TEST_F(OrgCompanyNewsTest, ADemonstrativeAfterAConjunctionEndsTheName) {
  EXPECT_EQ(Orgs("青禾冷链与该集团签署合作协议。"), Strings{});
  EXPECT_EQ(Orgs("青禾冷链有限公司成立。青禾冷链与该集团签约。"),
            (Strings{"青禾冷链有限公司|company", "青禾冷链|company"}));
}

TEST_F(OrgCompanyNewsTest, AForeignArmsBrandStopsBeforeTheCountry) {
  EXPECT_EQ(Named("玉澜冷链（中国）有限公司董事长来访。玉澜冷链将扩建冷库。"),
            (Strings{"玉澜冷链（中国）有限公司|玉澜冷链（中国）有限公司", "玉澜冷链|玉澜冷链"}));
}

TEST_F(OrgCompanyNewsTest, AParentAndItsCompanyInAListAreBothFirms) {
  // 旗下 parts the parent from its company inside an item of the list.
  EXPECT_EQ(Orgs("东软、青禾旗下澜沐资本、启澜资本等机构参与跟投。"),
            (Strings{"东软|company", "青禾|company", "澜沐资本|company", "启澜资本|company"}));
}

TEST_F(OrgCompanyNewsTest, AShortKnownNameGluedToAFunctionCharacter) {
  // The HMM makes one unknown word of 广汽 + 在.
  EXPECT_EQ(Orgs("去年广汽在海外新建了两座工厂。"), Strings{"广汽|company"});
}

TEST_F(OrgCompanyNewsTest, AChineseBrandBeforeAForeignCarmakerIsTheirJointVenture) {
  EXPECT_EQ(Orgs("广汽本田下月投产新车型。"), Strings{"广汽本田|company"});
  // Two Chinese names back to back stay two.
  EXPECT_EQ(Orgs("华为腾讯都在招聘。"), (Strings{"华为|company", "腾讯|company"}));
}

TEST_F(OrgCompanyNewsTest, ADealBetweenTwoGroupsEndsTheFirstName) {
  // 重组 is tagged a noun by the dictionary: it is the clause's verb.
  EXPECT_EQ(Orgs("中国宝武重组青禾集团后产能大增。"), (Strings{"中国宝武|company", "青禾集团|company"}));
  EXPECT_EQ(Orgs("资产重组完成后，公司更名。"), Strings{});
}

TEST_F(OrgCompanyNewsTest, SteelmakersAndStateGroupsByTheirShortForms) {
  EXPECT_EQ(Named("鞍钢与本钢完成联合重组，中国航油也在整合。"),
            (Strings{"鞍钢|鞍钢集团有限公司", "本钢|本钢集团有限公司", "中国航油|中国航空油料集团有限公司"}));
}

TEST_F(OrgCompanyNewsTest, AKnownGroupIsCalledByItsBodyLater) {
  EXPECT_EQ(Named("国电集团位居榜单前列。国电随后发布了年报。"),
            (Strings{"国电集团|国电集团", "国电|国电集团"}));
}

TEST_F(OrgCompanyNewsTest, ASubsidiaryNamedBySeatAndBrandAfterTheWordForIt) {
  // A notice's subsidiary without a head; its sister in another province shares the brand.
  EXPECT_EQ(Orgs("本公司之附属公司江州澜桦与买方订立协议，江州澜桦同意出售湖北澜桦之股权。"),
            (Strings{"江州澜桦|company", "江州澜桦|company", "湖北澜桦|company"}));
  EXPECT_EQ(Orgs("该子公司上海分部负责销售。"), Strings{});
}

TEST_F(OrgCompanyNewsTest, AFieldOfTechnologyAloneNamesNoPark) {
  // The dictionary files 光伏 as an abbreviation; it is a plain noun in a body.
  EXPECT_EQ(Orgs("项目一期主要建设光伏产业园。"), Strings{});
  EXPECT_EQ(Orgs("青禾光伏研究院今天揭牌。"), Strings{"青禾光伏研究院|research"});
}

TEST_F(OrgCompanyNewsTest, ABareLevelBeforeABanksShortFormIsItsBranch) {
  EXPECT_EQ(Orgs("省中行与该市签署合作协议，市工行也加大了投放。"), (Strings{"省中行|company", "市工行|company"}));
}

TEST_F(OrgCompanyNewsTest, AKnownCompanyAfterTheCommaIsNoGood) {
  // 格力 is tagged a plain noun: it does not make 启澜资本 one of a list of goods.
  EXPECT_EQ(Orgs("该公司由启澜资本、格力共同出资设立。"), (Strings{"启澜资本|company", "格力|company"}));
}

TEST_F(OrgCompanyNewsTest, ARegisteredNameOpeningWithAVerbAfterItsProvince) {
  EXPECT_EQ(Orgs("甲方与四川顺应动力电池材料有限公司签订了协议。"), Strings{"四川顺应动力电池材料有限公司|company"});
  // A place opening the clause: the verb is the clause's.
  EXPECT_EQ(Orgs("杭州引进动力电池材料有限公司。"), Strings{});
}

TEST_F(OrgCompanyNewsTest, ALineOfBusinessBeforeThePlaceInParentheses) {
  EXPECT_EQ(Orgs("一道新能源科技（衢州）有限公司与该区签约。"), Strings{"一道新能源科技（衢州）有限公司|company"});
  EXPECT_EQ(Orgs("该市新能源科技（衢州）有限公司签约。"), Strings{});
}

TEST_F(OrgCompanyNewsTest, AFirmNamedBeforeTheStakeHeldInIt) {
  // No proper word, but a line of business before the percentage and 股权; later mentions follow.
  EXPECT_EQ(Orgs("该公司将直接持有上澜生物医药100%的股权。上澜生物医药将成为其附属公司。"),
            (Strings{"上澜生物医药|company", "上澜生物医药|company"}));
  EXPECT_EQ(Orgs("该公司持有标的公司51%的股权，收购目标资产51%股权。"), Strings{});
}

TEST_F(OrgCompanyNewsTest, AHongKongCodeAfterALineOfBusiness) {
  EXPECT_EQ(Orgs("东澜生物制药(01234.HK)近日宣布收购。"), Strings{"东澜生物制药|company"});
}

TEST_F(OrgCompanyNewsTest, ACourierByItsBrand) {
  // The dictionary tags 快递 a verb.
  EXPECT_EQ(Orgs("该园区是中澜快递集团的区域总部。"), Strings{"中澜快递集团|company"});
  EXPECT_EQ(Orgs("同城快递发展迅速，国际快递业务增长。"), Strings{});
}

TEST_F(OrgCompanyNewsTest, ACoinedWordOpeningWithANumeralBetweenSeatAndHeadIsAName) {
  // 百 opens counts (百家, 百强), yet a word between a firm's seat and 集团 is its name.
  EXPECT_EQ(Orgs("考察团走访了江州百祥集团。"), Strings{"江州百祥集团|company"});
  EXPECT_EQ(Orgs("德国三大银行联合发布报告。"), Strings{});
}

TEST_F(OrgCompanyNewsTest, ACoinedWordEndingInYiBetweenSeatAndLegalFormIsAName) {
  // 一 usually marks two words run together (一市), but not inside a registered name.
  EXPECT_EQ(Orgs("江州泰一高新技术发展有限公司董事长出席。"), Strings{"江州泰一高新技术发展有限公司|company"});
}

TEST_F(OrgCompanyNewsTest, AForeignBrandsLastSyllableBeforeItsSeatInParentheses) {
  // The dictionary cuts the brand into a place and a verb (美利 + 肯); the seat in parentheses follows.
  EXPECT_EQ(Orgs("代表团考察了美利肯(上海)有限公司。"), Strings{"美利肯(上海)有限公司|company"});
}

TEST_F(OrgCompanyNewsTest, ALessorsTradeIsPartOfItsName) {
  EXPECT_EQ(Orgs("江州金融租赁有限公司与银行签约。"), Strings{"江州金融租赁有限公司|company"});
  EXPECT_EQ(Orgs("该公司租赁厂房后开工。"), Strings{});
}

TEST_F(OrgCompanyNewsTest, AnInvestmentCompanyByItsPlaceAndTrade) {
  // 城投, 建投, 交投: a place's or a group's investment company.
  EXPECT_EQ(Orgs("皖南建投、江州城投的负责人参加了座谈。"), (Strings{"皖南建投|company", "江州城投|company"}));
  EXPECT_EQ(Orgs("各地城投加快转型。"), Strings{});
}

TEST_F(OrgCompanyNewsTest, CoinedItemsTheHmmCutInAListOfFirms) {
  // A bound character cut out of a coined word (某科 + 芯 + 时代) marks the item as a name.
  EXPECT_EQ(Orgs("调研组深入赛诺康制药、中科芯海、布维思科技等项目现场。"),
            (Strings{"赛诺康制药|company", "中科芯海|company", "布维思科技|company"}));
}

TEST_F(OrgCompanyNewsTest, AShortFormGluedAfterANounIsNoNameOfItsOwn) {
  // The women's committees of the city's units (单位 + 妇委会): a kind of body, not one.
  EXPECT_EQ(Orgs("全市20个市直单位妇委会主任参加了培训。"), Strings{});
}

TEST_F(OrgCompanyNewsTest, TheClauseBeforeAListOfFirmsIsNoPartOfItsFirstItem) {
  EXPECT_EQ(Orgs("今年签约落地沃川储能、远驰科技等新能源项目。"), (Strings{"沃川储能|company", "远驰科技|company"}));
}

TEST_F(OrgCompanyNewsTest, AZonesNameGluedToANumberedSiteIsTheSite) {
  EXPECT_EQ(Orgs("考察团来到中关村壹号参观。"), Strings{});
  EXPECT_EQ(Orgs("考察团来到中关村参观。"), Strings{"中关村|zone"});
}

TEST_F(OrgCompanyNewsTest, AKnownCompanyWithItsLicensedBusinessGluedAfterIt) {
  EXPECT_EQ(Orgs("国泰君安证券研报认为行业景气回升。"), Strings{"国泰君安证券|company"});
  // A noun after the business word makes it the company's line, not a second name.
  EXPECT_EQ(Orgs("国泰君安证券业务收入增长。"), Strings{"国泰君安|company"});
}

TEST_F(OrgCompanyNewsTest, AListedShortNameBeforeItsPeopleOrItsSubsidiary) {
  EXPECT_EQ(Orgs("国元证券相关负责人出席签约仪式。"), Strings{"国元证券|company"});
  EXPECT_EQ(Orgs("项目由恒立液压全资子公司负责建设。"), Strings{"恒立液压|company"});
  // 相关 before a plain noun is the clause's (相关 + 企业).
  EXPECT_EQ(Orgs("相关企业负责人出席。"), Strings{});
}

}  // namespace
}  // namespace zhcorpus
