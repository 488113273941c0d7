// The scan under `tag`: member spans, JSON's grammar, the nesting limit.
#include "io/json_scan.h"

#include <gtest/gtest.h>

namespace zhcorpus {
namespace {

std::vector<std::string> Keys(const ScannedObject& o) {
  std::vector<std::string> keys;
  for (const JsonMember& m : o.members) keys.emplace_back(o.line.substr(m.key_begin, m.key_end - m.key_begin));
  return keys;
}

TEST(JsonScan, FindsEachMemberWithItsValueBytes) {
  const std::string line = R"( {"id":"a#1", "n" : 2.50 ,"text":"杭州市\n发布","x":[{"y":null}]} )";
  ScannedObject o;
  ASSERT_TRUE(ScanJsonObject(line, &o).ok());
  EXPECT_EQ(Keys(o), (std::vector<std::string>{"\"id\"", "\"n\"", "\"text\"", "\"x\""}));
  EXPECT_EQ(o.Value(o.members[1]), "2.50");
  EXPECT_EQ(o.Value(o.members[3]), R"([{"y":null}])");
  EXPECT_EQ(line[o.close], '}');
  std::string text;
  DecodeJsonString(o.Value(*o.Find("text")), &text);
  EXPECT_EQ(text, "杭州市\n发布");
}

TEST(JsonScan, NumbersAreCheckedNotConverted) {
  ScannedObject o;
  EXPECT_TRUE(ScanJsonObject(R"({"a":1e400,"b":123456789012345678901234567890,"c":-0.5E-3})", &o).ok());
  EXPECT_EQ(o.Value(o.members[0]), "1e400");
  for (const char* bad : {R"({"a":01})", R"({"a":1.})", R"({"a":.5})", R"({"a":1e})", R"({"a":+1})", R"({"a":-})"}) {
    EXPECT_FALSE(ScanJsonObject(bad, &o).ok()) << bad;
  }
}

TEST(JsonScan, ErrorsSayWhatWasExpectedAndAtWhichByte) {
  ScannedObject o;
  EXPECT_EQ(ScanJsonObject(R"({"text" "好"})", &o).message(), "not JSON: expected ':' at byte 9");
  EXPECT_EQ(ScanJsonObject(R"({"text":"好")", &o).message(), "not JSON: expected ',' or '}' at the end of the line");
  EXPECT_EQ(ScanJsonObject(R"({"a":[1 2]})", &o).message(), "not JSON: expected ',' or ']' at byte 9");
  EXPECT_EQ(ScanJsonObject(R"({"a":tru})", &o).message(), "not JSON: expected a value at byte 6");
  EXPECT_EQ(ScanJsonObject(R"({"a":1} x)", &o).message(), "not JSON: expected the end of the line at byte 9");
  EXPECT_EQ(ScanJsonObject("{\"a\":\"\t\"}", &o).message(), "not JSON: control character in a string at byte 7");
  EXPECT_EQ(ScanJsonObject(R"(["text"])", &o).message(), "not a JSON object but array");
  EXPECT_EQ(ScanJsonObject("  ", &o).message(), "not JSON: empty line");
}

TEST(JsonScan, SurrogatesMustPairAndDecodeToOneCharacter) {
  ScannedObject o;
  ASSERT_TRUE(ScanJsonObject(R"({"t":"\ud842\udfb7\u6587\/"})", &o).ok());
  std::string t;
  DecodeJsonString(o.Value(o.members[0]), &t);
  EXPECT_EQ(t, "𠮷文/");
  EXPECT_FALSE(ScanJsonObject(R"({"t":"\ud842x"})", &o).ok());
  EXPECT_FALSE(ScanJsonObject(R"({"t":"\udfb7"})", &o).ok());
  EXPECT_FALSE(ScanJsonObject(R"({"t":"\x"})", &o).ok());
}

TEST(JsonScan, NestingDeeperThanTheLimitIsAnErrorNotACrash) {
  const std::size_t levels = 200000;
  const std::string deep = "{\"x\":" + std::string(levels, '[') + std::string(levels, ']') + "}";
  ScannedObject o;
  Status s = ScanJsonObject(deep, &o);
  EXPECT_EQ(s.message(), "not JSON: nested deeper than 512 levels at byte 517");
  const std::string ok = "{\"x\":" + std::string(511, '[') + std::string(511, ']') + "}";
  EXPECT_TRUE(ScanJsonObject(ok, &o).ok());
}

TEST(JsonScan, EscapedKeysCompareDecodedAndTheLastDuplicateWins) {
  ScannedObject o;
  ASSERT_TRUE(ScanJsonObject(R"({"\u0074ext":"一","text":"二"})", &o).ok());
  EXPECT_TRUE(o.KeyIs(o.members[0], "text"));
  EXPECT_EQ(o.Find("text"), &o.members[1]);
  EXPECT_EQ(o.Find("date"), nullptr);
}

// Issue #14: `1e400` passes through tag, so filter, concord, report, stats
// and export must read the record too (nlohmann alone refuses it).
TEST(JsonScan, NumbersBeyondADoublesRangeAreQuotedForTreeParsers) {
  std::string out = "untouched";
  EXPECT_FALSE(QuoteOutOfRangeNumbers(R"({"a":1e300,"b":-2.5e-400,"c":123456789012345678901234567890,"t":"1e400"})", &out));
  EXPECT_EQ(out, "untouched");
  ASSERT_TRUE(QuoteOutOfRangeNumbers(R"({"n":1e400,"m":[-1E+999, 2],"t":"x\"1e400"})", &out));
  EXPECT_EQ(out, R"({"n":"1e400","m":["-1E+999", 2],"t":"x\"1e400"})");
  ASSERT_TRUE(QuoteOutOfRangeNumbers("[" + std::string(400, '9') + "]", &out));
  EXPECT_EQ(out, "[\"" + std::string(400, '9') + "\"]");
}

// The jump from quote to quote under the nesting check and the number quoting:
// a quote after an odd run of backslashes is part of the string.
TEST(JsonScan, StringCloseSkipsEscapedQuotesAndCountsBackslashRuns) {
  const std::string line = R"({"t":"他说\"好\"","u":"a\\","v":"b\\\"c"})";
  EXPECT_EQ(line.substr(StringClose(line, 5), 2), "\",");
  EXPECT_EQ(StringClose(line, line.find("a\\\\") - 1), line.find("a\\\\") + 3);
  const std::size_t v = line.find("b\\") - 1;
  EXPECT_EQ(line.substr(StringClose(line, v)), "\"}");
  EXPECT_EQ(StringClose("\"unterminated\\\"", 0), 15u);
  // Brackets and numbers inside strings count for nothing, escaped quote or not.
  const std::string deep_in_string = "{\"x\":\"\\\"" + std::string(600, '[') + "\"}";
  EXPECT_EQ(FindTooDeepNesting(deep_in_string), std::string_view::npos);
  std::string out;
  EXPECT_FALSE(QuoteOutOfRangeNumbers(R"({"t":"\"1e400\\","n":1})", &out));
  EXPECT_TRUE(QuoteOutOfRangeNumbers(R"({"t":"\\","n":1e400})", &out));
  EXPECT_EQ(out, R"({"t":"\\","n":"1e400"})");
}

}  // namespace
}  // namespace zhcorpus
