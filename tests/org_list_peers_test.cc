// Brands listed beside a company found already and closed by 等
// (src/entity/org_list_peers.cc). Sentences written for these tests.
#include <gtest/gtest.h>

#include "org_test_fixture.h"

namespace zhcorpus {
namespace {

class OrgListPeersTest : public testing::OrgTaggerTest {};

using Strings = std::vector<std::string>;

TEST_F(OrgListPeersTest, BrandsListedBesideAFoundCompanyAreCompanies) {
  EXPECT_EQ(Orgs("随着青禾制药、鑫泓医疗、四叶草生物制药等企业陆续入驻。"),
            (Strings{"青禾制药|company", "鑫泓医疗|company", "四叶草生物制药|company"}));
  EXPECT_EQ(Orgs("华能国际、江州快来电新能源、丰彩集团等8个项目昨日签约。"),
            (Strings{"华能国际|company", "江州快来电新能源|company", "丰彩集团|company"}));
  // A company named later in the text, found first, does not hide the list.
  auto orgs = Orgs("华能国际、江州快来电新能源、丰彩集团等8个项目签约，江州青禾电力国际有限公司也在其中。");
  EXPECT_EQ(std::count(orgs.begin(), orgs.end(), "江州快来电新能源|company"), 1);
  // A verb of the clause before the list stays out.
  EXPECT_EQ(Orgs("他签约鑫泓医疗、青禾制药等企业。"), (Strings{"鑫泓医疗|company", "青禾制药|company"}));
}

TEST_F(OrgListPeersTest, PlacesPlainNounsAndOpenListsAreNoCompanies) {
  EXPECT_EQ(Orgs("钢铁、汽车、华为集团等行业龙头参加。"), Strings{"华为集团|company"});
  EXPECT_EQ(Orgs("北京、上海、青禾集团等地参展。"), Strings{"青禾集团|company"});
  // Without 等 the list may be of anything.
  EXPECT_EQ(Orgs("鑫泓医疗、青禾集团参加了展会。"), Strings{"青禾集团|company"});
}

// A brand met earlier in the text as part of a registered name anchors a list of its peers;
// a generic word carried from a name (环保 of 某地环保集团) anchors none.
TEST_F(OrgListPeersTest, ABrandMetEarlierAnchorsTheList) {
  EXPECT_EQ(Orgs("江州禾信精密机械有限公司是首批入驻企业，近年来园区涌现了禾信、澜拓、青蔓科技等一批优质项目。"),
            (Strings{"江州禾信精密机械有限公司|company", "禾信|company", "澜拓|company", "青蔓科技|company"}));
  const auto orgs = Orgs("金沙环保集团成立于2001年，研究团队联动能源、环保、给排水等多个方向。");
  EXPECT_EQ(std::count(orgs.begin(), orgs.end(), "给排水|company"), 0);
}

// 以…为代表 frames a list as 等 closes one; the verb-tagged first word after 以 is the name's.
TEST_F(OrgListPeersTest, AListFramedByYiWeiDaibiao) {
  EXPECT_EQ(Orgs("以参天澜拓、禾信集团、岚唯生物为代表的项目陆续投产。"),
            (Strings{"参天澜拓|company", "禾信集团|company", "岚唯生物|company"}));
  EXPECT_EQ(Orgs("以钢铁、汽车、禾信集团为代表的行业稳定增长。"), Strings{"禾信集团|company"});
}

}  // namespace
}  // namespace zhcorpus
