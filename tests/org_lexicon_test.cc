// Organisations from the imported lists (data/org_universities.tsv,
// data/org_companies.tsv; issue 11): sentences written for these tests.
#include <gtest/gtest.h>

#include "org_test_fixture.h"
#include "zhcorpus/tagger.h"

namespace zhcorpus {
namespace {

class OrgLexiconTest : public testing::OrgTaggerTest {
 protected:
  // "text|kind|region" per org, in order ("-" for a null region).
  static std::vector<std::string> Orgs(const std::string& text) {
    std::vector<std::string> out;
    for (const Entity& e : Tag(text)) {
      const auto& region = e.norm.Get("region");
      out.push_back(e.text + "|" + e.norm.Get("kind").string() + "|" +
                    (region.is_string() ? region.string() : "-"));
    }
    return out;
  }
};

using Strings = std::vector<std::string>;

TEST_F(OrgLexiconTest, UniversityWithoutPlaceInNameTakesItsCity) {
  EXPECT_EQ(Orgs("盐城幼儿师范高等专科学校本周举行了毕业典礼。"),
            Strings{"盐城幼儿师范高等专科学校|university|盐城市"});
  EXPECT_EQ(Orgs("今年暑假南方科技大学招收了一批新生。"), Strings{"南方科技大学|university|深圳市"});
}

TEST_F(OrgLexiconTest, PlaceInsideTheNameWinsOverTheSeat) {
  EXPECT_EQ(Orgs("河北师范大学的学生参加了比赛。"), Strings{"河北师范大学|university|河北省"});
}

TEST_F(OrgLexiconTest, UniversitiesByTheirShortFormsInNewsTakeTheirCity) {
  EXPECT_EQ(Orgs("青禾电器与南理工合作研发新型开关。"), (Strings{"青禾电器|company|-", "南理工|university|南京市"}));
  EXPECT_EQ(Orgs("扬大团队主持完成的项目获一等奖。"), Strings{"扬大|university|扬州市"});
  // A short form that is also an everyday word is left out (重大 = major).
  EXPECT_EQ(Orgs("这是一项重大成果。"), Strings{});
}

TEST_F(OrgLexiconTest, UniversitiesNamedByPlaceAndFieldByTheirShortForms) {
  // Derived from the Ministry's list: place + 理工/师大/农大/医大/财大/交大/科大/工大.
  EXPECT_EQ(Orgs("大连理工与青岛农大联合培养研究生。"),
            (Strings{"大连理工|university|大连市", "青岛农大|university|青岛市"}));
  EXPECT_EQ(Named("西南财大发布了小微企业调查报告。"), Strings{"西南财大|西南财经大学"});
  // The full name still wins, and a firm that only begins with a school's short form stays the firm.
  EXPECT_EQ(Orgs("大连理工大学今年招生。"), Strings{"大连理工大学|university|大连市"});
  EXPECT_EQ(Orgs("上海交大教育服务集团与区政府签约。"),
            (Strings{"上海交大教育服务集团|company|上海市", "区政府|government|-"}));
}

TEST_F(OrgLexiconTest, SchoolOfAUniversityIsOneName) {
  EXPECT_EQ(Orgs("她在北京大学国际关系学院读研究生。"), Strings{"北京大学国际关系学院|university|北京市"});
}

TEST_F(OrgLexiconTest, ListedCompanyShortNameUsedOnceIsACompanyWithItsProvince) {
  EXPECT_EQ(Orgs("恒瑞医药和片仔癀的股价昨天都上涨了。"),
            (Strings{"恒瑞医药|company|江苏省", "片仔癀|company|福建省"}));
}

TEST_F(OrgLexiconTest, ShortNameFollowedByANounIsNotACompany) {
  // 浙江医药 is a listed company's short name, but here it is the province's pharmaceutical industry.
  EXPECT_EQ(Orgs("浙江医药产业规模持续扩大。"), Strings{});
}

TEST_F(OrgLexiconTest, OutletInADatelineIsMedia) {
  EXPECT_EQ(Orgs("新华社宁波5月6日电（记者张三）今天上午，某会议召开。"), Strings{"新华社|media|-"});
  EXPECT_EQ(Orgs("中新网上海5月6日电 当天下午举行了发布会。"), Strings{"中新网|media|-"});
}

TEST_F(OrgLexiconTest, OutletLeadingAReportIsMedia) {
  EXPECT_EQ(Orgs("北方日报讯（记者李四）昨天下午举行了签约仪式。"), Strings{"北方日报|media|-"});
  EXPECT_EQ(Orgs("云帆在线消息 近日举行了签约仪式。"), Strings{"云帆在线|media|-"});
  EXPECT_EQ(Orgs("据中国政府网消息，有关方面出台了新规。"), Strings{"中国政府网|media|-"});
}

TEST_F(OrgLexiconTest, OutletsOfASourceLineAreMedia) {
  EXPECT_EQ(Orgs("来源：星河新闻网-星河日报作者：王五"), (Strings{"星河新闻网|media|-", "星河日报|media|-"}));
}

TEST_F(OrgLexiconTest, NoOutletWithoutADatelineOrSourceLine) {
  EXPECT_EQ(Orgs("他于3月2日电话联系了对方。"), Strings{});
  EXPECT_EQ(Orgs("本报北京3月2日电 记者从会上获悉。"), Strings{});
  EXPECT_EQ(Orgs("公司发布的消息显示，利润增长。"), Strings{});
}

TEST_F(OrgLexiconTest, ShortNameMadeOfEverydayWordsIsNotACompany) {
  EXPECT_EQ(Orgs("推动线上线下融合发展。"), Strings{});
}

}  // namespace
}  // namespace zhcorpus
