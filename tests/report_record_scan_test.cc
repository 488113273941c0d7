// report's fast record scan (record_scan.cc) against the general SAX reader:
// wherever the scan takes a line it must read what the general reader reads,
// and every unusual line must go to the general reader (same errors).
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "report/record.h"

namespace zhcorpus {
namespace {

const char* const kRecord =
    R"({"id":"新闻#1","source":"a.txt","title":null,"authors":["王明","李华"],"outlet":"某日报","date":"2024-03-05",)"
    R"("text":"杭州市青禾大学今年招收25名学生。\n第二段","chars":null,"entities":[)"
    R"({"type":"region","text":"杭州市","start":0,"end":3,"norm":{"name":"杭州市","code":"330100","level":"city","parent":"浙江省"}},)"
    R"({"type":"org","text":"青禾大学","start":3,"end":7,"norm":{"name":"青禾大学","kind":"university","region":null}},)"
    R"({"type":"date","text":"今年","start":7,"end":9,"norm":{"value":"2024"}},)"
    R"({"type":"metric","text":"25名","start":11,"end":14,"norm":{"value":25.5,"unit":"名","indicator":"学生","approx":null}},)"
    R"({"type":"region","text":"沪苏","start":20,"end":22,"norm":{"name":"沪苏","members":["上海","江苏"]}}],)"
    R"("tokens":[["杭州市","ns"],"大学",["a"],["a","b","c"]]})";

// Replaces the first `from` in kRecord by `to`.
std::string Edited(const std::string& from, const std::string& to) {
  std::string s = kRecord;
  const std::size_t at = s.find(from);
  EXPECT_NE(at, std::string::npos) << from;
  return at == std::string::npos ? s : s.replace(at, from.size(), to);
}

// The scan takes `line` and reads exactly what the general reader reads.
void ExpectScanned(const std::string& line) {
  ReportArticle scanned, general;
  ASSERT_TRUE(ScanTaggedLine(line, &scanned)) << line;
  ASSERT_EQ(ParseTaggedLineGeneral(line, &general), std::nullopt) << line;
  EXPECT_TRUE(scanned == general) << line;
}

// The scan leaves `line` to the general reader, and ParseTaggedLine gives its answer.
void ExpectGeneral(const std::string& line) {
  ReportArticle scanned, general, both;
  EXPECT_FALSE(ScanTaggedLine(line, &scanned)) << line;
  const auto why = ParseTaggedLineGeneral(line, &general);
  EXPECT_EQ(ParseTaggedLine(line, &both), why) << line;
  if (!why) EXPECT_TRUE(both == general) << line;
}

TEST(ReportRecordScanTest, ReadsATaggedRecordLikeTheGeneralReader) {
  ExpectScanned(kRecord);
  ReportArticle a;
  ASSERT_TRUE(ScanTaggedLine(kRecord, &a));
  EXPECT_EQ(a.id, "新闻#1");
  EXPECT_EQ(a.chars, 21u);  // the \n counts as one character
  ASSERT_EQ(a.entities.size(), 5u);
  EXPECT_EQ(a.entities[3].value, 25.5);
  EXPECT_EQ(a.entities[4].members, (std::vector<std::string>{"上海", "江苏"}));
  EXPECT_EQ(a.tokens.size(), 2u);  // the bare word and the one pair; [a] and [a,b,c] are dropped
}

TEST(ReportRecordScanTest, ShortEscapesAreDecodedAsTheGeneralReaderDoes) {
  ExpectScanned(Edited(R"("name":"青禾大学")", R"("name":"青禾\"大学\"\\\/\t")"));
  ExpectScanned(Edited(R"("id":"新闻#1")", R"("id":"a\nb\r\bc\f")"));
  ExpectScanned(Edited(R"("text":"杭州市)", R"("text":"\"引号\"\\杭州市)"));
}

TEST(ReportRecordScanTest, UnicodeEscapesGoToTheGeneralReader) {
  ExpectGeneral(Edited(R"("name":"青禾大学")", R"("name":"\u9752\u79be大学")"));
  ExpectGeneral(Edited(R"("name":"青禾大学")", R"("name":"\ud800")"));  // lone surrogate: refused
  ExpectGeneral(Edited(R"("id":"新闻#1")", R"("i\u0064":"x")"));
  ExpectGeneral(Edited(R"("text":")", R"("te\u0078t":")"));
  ExpectScanned(Edited(R"("text":"杭州市)", R"("text":"\u676d\ud83d\ude00州市)"));  // text: only counted
}

TEST(ReportRecordScanTest, NestedNormObjectsAndOddElementsAreSkippedAlike) {
  ExpectScanned(Edited(R"("kind":"university")", R"("kind":"university","extra":{"norm":{"name":"x"},"a":[1,[2],{"b":null}]})"));
  ExpectScanned(Edited(R"("members":["上海","江苏"])", R"("members":["上海",1,["x"],{"y":"z"},true])"));
  ExpectScanned(Edited(R"("authors":["王明","李华"])", R"("authors":[1,null,["x"],{"a":"b"},"王五"])"));
  ExpectScanned(Edited(R"({"type":"region")", R"("字符串",[1,{"type":"org"}],3,{"type":"region")"));
  ExpectScanned(Edited(R"("tokens":[)", R"("tokens":[["x",["y"]],[{"a":1},"b","c"],)"));
  ExpectScanned(Edited(R"("norm":{"name":"杭州市")", R"("norm":[1],"norm":{"name":"杭州市")"));
}

TEST(ReportRecordScanTest, MissingFieldsAndWrongTypesReadLikeTheGeneralReader) {
  ExpectScanned(R"({"text":"只有正文"})");
  ExpectScanned(Edited(R"("id":"新闻#1")", R"("id":7,"date2":1)"));
  ExpectScanned(Edited(R"("authors":["王明","李华"])", R"("authors":"王明")"));
  ExpectScanned(Edited(R"("tokens":[)", R"("tokens":"x","t":[)"));
  ExpectScanned(Edited(R"("start":0,"end":3)", R"("start":"0","end":null)"));
  ExpectScanned(Edited(R"("start":0,"end":3)", R"("start":3.7,"end":-1)"));
  ExpectScanned(Edited(R"("value":25.5)", R"("value":"25")"));
  ExpectScanned(Edited(R"("value":25.5)", R"("value":-3)"));
  for (const char* chars : {"12", "-5", "12.0", "-0", "\"12\"", "[12]"})
    ExpectScanned(Edited(R"("chars":null)", std::string(R"("chars":)") + chars));
  // Duplicates: the last scalar wins, arrays add up, as SAX events do.
  ExpectScanned(Edited(R"("id":"新闻#1")", R"("id":"a","id":"b","authors":["甲"])"));
  ExpectScanned(Edited(R"("source":"a.txt")", R"("source":"a.txt","entities":[{"type":"org","norm":{"name":"先"}}])"));
}

TEST(ReportRecordScanTest, RefusedAndUnusualLinesGoToTheGeneralReader) {
  const std::string line = kRecord;
  for (const std::string& bad : {
           line.substr(0, line.size() - 1), line + "x", std::string("[1]"), std::string("null"), std::string("{}"),
           Edited(R"("text":"杭州市)", R"("text":"dup","text":"杭州市)"), Edited(R"("text":"杭州市)", R"("text":5,"x":"杭州市)"),
           Edited(R"("entities":[)", R"("entities":null,"x":[)"), Edited(R"("entities":[)", R"("entities":"x","x":[)"),
           Edited(R"("value":25.5)", R"("value":1e400)"), Edited(R"("value":25.5)", R"("value":2.5E+3)"),
           Edited(R"("value":25.5)", R"("value":123456789012345678901234)"), Edited(R"("value":25.5)", R"("value":025)"),
           Edited(R"("value":25.5)", R"("value":25.)"), Edited(R"("value":25.5)", R"("value":+25)"),
           Edited(R"("start":0)", R"("start":0,)"), Edited(R"("date":"2024-03-05")", R"("date":tru)"),
           Edited(R"("id":"新闻#1")", R"("id":"x\q")"), Edited(R"("id":"新闻#1")", "\"id\":\"x\x01\""),
           Edited(R"("kind":"university")", R"("kind":)" + std::string(100, '[') + std::string(100, ']')),
           std::string(R"({"text":"x","entities":)") + std::string(600, '[') + std::string(600, ']') + "}"})
    ExpectGeneral(bad);
  ExpectScanned(" \t" + line + " \r");
}

}  // namespace
}  // namespace zhcorpus
