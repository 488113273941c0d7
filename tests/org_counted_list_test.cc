// Names listed and then counted as firms (issue 11, unseen news): each item
// is a company whatever words it is made of; places and categories are not.
// Sentences written for these tests.
#include <gtest/gtest.h>

#include "org_test_fixture.h"

namespace zhcorpus {
namespace {

class OrgCountedListTest : public testing::OrgTaggerTest {};

using Strings = std::vector<std::string>;

TEST_F(OrgCountedListTest, ItemsCountedAsFirmsAreCompanies) {
  EXPECT_EQ(Orgs("其中，甲电、小电、怪兽、来电4家头部企业的份额最高。"),
            (Strings{"甲电|company", "小电|company", "怪兽|company", "来电|company"}));
  EXPECT_EQ(Orgs("据统计，青禾、明远和星河三家公司的营收合计超百亿元。"),
            (Strings{"青禾|company", "明远|company", "星河|company"}));
}

TEST_F(OrgCountedListTest, PlacesCountedAsFirmsAreNoNames) {
  EXPECT_EQ(Orgs("北京、上海两家企业中标。"), Strings{});
}

TEST_F(OrgCountedListTest, CategoriesWithoutAProperWordAreNoNames) {
  EXPECT_EQ(Orgs("钢铁、汽车等5家企业参加了座谈。"), Strings{});
  EXPECT_EQ(Orgs("我们走访了技术、管理两家公司。"), Strings{});
}

TEST_F(OrgCountedListTest, WithoutACountOfFirmsAListIsNotNamed) {
  EXPECT_EQ(Orgs("甲电、小电都在涨价。"), Strings{});
}

}  // namespace
}  // namespace zhcorpus
