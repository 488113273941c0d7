// The organisation search over one document (src/entity/org_finder.cc) with
// a known-name lexicon built in the test and documents segmented by hand:
// known names and aliases, a listed brand only where it stands alone,
// names built from heads, outlets in datelines.
#include "entity/org_finder.h"

#include <gtest/gtest.h>

#include "hand_doc.h"

namespace zhcorpus::org {
namespace {

using testing::HandDoc;

Lexicon MakeLexicon() {
  Lexicon lex;
  lex.known[U"青禾集团"] = {"青禾集团有限公司", "company", "", false, false};
  lex.known[U"江城大学"] = {"江城大学", "university", "江城市", true, false};
  lex.known[U"启明时代"] = {"启明时代科技股份有限公司", "company", "", true, true};
  for (const auto& [k, v] : lex.known) lex.max_len = std::max(lex.max_len, k.size());
  lex.Index();
  return lex;
}

// "text|name|kind" of each organisation found.
std::vector<std::string> Find(const HandDoc& h) {
  static const Lexicon lex = MakeLexicon();
  std::vector<Entity> out;
  FindOrgs(lex, h.doc, h.entities, &out);
  std::vector<std::string> lines;
  for (const Entity& e : out)
    lines.push_back(h.TextOf(e) + "|" + std::string(e.norm.GetString("name")) + "|" + std::string(e.norm.GetString("kind")));
  return lines;
}

using V = std::vector<std::string>;

TEST(OrgFinder, KnownNamesAndAliasesGiveTheFullName) {
  HandDoc h({{"青禾集团", "nt"}, {"与", "c"}, {"江城", "ns"}, {"大学", "n"}, {"签约", "v"}, {"。", "x"}});
  EXPECT_EQ(Find(h), (V{"青禾集团|青禾集团有限公司|company", "江城大学|江城大学|university"}));
}

TEST(OrgFinder, AListedBrandCountsOnlyWhereItStandsAlone) {
  HandDoc alone({{"启明时代", "nz"}, {"发布", "v"}, {"公告", "n"}, {"。", "x"}});
  EXPECT_EQ(Find(alone), (V{"启明时代|启明时代科技股份有限公司|company"}));
  HandDoc inside({{"启明时代", "nz"}, {"广场", "n"}, {"开业", "v"}, {"。", "x"}});
  EXPECT_TRUE(Find(inside).empty());
}

TEST(OrgFinder, NamesBuiltFromHeads) {
  HandDoc h({{"柳溪", "nz"}, {"研究院", "n"}, {"成立", "v"}, {"。", "x"}});
  EXPECT_EQ(Find(h), (V{"柳溪研究院|柳溪研究院|research"}));
}

TEST(OrgFinder, OutletsOfDatelines) {
  HandDoc h({{"江城日报", "nt"}, {"讯", "ng"}, {"老桥", "n"}, {"通车", "v"}, {"。", "x"}});
  const V found = Find(h);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].substr(0, found[0].find('|')), "江城日报");
  EXPECT_NE(found[0].find("|media"), std::string::npos);
}

TEST(OrgFinder, NothingInPlainText) {
  HandDoc h({{"天气", "n"}, {"很", "d"}, {"好", "a"}, {"。", "x"}});
  EXPECT_TRUE(Find(h).empty());
}

}  // namespace
}  // namespace zhcorpus::org
