#include "zhcorpus/records.h"

#include <gtest/gtest.h>

#include <sstream>

namespace zhcorpus {
namespace {

TEST(RecordLineReader, SkipsBlankLinesDropsCrAndCountsEveryLine) {
  std::istringstream in("{\"id\":\"a\"}\r\n\n  \t\r\n{\"id\":\"b\"}\nlast line without end");
  RecordLineReader lines(in);
  std::string_view line;
  ASSERT_TRUE(lines.Next(&line));
  EXPECT_EQ(line, "{\"id\":\"a\"}");
  EXPECT_EQ(lines.line_number(), 1u);
  ASSERT_TRUE(lines.Next(&line));
  EXPECT_EQ(line, "{\"id\":\"b\"}");
  EXPECT_EQ(lines.line_number(), 4u);  // the blank lines 2 and 3 still count
  ASSERT_TRUE(lines.Next(&line));
  EXPECT_EQ(line, "last line without end");
  EXPECT_EQ(lines.line_number(), 5u);
  EXPECT_FALSE(lines.Next(&line));
}

TEST(RecordLineReader, AnEmptyInputHasNoLines) {
  std::istringstream in("\n\r\n");
  RecordLineReader lines(in);
  std::string_view line;
  EXPECT_FALSE(lines.Next(&line));
}

TEST(JsonlReader, ReadsRecordsAndKeepsFieldOrder) {
  std::istringstream in("{\"z\":1,\"text\":\"杭州\",\"a\":2}\n\n{\"text\":\"嘉兴\"}\n");
  JsonlReader reader(in, "in.jsonl");
  JsonlLine line;
  ASSERT_TRUE(reader.Next(&line));
  EXPECT_FALSE(line.error);
  EXPECT_EQ(line.record.dump(), "{\"z\":1,\"text\":\"杭州\",\"a\":2}");
  ASSERT_TRUE(reader.Next(&line));
  EXPECT_EQ(line.line, 3u);  // the blank line still counts
  EXPECT_FALSE(reader.Next(&line));
}

TEST(JsonlReader, BadLineIsAnErrorWithLineAndByteAndStreamGoesOn) {
  std::istringstream in("{\"text\":\"a\"}\n{\"text\" \"b\"}\n[1]\n{\"text\":\"c\"}\n");
  JsonlReader reader(in, "in.jsonl");
  JsonlLine line;
  ASSERT_TRUE(reader.Next(&line));
  ASSERT_TRUE(reader.Next(&line));
  ASSERT_TRUE(line.error);
  EXPECT_EQ(line.error->line, 2u);
  EXPECT_NE(line.error->ToString().find("in.jsonl:2: not JSON"), std::string::npos) << line.error->ToString();
  EXPECT_NE(line.error->reason.find("byte"), std::string::npos);
  ASSERT_TRUE(reader.Next(&line));
  ASSERT_TRUE(line.error);
  EXPECT_NE(line.error->reason.find("not a JSON object"), std::string::npos);
  ASSERT_TRUE(reader.Next(&line));
  EXPECT_FALSE(line.error);
  EXPECT_EQ(line.record["text"], "c");
}

TEST(JsonlReader, InvalidUtf8IsReportedWithItsByte) {
  std::istringstream in(std::string("{\"text\":\"\xE6\x9D\"}\n"));
  JsonlReader reader(in, "-");
  JsonlLine line;
  ASSERT_TRUE(reader.Next(&line));
  ASSERT_TRUE(line.error);
  EXPECT_EQ(line.error->ToString(), "<stdin>:1: invalid UTF-8 at byte 10");
}

TEST(CheckTextField, NamesWhatIsWrong) {
  EXPECT_EQ(CheckTextField(Json::parse("{\"text\":\"x\"}")), std::nullopt);
  EXPECT_EQ(*CheckTextField(Json::parse("{\"id\":1}")), "no \"text\" field");
  EXPECT_EQ(*CheckTextField(Json::parse("{\"text\":3}")), "\"text\" is number, not a string");
}

TEST(JsonlWriter, WritesOneCompactObjectPerLineWithoutEscapingChinese) {
  std::ostringstream out;
  JsonlWriter writer(out);
  Json rec;
  rec["title"] = "循足迹";
  rec["quote"] = "他说\"好\"";
  writer.Write(rec);
  writer.Flush();
  EXPECT_EQ(out.str(), "{\"title\":\"循足迹\",\"quote\":\"他说\\\"好\\\"\"}\n");
}

// The writer escapes strings itself (for speed): byte for byte what
// nlohmann's dump writes, for every escape, nesting and invalid UTF-8.
TEST(JsonlWriter, LineIsExactlyWhatDumpWrites) {
  Json j;
  j["text"] = "标题\"引号\"\\反斜杠\n换行\t制表\r\b\f\x01\x1f\x7f 末尾";
  j["empty"] = "";
  j["authors"] = Json::array({"王明", "李\"华"});
  j["none"] = Json::array();
  j["nested"] = {{"a", 1}, {"b", -2.5}, {"c", true}, {"d", nullptr}, {"e", Json::object()}};
  j["chars"] = 12345678901ULL;
  j["键\"名"] = "值";
  j["bad"] = std::string("ok\xC0\x80ok\xE6\x96");
  EXPECT_EQ(ToJsonLine(j), j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
  std::ostringstream out;
  JsonlWriter writer(out);
  writer.Write(j);
  writer.Flush();
  EXPECT_EQ(out.str(), ToJsonLine(j) + "\n");
}

}  // namespace
}  // namespace zhcorpus
