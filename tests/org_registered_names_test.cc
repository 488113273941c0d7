// Registered company names whose trade name is made of everyday words of any
// kind, known names written with their legal form, and 暨 between two names.
// Sentences written for these tests.
#include <gtest/gtest.h>

#include "org_test_fixture.h"

namespace zhcorpus {
namespace {

class OrgRegisteredNamesTest : public testing::OrgTaggerTest {};

using Strings = std::vector<std::string>;

TEST_F(OrgRegisteredNamesTest, ACoinedTradeNameBetweenAPlaceAndALegalFormIsOneCompany) {
  EXPECT_EQ(Orgs("江州快来电新能源有限公司董事长介绍。"), Strings{"江州快来电新能源有限公司|company"});
  EXPECT_EQ(Orgs("溫州快又好科技有限公司總經理表示。"), Strings{"溫州快又好科技有限公司|company"});
}

TEST_F(OrgRegisteredNamesTest, ARegisteredNameBeforeItsProjectIsStillTheCompany) {
  EXPECT_EQ(Orgs("此次落地的江州银泰能新材料股份有限公司负极材料基地项目计划投资8亿元。"),
            Strings{"江州银泰能新材料股份有限公司|company"});
}

TEST_F(OrgRegisteredNamesTest, AKnownCompanysBusinessWithALegalFormIsACompanyOfItsGroup) {
  EXPECT_EQ(Orgs("鼓励浙江大学、东方电气风电股份有限公司等单位牵头。"),
            (Strings{"浙江大学|university", "东方电气风电股份有限公司|company"}));
}

TEST_F(OrgRegisteredNamesTest, ATransliterationCutByAMeasureWordStaysInTheName) {
  EXPECT_EQ(Orgs("宁波莱斯克生物医药有限公司等单位参加。"), Strings{"宁波莱斯克生物医药有限公司|company"});
}

TEST_F(OrgRegisteredNamesTest, ASubsidiaryWordBeforeANameIsNoPartOfIt) {
  EXPECT_EQ(Orgs("子公司武汉青禾汽车配件有限公司适用优惠政策。"), Strings{"武汉青禾汽车配件有限公司|company"});
}

TEST_F(OrgRegisteredNamesTest, AClauseBetweenAPlaceAndALegalFormIsNoName) {
  EXPECT_EQ(Orgs("在杭州注册有限公司的企业增多。"), Strings{});
  EXPECT_EQ(Orgs("杭州是有限公司集聚地。"), Strings{});
  EXPECT_EQ(Orgs("深圳新设立有限公司数量增加。"), Strings{});
}

TEST_F(OrgRegisteredNamesTest, AKnownCompanyWithItsLegalFormIsOneName) {
  EXPECT_EQ(Orgs("华为公司发布新品。"), Strings{"华为公司|company"});
  // A name glued before the known one makes a longer name, the grammar's (某汽 + 丰田 + 公司).
  EXPECT_EQ(Orgs("公司中标广汽丰田公司焊装线改造项目。"), Strings{"广汽丰田公司|company"});
  // 公司 before a department is a modifier.
  EXPECT_EQ(Orgs("中国银行公司业务部负责人说。"), Strings{"中国银行|company"});
}

TEST_F(OrgRegisteredNamesTest, ATwoCharacterBrandBeginningLikeAPrepositionIsKept) {
  EXPECT_EQ(Orgs("经投集团当天签约项目3个。"), Strings{"经投集团|company"});
  EXPECT_EQ(Orgs("这是赞比亚政府的决定。"), Strings{"赞比亚政府|government"});
}

TEST_F(OrgRegisteredNamesTest, ACentreNamedAsAProjectIsNoBody) {
  EXPECT_EQ(Orgs("其中，青禾西南智能制造中心及研发中心项目由青禾新能源科技有限公司投资建设。"),
            Strings{"青禾新能源科技有限公司|company"});
  EXPECT_EQ(Orgs("青禾数据中心项目明年投运。"), Strings{});
  // A centre that runs projects is still one.
  EXPECT_EQ(Orgs("江州市科技创新中心承担了多个项目。"), Strings{"江州市科技创新中心|research"});
}

TEST_F(OrgRegisteredNamesTest, ListedFirmsCutTheOtherWayAreNoLevel) {
  // 以上市企业 is 以 + 上市企业: no 市 opens a name there.
  EXPECT_EQ(Orgs("还有以上市企业青禾制药研发中心为代表的项目。"), Strings{"青禾制药研发中心|other"});
}

TEST_F(OrgRegisteredNamesTest, JiBetweenTwoNamesJoinsNeither) {
  EXPECT_EQ(Orgs("建设装备制造基地暨青禾产业研究院。"), Strings{"青禾产业研究院|research"});
}

TEST_F(OrgRegisteredNamesTest, AnAdverbOpeningACoinedTradeNameKeepsTheWholeName) {
  // The dictionary tags 鼎新 an adverb and 陇 a place: both are the trade name's.
  EXPECT_EQ(Orgs("他说，甘肃陇鼎新材料有限公司已经入驻。"), Strings{"甘肃陇鼎新材料有限公司|company"});
  // Guard: without a place to anchor it, the business noun alone is no name.
  EXPECT_EQ(Orgs("他说，陇鼎新材料有限公司已经入驻。"), Strings{});
}

TEST_F(OrgRegisteredNamesTest, ANumeralOpeningATradeNameIsNoCount) {
  EXPECT_EQ(Orgs("名单包括江州三轴精密机械有限公司。"), Strings{"江州三轴精密机械有限公司|company"});
  // Guard: a count of firms before a legal form names none of them.
  EXPECT_EQ(Orgs("由江州三家科技有限公司承建。"), Strings{});
}

TEST_F(OrgRegisteredNamesTest, APlaceInParenthesesAnchorsTheTradeNameBeforeIt) {
  // The dictionary reads 众有大成 as a verb phrase; the place in parentheses shows it is a name.
  EXPECT_EQ(Orgs("他说，已与众有大成（南京）科技有限公司签约。"), Strings{"众有大成（南京）科技有限公司|company"});
  EXPECT_EQ(Orgs("他说，与青禾（苏州）新材料有限公司签约。"), Strings{"青禾（苏州）新材料有限公司|company"});
  // Guard: nothing before the parentheses, no name.
  EXPECT_EQ(Orgs("该公司与（南京）新材料有限公司签约。"), Strings{});
}

TEST_F(OrgRegisteredNamesTest, ACoinedNameCutIntoTwoVerbsAndAGroupInParentheses) {
  EXPECT_EQ(Orgs("与沈阳耘垦牧业（集团）有限公司签约。"), Strings{"沈阳耘垦牧业（集团）有限公司|company"});
  EXPECT_EQ(Orgs("与沈阳耘垦牧业有限公司签约。"), Strings{"沈阳耘垦牧业有限公司|company"});
  // A clause's verbs between a place and a legal form make no name.
  EXPECT_EQ(Orgs("企业在沈阳设立了有限公司。"), Strings{});
  EXPECT_EQ(Orgs("在沈阳注册成立有限公司。"), Strings{});
}

TEST_F(OrgRegisteredNamesTest, AOneCharacterVerbGluedInsideACoinedName) {
  EXPECT_EQ(Orgs("江州好运来数码纺织股份有限公司签约。"), Strings{"江州好运来数码纺织股份有限公司|company"});
}

TEST_F(OrgRegisteredNamesTest, AnAdjectiveOpeningABrandFoundEarlierStaysWithIt) {
  EXPECT_EQ(Orgs("与江州绿京秀园林股份有限公司签约共建绿京秀产业学院。"),
            (Strings{"江州绿京秀园林股份有限公司|company", "绿京秀产业学院|university"}));
}

TEST_F(OrgRegisteredNamesTest, APlacesKindOfFirmBeforeAnotherPlaceOpensNoName) {
  // 温州 + 企业 (a Wenzhou firm), then the firm's registered name from its province.
  EXPECT_EQ(Orgs("这款开关是温州企业浙江远帆汽车电子有限公司生产的。"), Strings{"浙江远帆汽车电子有限公司|company"});
  EXPECT_EQ(Orgs("中国企业联合会发布榜单。"), Strings{"中国企业联合会|association"});
  // A place in parentheses inside the name is no second place.
  EXPECT_EQ(Orgs("青禾威勒密封技术(无锡)有限公司与江州市签约。"), Strings{"青禾威勒密封技术(无锡)有限公司|company"});
}

TEST_F(OrgRegisteredNamesTest, APolicysKindOfFirmIsNamedByItsPlace) {
  EXPECT_EQ(Orgs("强村公司的设立，让各村发展壮大。"), Strings{});
  EXPECT_EQ(Orgs("良渚强村公司与村民签约。"), Strings{"良渚强村公司|company"});
}

}  // namespace
}  // namespace zhcorpus
