// The organisation walker (src/entity/org_walk.cc): from a head back over
// the tokens to the start of the name, on documents segmented by hand.
#include <gtest/gtest.h>

#include "org_walker_fixture.h"

namespace zhcorpus {
namespace {

using testing::AddRegion;
using testing::HandDoc;
using testing::WalkHead;

TEST(OrgWalk, AProperNameBeforeAStrongHead) {
  HandDoc h({{"青禾", "nz"}, {"大学", "n"}, {"举办", "v"}, {"校庆", "n"}, {"。", "x"}});
  auto w = WalkHead(h, "大学");
  EXPECT_TRUE(w.made);
  EXPECT_EQ(w.Lines(), (std::vector<std::string>{"青禾大学|青禾大学|university|null"}));
}

TEST(OrgWalk, TheNameStopsAtAVerbOrPunctuation) {
  HandDoc h({{"我们", "r"}, {"参观", "v"}, {"了", "ul"}, {"青禾", "nz"}, {"研究院", "n"}, {"。", "x"}});
  auto w = WalkHead(h, "研究院");
  ASSERT_TRUE(w.made);
  EXPECT_EQ(w.orgs[0].text, "青禾研究院");
  EXPECT_EQ(w.orgs[0].norm.GetString("kind"), "research");
}

TEST(OrgWalk, AHeadAloneOrAfterAFunctionWordNamesNothing) {
  HandDoc alone({{"大学", "n"}, {"生活", "n"}});
  EXPECT_FALSE(WalkHead(alone, "大学").made);
  HandDoc generic({{"这", "r"}, {"所", "q"}, {"大学", "n"}});
  EXPECT_FALSE(WalkHead(generic, "大学").made);
}

TEST(OrgWalk, IsPlaceReadsRegionsAndPlaceTags) {
  HandDoc h({{"青山县", "ns"}, {"江边", "s"}, {"东湖", "ns"}});
  AddRegion(h, "青山县", "county");
  std::vector<org::Candidate> cands;
  org::Walker walker(h.doc, h.entities, &cands);
  EXPECT_TRUE(walker.IsPlace(0));
  EXPECT_FALSE(walker.IsPlace(1));
  EXPECT_TRUE(walker.IsPlace(2));  // a jieba ns word
}

TEST(OrgWalk, ACandidateAddedByHandBecomesAnEntity) {
  HandDoc h({{"青禾", "nz"}, {"集团", "n"}});
  std::vector<org::Candidate> cands;
  org::Walker walker(h.doc, h.entities, &cands);
  org::Candidate c;
  c.start = 0;
  c.end = 4;
  c.kind = "company";
  c.body_end = c.head_end = 2;
  walker.Add(c);
  ASSERT_EQ(cands.size(), 1u);
  Entity e = walker.ToEntity(cands[0]);
  EXPECT_EQ(e.type, "org");
  EXPECT_EQ(h.TextOf(e), "青禾集团");
  EXPECT_EQ(e.norm.GetString("name"), "青禾集团");
  EXPECT_EQ(e.norm.GetString("kind"), "company");
}

}  // namespace
}  // namespace zhcorpus
