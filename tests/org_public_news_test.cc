// Organisation families of issue 11 seen on unseen news about public bodies, zones, Hong Kong,
// Macao and Taiwan (twelfth session, h12B) and their precision guards: sentences written
// for these tests.
#include <gtest/gtest.h>

#include "org_test_fixture.h"

namespace zhcorpus {
namespace {

class OrgPublicNewsTest : public testing::OrgTaggerTest {};

using Strings = std::vector<std::string>;

TEST_F(OrgPublicNewsTest, ACongresssTermWithItsOrdinalIsPartOfItsName) {
  EXPECT_EQ(Orgs("江西省第十三届人民代表大会常务委员会第五次会议今天闭幕。"),
            Strings{"江西省第十三届人民代表大会常务委员会|government"});
  EXPECT_EQ(Orgs("市第十四届人大常委会第八次会议召开。"), Strings{"市第十四届人大常委会|government"});
  // A numbered event of the level is no body.
  EXPECT_EQ(Orgs("市第十届运动会今天开幕。"), Strings{});
}

TEST_F(OrgPublicNewsTest, ANamedZoneBeforeItsGroundsIsTheZone) {
  EXPECT_EQ(Orgs("调研组走访了未来科技城园区企业。"), Strings{"未来科技城|zone"});
  EXPECT_EQ(Orgs("东湖高新区园区企业达到500家。"), Strings{"东湖高新区|zone"});
  // 园区 as the zone's own head stays in the name.
  EXPECT_EQ(Orgs("项目落户苏州工业园区。"), Strings{"苏州工业园区|zone"});
}

TEST_F(OrgPublicNewsTest, AZonesCommitteeNamedByItsRemit) {
  EXPECT_EQ(Orgs("园区科技创新委员会表示，将加大扶持力度。"), Strings{"园区科技创新委员会|government"});
  EXPECT_EQ(Orgs("高新区管理委员会发布通告。"), Strings{"高新区管理委员会|government"});
  // In a list of a level's bureaus a panel named by its members is no bureau.
  EXPECT_EQ(Orgs("县政府办、专家委员会参加了会议。"), Strings{"县政府办|government"});
}

TEST_F(OrgPublicNewsTest, TaiwansScienceParksByTheirCurrentNames) {
  EXPECT_EQ(Orgs("中部科學園區管理局今天表示，已核准擴建案。"), Strings{"中部科學園區管理局|government"});
  EXPECT_EQ(Orgs("南部科學園區的廠商增加投資。"), Strings{"南部科學園區|zone"});
}

TEST_F(OrgPublicNewsTest, APlacesWeatherOffice) {
  EXPECT_EQ(Orgs("湖北省气象台发布寒潮蓝色预警。"), Strings{"湖北省气象台|other"});
  EXPECT_EQ(Orgs("各地气象台陆续发布预警。"), Strings{});
}

TEST_F(OrgPublicNewsTest, ABilateralParkOpensWithChinaAndItsPartner) {
  EXPECT_EQ(Orgs("项目落户中德太仓产业园。"), Strings{"中德太仓产业园|zone"});
  EXPECT_EQ(Orgs("中以常州创新园管委会表示欢迎。"), Strings{"中以常州创新园管委会|government"});
  // Without a place after the pair it is the two countries.
  EXPECT_EQ(Orgs("中德双方签署了协议。"), Strings{});
}

TEST_F(OrgPublicNewsTest, APlaceInsideAParkGluedToItsHead) {
  EXPECT_EQ(Orgs("企业地处常州创新园内。"), Strings{"常州创新园|zone"});
  EXPECT_EQ(Orgs("位于产业园内的企业。"), Strings{});
}

TEST_F(OrgPublicNewsTest, EveryPlacesBodiesAreAKind) {
  EXPECT_EQ(Orgs("各地高新区管委会负责人参加会议。"), Strings{});
  EXPECT_EQ(Orgs("多地行业协会发出倡议。"), Strings{});
  EXPECT_EQ(Orgs("高新区管委会负责人参加会议。"), Strings{"高新区管委会|government"});
  // A word the dictionary tags a place but the gazetteer does not know describes the kind.
  EXPECT_EQ(Orgs("各地城市研究院纷纷布局体检业务。"), Strings{});
}

TEST_F(OrgPublicNewsTest, APolicePrecinctIsNamedByWhateverStandsBefore分局) {
  EXPECT_EQ(Orgs("高雄市政府警察局前鎮分局今天表示。"), Strings{"高雄市政府警察局前鎮分局|government"});
  EXPECT_EQ(Orgs("新北市政府警察局三重分局受理報案。"), Strings{"新北市政府警察局三重分局|government"});
  // Some or all of its precincts are no name.
  EXPECT_EQ(Orgs("市公安局各分局负责人参加会议。"), Strings{"市公安局|government"});
}

TEST_F(OrgPublicNewsTest, AHospitalsWardIsAFunctionNotAName) {
  EXPECT_EQ(Orgs("记者来到县人民医院住院部。"), Strings{"县人民医院|other"});
  EXPECT_EQ(Orgs("市第一医院门诊部人满为患。"), Strings{"市第一医院|other"});
}

TEST_F(OrgPublicNewsTest, OpeningUpInsideAZonesName) {
  EXPECT_EQ(Orgs("潍坊国家农业开放发展综合试验区加快建设。"), Strings{"潍坊国家农业开放发展综合试验区|zone"});
  EXPECT_EQ(Orgs("他在国家开放大学学习。"), Strings{"国家开放大学|university"});
  EXPECT_EQ(Orgs("坚持改革开放合作区建设。"), Strings{});
}

TEST_F(OrgPublicNewsTest, HongKongAndTaiwanBodiesByHand) {
  EXPECT_EQ(Orgs("香港特區政府食物安全中心派員巡查。"), Strings{"香港特區政府食物安全中心|government"});
  EXPECT_EQ(Orgs("台灣疾病管制署今天公布新增病例。"), Strings{"台灣疾病管制署|government"});
  EXPECT_EQ(Orgs("衞生署今日公布流感數字。"), Strings{"衞生署|government"});
  EXPECT_EQ(Orgs("交通部航港局今天表示將改善港區交通。"), Strings{"交通部航港局|government"});
  EXPECT_EQ(Orgs("澳門生產力暨科技轉移中心將舉辦講座。"), Strings{"澳門生產力暨科技轉移中心|other"});
}

TEST_F(OrgPublicNewsTest, ABureauOfCultureBroadcastingAndTourismByItsShortForm) {
  EXPECT_EQ(Orgs("某市崇礼区文广旅局介绍了冬季活动。"), Strings{"崇礼区文广旅局|government"});
  EXPECT_EQ(Orgs("县文广旅体局介绍了冬季活动。"), Strings{"县文广旅体局|government"});
}

}  // namespace
}  // namespace zhcorpus
