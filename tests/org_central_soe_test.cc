// Central state-owned enterprises from the imported SASAC / Ministry of
// Finance lists (data/org_central_soes.tsv, issue 11): news writes their
// short forms; sentences written for these tests.
#include <gtest/gtest.h>

#include "org_test_fixture.h"

namespace zhcorpus {
namespace {

class OrgCentralSoeTest : public testing::OrgTaggerTest {};

using Strings = std::vector<std::string>;

TEST_F(OrgCentralSoeTest, ShortFormsTakeTheFullName) {
  EXPECT_EQ(Named("中国华能与某省签署协议，中国中化也参加了仪式。"),
            (Strings{"中国华能|中国华能集团有限公司", "中国中化|中国中化控股有限责任公司"}));
  EXPECT_EQ(Named("中国华电集团发布了年度报告。"), Strings{"中国华电集团|中国华电集团有限公司"});
}

TEST_F(OrgCentralSoeTest, ShortFormMadeOfEverydayWordsIsNoName) {
  // 中国 + 铝业 read as "China's aluminium industry" here.
  EXPECT_EQ(Named("中国铝业产能继续增长。"), Strings{});
}

}  // namespace
}  // namespace zhcorpus
