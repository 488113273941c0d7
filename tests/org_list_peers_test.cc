// Brands listed beside a company found already and closed by 等
// (src/entity/org_list_peers.cc). Sentences written for these tests.
#include <gtest/gtest.h>

#include "org_test_fixture.h"

namespace zhcorpus {
namespace {

class OrgListPeersTest : public testing::OrgTaggerTest {};

using Strings = std::vector<std::string>;

TEST_F(OrgListPeersTest, BrandsListedBesideAFoundCompanyAreCompanies) {
  EXPECT_EQ(Orgs("随着青禾制药、明翳医疗、三叶草生物制药等项目的涌入。"),
            (Strings{"青禾制药|company", "明翳医疗|company", "三叶草生物制药|company"}));
  EXPECT_EQ(Orgs("中电国际、青岛特来电新能源、时尚集团等10个项目集中签约。"),
            (Strings{"中电国际|company", "青岛特来电新能源|company", "时尚集团|company"}));
  // A verb of the clause before the list stays out.
  EXPECT_EQ(Orgs("他签约明翳医疗、青禾制药等企业。"), (Strings{"明翳医疗|company", "青禾制药|company"}));
}

TEST_F(OrgListPeersTest, PlacesPlainNounsAndOpenListsAreNoCompanies) {
  EXPECT_EQ(Orgs("钢铁、汽车、华为集团等行业龙头参加。"), Strings{"华为集团|company"});
  EXPECT_EQ(Orgs("北京、上海、青禾集团等地参展。"), Strings{"青禾集团|company"});
  // Without 等 the list may be of anything.
  EXPECT_EQ(Orgs("明翳医疗、青禾集团参加了展会。"), Strings{"青禾集团|company"});
}

}  // namespace
}  // namespace zhcorpus
