// norm.region of an organisation (src/entity/org_region.cc): the place
// written in its name; a bare level (市, 县) means the article's own place
// of that level; nothing when the text does not say.
#include <gtest/gtest.h>

#include "org_walker_fixture.h"

namespace zhcorpus {
namespace {

using testing::AddRegion;
using testing::HandDoc;
using testing::WalkHead;

TEST(OrgRegion, ThePlaceWrittenInTheName) {
  HandDoc h({{"江城市", "ns"}, {"青禾", "nz"}, {"大学", "n"}});
  AddRegion(h, "江城市", "city");
  auto w = WalkHead(h, "大学");
  ASSERT_EQ(w.orgs.size(), 1u);
  EXPECT_EQ(w.orgs[0].norm.GetString("region"), "江城市");
}

TEST(OrgRegion, ABareLevelIsTheArticlesPlaceOfThatLevel) {
  HandDoc h({{"江城市", "ns"}, {"出台", "v"}, {"新规", "n"}, {"。", "x"}, {"市", "n"}, {"科技局", "n"}, {"表示", "v"}});
  AddRegion(h, "江城市", "city");
  auto w = WalkHead(h, "科技局");
  ASSERT_TRUE(w.made);
  ASSERT_EQ(w.orgs.size(), 1u);
  EXPECT_EQ(w.orgs[0].text, "市科技局");
  EXPECT_EQ(w.orgs[0].norm.GetString("region"), "江城市");
}

TEST(OrgRegion, NoPlaceNoRegion) {
  HandDoc h({{"青禾", "nz"}, {"大学", "n"}});
  auto w = WalkHead(h, "大学");
  ASSERT_EQ(w.orgs.size(), 1u);
  EXPECT_TRUE(w.orgs[0].norm.Get("region").is_null());
}

}  // namespace
}  // namespace zhcorpus
