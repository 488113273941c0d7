// Brands (src/entity/org_brand.cc): a company found by its full name is the
// same company when its brand comes alone later; a brand before an industry
// word is a company only where the noun phrase ends there.
#include <gtest/gtest.h>

#include "org_walker_fixture.h"

namespace zhcorpus {
namespace {

using testing::HandDoc;
using testing::WalkHead;

TEST(OrgBrand, ALaterBrandAloneIsTheSameCompany) {
  HandDoc h({{"青禾", "nz"}, {"集团", "n"}, {"今天", "t"}, {"上市", "v"}, {"。", "x"}, {"青禾", "nz"}, {"表示", "v"},
             {"将", "d"}, {"扩产", "v"}, {"。", "x"}});
  auto w = WalkHead(h, "集团", /*list=*/false, /*brands=*/true);
  ASSERT_EQ(w.orgs.size(), 2u);
  EXPECT_EQ(w.orgs[0].text, "青禾集团");
  EXPECT_EQ(w.orgs[1].text, "青禾");
  EXPECT_EQ(w.orgs[1].norm.GetString("name"), "青禾集团");
  EXPECT_EQ(w.orgs[1].norm.GetString("kind"), "company");
}

TEST(OrgBrand, ABrandTheHmmCutWithTheNextWordIsStillTheCompany) {
  // 德诺普 + 正带动 read 德诺 + 普正: the brand ends inside an unknown word.
  HandDoc h({{"德诺普", "x"}, {"电气", "n"}, {"有限公司", "n"}, {"成立", "v"}, {"。", "x"}, {"德诺", "x"}, {"普正", "x"},
             {"带动", "v"}, {"产业", "n"}, {"。", "x"}});
  auto w = WalkHead(h, "有限公司", /*list=*/false, /*brands=*/true);
  ASSERT_EQ(w.orgs.size(), 2u);
  EXPECT_EQ(w.orgs[1].text, "德诺普");
  // Inside a word the dictionary knows, it is no brand (德诺 + 普通: an ordinary word).
  HandDoc known({{"德诺普", "x"}, {"电气", "n"}, {"有限公司", "n"}, {"。", "x"}, {"德诺", "x"}, {"普通", "a"}, {"。", "x"}});
  EXPECT_EQ(WalkHead(known, "有限公司", /*list=*/false, /*brands=*/true).orgs.size(), 1u);
}

TEST(OrgBrand, NoFullNameNoBrand) {
  HandDoc h({{"青禾", "nz"}, {"表示", "v"}, {"。", "x"}});
  std::vector<org::Candidate> cands;
  org::Walker walker(h.doc, h.entities, &cands);
  walker.PropagateBrands();
  EXPECT_TRUE(cands.empty());
}

TEST(OrgBrand, ABareNameEndsWhereTheNounPhraseEnds) {
  HandDoc h({{"启明", "nz"}, {"科技", "n"}, {"发布", "v"}, {"公告", "n"}, {"，", "x"}, {"浙东", "ns"}, {"科技", "n"},
             {"创新", "vn"}, {"加快", "v"}});
  std::vector<org::Candidate> cands;
  org::Walker walker(h.doc, h.entities, &cands);
  EXPECT_TRUE(walker.EndsBareName(h.doc.tokens[1].end));   // 启明科技|发布
  EXPECT_FALSE(walker.EndsBareName(h.doc.tokens[6].end));  // 浙东科技|创新
  EXPECT_TRUE(walker.EndsBareName(h.doc.tokens[3].end));   // before punctuation
}

}  // namespace
}  // namespace zhcorpus
