// A group's brand followed by a business of its own names a sister company once
// a company of that brand is in the article (src/entity/org_brand.cc,
// GroupMemberLast). Sentences written for these tests.
#include <algorithm>

#include <gtest/gtest.h>

#include "org_test_fixture.h"

namespace zhcorpus {
namespace {

class OrgGroupMembersTest : public testing::OrgTaggerTest {};

using Strings = std::vector<std::string>;

TEST_F(OrgGroupMembersTest, TheBrandBeforeABusinessIsASisterCompany) {
  EXPECT_EQ(Orgs("青禾证券股份有限公司发布公告。子公司青禾期货出资设立青禾国际金融。"),
            (Strings{"青禾证券股份有限公司|company", "青禾期货|company", "青禾国际金融|company"}));
}

TEST_F(OrgGroupMembersTest, TheBusinessWordMustEndTheNounPhrase) {
  // 青禾 + 科技 + 园 is a park, and the brand alone stays the group.
  auto orgs = Orgs("青禾集团有限公司营收增长。青禾科技园在扩张，青禾表示将继续投入。");
  EXPECT_EQ(std::count(orgs.begin(), orgs.end(), "青禾科技|company"), 0);
  EXPECT_EQ(std::count(orgs.begin(), orgs.end(), "青禾|company"), 1);
  // 投资 after a brand is a verb as often as a business (对某某投资的安全): no sister company.
  orgs = Orgs("青禾证券股份有限公司发布公告。市场对青禾投资的安全表示担忧。");
  EXPECT_EQ(std::count(orgs.begin(), orgs.end(), "青禾投资|company"), 0);
}

TEST_F(OrgGroupMembersTest, APlaceBeforeTheBrandNamesTheGroupsCompanyThere) {
  // 某地 + brand: the company there; with the lender's own place, the lender itself.
  EXPECT_EQ(Orgs("公司拟收购浙江沃澜材料科技有限公司60%股权，交易完成后浙江沃澜将成为控股子公司。"),
            (Strings{"浙江沃澜材料科技有限公司|company", "浙江沃澜|company"}));
  EXPECT_EQ(Orgs("山东沃澜化工股份有限公司增资子公司，关联方香港沃澜出资4亿元。"),
            (Strings{"山东沃澜化工股份有限公司|company", "香港沃澜|company"}));
}

TEST_F(OrgGroupMembersTest, AListedCompanysBrandNamesItsSisterCompanies) {
  // 某纬 of a listed 某纬锂能 (cut 某纬锂 + 能) before a business word: a sister company.
  EXPECT_EQ(Orgs("上半年，亿纬动力及其母公司亿纬锂能投入研发。"),
            (Strings{"亿纬动力|company", "亿纬锂能|company"}));
  // The business word running on into a noun is a product (动力 + 电池).
  auto orgs = Orgs("亿纬锂能发布公告，亿纬动力电池出货量增长。");
  EXPECT_EQ(std::count(orgs.begin(), orgs.end(), "亿纬动力|company"), 0);
}

TEST_F(OrgGroupMembersTest, InternationalAndEducationArmsOfAGroup) {
  // 某某国际 and 某某教育 after a company of the brand are its sister companies; 国际 before a noun is not.
  EXPECT_EQ(Orgs("沃澜集团有限公司旗下的沃澜国际、沃澜教育均已上市。"),
            (Strings{"沃澜集团有限公司|company", "沃澜国际|company", "沃澜教育|company"}));
  auto orgs = Orgs("沃澜集团有限公司发布公告。沃澜国际业务增长较快。");
  EXPECT_EQ(std::count(orgs.begin(), orgs.end(), "沃澜国际|company"), 0);
}

TEST_F(OrgGroupMembersTest, TheBrandWithABareCompanyHeadIsTheShortName) {
  EXPECT_EQ(Orgs("江州三轴精密机械有限公司投资2亿元。江州三轴公司将自建厂房。"),
            (Strings{"江州三轴精密机械有限公司|company", "江州三轴公司|company"}));
}

TEST_F(OrgGroupMembersTest, ABusinessWordBeforeAProjectNounIsNoSisterCompany) {
  EXPECT_EQ(Orgs("江州青禾电池有限公司将投资建设青禾新能源生产基地项目。"),
            (Strings{"江州青禾电池有限公司|company", "青禾|company"}));
}

// A brand and its line of business found later (岚奥生物) is the company as a whole where the
// article wrote it before a project, not its brand alone (岚奥).
TEST_F(OrgGroupMembersTest, ABrandWithItsBusinessLendsTheWholeName) {
  const auto orgs = Orgs("项目包括岚奥生物生产基地项目等。岚奥生物、新禾干细胞等机构也已入驻。");
  EXPECT_EQ(std::count(orgs.begin(), orgs.end(), "岚奥生物|company"), 2);
  EXPECT_EQ(std::count(orgs.begin(), orgs.end(), "岚奥|company"), 0);
}

}  // namespace
}  // namespace zhcorpus
