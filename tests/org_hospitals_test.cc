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

}  // namespace
}  // namespace zhcorpus
