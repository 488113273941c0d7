// Organisation families of issue 11 seen in older national news: colleges by
// their short heads, local public bodies named by their place, and offices of
// the body written right before them. Sentences written for these tests.
#include <gtest/gtest.h>

#include "org_test_fixture.h"

namespace zhcorpus {
namespace {

using OrgLocalUnitTest = testing::OrgTaggerTest;
using Strings = std::vector<std::string>;

TEST_F(OrgLocalUnitTest, CollegeShortHeadsAfterAPlaceAreUniversities) {
  EXPECT_EQ(Orgs("她毕业于湖南农大，后在洛阳师专任教。"), (Strings{"湖南农大|university", "洛阳师专|university"}));
}

TEST_F(OrgLocalUnitTest, CollegeShortHeadAloneIsNoName) {
  EXPECT_EQ(Orgs("他考上了农大。"), Strings{});
}

TEST_F(OrgLocalUnitTest, LocalPublicBodiesNamedByTheirPlace) {
  EXPECT_EQ(Orgs("昨天，平原县电厂扩建开工。"), Strings{"平原县电厂|company"});
  EXPECT_EQ(Orgs("追悼会在九江市殡仪馆举行。"), Strings{"九江市殡仪馆|other"});
  EXPECT_EQ(Orgs("孩子们来到安庆市儿童福利院。"), Strings{"安庆市儿童福利院|other"});
}

TEST_F(OrgLocalUnitTest, BareLocalBodyWordsAreGeneric) {
  // 福利院 alone was an organisation before it became a head.
  EXPECT_EQ(Orgs("他把工资捐给了福利院，又去了电厂和粮库。"), Strings{});
}

TEST_F(OrgLocalUnitTest, OfficeOfTheBodyBeforeItIsOneName) {
  EXPECT_EQ(Orgs("中央电视台研究室举办座谈。"), Strings{"中央电视台研究室|media"});
  EXPECT_EQ(Orgs("中国作家协会书记处书记出席。"), Strings{"中国作家协会书记处|association"});
}

TEST_F(OrgLocalUnitTest, ADictionaryWordOfAKnownBodyAndItsUnitIsOneName) {
  // The dictionary writes some departments as one word (某大学 + 某系): the body's unit, its kind.
  EXPECT_EQ(Orgs("她去年考入清华大学化学系。"), Strings{"清华大学化学系|university"});
  // A firm's short name opening the word is no body of it (中国电影 + 家协会).
  EXPECT_EQ(Orgs("中国电影家协会书记处书记出席。"), Strings{"中国电影家协会书记处|association"});
}

TEST_F(OrgLocalUnitTest, AUniversitysCentreWrittenRightAfterItIsOneName) {
  // (Also where the centre's name opens with a park's short form: 兴大 + 中科研发中心.)
  EXPECT_EQ(Orgs("兴大中科研发中心今年成立。"), Strings{"兴大中科研发中心|university"});
  // Parted by a separator or quotation marks they stay two.
  EXPECT_EQ(Orgs("江州大学“绿色化工研究中心”今年获批。"),
            (Strings{"江州大学|university", "绿色化工研究中心|research"}));
}

TEST_F(OrgLocalUnitTest, AMinistrysChiefsTitleLeavesTheMinistry) {
  // The dictionary cuts 部长 off whole (财政 + 部长): the ministry is the name before the title.
  EXPECT_EQ(Orgs("财政部长在会上作了报告。"), Strings{"财政部|government"});
  EXPECT_EQ(Orgs("他是医院院长，也是教授。"), Strings{});
}

TEST_F(OrgLocalUnitTest, AProvincesEnterpriseTechnologyCentreIsADesignation) {
  EXPECT_EQ(Orgs("根据《江南省企业技术中心认定管理办法》组织申报。"), Strings{});
  EXPECT_EQ(Orgs("江州机床有限公司技术中心获得认定。"), Strings{"江州机床有限公司技术中心|company"});
}

TEST_F(OrgLocalUnitTest, AStreetInAnAddressIsNoPartOfTheBodyAfterIt) {
  // 某区 + 某某路 + 某市政府: the address's street ends before the government's city.
  EXPECT_EQ(Orgs("地址：贵阳市观山湖区林城东路贵阳市政府A区。"), Strings{"贵阳市政府|government"});
  EXPECT_EQ(Orgs("中山路街道办事处组织了活动。"), Strings{"中山路街道办事处|government"});
}

TEST_F(OrgLocalUnitTest, APrepositionGluedToALevelLeavesTheLevelToTheBody) {
  EXPECT_EQ(Orgs("汇总后推荐至省工业和信息化厅。"), Strings{"省工业和信息化厅|government"});
  // (So does 或 between two bodies: 区议会或 + 区 + 议会 are two.)
  EXPECT_EQ(Orgs("非政府机构、区议会或区议会/民政事务处均可申请。"), (Strings{"区议会|government", "区议会|government"}));
}

TEST_F(OrgLocalUnitTest, ALiaisonGroupOfABodyIsOneName) {
  // A CPPCC's liaison group in a town is a unit of it, named after it.
  EXPECT_EQ(Orgs("上周，清溪镇政协工作联络组走访了三家企业。"), Strings{"清溪镇政协工作联络组|other"});
  EXPECT_EQ(Orgs("该联络组成立了疫情防控联络组。"), Strings{});
}

TEST_F(OrgLocalUnitTest, AFarmersCoopsLineOfBusinessIsPartOfItsName) {
  // 种植 and 养殖 are verbs to the dictionary, the trade a co-op is named by.
  EXPECT_EQ(Orgs("村里的金穗种植专业合作社与超市签约。"), Strings{"金穗种植专业合作社|company"});
  EXPECT_EQ(Orgs("他在家种植专业合作社推荐的品种。"), Strings{});
}

TEST_F(OrgLocalUnitTest, AnIndustrialFunctionZoneIsAZone) {
  EXPECT_EQ(Orgs("项目落户成都新津航空动力产业功能区。"), Strings{"成都新津航空动力产业功能区|zone"});
  EXPECT_EQ(Orgs("全市已建成各类产业功能区12个。"), Strings{});
}

TEST_F(OrgLocalUnitTest, OfficeWordsWithoutABodyAreNoNames) {
  EXPECT_EQ(Orgs("他在会议室处理文件，科室里没有人，到处都是书。"), Strings{});
  EXPECT_EQ(Orgs("集团秘书处发文。"), Strings{});
}

TEST_F(OrgLocalUnitTest, SectionHeadNeverEndsAPlaceName) {
  // 莫斯科 ends in 科, a section's head: the outlet ends before the place.
  EXPECT_EQ(Orgs("新华社莫斯科１月５日电"), Strings{"新华社|media"});
}

TEST_F(OrgLocalUnitTest, BodiesRunTogetherWithoutASeparatorStaySeparate) {
  EXPECT_EQ(Orgs("公安部司法部研究室联合发文。"), (Strings{"公安部|government", "司法部研究室|government"}));
  EXPECT_EQ(Orgs("主办单位：芜湖市文化局合肥市教育局"), (Strings{"芜湖市文化局|government", "合肥市教育局|government"}));
}

TEST_F(OrgLocalUnitTest, BranchOfABodyInAPlaceIsOneName) {
  EXPECT_EQ(Orgs("中国建设银行安徽省分行发放贷款。"), Strings{"中国建设银行安徽省分行|company"});
  EXPECT_EQ(Orgs("中国共产党安徽省委员会召开全会。"), Strings{"中国共产党安徽省委员会|party"});
}

TEST_F(OrgLocalUnitTest, UnitNumberedAfterItsPlaceIsAName) {
  EXPECT_EQ(Orgs("芜湖市二医院新建门诊楼。"), Strings{"芜湖市二医院|other"});
  EXPECT_EQ(Orgs("昨天，北京１２中举行运动会。"), Strings{"北京１２中|other"});
}

TEST_F(OrgLocalUnitTest, UnitNumberedAfterAnOrganisationExtendsIt) {
  EXPECT_EQ(Orgs("西湖大学一院的医生赶到现场。"), Strings{"西湖大学一院|other"});
}

TEST_F(OrgLocalUnitTest, NumbersBeforeUnitWordsThatCountAreNoNames) {
  EXPECT_EQ(Orgs("十五届三中全会召开。"), Strings{});
  EXPECT_EQ(Orgs("北京三处遗址对外开放，杭州三所大学联合招生。"), Strings{});
  EXPECT_EQ(Orgs("两厂合并后，他去了一厂。"), Strings{});
}

TEST_F(OrgLocalUnitTest, TeamAfterATimeWithACountIsStillATeam) {
  EXPECT_EQ(Orgs("上半场很长一段时间巴西队控制着比赛。"), Strings{"巴西队|other"});
  EXPECT_EQ(Orgs("八一队客场获胜。"), Strings{"八一队|other"});
}

TEST_F(OrgLocalUnitTest, ThereIsPhraseIsNoPartOfAName) {
  EXPECT_EQ(Orgs("开罗城南有个孤儿院。"), Strings{});
}

TEST_F(OrgLocalUnitTest, EmbassyOfOneCountryInAnotherIsOneName) {
  EXPECT_EQ(Orgs("展览由中国驻智利大使馆主办。"), Strings{"中国驻智利大使馆|government"});
  EXPECT_EQ(Orgs("照片由秘鲁驻华使馆提供。"), Strings{"秘鲁驻华使馆|government"});
}

TEST_F(OrgLocalUnitTest, ConjunctionBeforeANationalBodyOrBetweenPlacesJoinsTwoThings) {
  EXPECT_EQ(Orgs("会见了张建和国家安全委员会的官员。"), Strings{"国家安全委员会|government"});
  EXPECT_EQ(Orgs("新州和悉尼市政府联合举办。"), Strings{"悉尼市政府|government"});
}

TEST_F(OrgLocalUnitTest, FunctionWordGluedToTheNameStaysOut) {
  EXPECT_EQ(Orgs("本报讯经国务院学位委员会批准。"), Strings{"国务院学位委员会|government"});
}

TEST_F(OrgLocalUnitTest, UnSpecialCommissionIsKnown) {
  EXPECT_EQ(Orgs("伊方将继续与联合国特委会合作。"), Strings{"联合国特委会|other"});
}

TEST_F(OrgLocalUnitTest, OutletShortFormAfterACountryIsThatCountrysOutlet) {
  auto entities = Tag("国际广播电台记者发回报道。");
  ASSERT_EQ(entities.size(), 1u);
  EXPECT_EQ(entities[0].norm.Get("name").string(), "中国国际广播电台");
  entities = Tag("荷兰国际广播电台发回报道。");
  ASSERT_EQ(entities.size(), 1u);
  EXPECT_EQ(entities[0].text, "荷兰国际广播电台");
  EXPECT_EQ(entities[0].norm.Get("name").string(), "荷兰国际广播电台");
}

TEST_F(OrgLocalUnitTest, JobTitleEndingLikeAHeadIsNoName) {
  EXPECT_EQ(Orgs("使馆临时代办向大家拜年。"), Strings{});
}

TEST_F(OrgLocalUnitTest, AWorkCommitteeIsABody) {
  EXPECT_EQ(Orgs("青山省直属机关工委组织党员学习。"), Strings{"青山省直属机关工委|party"});
}

TEST_F(OrgLocalUnitTest, ALeaguesCommitteeByItsLevel) {
  // 盟 is the level of a league in Inner Mongolia, like 市 of a city.
  EXPECT_EQ(Orgs("盟委书记出席会议。"), Strings{"盟委|party"});
}

TEST_F(OrgLocalUnitTest, ADivisionRunsItsHospital) {
  // 省立, 市立: run by the province or the city; 立 is no verb there.
  EXPECT_EQ(Orgs("她曾到青山省立眼科医院检查。"), Strings{"青山省立眼科医院|other"});
  EXPECT_EQ(Orgs("青山省立项支持三家医院。"), Strings{});
}

TEST_F(OrgLocalUnitTest, AUniversitysNationalInstituteIsOneName) {
  // 某大学 + 国家某某研究院: an institute of the university, not a second body.
  EXPECT_EQ(Orgs("青禾大学国家发展研究院教授表示赞同。"), Strings{"青禾大学国家发展研究院|research"});
  EXPECT_EQ(Orgs("国务院国家发展改革委发布通知。"), (Strings{"国务院|government", "国家发展改革委|government"}));
}

TEST_F(OrgLocalUnitTest, APartysCentralOrganIsOneName) {
  EXPECT_EQ(Orgs("青山国劳动党中央政治局委员率团来访。"), Strings{"青山国劳动党中央政治局|party"});
  // Parted by a conjunction they stay two.
  EXPECT_EQ(Orgs("中国共产党和中央政府高度重视。"), (Strings{"中国共产党|party", "中央政府|government"}));
}

}  // namespace
}  // namespace zhcorpus
