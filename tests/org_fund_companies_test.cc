// Fund management companies by their short names, and descriptions that end in a
// company head yet name nothing (issue 11, unseen economy news).
// Sentences written for these tests.
#include <gtest/gtest.h>

#include "org_test_fixture.h"

namespace zhcorpus {
namespace {

class OrgFundCompaniesTest : public testing::OrgTaggerTest {};

using Strings = std::vector<std::string>;

TEST_F(OrgFundCompaniesTest, BrandPlusFundIsAFundCompany) {
  EXPECT_EQ(Orgs("去年，华夏基金目前管理的年金规模排名第一。"), Strings{"华夏基金|company"});
  EXPECT_EQ(Orgs("明德基金拿到了业务批文。"), Strings{"明德基金|company"});
}

TEST_F(OrgFundCompaniesTest, KindsOfFundsAreNoCompanies) {
  EXPECT_EQ(Orgs("产业基金与引导基金也在扩容，社保基金持仓不变。"), Strings{});
  EXPECT_EQ(Orgs("慈善基金、养老基金和医保基金均纳入审计，公募基金与创投基金也在其列。"), Strings{});
  EXPECT_EQ(Orgs("国家自然科学基金资助了该项目，母基金规模扩大。"), Strings{});
}

TEST_F(OrgFundCompaniesTest, ANameAfterFromItKeepsItsFirstCharacter) {
  // 从中 is one dictionary word; the 中 opens the name.
  EXPECT_EQ(Orgs("记者从中岳基金管理公司获悉，新产品下周发行。"), Strings{"中岳基金管理公司|company"});
  EXPECT_EQ(Orgs("记者从中了解到，项目进展顺利。"), Strings{});
}

TEST_F(OrgFundCompaniesTest, DescriptionsEndingInACompanyHeadAreNoNames) {
  EXPECT_EQ(Orgs("该集团为旗下控股公司提供担保，母公司也为其房地产公司融资。"), Strings{});
  EXPECT_EQ(Orgs("其外方股东也派出了团队，母公司为其房地产公司融资。"), Strings{});
}

TEST_F(OrgFundCompaniesTest, ABankOfficeBeforeItsCorporateDepartmentEndsTheName) {
  // 公司业务部 is the bank's corporate-banking department; 公司 is no head there.
  EXPECT_EQ(Orgs("青禾银行总行公司业务部人士表示，风险可控。"), Strings{"青禾银行总行|company"});
  EXPECT_EQ(Orgs("腾讯公司业务遍及全球。"), Strings{"腾讯公司|company"});
}

TEST_F(OrgFundCompaniesTest, AProductNamedAfterItsCompanyIsNoCompany) {
  // 某某 + 医疗保健 + 基金: a theme glued before the last word, a fund product.
  EXPECT_EQ(Orgs("富国医疗保健基金在资产配置上偏重股票。"), Strings{});
  EXPECT_EQ(Orgs("华夏基金表示看好医药板块。"), Strings{"华夏基金|company"});
}

}  // namespace
}  // namespace zhcorpus
