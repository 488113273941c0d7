// Where large inputs are cut into pieces: a cut inside a record would split
// or lose an article, so each format's cut point is checked.
#include "article/chunking.h"

#include <gtest/gtest.h>

#include <string>

namespace zhcorpus::article {
namespace {

TEST(Chunking, JsonLinesCutAfterTheLastLineEnd) {
  const std::string bytes = "{\"text\":\"一\"}\n{\"text\":\"二\"}\n{\"text\":\"三";
  EXPECT_EQ(LastCut(bytes, InputFormat::kJsonLines), bytes.find("{\"text\":\"三"));
  EXPECT_EQ(LastCut("{\"text\":\"只有半行", InputFormat::kJsonLines), 0u);
}

TEST(Chunking, CsvNeverCutsInsideAQuotedField) {
  const std::string bytes = "title,text\n标题,\"第一段\n第二段\"\n标题二,\"还没";
  EXPECT_EQ(LastCut(bytes, InputFormat::kCsv), bytes.find("标题二"));
  // The only line ends are inside quotes: no cut.
  EXPECT_EQ(LastCut("\"第一段\n第二段\n", InputFormat::kTsv), 0u);
  // A doubled quote inside a field does not end it.
  const std::string doubled = "a,\"他说\"\"好\"\"\n然后\"\nb,c";
  EXPECT_EQ(LastCut(doubled, InputFormat::kCsv), doubled.find("b,c"));
}

TEST(Chunking, FirstRowIsTheHeaderEvenWithQuotedLineEnds) {
  EXPECT_EQ(FirstRow("title,text\n标题,正文\n"), "title,text\n");
  EXPECT_EQ(FirstRow("\"ti\ntle\",text\n标题,正文\n"), "\"ti\ntle\",text\n");
  EXPECT_EQ(FirstRow("title,text"), "title,text");
}

TEST(Chunking, DocRecordsCutAfterTheLastClosingTag) {
  const std::string bytes = "<doc id=\"1\">\n一\n</doc>\n<doc id=\"2\">\n二";
  EXPECT_EQ(LastCut(bytes, InputFormat::kDocRecords), bytes.find("</doc>") + 6);
  EXPECT_EQ(LastCut("<doc id=\"1\">\n一\n", InputFormat::kDocRecords), 0u);
}

TEST(Chunking, JsonArrayCutsOnlyBetweenCharacters) {
  // UTF-8 bytes of 中 are all >= 0x80: the cut falls after the quote.
  const std::string bytes = "[{\"text\":\"中中";
  EXPECT_EQ(LastCut(bytes, InputFormat::kJsonArray), bytes.find("中"));
  EXPECT_EQ(LastCut("中文", InputFormat::kJsonArray), 0u);
}

TEST(Chunking, TextPagesPreferAParagraphBreak) {
  const std::string bytes = "第一段。\n\n第二段第一行\n第二段第二行";
  EXPECT_EQ(LastCut(bytes, InputFormat::kText), bytes.find("第二段第一行"));
  const std::string crlf = "第一段。\n\r\n第二段\n还没完";
  EXPECT_EQ(LastCut(crlf, InputFormat::kText), crlf.find("第二段"));
  const std::string lines = "一行\n二行\n三";
  EXPECT_EQ(LastCut(lines, InputFormat::kText), lines.find("三"));
  EXPECT_EQ(LastCut("没有换行", InputFormat::kText), 0u);
}

TEST(Chunking, WebPagesAreReadWhole) {
  EXPECT_TRUE(ReadsInPieces(InputFormat::kText));
  EXPECT_TRUE(ReadsInPieces(InputFormat::kJsonLines));
  EXPECT_TRUE(ReadsInPieces(InputFormat::kCsv));
  EXPECT_FALSE(ReadsInPieces(InputFormat::kHtml));
}

}  // namespace
}  // namespace zhcorpus::article
