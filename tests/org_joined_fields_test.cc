// Bodies whose remit joins two fields with 和, 与 or 及 (a bureau after a bare
// level, a ministry's department, Hong Kong's bureaus), and the political bodies
// a bare level names: common in local news, each with a guard. Sentences written
// for these tests.
#include <gtest/gtest.h>

#include "org_test_fixture.h"

namespace zhcorpus {
namespace {

class OrgJoinedFieldsTest : public testing::OrgTaggerTest {};

using Strings = std::vector<std::string>;

TEST_F(OrgJoinedFieldsTest, ALevelBeforeTwoFieldsJoinedByAndIsOneBureau) {
  EXPECT_EQ(Orgs("市人力资源和社会保障局近日发布通知。"), Strings{"市人力资源和社会保障局|government"});
  EXPECT_EQ(Orgs("区住房和城乡建设局工作人员介绍。"), Strings{"区住房和城乡建设局|government"});
  EXPECT_EQ(Orgs("市人力资源和社保局发布通知。"), Strings{"市人力资源和社保局|government"});
  // The second field may be the head's own (和 + 水利局).
  EXPECT_EQ(Orgs("县农业农村和水利局召开会议。"), Strings{"县农业农村和水利局|government"});
}

TEST_F(OrgJoinedFieldsTest, AndBetweenTwoBodiesOrTwoCategoriesJoinsNothing) {
  EXPECT_EQ(Orgs("省科技厅和市科技局联合发文。"), (Strings{"省科技厅|government", "市科技局|government"}));
  EXPECT_EQ(Orgs("县财政局和水利局联合检查。"), (Strings{"县财政局|government"}));
  EXPECT_EQ(Orgs("全省企业和科研院所积极参与。"), Strings{});
  // A bare head after 与 is a clause's object (市场导向 + 与 + 政府).
  EXPECT_EQ(Orgs("要坚持市场导向与政府引导相结合。"), Strings{});
  // A brand, 与, and a company the dictionary knows whole are two bodies.
  for (const std::string& org : Orgs("东方聚金与横店集团控股有限公司共同出资。")) {
    EXPECT_EQ(org.find("与"), std::string::npos) << org;
  }
  // A demonstrative glued before the head points back: no name.
  EXPECT_EQ(Orgs("故自该公司成立之日起纳入合并范围。"), Strings{});
  // A verb on the way is a clause, not a remit.
  EXPECT_EQ(Orgs("市里组织企业和高校参观展会。"), Strings{});
}

TEST_F(OrgJoinedFieldsTest, AMinistrysDepartmentWithTwoFieldsIsOneName) {
  EXPECT_EQ(Orgs("教育部科学技术与信息化司发布通知。"), Strings{"教育部科学技术与信息化司|government"});
  EXPECT_EQ(Orgs("科技部基础研究与成果转化司负责人介绍。"), Strings{"科技部基础研究与成果转化司|government"});
  // Two ministries joined by 和 stay two.
  EXPECT_EQ(Orgs("科技部和教育部联合发文。"), (Strings{"科技部|government", "教育部|government"}));
}

TEST_F(OrgJoinedFieldsTest, ASchoolNamedByTwoFieldsIsOneName) {
  EXPECT_EQ(Orgs("我校材料与化学工程学院教授出席。"), Strings{"材料与化学工程学院|university"});
  EXPECT_EQ(Orgs("该校材料科学与工程学院举行仪式。"), Strings{"材料科学与工程学院|university"});
  // Categories joined by 和 name nothing.
  EXPECT_EQ(Orgs("企业和高校研究院合作。"), Strings{});
  EXPECT_EQ(Orgs("支持技术和服务公司发展。"), Strings{});
}

TEST_F(OrgJoinedFieldsTest, ABareLevelNamesItsPoliticalConsultativeConference) {
  EXPECT_EQ(Orgs("区政协主席李明出席会议。"), Strings{"区政协|other"});
  EXPECT_EQ(Orgs("市政协副主席王芳讲话。"), Strings{"市政协|other"});
  // A bare level before another kind of body is still a category.
  EXPECT_EQ(Orgs("该中心获批省实验室。"), Strings{});
}

TEST_F(OrgJoinedFieldsTest, HongKongBureausAndBodiesAreKnownInEitherScript) {
  EXPECT_EQ(Orgs("創新科技及工業局局長表示，將加大投入。"), Strings{"創新科技及工業局|government"});
  EXPECT_EQ(Orgs("港府已投入大量資金支持創科。"), Strings{"港府|government"});
  EXPECT_EQ(Orgs("香港文汇报记者报道。"), Strings{"香港文汇报|media"});
  // 研发院 is an institute's head like 研究院; a kind of one alone names nothing.
  EXPECT_EQ(Orgs("新成立的微電子研發院及生命健康研發院。"),
            (Strings{"微電子研發院|research", "生命健康研發院|research"}));
  EXPECT_EQ(Orgs("企业设立研发院和研发中心。"), Strings{});
}

TEST_F(OrgJoinedFieldsTest, ProvinceAndMinistryJointlyBuiltNamesNoBody) {
  // 省部共建 is "built by the province and the ministry": no 省部, no ministry of construction.
  EXPECT_EQ(Orgs("通过省部共建的方式建设省部共建重点实验室。"), Strings{});
}

TEST_F(OrgJoinedFieldsTest, TaiwansBodiesAreKnownAndANewspapersDepartmentStaysItsOwn) {
  EXPECT_EQ(Orgs("經濟部今天公布工廠統計。"), Strings{"經濟部|government"});
  EXPECT_EQ(Orgs("中研院院士出席論壇。"), Strings{"中研院|research"});
  // A department of a paper named like a ministry is the paper's (某报 + 经济部).
  EXPECT_EQ(Orgs("青禾日报经济部记者报道。"), Strings{"青禾日报经济部|media"});
}

}  // namespace
}  // namespace zhcorpus
