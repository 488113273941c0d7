// Sci-tech bodies of issue 11 seen on unseen news (tenth session): innovation
// centres named by a rank and a field, a hospital's clinical departments,
// registered names of everyday words, and the guards that keep categories and
// titles out. Sentences written for these tests.
#include <gtest/gtest.h>

#include "org_test_fixture.h"

namespace zhcorpus {
namespace {

class OrgScienceBodiesTest : public testing::OrgTaggerTest {};

using Strings = std::vector<std::string>;

TEST_F(OrgScienceBodiesTest, CentreNamedByARankAndAFieldWithVerbs) {
  EXPECT_EQ(Orgs("由青禾公司牵头建设的省智能感知技术创新中心正式揭牌。"),
            (Strings{"青禾公司|company", "省智能感知技术创新中心|research"}));
  EXPECT_EQ(Orgs("医院获批国家慢性肾病临床医学研究中心分中心。"),
            Strings{"国家慢性肾病临床医学研究中心|research"});
  EXPECT_EQ(Orgs("江州市先进检测工程研究中心通过验收。"), Strings{"江州市先进检测工程研究中心|research"});
}

TEST_F(OrgScienceBodiesTest, CentresWithNoFieldOrACountAreCategories) {
  EXPECT_EQ(Orgs("今年将新建4家省技术创新中心，支持其争创国家技术创新中心。"), Strings{});
  EXPECT_EQ(Orgs("完成省十大技术创新中心创建。"), Strings{});
  EXPECT_EQ(Orgs("指导并支持已建省技术创新中心争创国家级平台。"), Strings{});
  EXPECT_EQ(Orgs("全省布局六大中心。"), Strings{});
}

TEST_F(OrgScienceBodiesTest, AHospitalsClinicalDepartmentIsNoUnit) {
  EXPECT_EQ(Orgs("她的前身是青禾大学附属第二医院口腔科。"), Strings{"青禾大学附属第二医院|other"});
  EXPECT_EQ(Orgs("江州市人民医院骨科主任张明介绍。"), Strings{"江州市人民医院|other"});
}

TEST_F(OrgScienceBodiesTest, ATitleOpensWithItsVerbNotAName) {
  EXPECT_EQ(Orgs("国家印发《关于规范青禾产业研究中心建设的意见》。"), Strings{"青禾产业研究中心|research"});
  EXPECT_EQ(Orgs("省里印发《关于规范产业研究中心建设的意见》。"), Strings{});
  EXPECT_EQ(Orgs("《关于江州市科技局职能配置的规定》印发。"), Strings{"江州市科技局|government"});
}

TEST_F(OrgScienceBodiesTest, RegisteredNamesOfEverydayWords) {
  EXPECT_EQ(Orgs("近日，青禾工程装备集团有限公司牵头组建创新联合体。"),
            Strings{"青禾工程装备集团有限公司|company"});
  EXPECT_EQ(Orgs("平台依托江州四方机械有限公司建立。"), Strings{"江州四方机械有限公司|company"});
  // A description after a clause's start is no name.
  EXPECT_EQ(Orgs("。物业服务有限公司应当公开收费标准。"), Strings{});
}

TEST_F(OrgScienceBodiesTest, AUniversityBeforeTheSchoolAndTownPartnership) {
  // The dictionary cuts 某某 + 大 + 学校 + 地合作: the university's head is 大学.
  EXPECT_EQ(Orgs("青禾大学校地合作创新基地揭牌。"), Strings{"青禾大学|university"});
  EXPECT_EQ(Orgs("他在一所很大学校地处偏远的山区任教。"), Strings{});
}

TEST_F(OrgScienceBodiesTest, OutletsInAnEditorsOrAnAuthorsCredit) {
  EXPECT_EQ(Orgs("记者从医院获悉。（青禾网编辑李娜）"), Strings{"青禾网|media"});
  EXPECT_EQ(Orgs("作者：江州晚报黄建高 编辑：李娜"), Strings{"江州晚报|media"});
  // The paper speaking of itself, or a name that ends like no outlet, names nothing.
  EXPECT_EQ(Orgs("作者：本报记者 编辑：李娜"), Strings{});
  EXPECT_EQ(Orgs("作者：张小明 编辑：李娜"), Strings{});
}

TEST_F(OrgScienceBodiesTest, AKindOfBodyIsNoBrandInAListOfFirms) {
  EXPECT_EQ(Orgs("青禾大学多个学院与远东控股、青禾环保等企业签约。"),
            (Strings{"青禾大学|university", "远东控股|company", "青禾环保|company"}));
}

TEST_F(OrgScienceBodiesTest, AProcessTaggedAsAnOrganisationNamesNoPark) {
  EXPECT_EQ(Orgs("打造更有活力的国际化现代园区。"), Strings{});
}

TEST_F(OrgScienceBodiesTest, CentreHostedByAUniversityIsOneName) {
  EXPECT_EQ(Orgs("青禾大学导航仪器工程研究中心获立项。"), Strings{"青禾大学导航仪器工程研究中心|research"});
  EXPECT_EQ(Orgs("、青禾理工大学汽车电子驱动控制与系统集成工程研究中心。"),
            Strings{"青禾理工大学汽车电子驱动控制与系统集成工程研究中心|research"});
}

TEST_F(OrgScienceBodiesTest, CentresOfARankAloneAreCategories) {
  // (The ministry that ranks them is a body of its own.)
  EXPECT_EQ(Orgs("在教育部工程研究中心评选中，学院首次获批湖北省工程研究中心。"), Strings{"教育部|government"});
}

TEST_F(OrgScienceBodiesTest, JointInstitutesAndCoinedFields) {
  EXPECT_EQ(Orgs("学校与山东先进材料联合研究院、章丘复旦联合创新中心签署协议。"),
            (Strings{"山东先进材料联合研究院|research", "章丘复旦联合创新中心|research"}));
  EXPECT_EQ(Orgs("学院与县里共建智行未来研究院。"), Strings{"智行未来研究院|research"});
  // 未来 alone is a time, and before a factory a programme's word.
  EXPECT_EQ(Orgs("未来研究院将扩大规模。"), Strings{});
}

TEST_F(OrgScienceBodiesTest, AForeignAffairsOfficeByItsCity) {
  EXPECT_EQ(Orgs("济南市外办副主任李明出席。"), Strings{"济南市外办|government"});
}

TEST_F(OrgScienceBodiesTest, ATradeNameOpeningWithANumeral) {
  EXPECT_EQ(Orgs("学校与山东三齐能源有限公司签署合作协议。"), Strings{"山东三齐能源有限公司|company"});
  EXPECT_EQ(Orgs("形成了“五智联合体”。"), Strings{});
}

TEST_F(OrgScienceBodiesTest, ABureauOfTwoFieldsWhoseSecondIsOneWord) {
  EXPECT_EQ(Orgs("今年以来，江州县科技和经信局按照要求布局工作站。"), Strings{"江州县科技和经信局|government"});
  // A firm's brand before 和 and a bureau stays the firm.
  EXPECT_EQ(Orgs("青禾科技和政府合作。"), Strings{"青禾科技|company"});
}

TEST_F(OrgScienceBodiesTest, ARegisteredNameInBracketsAfterAVillage) {
  EXPECT_EQ(Orgs("工作站落户东川村（绿谷食用菌有限公司）。"), Strings{"绿谷食用菌有限公司|company"});
}

TEST_F(OrgScienceBodiesTest, AStandingDeputysTitleEndsTheCentre) {
  EXPECT_EQ(Orgs("农业农村部茶叶质量监督检验测试中心常务副主任傅明出席。"),
            Strings{"农业农村部茶叶质量监督检验测试中心|government"});
}

TEST_F(OrgScienceBodiesTest, AnAcademysCentreNamedByTheNation) {
  EXPECT_EQ(Orgs("他担任中国科学院国家空间科学中心主任。"), Strings{"中国科学院国家空间科学中心|research"});
  // A place before the academy is its branch's seat, not part of the name.
  EXPECT_EQ(Orgs("青禾市与中科院软件中心签约。"), Strings{"中科院软件中心|research"});
}

TEST_F(OrgScienceBodiesTest, JingBeforeTheNationIsAPreposition) {
  EXPECT_EQ(Orgs("经全国大学科技园工作指导委员会研究，决定认定。"), Strings{"全国大学科技园工作指导委员会|government"});
}

TEST_F(OrgScienceBodiesTest, AnInstitutesSuoGluedToAResearchersSurname) {
  EXPECT_EQ(Orgs("由中科院物理所何珂、吕力等组成的团队完成。"), Strings{"中科院物理所|research"});
  EXPECT_EQ(Orgs("中科院物理所张三研究员介绍。"), Strings{"中科院物理所|research"});
}

}  // namespace
}  // namespace zhcorpus
