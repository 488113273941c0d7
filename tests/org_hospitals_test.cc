// Hospitals and medical colleges on unseen news (issue 11): a college named by
// its place, a hospital's campus, verbs of intent before a name. Sentences
// written for these tests.
#include <gtest/gtest.h>

#include "org_test_fixture.h"

namespace zhcorpus {
namespace {

class OrgHospitalsTest : public testing::OrgTaggerTest {};

using Strings = std::vector<std::string>;

TEST_F(OrgHospitalsTest, AMedicalCollegeNamedByItsPlaceIsAUniversity) {
  EXPECT_EQ(Orgs("江州医学院与市政府签约。"), (Strings{"江州医学院|university", "市政府|government"}));
  EXPECT_EQ(Orgs("他毕业于湖北中医学院。"), Strings{"湖北中医学院|university"});
}

TEST_F(OrgHospitalsTest, AMedicalSocietyNamedByItsPlaceIsAnAssociation) {
  EXPECT_EQ(Orgs("江州市药学会召开年会。"), Strings{"江州市药学会|association"});
  EXPECT_EQ(Orgs("此次合作是四川省醫學會的布局。"), Strings{"四川省醫學會|association"});
}

TEST_F(OrgHospitalsTest, AUniversitysMedicalSchoolIsOneNameWithIt) {
  EXPECT_EQ(Orgs("复旦大学上海医学院与南通签约。"), Strings{"复旦大学上海医学院|university"});
}

TEST_F(OrgHospitalsTest, AMedicalSchoolWithoutANameIsNoOrganisation) {
  EXPECT_EQ(Orgs("该校医学院院长出席。"), Strings{});
  EXPECT_EQ(Orgs("全省医学院校扩大招生。"), Strings{});
}

TEST_F(OrgHospitalsTest, AHospitalsCampusNamedByItsPlaceIsOneNameWithTheHospital) {
  EXPECT_EQ(Orgs("江州市人民医院城北院区正式启用。"), Strings{"江州市人民医院城北院区|other"});
  EXPECT_EQ(Orgs("江州医院东院区建设启动。"), Strings{"江州医院东院区|other"});
}

TEST_F(OrgHospitalsTest, ANewSiteIsNoNamedUnit) {
  EXPECT_EQ(Orgs("江州市人民医院新院区投入使用。"), Strings{"江州市人民医院|other"});
  EXPECT_EQ(Orgs("江州大学新校区开工。"), Strings{"江州大学|university"});
  EXPECT_EQ(Orgs("江州市人民医院老院区改造。"), Strings{"江州市人民医院|other"});
}

TEST_F(OrgHospitalsTest, AVerbOfIntentBeforeANameStaysOut) {
  EXPECT_EQ(Orgs("力争江州集团年内上市。"), Strings{"江州集团|company"});
  EXPECT_EQ(Orgs("力争市东医院在合作期内达标。"), Strings{"市东医院|other"});
}

TEST_F(OrgHospitalsTest, TheZhongOfChineseMedicineCutFromItsWordStaysInTheName) {
  // The dictionary cuts 某省 + 中 + 医院; 中 is the first character of 中医.
  EXPECT_EQ(Orgs("患者被转到江州省中医院治疗。"), Strings{"江州省中医院|other"});
  EXPECT_EQ(Orgs("项目由青川省中医药研究院承担。"), Strings{"青川省中医药研究院|research"});
  // Guard: 中 as "during" before a doctor is no name.
  EXPECT_EQ(Orgs("在抢救中医生发现了问题。"), Strings{});
}

TEST_F(OrgHospitalsTest, AHospitalsGradeNamesACategoryNotABody) {
  EXPECT_EQ(Orgs("江州县人民医院成功创成三级乙等医院。"), Strings{"江州县人民医院|other"});
  EXPECT_EQ(Orgs("该院是一所三级甲等医院。"), Strings{});
}

TEST_F(OrgHospitalsTest, ABodyIsCalledByItsOwnWordsAfterItsSeatLaterInTheArticle) {
  EXPECT_EQ(Named("患者被送到杭州天坛医院。天坛医院的专家随后会诊。"),
            (Strings{"杭州天坛医院|杭州天坛医院", "天坛医院|杭州天坛医院"}));
  // Guards: words the article also writes after a level or another place name a kind of body;
  // a university without its city is another one.
  EXPECT_EQ(Orgs("安吉县综治中心成立于2005年。此后，全省县级综治中心快速推广，综治中心成为基层治理平台。"),
            Strings{"安吉县综治中心|other"});
  EXPECT_EQ(Orgs("北京理工大学与多所理工大学合作。"), Strings{"北京理工大学|university"});
}

}  // namespace
}  // namespace zhcorpus
