// Lists of names sharing one head written once (src/entity/org_list.cc):
// 甲纺织、乙新材料等省级高新区 names two zones, each with the head restored.
#include <gtest/gtest.h>

#include "org_walker_fixture.h"

namespace zhcorpus {
namespace {

using testing::AddRegion;
using testing::HandDoc;
using testing::WalkHead;

HandDoc List(bool with_deng) {
  HandDoc h = with_deng ? HandDoc({{"支持", "v"}, {"柳溪", "ns"}, {"纺织", "n"}, {"、", "x"}, {"桐湾", "ns"}, {"新材料", "n"},
                                   {"等", "u"}, {"省级", "b"}, {"高新区", "n"}, {"发展", "v"}})
                        : HandDoc({{"支持", "v"}, {"柳溪", "ns"}, {"纺织", "n"}, {"、", "x"}, {"桐湾", "ns"},
                                   {"新材料", "n"}, {"省级", "b"}, {"高新区", "n"}, {"发展", "v"}});
  AddRegion(h, "柳溪", "county");
  AddRegion(h, "桐湾", "county");
  return h;
}

TEST(OrgList, EachItemGetsTheSharedHead) {
  auto w = WalkHead(List(true), "高新区", /*list=*/true);
  ASSERT_TRUE(w.made);
  ASSERT_EQ(w.orgs.size(), 2u);
  std::vector<std::string> names;
  for (const Entity& e : w.orgs) names.push_back(e.text + "|" + std::string(e.norm.GetString("name")));
  std::sort(names.begin(), names.end());
  EXPECT_EQ(names, (std::vector<std::string>{"柳溪纺织|柳溪纺织高新区", "桐湾新材料|桐湾新材料高新区"}));
  EXPECT_EQ(w.orgs[0].norm.GetString("kind"), "zone");
}

TEST(OrgList, WithoutDengThereIsNoList) {
  auto w = WalkHead(List(false), "高新区", /*list=*/true);
  for (const Entity& e : w.orgs) EXPECT_NE(e.text, "柳溪纺织");
}

TEST(OrgList, OneItemIsNoList) {
  HandDoc h({{"柳溪", "ns"}, {"纺织", "n"}, {"等", "u"}, {"省级", "b"}, {"高新区", "n"}});
  AddRegion(h, "柳溪", "county");
  std::vector<org::Candidate> cands;
  org::Walker walker(h.doc, h.entities, &cands);
  EXPECT_FALSE(walker.TryElidedList(h.doc.tokens[4].start, h.doc.tokens[4].end, *org::FindHead(U"高新区")));
}

}  // namespace
}  // namespace zhcorpus
