// Where a name's body begins and whether it is proper (src/entity/org_body.cc):
// a weak head (局, 中心) needs a place, a level or a proper name before it;
// a category (省级重点实验室) names no single organisation.
#include <gtest/gtest.h>

#include "org_walker_fixture.h"

namespace zhcorpus {
namespace {

using testing::AddRegion;
using testing::HandDoc;
using testing::WalkHead;

TEST(OrgBody, AWeakHeadWithItsPlace) {
  HandDoc h({{"青山县", "ns"}, {"农业", "n"}, {"农村", "n"}, {"局", "n"}, {"发布", "v"}, {"通知", "n"}});
  AddRegion(h, "青山县", "county");
  auto w = WalkHead(h, "局");
  ASSERT_TRUE(w.made);
  EXPECT_EQ(w.Lines(), (std::vector<std::string>{"青山县农业农村局|青山县农业农村局|government|青山县"}));
}

TEST(OrgBody, AWeakHeadWithoutPlaceOrNameIsNoName) {
  HandDoc h({{"我们", "r"}, {"去", "v"}, {"服务", "vn"}, {"中心", "n"}, {"办事", "v"}});
  EXPECT_FALSE(WalkHead(h, "中心").made);
}

TEST(OrgBody, AQualifiedCategoryIsNoName) {
  HandDoc h({{"建成", "v"}, {"省级", "b"}, {"重点", "n"}, {"实验室", "n"}, {"三家", "m"}});
  EXPECT_FALSE(WalkHead(h, "实验室").made);
}

TEST(OrgBody, AJobTitleEndsTheBody) {
  HandDoc h({{"书记", "n"}, {"青禾", "nz"}, {"研究院", "n"}});
  auto w = WalkHead(h, "研究院");
  ASSERT_TRUE(w.made);
  EXPECT_EQ(w.orgs[0].text, "青禾研究院");
}

TEST(OrgBody, GluedPrepositions) {
  EXPECT_TRUE(org::IsGluedPreposition(U'以'));
  EXPECT_FALSE(org::IsGluedPreposition(U'青'));
}

}  // namespace
}  // namespace zhcorpus
