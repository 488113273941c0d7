// A name right after the noun that classes it as a firm (上市公司 + 某某医药,
// 500强企业 + 某南高科): the noun says what the name is (issue 11, unseen economy
// news, src/entity/org_apposition.cc). Sentences written for these tests.
#include <gtest/gtest.h>

#include "org_test_fixture.h"

namespace zhcorpus {
namespace {

class OrgAppositionTest : public testing::OrgTaggerTest {};

using Strings = std::vector<std::string>;

TEST_F(OrgAppositionTest, ANameAfterAFirmNounIsACompany) {
  EXPECT_EQ(Orgs("中国500强企业中南高科成功招引7家企业。"), (Strings{"中南高科|company"}));
  EXPECT_EQ(Orgs("全球领先的无人配送企业新石器公司设立了区域总部。"), (Strings{"新石器公司|company"}));
}

TEST_F(OrgAppositionTest, AnActivityOrASingleWordAfterAFirmNounIsNoName) {
  EXPECT_EQ(Orgs("银行停止委托该公司交易证券。"), Strings{});
  EXPECT_EQ(Orgs("园区为企业孵化器提供场地，帮助企业申报项目。"), Strings{});
}

TEST_F(OrgAppositionTest, ALocaliserGluedBeforeABrandStaysOut) {
  // 后 glued by the HMM to the brand after it (完成后 + 某昌传感器).
  EXPECT_EQ(Orgs("收购完成后沃澜传感器将成为公司全资子公司。"), (Strings{"沃澜传感器|company"}));
}

TEST_F(OrgAppositionTest, AnAdjectiveBeforeANounGoesOnWithThePhrase) {
  EXPECT_EQ(Orgs("为公司江州锂电新材料产业基地提供用地。"), Strings{});
  EXPECT_EQ(Orgs("龙头企业江州锂电成功招引项目。"), Strings{"江州锂电|company"});
}

TEST_F(OrgAppositionTest, AFirmsRoleInBusinessStaysOutOfItsName) {
  EXPECT_EQ(Orgs("精密零件制造商宏信实业公司投入5亿元扩建新厂。"), Strings{"宏信实业公司|company"});
  EXPECT_EQ(Orgs("电池供应商天澜电池集团有限公司宣布扩产。"), Strings{"天澜电池集团有限公司|company"});
  EXPECT_EQ(Orgs("设备厂商星合智能科技有限公司中标。"), Strings{"星合智能科技有限公司|company"});
}

TEST_F(OrgAppositionTest, ARoleRightBeforeAHeadIsTheBodysField) {
  EXPECT_EQ(Orgs("江州市汽车零件供应商协会今天成立。"), Strings{"江州市汽车零件供应商协会|association"});
}

}  // namespace
}  // namespace zhcorpus
