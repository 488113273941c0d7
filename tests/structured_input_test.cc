// Structured dumps and archives: one article per record, field names
// mapped, other fields kept under `meta`, bad rows and members named and
// skipped. Every file here is written by the test.
#include <archive.h>
#include <archive_entry.h>
#include <gtest/gtest.h>
#include <unicode/ucnv.h>

#include <filesystem>
#include <fstream>

#include "tool_runner.h"
#include "zhcorpus/ingest.h"
#include "test_files.h"
#include "temp_dir.h"

namespace zhcorpus {
namespace {

namespace fs = std::filesystem;
using testing::IngestCollected;
using testing::Ingested;
using testing::WriteArchive;


TEST(StructuredInput, JsonLinesWithChineseFieldNames) {
  const std::string jsonl =
      "{\"标题\":\"东湖高新区新增企业三千家\",\"正文\":\"今年以来，东湖高新区新增市场主体三千余家。\\n其中科技型企业占六成。\","
      "\"发布时间\":\"2024年3月1日 10:00\",\"来源\":\"江城日报\",\"频道\":\"经济\",\"id\":\"a17\"}\n"
      "not json at all\n"
      "\n"
      "{\"title\":\"无正文的记录\"}\n"
      "{\"content\":\"第二篇文章的正文。\",\"time\":1709258400,\"url\":\"https://example.com/2\"}\n";
  Ingested c = IngestCollected(jsonl, "dump.jsonl");
  ASSERT_EQ(c.articles.size(), 2u);
  const Article& a = c.articles[0];
  EXPECT_EQ(a.id, "dump#a17");  // the record's own id
  EXPECT_EQ(a.title, "东湖高新区新增企业三千家");
  EXPECT_EQ(a.text, "今年以来，东湖高新区新增市场主体三千余家。\n其中科技型企业占六成。");
  EXPECT_EQ(a.date, "2024-03-01");
  EXPECT_EQ(a.outlet, "江城日报");
  EXPECT_EQ(a.meta, Json({{"频道", "经济"}}));
  EXPECT_EQ(c.articles[1].date, "2024-03-01");  // epoch seconds
  EXPECT_EQ(c.articles[1].url, "https://example.com/2");
  EXPECT_EQ(c.articles[1].id, "dump#2");
  ASSERT_EQ(c.errors.size(), 2u);
  EXPECT_EQ(c.errors[0].line, 2u);
  EXPECT_EQ(c.errors[0].reason, "not JSON");
  EXPECT_EQ(c.errors[1].line, 4u);
  EXPECT_NE(c.errors[1].reason.find("--text-field"), std::string::npos);
}

TEST(StructuredInput, FieldFlagsNameOddFields) {
  IngestOptions options;
  options.fields.text = {"story"};
  options.fields.date = {"when"};
  Ingested c = IngestCollected("{\"story\":\"长江大桥完成年度检修。\",\"when\":\"昨天\"}\n", "x.jsonl", options);
  ASSERT_EQ(c.articles.size(), 1u);
  EXPECT_EQ(c.articles[0].text, "长江大桥完成年度检修。");
  EXPECT_FALSE(c.articles[0].date);  // not guessed
  ASSERT_EQ(c.warnings.size(), 1u);
  EXPECT_NE(c.warnings[0].find("date \"昨天\" not understood"), std::string::npos);
  EXPECT_TRUE(c.skipped.empty());
}

TEST(StructuredInput, JsonArrayOfArticles) {
  Ingested c = IngestCollected("[{\"title\":\"甲\",\"text\":\"第一篇。\"}, {\"title\":\"乙\",\"text\":\"第二篇。\"}, 5]", "a.json");
  ASSERT_EQ(c.articles.size(), 2u);
  EXPECT_EQ(c.articles[1].title, "乙");
  ASSERT_EQ(c.errors.size(), 1u);
  EXPECT_EQ(c.errors[0].line, 3u);  // the third element
}

TEST(StructuredInput, CsvWithQuotedNewlinesAndABadRow) {
  const std::string csv =
      "title,content,date,source\n"
      "\"江城地铁新线开通\",\"第一段，说明线路走向。\n第二段，\"\"便民\"\"措施。\",2024/3/1,江城晚报\n"
      "少一列,只有两列\n"
      "第二篇,正文二,2024-03-02,江城日报\n";
  Ingested c = IngestCollected(csv, "export.csv");
  ASSERT_EQ(c.articles.size(), 2u);
  EXPECT_EQ(c.articles[0].text, "第一段，说明线路走向。\n第二段，\"便民\"措施。");  // "" inside quotes is one "
  EXPECT_EQ(c.articles[0].date, "2024-03-01");
  EXPECT_EQ(c.articles[0].outlet, "江城晚报");
  ASSERT_EQ(c.errors.size(), 1u);
  EXPECT_EQ(c.errors[0].line, 4u);  // the row after the two-line record
  Ingested tsv = IngestCollected("title\ttext\n标题一\t正文一。\n", "meta.tsv");
  ASSERT_EQ(tsv.articles.size(), 1u);
  EXPECT_EQ(tsv.articles[0].text, "正文一。");
}

std::string Gb18030(const std::string& utf8) {
  UErrorCode err = U_ZERO_ERROR;
  std::string out(utf8.size() * 2 + 16, '\0');
  const int32_t n = ucnv_convert("GB18030", "UTF-8", out.data(), static_cast<int32_t>(out.size()), utf8.data(),
                                 static_cast<int32_t>(utf8.size()), &err);
  out.resize(static_cast<std::size_t>(n));
  return out;
}

TEST(StructuredInput, Gb18030DocRecords) {
  const std::string docs =
      "<doc>\n<url>http://news.example.cn/1.html</url>\n<docno>n001</docno>\n<contenttitle>江城新建三座公园"
      "</contenttitle>\n<content>江城今年新建三座公园，总面积四十公顷。</content>\n</doc>\n"
      "<doc>\n<url>http://news.example.cn/2.html</url>\n<docno>n002</docno>\n<contenttitle>第二条</contenttitle>\n"
      "<content>第二条新闻的正文。</content>\n</doc>\n";
  Ingested c = IngestCollected(Gb18030(docs), "news.txt");
  ASSERT_EQ(c.articles.size(), 2u);
  EXPECT_EQ(c.articles[0].encoding, "GB18030");
  EXPECT_EQ(c.articles[0].id, "news#n001");
  EXPECT_EQ(c.articles[0].title, "江城新建三座公园");
  EXPECT_EQ(c.articles[0].text, "江城今年新建三座公园，总面积四十公顷。");
  EXPECT_EQ(c.articles[0].url, "http://news.example.cn/1.html");
}


const std::string kPage = "江城发布新政\n\n本报讯 3月1日，江城市政府发布支持科技企业的新政。\n";

TEST(ArchiveInput, TarGzHoldingAFolderNamesEachMember) {
  const fs::path dir = testing::FreshTempDir("zhcorpus_archive_test");
  WriteArchive(dir / "corpus.tar.gz", "pax", "gzip",
               {{"corpus/2024/a.txt", kPage}, {"corpus/2024/b.jsonl", "{\"text\":\"记录正文。\"}\n"},
                {"corpus/.hidden.txt", kPage}, {"corpus/c.bin", std::string("\0\1\2\3", 4)}});
  IngestedFile file;
  auto result = IngestFile((dir / "corpus.tar.gz").string(), {});
  ASSERT_TRUE(result.ok()) << result.status().message();
  ASSERT_EQ(result->articles.size(), 2u);
  EXPECT_EQ(result->articles[0].source, (dir / "corpus.tar.gz").string() + ":corpus/2024/a.txt");
  EXPECT_EQ(result->articles[0].id, "corpus/corpus/2024/a#1");
  EXPECT_EQ(result->articles[1].text, "记录正文。");
  EXPECT_TRUE(result->skipped);  // c.bin, binary
  fs::remove_all(dir);
}

TEST(ArchiveInput, ZipAndLoneGzipFiles) {
  const fs::path dir = testing::FreshTempDir("zhcorpus_archive_test2");
  WriteArchive(dir / "pages.zip", "zip", "none", {{"x/page.txt", kPage}});
  WriteArchive(dir / "dump.jsonl.gz", "raw", "gzip", {{"data", "{\"text\":\"压缩的记录。\"}\n"}});
  auto zip = IngestFile((dir / "pages.zip").string(), {});
  ASSERT_TRUE(zip.ok()) << zip.status().message();
  ASSERT_EQ(zip->articles.size(), 1u);
  EXPECT_EQ(zip->articles[0].source, (dir / "pages.zip").string() + ":x/page.txt");
  auto gz = IngestFile((dir / "dump.jsonl.gz").string(), {});
  ASSERT_TRUE(gz.ok()) << gz.status().message();
  ASSERT_EQ(gz->articles.size(), 1u);
  EXPECT_EQ(gz->articles[0].text, "压缩的记录。");
  EXPECT_EQ(gz->articles[0].id, "dump#1");
  // A damaged archive is an error naming it; the run goes on (exit 1).
  std::ofstream(dir / "broken.zip", std::ios::binary) << "PK\x03\x04 not really a zip";
  testing::ToolRun run = testing::RunTool("ingest", "-q " + (dir / "broken.zip").string() + " " + (dir / "pages.zip").string());
  EXPECT_EQ(run.exit_code, 1);
  EXPECT_NE(run.err.find("broken.zip"), std::string::npos) << run.err;
  EXPECT_EQ(std::count(run.out.begin(), run.out.end(), '\n'), 1);
  fs::remove_all(dir);
}

// Large inputs are read in pieces: with tiny pieces every record, line
// number and CSV header still comes out as from one read.
TEST(PieceReading, RecordsAndLinesSurviveTheCuts) {
  const fs::path dir = testing::FreshTempDir("zhcorpus_piece_test");
  std::string jsonl, csv = "title,content\n", docs;
  for (int i = 1; i <= 40; ++i) {
    jsonl += i == 17 ? std::string("broken line\n") : "{\"text\":\"第" + std::to_string(i) + "条记录的正文。\"}\n";
    csv += "标题" + std::to_string(i) + ",\"第一段。\n第二段" + std::to_string(i) + "。\"\n";
    docs += "<doc>\n<contenttitle>标题" + std::to_string(i) + "</contenttitle>\n<content>正文" + std::to_string(i) +
            "。</content>\n</doc>\n";
  }
  std::ofstream(dir / "a.jsonl") << jsonl;
  std::ofstream(dir / "b.csv") << csv;
  std::ofstream(dir / "c.txt", std::ios::binary) << Gb18030(docs);
  IngestOptions options;
  options.piece_bytes = 300;
  auto a = IngestFile((dir / "a.jsonl").string(), options);
  ASSERT_TRUE(a.ok()) << a.status().message();
  ASSERT_EQ(a->articles.size(), 39u);
  EXPECT_EQ(a->articles.back().text, "第40条记录的正文。");
  EXPECT_EQ(a->articles.back().id, "a#39");
  ASSERT_EQ(a->errors.size(), 1u);
  EXPECT_EQ(a->errors[0].line, 17u);
  // A record longer than a piece is read whole, not cut.
  std::ofstream(dir / "long.jsonl") << "{\"text\":\"" + std::string(1000, 'x') + "\"}\n{\"text\":\"短记录。\"}\n";
  auto long_records = IngestFile((dir / "long.jsonl").string(), options);
  ASSERT_TRUE(long_records.ok());
  EXPECT_EQ(long_records->articles.size(), 2u);
  EXPECT_TRUE(long_records->errors.empty());
  auto b = IngestFile((dir / "b.csv").string(), options);
  ASSERT_TRUE(b.ok()) << b.status().message();
  ASSERT_EQ(b->articles.size(), 40u);
  EXPECT_TRUE(b->errors.empty());
  EXPECT_EQ(b->articles[39].title, "标题40");
  EXPECT_EQ(b->articles[39].text, "第一段。\n第二段40。");
  auto c = IngestFile((dir / "c.txt").string(), options);
  ASSERT_TRUE(c.ok()) << c.status().message();
  ASSERT_EQ(c->articles.size(), 40u);
  EXPECT_EQ(c->articles[20].title, "标题21");
  EXPECT_EQ(c->articles[20].encoding, "GB18030");
  fs::remove_all(dir);
}

}  // namespace
}  // namespace zhcorpus
