// Economy-news families of issue 11 (unseen news): department stores by brand,
// regulators and university short forms from the hand list, Hong Kong variants
// of traditional characters, portals' channels in datelines. Sentences written for these tests.
#include <gtest/gtest.h>

#include "org_test_fixture.h"

namespace zhcorpus {
namespace {

class OrgEconomyNewsTest : public testing::OrgTaggerTest {};

using Strings = std::vector<std::string>;

TEST_F(OrgEconomyNewsTest, ABrandBeforeDepartmentStoreIsACompany) {
  EXPECT_EQ(Orgs("商圈里有太平洋百货和王府井百货两家商场。"),
            (Strings{"太平洋百货|company", "王府井百货|company"}));
}

TEST_F(OrgEconomyNewsTest, GoodsSoldInADepartmentStoreAreNoName) {
  EXPECT_EQ(Orgs("节前日用百货销售平稳，大型百货客流回升。"), Strings{});
}

TEST_F(OrgEconomyNewsTest, RegulatorsAndShortFormsAreKnown) {
  EXPECT_EQ(Named("银监会要求各行自查，保监会也发布了通知。"),
            (Strings{"银监会|中国银行业监督管理委员会", "保监会|中国保险监督管理委员会"}));
  EXPECT_EQ(Orgs("人民大学财政金融学院的教授表示赞同。"), Strings{"人民大学财政金融学院|university"});
}

TEST_F(OrgEconomyNewsTest, HongKongVariantsReadAsTraditional) {
  // 衞 is the Hong Kong form of 衛 (卫).
  EXPECT_EQ(Orgs("該節目將在東方衞視播出。"), Strings{"東方衞視|media"});
}

TEST_F(OrgEconomyNewsTest, ABrandBeforeRealEstateIsACompany) {
  EXPECT_EQ(Orgs("华业地产也加入了担保融资的大军。"), Strings{"华业地产|company"});
  EXPECT_EQ(Orgs("商业地产与工业地产走势分化，其地产公司也在融资。"), Strings{});
}

TEST_F(OrgEconomyNewsTest, ABrandBeforeCommunicationsIsACompany) {
  EXPECT_EQ(Orgs("青禾通讯是一家手机代工厂商。"), Strings{"青禾通讯|company"});
  // The HMM glues 从 to the unknown brand: it stays out of the name.
  EXPECT_EQ(Orgs("记者从华勤通讯获悉，新机下月量产。"), Strings{"华勤通讯|company"});
  EXPECT_EQ(Orgs("移动通讯市场回暖，卫星通讯技术突破，邮电通讯已恢复。"), Strings{});
}

TEST_F(OrgEconomyNewsTest, AKnownNameGluedToAPrepositionIsFound) {
  // The HMM makes one unknown word of 被 + the name.
  EXPECT_EQ(Orgs("该地块已被鸿海董事长购得。"), Strings{"鸿海|company"});
}

TEST_F(OrgEconomyNewsTest, APortalsChannelInADatelineIsTheOutlet) {
  EXPECT_EQ(Orgs("新浪科技讯 3月5日消息，某公司发布了新品。"), Strings{"新浪科技|media"});
  EXPECT_EQ(Orgs("搜狐财经讯 记者从某公司获悉，财报将延期。"), Strings{"搜狐财经|media"});
}

TEST_F(OrgEconomyNewsTest, AnOutletReportingIsNamed) {
  EXPECT_EQ(Orgs("据网易科技报道，该公司将裁员。"), Strings{"网易科技|media"});
  EXPECT_EQ(Orgs("据青山日报报道，当地新建了学校。"), Strings{"青山日报|media"});
  EXPECT_EQ(Orgs("据报道，该项目已开工。据媒体报道，股价下跌。据悉相关报道属实。"), Strings{});
}

TEST_F(OrgEconomyNewsTest, APlaceAfterAnAgencyIsNoChannel) {
  // Only a channel word (科技, 财经 …) makes a longer outlet of a known name.
  EXPECT_EQ(Orgs("新华社日本3月2日电 某会议今天开幕。"), Strings{"新华社|media"});
}

TEST_F(OrgEconomyNewsTest, AnOperatorNamedByAChineseDivisionIsItsLocalCompany) {
  EXPECT_EQ(Orgs("青山电信表示，故障已排除，江州联通也恢复了服务。"),
            (Strings{"青山电信|company", "江州联通|company"}));
}

TEST_F(OrgEconomyNewsTest, ACountryBeforeTelecomsDescribesASector) {
  EXPECT_EQ(Orgs("它是一家日本电信和互联网企业。"), Strings{});
}

TEST_F(OrgEconomyNewsTest, AStationsChannelJoinsTheStation) {
  EXPECT_EQ(Orgs("据青山电视台都市频道报道，路段已封闭。"), Strings{"青山电视台都市频道|media"});
  EXPECT_EQ(Orgs("都市频道的节目很受欢迎。"), Strings{});
}

TEST_F(OrgEconomyNewsTest, APortalsChannelInRunningTextIsTheOutlet) {
  EXPECT_EQ(Orgs("新浪娱乐致电该公司，对方未回应。"), Strings{"新浪娱乐|media"});
  EXPECT_EQ(Orgs("腾讯科技从多个渠道了解到，新版将上线。"), Strings{"腾讯科技|media"});
  // The company's full name is the company; the portal alone is the company too.
  EXPECT_EQ(Orgs("腾讯科技（深圳）有限公司成立于1998年。"), Strings{"腾讯科技（深圳）有限公司|company"});
  EXPECT_EQ(Orgs("网易发布了财报。"), Strings{"网易|company"});
}

TEST_F(OrgEconomyNewsTest, AListedBrokerOrBankNamedByEverydayWords) {
  // 招商 is a verb, 东方 a direction: with 证券 or 银行 a listed short name is the company.
  EXPECT_EQ(Orgs("招商证券发布研报，东方证券也调高了评级。"),
            (Strings{"招商证券|company", "东方证券|company"}));
  EXPECT_EQ(Orgs("投资有价证券需谨慎，海外证券市场波动。"), Strings{});
}

TEST_F(OrgEconomyNewsTest, ANewsSiteNamedByItsPlace) {
  EXPECT_EQ(Orgs("据青山省江州经济新闻网报道，高铁车票被抢光。"), Strings{"青山省江州经济新闻网|media"});
  EXPECT_EQ(Orgs("各地新闻网纷纷转载，经济新闻网也有报道。"), Strings{});
}

TEST_F(OrgEconomyNewsTest, APlaceBeforeAKnownOutletInADatelineNamesAPaperOfItsOwn) {
  EXPECT_EQ(Orgs("江西经济日报南昌10月24日讯（记者张三）全省外贸增长。"), Strings{"江西经济日报|media"});
  // A reporter stationed somewhere is no part of the outlet.
  EXPECT_EQ(Orgs("青禾财经网驻沪记者张三上海3月2日电 全市外贸增长。"), Strings{"青禾财经网|media"});
  // Guard: the known outlet alone before the dateline's place stays itself.
  EXPECT_EQ(Orgs("经济日报北京3月2日讯 全国外贸增长。"), Strings{"经济日报|media"});
}

TEST_F(OrgEconomyNewsTest, AWiresDatelineInTitleBracketsNamesItsOutlet) {
  EXPECT_EQ(Orgs("《青禾通讯社驻京记者张三13日北京专电》全国外贸增长。"), Strings{"青禾通讯社|media"});
  EXPECT_EQ(Orgs("（青禾日报驻沪记者 张三）全市外贸增长。"), Strings{"青禾日报|media"});
}

TEST_F(OrgEconomyNewsTest, ADatelineInSquareBracketsOrWithAFullDateNamesItsOutlet) {
  EXPECT_EQ(Orgs("【青禾时报2015年02月12日讯】全市外贸增长。"), Strings{"青禾时报|media"});
  EXPECT_EQ(Orgs("青禾网2024年3月2日讯 全市外贸增长。"), Strings{"青禾网|media"});
  // A known zone and a provincial group by their short names.
  EXPECT_EQ(Orgs("前海发布新政。"), Strings{"前海|zone"});
  EXPECT_EQ(Orgs("延长石油集团发布年报。"), Strings{"延长石油集团|company"});
}

TEST_F(OrgEconomyNewsTest, ACarrierNamedByItsBrandAndLogistics) {
  EXPECT_EQ(Orgs("青禾物流宣布上调运价。"), Strings{"青禾物流|company"});
  // A place's or a kind's logistics is a sector; before a noun it describes (园区) no firm.
  EXPECT_EQ(Orgs("浙江物流发展迅速。"), Strings{});
  EXPECT_EQ(Orgs("冷链物流发展迅速。"), Strings{});
  EXPECT_EQ(Orgs("智慧物流园区建成。"), Strings{});
}

}  // namespace
}  // namespace zhcorpus
