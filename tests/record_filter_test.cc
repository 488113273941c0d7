// The record filter behind `filter` and the corpus tools: dates, outlets,
// regions with the places below them, organisations, patterns.
#include <gtest/gtest.h>

#include <optional>

#include "test_config.h"
#include "zhcorpus/record_filter.h"
#include "zhcorpus/region_scope.h"

namespace zhcorpus {
namespace {

const RegionGazetteer& Gazetteer() {
  static const RegionGazetteer g = *RegionGazetteer::Load(testing::kBuildDataDir);
  return g;
}

TaggedEntity Region(std::string text, std::string norm) {
  return {"region", std::move(text), 0, 0, Json::parse(norm)};
}

TaggedEntity Org(std::string name) {
  return {"org", name, 0, 0, Json{{"name", name}, {"kind", "university"}, {"region", nullptr}}};
}

TaggedRecord Dated(std::string date) {
  TaggedRecord r;
  r.date = std::move(date);
  r.text = "嘉兴市今年新增科技企业40家。";
  return r;
}

TEST(RegionScope, AProvinceHoldsItsCitiesCountiesAndTowns) {
  auto zj = RegionScope::Resolve("浙江省", &Gazetteer());
  ASSERT_TRUE(zj.ok()) << zj.status().message();
  EXPECT_EQ(zj->code(), "330000");
  EXPECT_TRUE(zj->ContainsCode("330400"));     // 嘉兴市
  EXPECT_TRUE(zj->ContainsCode("330483"));     // 桐乡市
  EXPECT_TRUE(zj->ContainsCode("330483101"));  // 濮院镇
  EXPECT_FALSE(zj->ContainsCode("320106"));    // 南京的鼓楼区
  EXPECT_FALSE(zj->ContainsCode("长三角"));
}

TEST(RegionScope, ACityHoldsOnlyItsOwnCounties) {
  auto hz = RegionScope::Resolve("330100", nullptr);  // a code needs no gazetteer
  ASSERT_TRUE(hz.ok());
  EXPECT_TRUE(hz->ContainsCode("330106"));
  EXPECT_TRUE(hz->ContainsCode("330106008"));  // 西湖街道 in 西湖区
  EXPECT_FALSE(hz->ContainsCode("330400"));
  EXPECT_FALSE(hz->ContainsCode("330000"));  // the province is above the city, not inside it
}

TEST(RegionScope, ShortNamesResolveAndSharedNamesAskForACode) {
  auto jx = RegionScope::Resolve("嘉兴", &Gazetteer());
  ASSERT_TRUE(jx.ok());
  EXPECT_EQ(jx->code(), "330400");
  auto gulou = RegionScope::Resolve("鼓楼区", &Gazetteer());
  ASSERT_FALSE(gulou.ok());
  EXPECT_NE(gulou.status().message().find("320106"), std::string::npos);
  EXPECT_NE(gulou.status().message().find("350102"), std::string::npos);
  EXPECT_FALSE(RegionScope::Resolve("浙江省", nullptr).ok());  // a name without the gazetteer
  EXPECT_FALSE(RegionScope::Resolve("长三角", &Gazetteer()).ok());  // no code, no area
}

TEST(RegionScope, TownsAbbreviationRunsAndSharedNamesInMentions) {
  auto jx = *RegionScope::Resolve("330400", &Gazetteer());
  EXPECT_TRUE(jx.ContainsMention(Json::parse(R"({"name":"濮院镇","code":null,"level":"town","parent":"浙江省"})")));
  EXPECT_FALSE(jx.ContainsMention(Json::parse(R"({"name":"西湖街道","code":null,"level":"town","parent":"浙江省"})")));
  auto zj = *RegionScope::Resolve("330000", &Gazetteer());
  EXPECT_TRUE(zj.ContainsMention(Json::parse(
      R"({"name":"沪苏浙皖","code":null,"level":"macro","parent":null,"members":["上海市","江苏省","浙江省","安徽省"]})")));
  auto js = *RegionScope::Resolve("320000", &Gazetteer());
  EXPECT_TRUE(js.ContainsMention(Json::parse(
      R"({"name":"鼓楼区","code":null,"level":"county","parent":null,"candidates":[{"code":"320106"},{"code":"320302"}]})")));
  EXPECT_FALSE(js.ContainsMention(Json::parse(
      R"({"name":"鼓楼区","code":null,"level":"county","parent":null,"candidates":[{"code":"320106"},{"code":"350102"}]})")));
}

TEST(RecordFilter, DateBoundsAreInclusiveAndCoverWholeMonths) {
  RecordCriteria c;
  c.since = "2024-01";
  c.until = "2024-06";
  auto f = RecordFilter::Create(c, nullptr);
  ASSERT_TRUE(f.ok());
  EXPECT_FALSE(f->Keeps(Dated("2023-12-31")));
  EXPECT_TRUE(f->Keeps(Dated("2024-01-01")));
  EXPECT_TRUE(f->Keeps(Dated("2024-06-30")));
  EXPECT_FALSE(f->Keeps(Dated("2024-07-01")));
  EXPECT_FALSE(f->Keeps(Dated("")));  // undated: in no range
}

TEST(RecordFilter, MalformedDatesAndTypesAreUsageErrors) {
  RecordCriteria c;
  c.since = "2024-13";
  auto f = RecordFilter::Create(c, nullptr);
  ASSERT_FALSE(f.ok());
  EXPECT_NE(f.status().message().find("YYYY-MM"), std::string::npos);
  RecordCriteria t;
  t.entities.types = {"person"};
  EXPECT_FALSE(RecordFilter::Create(t, nullptr).ok());
  RecordCriteria p;
  p.patterns = {"科技("};
  EXPECT_FALSE(RecordFilter::Create(p, nullptr).ok());
}

TEST(RecordFilter, DifferentCriteriaAllHoldRepeatedValuesAreAlternatives) {
  RecordCriteria c;
  c.entities.regions = {"浙江省"};
  c.entities.orgs = {"嘉兴学院", "浙江大学"};
  auto f = RecordFilter::Create(c, &Gazetteer());
  ASSERT_TRUE(f.ok()) << f.status().message();
  TaggedRecord both = Dated("2024-03-01");
  both.entities = {Region("桐乡", R"({"name":"桐乡市","code":"330483","level":"county","parent":"浙江省"})"),
                   Org("嘉兴学院")};
  EXPECT_TRUE(f->Keeps(both));
  TaggedRecord only_org = Dated("2024-03-01");
  only_org.entities = {Org("浙江大学"),
                       Region("南京", R"({"name":"南京市","code":"320100","level":"city","parent":"江苏省"})")};
  EXPECT_FALSE(f->Keeps(only_org));
  EXPECT_NE(f->Describe().find("浙江省 (330000)"), std::string::npos);
}

TEST(RecordFilter, OutletPatternAndInvert) {
  RecordCriteria c;
  c.outlets = {"嘉兴日报"};
  c.patterns = {"科技企业\\d+家"};
  TaggedRecord r = Dated("2024-03-01");
  r.outlet = "嘉兴日报";
  EXPECT_TRUE(RecordFilter::Create(c, nullptr)->Keeps(r));
  c.invert = true;
  EXPECT_FALSE(RecordFilter::Create(c, nullptr)->Keeps(r));
  r.outlet = "新华社";
  EXPECT_TRUE(RecordFilter::Create(c, nullptr)->Keeps(r));
}

TEST(TaggedRecordParse, ReadsPartsAskedForAndNamesBadEntities) {
  const std::string line =
      R"({"id":"a#1","date":"2024-05-02","text":"湖州市安吉县启动。","entities":[{"type":"region","text":"湖州市安吉县","start":0,"end":6,"norm":{"name":"安吉县","code":"330523"}}],"tokens":[["湖州市","ns"],["安吉县","ns"],["启动","v"],["。","x"]]})";
  TaggedRecord r;
  ASSERT_EQ(ParseTaggedRecord(line, &r, kWithEntities), std::nullopt);
  EXPECT_EQ(r.entities.size(), 1u);
  EXPECT_FALSE(r.has_tokens);
  ASSERT_EQ(ParseTaggedRecord(line, &r), std::nullopt);
  ASSERT_EQ(r.tokens.size(), 4u);
  EXPECT_EQ(r.tokens[1].pos, "ns");
  EXPECT_EQ(NormString(r.entities[0].norm, "code"), "330523");
  auto why = ParseTaggedRecord(R"({"text":"短。","entities":[{"type":"org","start":0,"end":9}]})", &r);
  ASSERT_TRUE(why.has_value());
  EXPECT_NE(why->find("entities[0]"), std::string::npos);
  EXPECT_TRUE(ParseTaggedRecord("{\"text\": 3}", &r).has_value());
  EXPECT_TRUE(ParseTaggedRecord("not json", &r).has_value());
}

TEST(TaggedRecordParse, CheckingALineAgreesWithParsingIt) {
  for (const std::string line : {R"({"text":"某市","x":[1,{"y":2}]})", R"({"text":"某市")", R"({"id":"a"})",
                                 R"({"text":3})", "[1]", "{\"text\":\"\xff\"}", R"({"text":"a"} x)"}) {
    TaggedRecord record;
    EXPECT_EQ(CheckRecordLine(line).has_value(), ParseTaggedRecord(line, &record, 0).has_value()) << line;
  }
  EXPECT_EQ(CheckRecordLine(R"({"id":"a"})"), "no string field \"text\"");
}

TEST(TaggedRecordParse, TokensAlignWithTheTextInCodePoints) {
  const std::u32string text = U"安吉县 启动。";
  auto spans = AlignTokens(text, {{"安吉县", ""}, {"启动", ""}, {"。", ""}});
  ASSERT_TRUE(spans);
  EXPECT_EQ((*spans)[1], (std::pair<std::size_t, std::size_t>{4, 6}));
  EXPECT_FALSE(AlignTokens(text, {{"启动", ""}, {"安吉县", ""}}));
}

}  // namespace
}  // namespace zhcorpus
