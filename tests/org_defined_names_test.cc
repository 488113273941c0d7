// Names an article defines or ranks inside themselves (issue 11, unseen
// news): a short form given in （以下简称“…”）, and 重点实验室 after a field.
// Sentences written for these tests.
#include <gtest/gtest.h>

#include "org_test_fixture.h"

namespace zhcorpus {
namespace {

class OrgDefinedNamesTest : public testing::OrgTaggerTest {};

using Strings = std::vector<std::string>;

TEST_F(OrgDefinedNamesTest, ShortFormDefinedInParenthesesIsTheCompanyLater) {
  EXPECT_EQ(Named("杭州青禾网络科技有限公司（以下简称“青禾网络”）成立于2015年。此后青禾网络迅速发展。"),
            (Strings{"杭州青禾网络科技有限公司|杭州青禾网络科技有限公司", "青禾网络|杭州青禾网络科技有限公司",
                     "青禾网络|杭州青禾网络科技有限公司"}));
  EXPECT_EQ(Orgs("浙江省青禾研究院（简称“青禾院”）揭牌，青禾院将开展研究。"),
            (Strings{"浙江省青禾研究院|research", "青禾院|research", "青禾院|research"}));
}

TEST_F(OrgDefinedNamesTest, QuotedWordWithoutADefinitionIsNoShortForm) {
  EXPECT_EQ(Orgs("青禾研究院提出“青禾院”这一说法。"), Strings{"青禾研究院|research"});
}

TEST_F(OrgDefinedNamesTest, KeyLabAfterAFieldIsANameAfterALevelACategory) {
  EXPECT_EQ(Orgs("浙江省智能制造重点实验室主任王明介绍。"), Strings{"浙江省智能制造重点实验室|research"});
  EXPECT_EQ(Orgs("青禾重点实验室发布成果。"), Strings{"青禾重点实验室|research"});
  EXPECT_EQ(Orgs("该校获批省重点实验室。"), Strings{});
  EXPECT_EQ(Orgs("全省新增3家重点实验室。"), Strings{});
}

TEST_F(OrgDefinedNamesTest, AnUnquotedShortFormUpToTheParenthesis) {
  EXPECT_EQ(Orgs("沃澜集团有限公司（以下简称沃澜集团）首次入榜，沃澜集团营收增长。"),
            (Strings{"沃澜集团有限公司|company", "沃澜集团|company", "沃澜集团|company"}));
}

TEST_F(OrgDefinedNamesTest, ABareShortFormAfterANameWithItsSeatInParentheses) {
  // 某某平台（某省）有限公司（某某平台）: the short form opens the name, past the seat in parentheses.
  EXPECT_EQ(Orgs("昨天，云帆服务平台（安徽）有限公司（云帆平台）成立。云帆平台将服务企业。"),
            (Strings{"云帆服务平台（安徽）有限公司|company", "云帆平台|company", "云帆平台|company"}));
}

}  // namespace
}  // namespace zhcorpus
