// Organisation recognition (issue 4): sentences written for these tests.
#include "entity/org_recognizer.h"

#include <gtest/gtest.h>

#include "org_test_fixture.h"
#include "zhcorpus/tagger.h"
#include "zhcorpus/utf8.h"

namespace zhcorpus {
namespace {

class OrgTest : public testing::OrgTaggerTest {
 protected:
  static Entity First(const std::string& text) {
    auto entities = Tag(text);
    return entities.empty() ? Entity{} : entities.front();
  }
};

using Strings = std::vector<std::string>;

TEST_F(OrgTest, PlaceAndGovernmentShortFormAreOneOrg) {
  EXPECT_EQ(Orgs("杭州市科技局近日发布了新的扶持政策。"), Strings{"杭州市科技局|government"});
}

TEST_F(OrgTest, JobTitleAndPersonStayOutside) {
  EXPECT_EQ(Orgs("复旦大学义乌研究院院长助理王明介绍了情况。"), Strings{"复旦大学义乌研究院|research"});
}

TEST_F(OrgTest, NamedSubInstituteMakesOneLongestName) {
  EXPECT_EQ(Orgs("来自复旦大学义乌研究院数字经济所的专家"), Strings{"复旦大学义乌研究院数字经济所|research"});
}

TEST_F(OrgTest, ListItemsAreSeparateOrgs) {
  EXPECT_EQ(Orgs("浙江大学、西湖大学、之江实验室共同发起倡议。"),
            (Strings{"浙江大学|university", "西湖大学|university", "之江实验室|research"}));
}

TEST_F(OrgTest, KnownAliasGetsItsFullName) {
  Entity e = First("他二十年前毕业于浙大。");
  EXPECT_EQ(e.text, "浙大");
  EXPECT_EQ(e.norm.Get("name"), "浙江大学");
  EXPECT_EQ(e.norm.Get("kind"), "university");
  EXPECT_EQ(e.norm.Get("region"), "浙江省");
}

TEST_F(OrgTest, KindComesFromTheHead) {
  EXPECT_EQ(Orgs("绍兴市委"), Strings{"绍兴市委|party"});
  EXPECT_EQ(Orgs("宁波市人民政府"), Strings{"宁波市人民政府|government"});
  EXPECT_EQ(Orgs("宁波银行"), Strings{"宁波银行|company"});
  EXPECT_EQ(Orgs("绍兴高新区"), Strings{"绍兴高新区|zone"});
  EXPECT_EQ(Orgs("浙江省软件行业协会"), Strings{"浙江省软件行业协会|association"});
  EXPECT_EQ(Orgs("杭州日报"), Strings{"杭州日报|media"});
}

TEST_F(OrgTest, ACountryBeforeANationalBodyBelongsToIt) {
  Entity e = First("法国外交部发表声明。");
  EXPECT_EQ(e.text, "法国外交部");
  EXPECT_EQ(e.norm.Get("name"), "法国外交部");
  EXPECT_EQ(e.norm.Get("kind"), "government");
}

TEST_F(OrgTest, NothingInsideAQuotedProgrammeName) {
  EXPECT_TRUE(Orgs("启动“智汇宁波科技园招商”专项行动。").empty());
}

TEST_F(OrgTest, EverydayWordsEndingLikeAHeadAreNotOrgs) {
  EXPECT_TRUE(Orgs("优化产业布局，形成发展新格局，改善公共场所。").empty());
}

TEST_F(OrgTest, GenericNounsAndCountedCategoriesAreNotOrgs) {
  EXPECT_TRUE(Orgs("不少企业和研究院参与，政府也出台了措施。").empty());
}

TEST_F(OrgTest, WordsBeforeTheNameStayOutside) {
  EXPECT_EQ(Orgs("时任绍兴市委书记的他，大力支持宁波高新区。"), (Strings{"绍兴市委|party", "宁波高新区|zone"}));
}

TEST_F(OrgTest, CategoriesAndMeetingsAreNotOrgs) {
  EXPECT_TRUE(Orgs("新建省实验室两家，省级重点企业研究院十家，并召开座谈会。").empty());
}

TEST_F(OrgTest, ListSharingAnElidedHeadGivesOneOrgPerItem) {
  auto entities = tagger_->Tag("柯桥纺织、上虞新材料等省级高新区加快发展。", std::nullopt).entities;
  ASSERT_EQ(entities.size(), 2u);
  EXPECT_EQ(entities[0].text, "柯桥纺织");
  EXPECT_EQ(entities[0].norm.Get("name"), "柯桥纺织高新区");
  EXPECT_EQ(entities[1].norm.Get("name"), "上虞新材料高新区");
  EXPECT_EQ(entities[1].norm.Get("kind"), "zone");
}

TEST_F(OrgTest, ABrandAloneLaterInTheArticleIsTheSameCompany) {
  auto entities = tagger_->Tag("浙江美嘉欣科技有限公司成立于2010年。如今，美嘉欣的产品远销海外。", std::nullopt).entities;
  std::vector<std::string> names;
  for (const Entity& e : entities) {
    if (e.type == "org") names.push_back(e.text + "=" + e.norm.Get("name").string());
  }
  EXPECT_EQ(names, (Strings{"浙江美嘉欣科技有限公司=浙江美嘉欣科技有限公司", "美嘉欣=浙江美嘉欣科技有限公司"}));
}

TEST_F(OrgTest, RegionIsTheMostSpecificPlaceInTheName) {
  EXPECT_EQ(First("宁波高新区（镇海）出台人才新政。").norm.Get("region"), "镇海区");
  EXPECT_EQ(First("上海市委召开全会。").norm.Get("region"), "上海市");
}

TEST(OrgRecognizer, BareCityPrefixTakesTheArticlesCity) {
  auto seg = Segmenter::Load({.data_dir = testing::kBuildDataDir});
  ASSERT_TRUE(seg.ok()) << seg.status().ToString();
  auto orgs = OrgRecognizer::Load(testing::kBuildDataDir);
  ASSERT_TRUE(orgs.ok()) << orgs.status().ToString();
  Document doc;
  doc.text = doc.simplified = DecodeUtf8("温州市出台新政。市科技局表示将加大投入。");
  seg->Cut(doc.simplified, &doc.tokens);
  Entity city;
  city.type = "region";
  city.start = 0;
  city.end = 3;
  city.norm = {{"name", "温州市"}, {"level", "city"}};
  std::vector<Entity> found;
  orgs->Find(doc, {city}, &found);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(EncodeUtf8(doc.text.substr(found[0].start, found[0].end - found[0].start)), "市科技局");
  EXPECT_EQ(found[0].norm.Get("region"), "温州市");
  EXPECT_EQ(found[0].norm.Get("kind"), "government");
}

TEST(OrgRecognizer, BadRowNamesFileAndLine) {
  auto orgs = OrgRecognizer::Parse("# comment\n浙江大学\tuniversity\n某某\tbank\n", "orgs.tsv");
  ASSERT_FALSE(orgs.ok());
  EXPECT_EQ(orgs.status().message(), "orgs.tsv:3: unknown kind \"bank\"");
}

TEST(OrgRecognizer, NamesIncludeAliasesAndShortForms) {
  auto orgs = OrgRecognizer::Parse("浙大\tuniversity\t浙江大学\t浙江省\n", "orgs.tsv");
  ASSERT_TRUE(orgs.ok());
  auto names = orgs->Names();
  EXPECT_NE(std::find(names.begin(), names.end(), U"浙大"), names.end());
  EXPECT_NE(std::find(names.begin(), names.end(), U"人社局"), names.end());
}

}  // namespace
}  // namespace zhcorpus
