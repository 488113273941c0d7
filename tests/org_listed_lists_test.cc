// Listed and state-owned companies named in lists and by the short names news uses
// (issue 11, unseen economy news). Sentences written for these tests.
#include <gtest/gtest.h>

#include "org_test_fixture.h"

namespace zhcorpus {
namespace {

class OrgListedListsTest : public testing::OrgTaggerTest {};

using Strings = std::vector<std::string>;

TEST_F(OrgListedListsTest, ListedNameOfEverydayWordsBesideACompany) {
  EXPECT_EQ(Orgs("周一，东方财富、国泰君安和中国银河均收涨。"),
            (Strings{"东方财富|company", "国泰君安|company", "中国银河|company"}));
  EXPECT_EQ(Orgs("华林证券（+3.2%）以及中国银河（-1.5%）表现较好。"),
            (Strings{"华林证券|company", "中国银河|company"}));
}

TEST_F(OrgListedListsTest, ListedNameOfEverydayWordsAloneOrAmongTopicsIsNoName) {
  EXPECT_EQ(Orgs("他在文章中谈到东方财富、人生理想等话题。"), Strings{});
  EXPECT_EQ(Orgs("中国银河的照片在网上流传。"), Strings{});
}

TEST_F(OrgListedListsTest, ShortNamesOfStateGroupsAndBanks) {
  EXPECT_EQ(Orgs("工行、建行相继下调存款利率。"), (Strings{"工行|company", "建行|company"}));
  EXPECT_EQ(Named("中行普惠金融部门对政策进行宣讲。"), Strings{"中行|中国银行"});
  // A Chinese body's alias after 各国 or 所有主要 names a kind; after a foreign country, that country's.
  EXPECT_EQ(Orgs("各国央行正在准备出台新政策，所有主要央行将被迫放松政策。"), Strings{});
  EXPECT_EQ(Named("预计英国央行将在11月降息。"), Strings{"英国央行|英国央行"});
  EXPECT_EQ(Orgs("国家能源集团与山能集团签署战略合作协议。"), (Strings{"国家能源集团|company", "山能集团|company"}));
  EXPECT_EQ(Orgs("加工行业的招工难问题突出。"), Strings{});
}

TEST_F(OrgListedListsTest, AListedNameBeforeItsOwnDisclosure) {
  // 航天工程 is a listed company's short name: before its announcement it is the company.
  EXPECT_EQ(Orgs("9月26日，航天工程发布关于收购子公司股权的公告。"), (Strings{"航天工程|company"}));
  EXPECT_EQ(Orgs("我国航天工程发布了一批新成果。"), Strings{});
}

TEST_F(OrgListedListsTest, AListedNameGluedToTheDengClosingAList) {
  // The HMM cuts 格林 + 美等: the name is read up to the 等.
  EXPECT_EQ(Orgs("在格林美等龙头企业带动下，多家名企落户园区。"), (Strings{"格林美|company"}));
}

}  // namespace
}  // namespace zhcorpus
