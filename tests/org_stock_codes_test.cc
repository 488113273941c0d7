// A name right before a stock code in parentheses is a listed company, and the
// same name later in the article is the company too (issue 11, unseen economy
// news, src/entity/org_stock_code.cc). Sentences written for these tests.
#include <gtest/gtest.h>

#include "org_test_fixture.h"

namespace zhcorpus {
namespace {

class OrgStockCodesTest : public testing::OrgTaggerTest {};

using Strings = std::vector<std::string>;

TEST_F(OrgStockCodesTest, ANameBeforeAStockCodeIsAListedCompany) {
  EXPECT_EQ(Orgs("他持有的沃盛(2388)股票大涨，沃盛与铂科(2408)同属一个集团。"),
            (Strings{"沃盛|company", "沃盛|company", "铂科|company"}));
  EXPECT_EQ(Orgs("澜岳控股（00788.HK）收涨2%。"), (Strings{"澜岳控股|company"}));
}

TEST_F(OrgStockCodesTest, AYearOrAGenericNounBeforeTheCodeIsNoName) {
  EXPECT_EQ(Orgs("《产业发展规划(2021)》正式发布。"), Strings{});
  EXPECT_EQ(Orgs("上市公司(3011)今日复牌。"), Strings{});
}

TEST_F(OrgStockCodesTest, CodeInAnArticleIsNoCompany) {
  EXPECT_EQ(Orgs("示例代码：\nprint(12345)\nprint('完成')\n运行结果如下。"), Strings{});
}

TEST_F(OrgStockCodesTest, TheExchangeMayFollowAComma) {
  EXPECT_EQ(Orgs("A股上市公司沃澜股份(002203,SZ)发布公告。"), (Strings{"沃澜股份|company"}));
}

// Taiwan's short names are often words the dictionary reads as a distinguishing word
// (袖珍) or a numeral (三维 of 三维航); before a code they are names all the same.
TEST_F(OrgStockCodesTest, DistinguishingAndNumeralWordsNameAListedCompany) {
  EXPECT_EQ(Orgs("航运类股中，袖珍(2630)、三维航(5612)均告涨停。"), (Strings{"袖珍|company", "三维航|company"}));
  // A verb right after a comma still opens no name.
  EXPECT_EQ(Orgs("他说，开发(2630)完成了。"), Strings{});
}

// A market's board before 公司 names the firms listed there (科创板公司), in either script.
TEST_F(OrgStockCodesTest, AMarketBoardBeforeACompanyHeadIsACategory) {
  EXPECT_EQ(Orgs("科创板公司今年营收普遍增长。"), Strings{});
  EXPECT_EQ(Orgs("本國上市公司(含創新板公司)共計千餘家，上櫃公司營收年增12%。"), Strings{});
}

}  // namespace
}  // namespace zhcorpus
