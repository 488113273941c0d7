// Public bodies of issue 11 seen on unseen sci-tech and government news (sixth
// session): key laboratories named by a long field, and their guards.
// Sentences written for these tests.
#include <gtest/gtest.h>

#include "org_test_fixture.h"

namespace zhcorpus {
namespace {

class OrgPublicBodiesTest : public testing::OrgTaggerTest {};

using Strings = std::vector<std::string>;

TEST_F(OrgPublicBodiesTest, KeyLabNamedByALongFieldWithVerbs) {
  EXPECT_EQ(Orgs("依托青禾农业大学建设的华中水稻种质资源发掘与利用国家重点实验室通过验收。"),
            (Strings{"青禾农业大学|university", "华中水稻种质资源发掘与利用国家重点实验室|research"}));
  EXPECT_EQ(Orgs("新型储能材料与器件全国重点实验室揭牌。"), Strings{"新型储能材料与器件全国重点实验室|research"});
}

TEST_F(OrgPublicBodiesTest, KeyLabBuiltByAProvinceAndAMinistryKeepsThePrefix) {
  EXPECT_EQ(Orgs("其中，省部共建高原草地生态国家重点实验室设在西宁。"),
            Strings{"省部共建高原草地生态国家重点实验室|research"});
}

TEST_F(OrgPublicBodiesTest, KeyLabCategoriesAreNoNames) {
  EXPECT_EQ(Orgs("全省现有国家重点实验室12个。"), Strings{});
  EXPECT_EQ(Orgs("科技部批准建设3家省部共建国家重点实验室。"), Strings{"科技部|government"});
  EXPECT_EQ(Orgs("企业国家重点实验室和学科国家重点实验室同步推进。"), Strings{});
  EXPECT_EQ(Orgs("以国家重点实验室为代表的创新基地快速发展。"), Strings{});
}

}  // namespace
}  // namespace zhcorpus
