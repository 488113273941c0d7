// Sci-tech news of issue 11 (eleventh session): a city's role named like a
// centre, a state group's numbered design institute, a listed short name
// counted among listed firms, incubators named before the count of their kind,
// and newspapers named by a kind of paper. Sentences written for these tests.
#include <gtest/gtest.h>

#include "org_test_fixture.h"

namespace zhcorpus {
namespace {

class OrgSciTechNewsTest : public testing::OrgTaggerTest {};

using Strings = std::vector<std::string>;

TEST_F(OrgSciTechNewsTest, ACitysRoleNamedLikeACentreIsNoBody) {
  EXPECT_EQ(Orgs("双方将合力推进江州国际科技创新中心建设。"), Strings{});
  EXPECT_EQ(Orgs("青州正在打造全球科创中心，争创青州综合性国家科学中心。"), Strings{});
  EXPECT_EQ(Orgs("签署《共建长三角国际科技创新中心合作备忘录》。"), Strings{});
  // A host before the place names its institute; a place and a field name a body.
  EXPECT_EQ(Orgs("青禾大学江州国际科创中心今天揭牌。"), Strings{"青禾大学江州国际科创中心|university"});
  EXPECT_EQ(Orgs("江州市智能传感技术创新中心正式运行。"), Strings{"江州市智能传感技术创新中心|research"});
}

TEST_F(OrgSciTechNewsTest, AStateGroupsNumberedDesignInstitute) {
  EXPECT_EQ(Orgs("中铁二院高级工程师李明介绍了线路设计。"), Strings{"中铁二院|company"});
  EXPECT_EQ(Orgs("项目由中铁四院设计、中建八局承建。"), (Strings{"中铁四院|company", "中建八局|company"}));
  // 中 ending a word before it is no group (集中 + 铁…).
  EXPECT_EQ(Orgs("力量集中铁路沿线。"), Strings{});
}

TEST_F(OrgSciTechNewsTest, AGroupsNumberedInstituteIsOneName) {
  // A state group's research institutes go by number (某集团 + 第七二五研究所).
  EXPECT_EQ(Orgs("中船重工第七二五研究所研制的新材料通过鉴定。"), Strings{"中船重工第七二五研究所|research"});
  EXPECT_EQ(Orgs("中船重工七二五研究所的专家出席。"), Strings{"中船重工七二五研究所|research"});
}

TEST_F(OrgSciTechNewsTest, AListedNameCountedAmongListedFirms) {
  EXPECT_EQ(Orgs("泸州老窖等4家上市公司获得一等奖。由泸州老窖牵头完成的项目获奖。"),
            (Strings{"泸州老窖|company", "泸州老窖|company"}));
  // Without the count of firms the place and the noun stay words.
  EXPECT_EQ(Orgs("泸州老窖酒香飘四方。"), Strings{});
}

TEST_F(OrgSciTechNewsTest, AnIncubatorNamedBeforeTheCountOfItsKind) {
  EXPECT_EQ(Orgs("认定青源汇智孵化器等8家孵化器为省级科技企业孵化器。"), Strings{"青源汇智孵化器|zone"});
  EXPECT_EQ(Orgs("备案创之峰众创空间等17家众创空间。"), Strings{"创之峰众创空间|zone"});
  // A category before the count, or the kind alone, names nothing.
  EXPECT_EQ(Orgs("认定省级科技企业孵化器等8家孵化器。"), Strings{});
  EXPECT_EQ(Orgs("备案众创空间等17家众创空间。"), Strings{});
}

TEST_F(OrgSciTechNewsTest, NewspapersNamedByAKindOfPaper) {
  EXPECT_EQ(Orgs("据江州晨报报道，青州商报也转载了。"), (Strings{"江州晨报|media", "青州商报|media"}));
  EXPECT_EQ(Orgs("版权均属于江州财经网所有。"), Strings{"江州财经网|media"});
  // The kind alone, after a category or a demonstrative, names none.
  EXPECT_EQ(Orgs("各地晨报纷纷报道，这家商报也转载了。"), Strings{});
  EXPECT_EQ(Orgs("多家晨报和商报刊发评论。"), Strings{});
}

TEST_F(OrgSciTechNewsTest, ARegisteredNameWhoseTradeNameTheHmmCutIntoOneCharacterWords) {
  EXPECT_EQ(Orgs("江州征和机械有限公司获批设立基地。"), Strings{"江州征和机械有限公司|company"});
  EXPECT_EQ(Orgs("其他两家是江州聚大洋藻业集团有限公司等。"), Strings{"江州聚大洋藻业集团有限公司|company"});
  // A verb of the clause after the place names no trade name.
  EXPECT_EQ(Orgs("他们在江州设有限公司。"), Strings{});
}

TEST_F(OrgSciTechNewsTest, ABrandWithItsFirstLineOfBusinessIsTheCompanysShortForm) {
  EXPECT_EQ(Orgs("江州融汇高科先进材料集团股份有限公司入围。对于融汇高科而言，这是新起点。"),
            (Strings{"江州融汇高科先进材料集团股份有限公司|company", "融汇高科|company"}));
}

TEST_F(OrgSciTechNewsTest, ALineOfBusinessBeforeAUnitWordIsADepartment) {
  EXPECT_EQ(Orgs("新区政研局科技处及有关部门负责人陪同。"), Strings{});
  EXPECT_EQ(Orgs("青禾科技处于行业领先地位。"), Strings{"青禾科技|company"});
}

TEST_F(OrgSciTechNewsTest, AKindOfUniversityOrABodyCalledByWhoseItIsIsACategory) {
  EXPECT_EQ(Orgs("青禾大学是省属重点的综合性大学。"), Strings{"青禾大学|university"});
  EXPECT_EQ(Orgs("江州分院与院属技术成果转移转化中心座谈。"), Strings{"江州分院|research"});
}

TEST_F(OrgSciTechNewsTest, ABodysNumberedInstituteNamedWithItsField) {
  EXPECT_EQ(Orgs("工信部电子五所与园区签署协议。"), Strings{"工信部电子五所|research"});
  // A numbered unit right after its body is still that body's (某局 + 五处).
  EXPECT_EQ(Orgs("江州市公路局五处承建。"), Strings{"江州市公路局五处|government"});
}

TEST_F(OrgSciTechNewsTest, ACitysIndustryInstituteNamedByAFieldWithVerbs) {
  EXPECT_EQ(Orgs("由青禾公司牵头组建洛阳市体外诊断产业研究院。"),
            (Strings{"青禾公司|company", "洛阳市体外诊断产业研究院|research"}));
  EXPECT_EQ(Orgs("牵头组建洛阳市隧道掘进装备产业研究院。"), Strings{"洛阳市隧道掘进装备产业研究院|research"});
  // A place's industry institute with no field is one body.
  EXPECT_EQ(Orgs("市政府与青州产业技术研究院签约。"), (Strings{"市政府|government", "青州产业技术研究院|research"}));
}

TEST_F(OrgSciTechNewsTest, AUniversitysHospitalWrittenRightAfterIt) {
  EXPECT_EQ(Orgs("中南大学湘雅医院院长出席。"), Strings{"中南大学湘雅医院|other"});
  EXPECT_EQ(Orgs("青禾大学与江州市人民医院签约。"), (Strings{"青禾大学|university", "江州市人民医院|other"}));
}

TEST_F(OrgSciTechNewsTest, AUniversityHospitalsShortForm) {
  EXPECT_EQ(Orgs("以石大一附院为依托单位。"), Strings{"石大一附院|other"});
  EXPECT_EQ(Orgs("各大一附院都在扩建。"), Strings{});
}

TEST_F(OrgSciTechNewsTest, ADirectionWordSwallowsAKnownNamesFirstCharacter) {
  EXPECT_EQ(Orgs("以南华大学为主体。"), Strings{"南华大学|university"});
  EXPECT_EQ(Orgs("长江以南华东地区降雨。"), Strings{});
}

TEST_F(OrgSciTechNewsTest, AClinicalCentresKindAloneIsNoName) {
  EXPECT_EQ(Orgs("专家对临床医学研究中心申报材料进行审查。"), Strings{});
  EXPECT_EQ(Orgs("联合发布市临床研究中心年度申报指南。"), Strings{});
  EXPECT_EQ(Orgs("医院获批国家老年疾病临床医学研究中心。"), Strings{"国家老年疾病临床医学研究中心|research"});
}

TEST_F(OrgSciTechNewsTest, TheCorpsGovernsLikeAProvince) {
  EXPECT_EQ(Orgs("兵团科技局、兵团卫健委公布名单。"), (Strings{"兵团科技局|government", "兵团卫健委|government"}));
}

TEST_F(OrgSciTechNewsTest, APersonsNameCutBeforeAConjunctionIsNoPlace) {
  EXPECT_EQ(Orgs("董事长骆双贵和公司相关负责同志参加签约。"), Strings{});
  EXPECT_EQ(Orgs("平和县人民政府发布通知。"), Strings{"平和县人民政府|government"});
}

}  // namespace
}  // namespace zhcorpus
