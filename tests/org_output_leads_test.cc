// A firm named right before its plant's yearly output (某某部件 + 年产40万套…), as signing
// news lists projects by their company (src/entity/org_output_lead.cc). Sentences written
// for these tests.
#include <gtest/gtest.h>

#include "org_test_fixture.h"

namespace zhcorpus {
namespace {

class OrgOutputLeadsTest : public testing::OrgTaggerTest {};

using Strings = std::vector<std::string>;

TEST_F(OrgOutputLeadsTest, AFirmBeforeItsYearlyOutputIsACompany) {
  EXPECT_EQ(Orgs("既有澜川恒远年产500万只轴承、岚森部件年产20万套座椅骨架等一批项目。"),
            (Strings{"澜川恒远|company", "岚森部件|company"}));
  // A verb of the clause before the name stays out; 有 glued after an adverb is the clause's verb.
  EXPECT_EQ(Orgs("签约项目包括岚森部件年产20万套座椅骨架项目。"), Strings{"岚森部件|company"});
  EXPECT_EQ(Orgs("更有澜赛包装年产8亿只瓶盖生产线。"), Strings{"澜赛包装|company"});
}

TEST_F(OrgOutputLeadsTest, DemonstrativesGenericNounsAndPlacesAreNoFirms) {
  EXPECT_EQ(Orgs("该企业年产300万只皮带轮。"), Strings{});
  EXPECT_EQ(Orgs("全市年产粮食100万吨，一期工程年产20万吨。"), Strings{});
  EXPECT_EQ(Orgs("公司新建年产10万吨锂电池项目，这家工厂年产3000台。"), Strings{});
}

}  // namespace
}  // namespace zhcorpus
