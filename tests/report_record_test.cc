// report's line parser: finds the root "text" by a byte scan and keeps only the fields it needs.
#include <string>

#include <gtest/gtest.h>

#include "report/record.h"

namespace zhcorpus {
namespace {

TEST(ReportRecordTest, FindsTheRootTextNotAnEntityText) {
  const std::string line =
      R"({"entities":[{"type":"org","text":"浙江大学"}],"title":"text","text":"浙江大学在杭州。","x":{"text":"no"}})";
  std::size_t b = 0, e = 0;
  ASSERT_TRUE(FindRootText(line, &b, &e));
  EXPECT_EQ(line.substr(b, e - b), "浙江大学在杭州。");
  EXPECT_FALSE(FindRootText(R"({"title":"没有正文"})", &b, &e));
  // A quote escaped inside a string does not end it.
  ASSERT_TRUE(FindRootText(R"({"id":"a\"text\":","text" : "他说\"好\"。"})", &b, &e));
}

TEST(ReportRecordTest, CountsCodePointsOfEscapedText) {
  EXPECT_EQ(JsonStringCodePoints("温州"), 2u);
  // \n, é as \u00e9, and one emoji written as a surrogate pair.
  EXPECT_EQ(JsonStringCodePoints(R"(a\n\u00e9\ud83d\ude00)"), 4u);
  EXPECT_FALSE(JsonStringCodePoints(R"(bad \x escape)"));
  EXPECT_FALSE(JsonStringCodePoints(R"(short \u12)"));
  EXPECT_FALSE(JsonStringCodePoints("raw\nnewline"));
}

// Long text is counted eight bytes at a time: every mix of one-, two-,
// three- and four-byte characters and escapes, at every offset, counts one
// per character as written.
TEST(ReportRecordTest, CountsCodePointsOfLongTextAtEveryAlignment) {
  const std::string pieces[] = {"a", "é", "温", "😀", R"(\n)", R"(\u00e9)", R"(\ud83d\ude00)", R"(\")"};
  for (std::size_t start = 0; start < 8; ++start) {
    std::string raw(start, 'x');
    std::size_t expected = start;
    for (std::size_t k = 0; k < 200; ++k) {
      raw += pieces[(k * 7 + start) % 8];
      ++expected;
    }
    EXPECT_EQ(JsonStringCodePoints(raw), expected) << start;
  }
  // A control byte after a long plain run is still refused.
  EXPECT_FALSE(JsonStringCodePoints(std::string(40, 'a') + "\t" + std::string(40, 'b')));
}

TEST(ReportRecordTest, KeepsTheFieldsTheReportUses) {
  ReportArticle a;
  const std::string line =
      R"({"id":"k1","source":"k.txt","authors":["林晓"],"outlet":null,"date":"2024-05-01","text":"乐清市\"电器\"产值超过100亿元。",)"
      R"("entities":[{"type":"region","text":"乐清市","start":0,"end":3,"norm":{"name":"乐清市","code":"330382",)"
      R"("level":"county","parent":"浙江省","extra":[1,{"a":2}]}},{"type":"metric","text":"超过100亿元","start":12,"end":19,)"
      R"("norm":{"value":10000000000,"unit":"元","kind":"money","approx":"over","indicator":"产值"}}],)"
      R"("tokens":[["乐清市","ns"],["产值","n"]],"mine":{"text":"kept apart"}})";
  ASSERT_EQ(ParseTaggedLine(line, &a), std::nullopt);
  EXPECT_EQ(a.id, "k1");
  EXPECT_EQ(a.chars, 17u);  // no "chars": the text's code points
  ASSERT_EQ(a.entities.size(), 2u);
  EXPECT_EQ(a.entities[0].code, "330382");
  EXPECT_EQ(a.entities[1].indicator, "产值");
  EXPECT_EQ(a.entities[1].value, 1e10);
  ASSERT_EQ(a.tokens.size(), 2u);
  EXPECT_EQ(a.tokens[1], (std::pair<std::string, std::string>{"产值", "n"}));
}

TEST(ReportRecordTest, NamesWhatIsWrongWithABadLine) {
  ReportArticle a;
  EXPECT_EQ(ParseTaggedLine(R"({"id":"x"})", &a), "no \"text\" field");
  EXPECT_EQ(ParseTaggedLine(R"({"text":3})", &a), "\"text\" is number, not a string");
  EXPECT_EQ(ParseTaggedLine(R"({"text":"好","entities":{}})", &a), "\"entities\" is not an array");
  EXPECT_EQ(ParseTaggedLine(R"(["text"])", &a), "not a JSON object but array");
  EXPECT_NE(ParseTaggedLine(R"({"text":"好",)", &a)->find("not JSON"), std::string::npos);
  // The byte is counted in the line as read, the text included (好 is 3 bytes).
  EXPECT_NE(ParseTaggedLine(R"({"text":"好好","id":x})", &a)->find("(byte 23)"), std::string::npos);
  EXPECT_NE(ParseTaggedLine("{\"text\":\"\xff\"}", &a)->find("invalid UTF-8"), std::string::npos);
}

}  // namespace
}  // namespace zhcorpus
