// Sci-tech, university and hospital news of issue 11 (twelfth session): a
// description cut after its generic first word, a partnership's kind, a
// hospital's centre of a specialty, an agent noun the HMM cut before a
// school's head, a party to a deal between two names, a university's
// affiliated hospital known by its own name, a spam bracket set off from the
// sentence by a space, 未来 in a unit's field, a centre before the seat of its
// branch, 国立 before a known university, 理化 in an institute's field, 虚拟
// opening a key lab's field after its host, 青少年 in an association's field,
// and a division before a known institute named by its field. Sentences
// written for these tests.
#include <gtest/gtest.h>

#include "org_test_fixture.h"

namespace zhcorpus {
namespace {

class OrgSciTechPagesTest : public testing::OrgTaggerTest {};

using Strings = std::vector<std::string>;

TEST_F(OrgSciTechPagesTest, ADescriptionCutAfterItsGenericWordNamesNoBody) {
  // 新型, 智能, 新 describe the field after them: the rest is no name of its own.
  EXPECT_EQ(Orgs("两校共建新型显示工程技术研究中心。"), Strings{});
  EXPECT_EQ(Orgs("公司联合高校组建智能制造工程技术研究中心。"), Strings{});
  EXPECT_EQ(Orgs("市里计划新建新能源汽车技术研究院。"), Strings{});
  // A place before the description names the centre; 国际 opens a society's name.
  EXPECT_EQ(Orgs("江州新型显示技术研究中心主任王强介绍。"), Strings{"江州新型显示技术研究中心|research"});
  EXPECT_EQ(Orgs("他当选国际密码协会会士。"), Strings{"国际密码协会|association"});
}

TEST_F(OrgSciTechPagesTest, APartnershipsKindIsACategory) {
  EXPECT_EQ(Orgs("江州市与多家国际产学联盟签约。"), Strings{});
  EXPECT_EQ(Orgs("青州产学研联盟成立。"), Strings{"青州产学研联盟|association"});
}

TEST_F(OrgSciTechPagesTest, AHospitalsCentreOfASpecialtyIsADepartment) {
  EXPECT_EQ(Orgs("青禾大学附属第一医院肿瘤中心主任李明说。"), Strings{"青禾大学附属第一医院|other"});
  EXPECT_EQ(Orgs("江州市人民医院心脏中心启用。"), Strings{"江州市人民医院|other"});
  EXPECT_EQ(Orgs("江州市人民医院胃肠外科中心启用。"), Strings{"江州市人民医院|other"});
  // The nation after the hospital opens a body of its own.
  EXPECT_EQ(Orgs("江州市人民医院国家老年疾病临床医学研究中心揭牌。"),
            (Strings{"江州市人民医院|other", "国家老年疾病临床医学研究中心|research"}));
}

TEST_F(OrgSciTechPagesTest, AnAgentCutFromItsNounBeforeASchool) {
  EXPECT_EQ(Orgs("青禾大学创业家学院举办大赛。"), Strings{"青禾大学创业家学院|university"});
  // 家 after a count or a demonstrative is a measure word.
  EXPECT_EQ(Orgs("全市两家学院入选。"), Strings{});
  EXPECT_EQ(Orgs("这家医院被评为三甲。"), Strings{});
}

TEST_F(OrgSciTechPagesTest, APartyToADealEndsTheNameBeforeIt) {
  EXPECT_EQ(Orgs("青禾科技园运营方江州市青禾控股有限公司透露。"),
            (Strings{"青禾科技园|zone", "江州市青禾控股有限公司|company"}));
  // (A party written as one word: 出资方, 主办方.)
  EXPECT_EQ(Orgs("青禾大学出资方江州青禾集团表示。"), (Strings{"青禾大学|university", "江州青禾集团|company"}));
  EXPECT_EQ(Orgs("青禾园主办方江州日报社表示。"), Strings{"江州日报社|media"});
}

TEST_F(OrgSciTechPagesTest, AUniversitysAffiliatedHospitalKnownByItsOwnName) {
  EXPECT_EQ(Orgs("青禾大学医学院附属协和医院开展义诊。"), Strings{"青禾大学医学院附属协和医院|other"});
  EXPECT_EQ(Orgs("青禾大学医学院附属协和医院肿瘤中心三病区开展义诊。"), Strings{"青禾大学医学院附属协和医院|other"});
}

TEST_F(OrgSciTechPagesTest, ASpamBracketSetOffByASpaceLeavesTheSentenceAfterIt) {
  EXPECT_EQ(Orgs("会议召开。 【某某娱乐城 投注网址】 江州市科学技术局将给予支持。"),
            Strings{"江州市科学技术局|government"});
  // Glued to the sentence, the bracket still voids its clause.
  EXPECT_EQ(Orgs("会议召开。某某娱乐城-【投注网址】江州市科学技术局将给予支持。"), Strings{});
}

TEST_F(OrgSciTechPagesTest, TheFutureNamesTheFieldOfABodysUnit) {
  // 未来 and one word before an institute's or a school's head, after the body it belongs to.
  EXPECT_EQ(Orgs("青禾大学未来技术学院成立。"), Strings{"青禾大学未来技术学院|university"});
  EXPECT_EQ(Orgs("青禾实验室未来网络研究中心成立。"), Strings{"青禾实验室未来网络研究中心|research"});
  // After a function word it is a time, and the rest a category.
  EXPECT_EQ(Orgs("在未来产业研究中心的支持下。"), Strings{});
}

TEST_F(OrgSciTechPagesTest, ACentreBeforeTheSeatOfItsBranch) {
  EXPECT_EQ(Orgs("江苏省技术转移中心苏州分中心揭牌。"), Strings{"江苏省技术转移中心苏州分中心|other"});
  EXPECT_EQ(Orgs("国家超级计算中心无锡分中心揭牌。"), Strings{"国家超级计算中心无锡分中心|other"});
  // Without the branch 中心 before a place is no head, and a national centre needs its branch.
  EXPECT_EQ(Orgs("国家超级计算中心无锡建设加快。"), Strings{});
}

TEST_F(OrgSciTechPagesTest, NationalBeforeAKnownUniversityIsItsName) {
  // Taiwan writes its national universities with 國立.
  EXPECT_EQ(Orgs("國立清華大學今天宣布。"), Strings{"國立清華大學|university"});
  EXPECT_EQ(Orgs("将补助国立中山大学。"), Strings{"国立中山大学|university"});
}

TEST_F(OrgSciTechPagesTest, AFieldTheDictionaryFilesAsAVerb) {
  EXPECT_EQ(Orgs("中国科学院江州理化技术研究所通过验收。"), Strings{"中国科学院江州理化技术研究所|research"});
}

TEST_F(OrgSciTechPagesTest, AVerbOfNamesOpeningAKeyLabsFieldAfterItsHost) {
  EXPECT_EQ(Orgs("青禾大学虚拟现实技术与系统国家重点实验室通过评估。"),
            Strings{"青禾大学虚拟现实技术与系统国家重点实验室|research"});
  // The clause's verb after the host is no part of the name.
  EXPECT_EQ(Orgs("青禾大学推进智能制造国家重点实验室建设。"),
            (Strings{"青禾大学|university", "智能制造国家重点实验室|research"}));
}

TEST_F(OrgSciTechPagesTest, TheYoungInAnAssociationsField) {
  // The dictionary files 青少年 as a person's name.
  EXPECT_EQ(Orgs("江州市青少年科技教育协会秘书长介绍。"), Strings{"江州市青少年科技教育协会|association"});
}

TEST_F(OrgSciTechPagesTest, ADivisionBeforeAKnownInstituteNamedByItsField) {
  // Taiwan's institute is known by its field alone; a province before the words names its own.
  EXPECT_EQ(Named("江苏省工业技术研究院院长说。"), Strings{"江苏省工业技术研究院|江苏省工业技术研究院"});
  EXPECT_EQ(Orgs("國家衛生研究院院長出席。"), Strings{"國家衛生研究院|research"});
}

}  // namespace
}  // namespace zhcorpus
