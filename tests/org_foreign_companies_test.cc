// Foreign companies and other names that unseen economy and sci-tech news writes
// without a head the grammar knows (issue 11, fifth session): multinationals the
// segmenter cuts apart, industry words of heavy industry and trading houses, the
// Japanese legal form, regional Federal Reserve banks, airlines, fund companies
// and outlets by their short names. Sentences written for these tests.
#include <gtest/gtest.h>

#include "org_test_fixture.h"

namespace zhcorpus {
namespace {

class OrgForeignCompaniesTest : public testing::OrgTaggerTest {};

using Strings = std::vector<std::string>;

TEST_F(OrgForeignCompaniesTest, MultinationalsAreKnownByTheirChineseNames) {
  EXPECT_EQ(Orgs("新工厂由西门子供货，诺基亚负责网络。"),
            (Strings{"西门子|company", "诺基亚|company"}));
  EXPECT_EQ(Orgs("其母公司软银集团昨日公布了季报。"), Strings{"软银集团|company"});
}

TEST_F(OrgForeignCompaniesTest, AVillageEndingLikeABrandIsNoCompany) {
  // 某野村: a village's name, not the Japanese broker's short name.
  EXPECT_EQ(Orgs("工厂位于山梨县忍野村。"), Strings{});
}

TEST_F(OrgForeignCompaniesTest, AForeignBrandBeforeHeavyIndustryOrMiningIsACompany) {
  EXPECT_EQ(Orgs("1985年，川崎重工造出了第一台样机。"), Strings{"川崎重工|company"});
  EXPECT_EQ(Orgs("力拓矿业的矿井停产了。"), Strings{"力拓矿业|company"});
  EXPECT_EQ(Orgs("订单来自三菱商事。"), Strings{"三菱商事|company"});
}

TEST_F(OrgForeignCompaniesTest, HeavyIndustryAsAFieldIsNoName) {
  EXPECT_EQ(Orgs("当地发展重工，矿业也在复苏。"), Strings{});
}

TEST_F(OrgForeignCompaniesTest, TheJapaneseLegalFormIsAHead) {
  EXPECT_EQ(Orgs("该部门隶属于三菱株式会社。"), Strings{"三菱株式会社|company"});
}

TEST_F(OrgForeignCompaniesTest, ARegionalFederalReserveBankIsNamedByItsCity) {
  EXPECT_EQ(Orgs("纽约联储主席周二将发表讲话。"), Strings{"纽约联储|government"});
  EXPECT_EQ(Orgs("克利夫兰联储主席也将出席。"), Strings{"克利夫兰联储|government"});
}

TEST_F(OrgForeignCompaniesTest, TheTailOfACutTransliterationOpensNoName) {
  // The segmenter cuts a city's name as 某某蒙 + 德: 德 is not Germany here.
  EXPECT_EQ(Orgs("里奇蒙德联储主席也将出席。"), Strings{});
}

TEST_F(OrgForeignCompaniesTest, AirlinesByTheirShortNames) {
  EXPECT_EQ(Named("国航和东航均增开了航班。"),
            (Strings{"国航|中国国际航空", "东航|中国东方航空"}));
}

TEST_F(OrgForeignCompaniesTest, FundCompaniesWhoseBrandIsAnEverydayWord) {
  EXPECT_EQ(Orgs("南方基金和大成基金均表示看好消费板块。"),
            (Strings{"南方基金|company", "大成基金|company"}));
  EXPECT_EQ(Named("鹏华认为，债市仍有机会。"), Strings{"鹏华|鹏华基金"});
}

TEST_F(OrgForeignCompaniesTest, OutletsByTheirNames) {
  EXPECT_EQ(Orgs("据量子位报道，华尔街见闻也转载了该消息。"),
            (Strings{"量子位|media", "华尔街见闻|media"}));
}

TEST_F(OrgForeignCompaniesTest, AnInterpunctJoinsATransliteratedName) {
  EXPECT_EQ(Orgs("他是霍华德·休斯医学研究所的研究员。"), Strings{"霍华德·休斯医学研究所|research"});
}

TEST_F(OrgForeignCompaniesTest, MultilateralBanksAreNoCompanies) {
  EXPECT_EQ(Orgs("非洲开发银行与亚洲开发银行签署了协议。"),
            (Strings{"非洲开发银行|other", "亚洲开发银行|other"}));
  EXPECT_EQ(Orgs("欧盟委员会对此表示欢迎。"), Strings{"欧盟委员会|government"});
}

TEST_F(OrgForeignCompaniesTest, AKnownCompanyKeepsItsIndustryWordBeforeAPlace) {
  // 某某证券 + 亚洲首席经济学家: the place after it begins the title.
  EXPECT_EQ(Orgs("瑞穗证券亚洲首席经济学家表示，日元将走弱。"), Strings{"瑞穗证券|company"});
  // A brand unknown before a place stays out (the guard of brands without a known name).
  EXPECT_EQ(Orgs("青禾证券亚洲业务扩张。"), Strings{});
}

TEST_F(OrgForeignCompaniesTest, AThinkTankByItsBrand) {
  EXPECT_EQ(Orgs("根据亿欧智库发布的报告，风控企业已超五百家。"), Strings{"亿欧智库|research"});
  EXPECT_EQ(Orgs("要加强高端智库建设，新型智库也在增加。"), Strings{});
}

TEST_F(OrgForeignCompaniesTest, AKnownCompanysChinaArmAndWebsite) {
  EXPECT_EQ(Orgs("亚马逊中国方面对此回应称，新服务下月推出。"), Strings{"亚马逊中国|company"});
  EXPECT_EQ(Orgs("谷歌中国的员工也参加了。"), Strings{"谷歌中国|company"});
  EXPECT_EQ(Orgs("消息由知乎网发布。"), Strings{"知乎网|company"});
  // Before a noun the company stays alone (its China business, its website).
  EXPECT_EQ(Orgs("亚马逊中国区业务调整，知乎网站改版。"), (Strings{"亚马逊|company", "知乎|company"}));
}

TEST_F(OrgForeignCompaniesTest, IndustryAssociationsByTheirShortForms) {
  EXPECT_EQ(Named("记者获悉，中证协起草了规范，中汽协也发布了数据。"),
            (Strings{"中证协|中国证券业协会", "中汽协|中国汽车工业协会"}));
}

TEST_F(OrgForeignCompaniesTest, ChipmakersByTheirTaiwanNames) {
  // Taiwan writes NVIDIA 輝達 and ASML 艾司摩爾: the same companies as 英伟达 and 阿斯麦.
  EXPECT_EQ(Named("該公司攜手輝達建置超級電腦。"), Strings{"輝達|英伟达"});
  EXPECT_EQ(Orgs("艾司摩爾今天公布財報，旺宏營收同步成長。"), (Strings{"艾司摩爾|company", "旺宏|company"}));
}

TEST_F(OrgForeignCompaniesTest, FacilitiesNamedByNewTermsOfTheDigitalEconomyAreKinds) {
  // 算力, 智算, 数智: words the dictionary lacks, not proper names.
  EXPECT_EQ(Orgs("园区将建设超级算力中心和智算中心。"), Strings{});
  EXPECT_EQ(Orgs("郑州超算中心投入运行。"), Strings{"郑州超算中心|other"});
  // So are the energy words the dictionary lacks (低碳 + 工厂 is a kind of plant, 蓄能 + 公司 a kind of firm).
  EXPECT_EQ(Orgs("新增省级绿色低碳工厂100家，抽水蓄能公司加快建设。"), Strings{});
  // The targets of the carbon policies, quoted or not, are kinds of parks (零碳 + 园区), not names.
  EXPECT_EQ(Orgs("坚持“智慧工厂”“零碳园区”建设理念，再建两个低碳园区。"), Strings{});
  EXPECT_EQ(Orgs("上海低碳技术研究院今天成立。"), Strings{"上海低碳技术研究院|research"});
}

}  // namespace
}  // namespace zhcorpus
