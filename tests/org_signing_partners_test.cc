// The partners a found body signs with (某集团 + 与 + 甲、乙 + 签订…) are companies
// (src/entity/org_signing_partner.cc). Sentences written for these tests.
#include <gtest/gtest.h>

#include "org_test_fixture.h"

namespace zhcorpus {
namespace {

class OrgSigningPartnersTest : public testing::OrgTaggerTest {};

using Strings = std::vector<std::string>;

TEST_F(OrgSigningPartnersTest, BrandsAFoundBodySignsWithAreCompanies) {
  EXPECT_EQ(Orgs("江州集团与华域皮尔博格、百宏达签订供需合同。"),
            (Strings{"江州集团|company", "华域皮尔博格|company", "百宏达|company"}));
  // 同 glued to the first name by the segmenter stays out of it.
  EXPECT_EQ(Orgs("江州集团同澜拓、禾信签订了供货合同。"),
            (Strings{"江州集团|company", "澜拓|company", "禾信|company"}));
}

TEST_F(OrgSigningPartnersTest, SidesPeoplePlacesAndPlainNounsAreNoFirms) {
  EXPECT_EQ(Orgs("江州集团与德方签订合作协议。"), Strings{"江州集团|company"});
  EXPECT_EQ(Orgs("江州集团与张伟签订合同。"), Strings{"江州集团|company"});
  EXPECT_EQ(Orgs("江州集团与投资人签约，又与供应商签订长期合同。"), Strings{"江州集团|company"});
  // A party named by its role in the deal, even with the next word glued to it.
  EXPECT_EQ(Orgs("县人民政府与投资方新签约项目15项。"), Strings{"县人民政府|government"});
  EXPECT_EQ(Orgs("江州集团与合作方签订协议。"), Strings{"江州集团|company"});
  // Without a verb of agreement the run may be anything.
  EXPECT_EQ(Orgs("江州集团与澜拓的差距在缩小。"), Strings{"江州集团|company"});
}

}  // namespace
}  // namespace zhcorpus
