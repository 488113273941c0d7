// A company's registered name whose line of business is made of verbs
// (某市 + 某某 + 投资担保 + 有限公司), and the words around names that the
// segmenter tags as nouns (荣任, 曾任). Issue 11, fifth session. Sentences
// written for these tests.
#include <gtest/gtest.h>

#include "org_test_fixture.h"

namespace zhcorpus {
namespace {

class OrgLegalNamesTest : public testing::OrgTaggerTest {};

using Strings = std::vector<std::string>;

TEST_F(OrgLegalNamesTest, ARegisteredNameWithVerbsInItsLineOfBusiness) {
  EXPECT_EQ(Orgs("他曾任北京开元投资担保有限公司副总经理。"), Strings{"北京开元投资担保有限公司|company"});
  EXPECT_EQ(Orgs("对常州黑牡丹建设投资有限公司总经理给予处分。"), Strings{"常州黑牡丹建设投资有限公司|company"});
}

TEST_F(OrgLegalNamesTest, AClauseBeforeALegalFormIsNoName) {
  // No proper word between the place and the legal form: a clause about companies.
  EXPECT_EQ(Orgs("浙江全面推进有限公司改制，湖北省支持有限公司发展。"), Strings{});
  // The nearest place opens the name, not one earlier in the clause.
  EXPECT_EQ(Orgs("他在浙江工作时创办了杭州青禾有限公司。"), Strings{"杭州青禾有限公司|company"});
  // A name the grammar found keeps its start (a clause verb before it: 参观).
  EXPECT_EQ(Orgs("代表团在杭州参观青禾集团有限公司。"), Strings{"青禾集团有限公司|company"});
}

TEST_F(OrgLegalNamesTest, AppointmentVerbsTaggedAsNounsEndTheName) {
  EXPECT_EQ(Orgs("他荣任中国青禾协会专业委员会委员。"), Strings{"中国青禾协会专业委员会|association"});
}

TEST_F(OrgLegalNamesTest, ACreditBureauByItsBrand) {
  EXPECT_EQ(Orgs("随后天翼征信也被纳入调查。"), Strings{"天翼征信|company"});
  EXPECT_EQ(Orgs("个人征信报告可以在网上查询。"), Strings{});
}

TEST_F(OrgLegalNamesTest, AListedCarmakerNamedByAPlace) {
  // 长安 is also a place; a listed short name ending in 汽车 is the carmaker.
  EXPECT_EQ(Orgs("学生将在长安汽车实习半年。"), Strings{"长安汽车|company"});
  EXPECT_EQ(Orgs("上海汽车市场回暖。"), Strings{});
}

TEST_F(OrgLegalNamesTest, ARegisteredNameOfEverydayNounsAfterAPartysPreposition) {
  EXPECT_EQ(Orgs("与远景能源有限公司签订的项目投资20亿元。"), Strings{"远景能源有限公司|company"});
  // Guards: after a verb the nouns may describe a firm; a qualifier or a count makes a kind.
  EXPECT_EQ(Orgs("当地成立物业服务有限公司。"), Strings{});
  EXPECT_EQ(Orgs("与相关物业服务有限公司签订合同。"), Strings{});
  EXPECT_EQ(Orgs("与多家能源有限公司合作。"), Strings{});
}

}  // namespace
}  // namespace zhcorpus
