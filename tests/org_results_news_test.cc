// Company results and industry news of issue 11 (eleventh session): a listed short name before
// the results it reports, listed firms as a kind (某地 + 上市公司, 央企 + 控股 + 上市公司), a place
// written with its level before a line of business, a group's company in a province, a known
// group's short form + a coined sub-brand the HMM cut, bound morphemes in a registered name, a
// kind + a legal form alone, the writer's own district, a brand inside a quoted fund's name, a
// zone named by the nation after its short name, a place + a business word in a counted list, a
// verb inside a registered name, a legal form cut in two, the Hong Kong exchange's owner, insurers
// and petrochemical firms by their brand and line, 苏宁 by name but not as a reporter's name.
// Sentences written for these tests.
#include <gtest/gtest.h>

#include "org_test_fixture.h"

namespace zhcorpus {
namespace {

class OrgResultsNewsTest : public testing::OrgTaggerTest {};

using Strings = std::vector<std::string>;

TEST_F(OrgResultsNewsTest, AListedShortNameBeforeItsResultsIsTheCompany) {
  // A noun follows the short name, yet it is the company's own figure.
  EXPECT_EQ(Orgs("东方财富营收同比增长一成，券商板块走强。"), Strings{"东方财富|company"});
  EXPECT_EQ(Orgs("去年贵州茅台净利润再创新高。"), Strings{"贵州茅台|company"});
  EXPECT_EQ(Orgs("华友钴业年报显示，公司海外收入占比提升。"), Strings{"华友钴业|company"});
  // An everyday word alone before the figure is the goods, and a sector's figure has 产业 between.
  EXPECT_EQ(Orgs("今年农产品营收增长明显。"), Strings{});
  EXPECT_EQ(Orgs("浙江医药产业营收增长较快。"), Strings{});
}

TEST_F(OrgResultsNewsTest, ListedFirmsOfAPlaceOrABoardAreAKind) {
  EXPECT_EQ(Orgs("今年一季度，江西上市公司营收合计增长6%。"), Strings{});
  EXPECT_EQ(Orgs("利润主要来自科创板上市公司和新三板挂牌公司。"), Strings{});
  // The listing's association is still a body.
  EXPECT_EQ(Orgs("中国上市公司协会发布年度报告。"), Strings{"中国上市公司协会|association"});
}

TEST_F(OrgResultsNewsTest, FirmsAnOwnerKindHoldsAreAKind) {
  EXPECT_EQ(Orgs("央企控股上市公司实现营收较快增长，外资控股企业数量也在增加。"), Strings{});
  EXPECT_EQ(Orgs("青禾控股发布公告称拟回购股份。"), Strings{"青禾控股|company"});
}

TEST_F(OrgResultsNewsTest, APlaceWithItsLevelBeforeALineOfBusinessIsItsIndustry) {
  EXPECT_EQ(Orgs("项目将带动安平市新能源与储能产业落地。"), Strings{});
  EXPECT_EQ(Orgs("这将进一步促进青石镇新能源的持续发展。"), Strings{});
  // A brand before the same word is the firm; a city's telecom operator keeps its level.
  EXPECT_EQ(Orgs("禾润新能源拟在青石镇投资建设储能电站。"), Strings{"禾润新能源|company"});
  EXPECT_EQ(Orgs("杭州市电信表示将加快5G建设。"), Strings{"杭州市电信|company"});
}

TEST_F(OrgResultsNewsTest, AGroupsCompanyInAProvinceIsOneName) {
  EXPECT_EQ(Orgs("青禾集团江西省电力建设有限公司中标该项目。"), Strings{"青禾集团江西省电力建设有限公司|company"});
  // (The place may open a body found inside the name: 某省电力设计院.)
  EXPECT_EQ(Orgs("青禾集团江苏省电力设计院有限公司负责勘察设计。"), Strings{"青禾集团江苏省电力设计院有限公司|company"});
  // Separated by a conjunction they are two; a government after a group is one of its own.
  EXPECT_EQ(Orgs("青禾集团与江西省电力建设有限公司签约。"),
            (Strings{"青禾集团|company", "江西省电力建设有限公司|company"}));
  EXPECT_EQ(Orgs("青禾集团南昌市政府合作项目落地。"), (Strings{"青禾集团|company", "南昌市政府|government"}));
}

TEST_F(OrgResultsNewsTest, AKnownGroupsShortFormBeforeACoinedSubBrand) {
  // The HMM cuts 中国 + 能 + 建澜科 + 集团: the known short form opens the name.
  EXPECT_EQ(Orgs("中国能建澜科集团与县政府签约。"), (Strings{"中国能建澜科集团|company", "县政府|government"}));
  EXPECT_EQ(Orgs("中国能建和中国电建签约。"), (Strings{"中国能建|company", "中国电建|company"}));
}

TEST_F(OrgResultsNewsTest, BoundMorphemesAreATradeName) {
  // The HMM leaves 昕 + 昕 as two bound morphemes between the province and the line of business.
  EXPECT_EQ(Orgs("该项目由江苏昕昕实业有限公司投资建设。"), Strings{"江苏昕昕实业有限公司|company"});
}

TEST_F(OrgResultsNewsTest, AKindWithALegalFormAloneNamesNoCompany) {
  EXPECT_EQ(Orgs("由实业有限公司投资兴建。"), Strings{});
  EXPECT_EQ(Orgs("由彰化商业银行股份有限公司担任保管机构。"), Strings{});
  // A trade name before the kind makes the name.
  EXPECT_EQ(Orgs("由青禾商业银行股份有限公司担任保管机构。"), Strings{"青禾商业银行股份有限公司|company"});
}

TEST_F(OrgResultsNewsTest, TheWritersOwnDistrictIsNoPartOfAName) {
  EXPECT_EQ(Orgs("我区青禾精工股份有限公司入选名单。截至目前，我区共培育6家冠军企业。"),
            Strings{"青禾精工股份有限公司|company"});
}

TEST_F(OrgResultsNewsTest, AManagersBrandInsideAQuotedFundIsNoMention) {
  EXPECT_EQ(Orgs("青禾證券投資信託股份有限公司申報募集「青禾15年期以上電信業公司債ETF證券投資信託基金」，總面額新臺幣200億元。"),
            Strings{"青禾證券投資信託股份有限公司|company"});
  // Outside the quotes the brand is the company.
  EXPECT_EQ(Orgs("青禾證券投資信託股份有限公司表示，青禾將擴大海外布局。"),
            (Strings{"青禾證券投資信託股份有限公司|company", "青禾|company"}));
}

TEST_F(OrgResultsNewsTest, AZoneBeforeItsNationalNameIsOneZone) {
  EXPECT_EQ(Orgs("银行为张江国家自主创新示范区企业提供授信。"), Strings{"张江国家自主创新示范区|zone"});
  // A national body after a zone's committee is a body of its own.
  EXPECT_EQ(Orgs("张江管委会与国家发展改革委签约。"), (Strings{"张江管委会|government", "国家发展改革委|government"}));
}

TEST_F(OrgResultsNewsTest, APlaceAndABusinessWordInACountedListIsAFirm) {
  EXPECT_EQ(Orgs("该行与青禾集团、葛店建设等8家单位签约。"), (Strings{"青禾集团|company", "葛店建设|company"}));
  EXPECT_EQ(Orgs("北京、上海两家企业参加。"), Strings{});
}

TEST_F(OrgResultsNewsTest, ATwoCharacterVerbInsideARegisteredName) {
  EXPECT_EQ(Orgs("由湖北星河联合新能源有限公司承建。"), Strings{"湖北星河联合新能源有限公司|company"});
  // After a kind of body the verb is the clause's.
  EXPECT_EQ(Orgs("湖南企业支持青禾有限公司发展。"), Strings{"青禾有限公司|company"});
}

TEST_F(OrgResultsNewsTest, ALegalFormTheDictionaryCutInTwo) {
  EXPECT_EQ(Orgs("江西省倍特力新能源有限责任公司开工。"), Strings{"江西省倍特力新能源有限责任公司|company"});
}

TEST_F(OrgResultsNewsTest, TheHongKongExchangesOwnerByName) {
  EXPECT_EQ(Orgs("香港交易及结算所有限公司对本公告的内容概不负责。"), Strings{"香港交易及结算所有限公司|company"});
}

TEST_F(OrgResultsNewsTest, InsurersAndPetrochemicalFirmsByBrandAndLine) {
  EXPECT_EQ(Orgs("青禾人寿被金管会开罚60万元。"), (Strings{"青禾人寿|company", "金管会|government"}));
  EXPECT_EQ(Orgs("「青禾產險」同時吃下2張裁罰。"), Strings{"青禾產險|company"});
  EXPECT_EQ(Orgs("该公司隶属于青诚石化，产品远销海外。"), Strings{"青诚石化|company"});
  // A place's petrochemical industry is no firm.
  EXPECT_EQ(Orgs("惠安石化产业实现产值1013亿元。"), Strings{});
}

TEST_F(OrgResultsNewsTest, SuningByNameButNotAReportersName) {
  EXPECT_EQ(Orgs("榜单前三被苏宁、青禾集团占据。"), (Strings{"苏宁|company", "青禾集团|company"}));
  EXPECT_EQ(Orgs("本报北京1月21日讯记者苏宁报道：会议召开。"), Strings{});
}

}  // namespace
}  // namespace zhcorpus
