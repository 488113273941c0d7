// Every input gives an article, an error or a named skip: a short note, an
// empty record, an empty array or archive is never passed over in silence.
// Every file here is written by the test.
#include <archive.h>
#include <archive_entry.h>
#include <gtest/gtest.h>

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

TEST(NothingSilent, OneShortLineIsAnArticle) {
  const Ingested o = IngestCollected("周末图书馆照常开放\n", "note.txt");
  ASSERT_EQ(o.articles.size(), 1u);
  EXPECT_EQ(o.articles[0].text, "周末图书馆照常开放");
  EXPECT_EQ(o.articles[0].id, "note#1");
  EXPECT_TRUE(o.skipped.empty());
}

TEST(NothingSilent, AsciiOnlyNoteIsAnArticle) {
  const Ingested o = IngestCollected("meeting moved to 3pm\n", "memo.txt");
  ASSERT_EQ(o.articles.size(), 1u);
  EXPECT_EQ(o.articles[0].text, "meeting moved to 3pm");
}

TEST(NothingSilent, LoneBylineKeepsItsTextAndNamesTheAuthor) {
  const Ingested o = IngestCollected("本报记者 王小明\n", "byline.txt");
  ASSERT_EQ(o.articles.size(), 1u);
  EXPECT_EQ(o.articles[0].text, "本报记者王小明");
  EXPECT_EQ(o.articles[0].authors, std::vector<std::string>{"王小明"});
}

TEST(NothingSilent, OnlySpacesAndBlankLinesAreSkippedByName) {
  const Ingested o = IngestCollected("\n\u3000\u3000\n  \n", "blank.txt");
  EXPECT_TRUE(o.articles.empty());
  ASSERT_EQ(o.skipped.size(), 1u);
  EXPECT_EQ(o.skipped[0].rfind("blank.txt: no text in it", 0), 0u) << o.skipped[0];
}

TEST(NothingSilent, PunctuationAndControlBytesAloneAreSkippedByName) {
  IngestOptions forced;
  forced.encoding = "UTF-8";  // so the NULs are not taken for a binary file
  for (const std::string& bytes : {std::string("-----\n"), std::string("\0\0\0\1", 4)}) {
    const Ingested o = IngestCollected(bytes, "junk.txt", forced);
    EXPECT_TRUE(o.articles.empty());
    ASSERT_EQ(o.skipped.size(), 1u);
    EXPECT_EQ(o.skipped[0].rfind("junk.txt: no text in it (no letter or digit", 0), 0u) << o.skipped[0];
  }
}

TEST(NothingSilent, WebPageWithoutTextIsSkippedByName) {
  const Ingested o = IngestCollected("<html><body><script>var page = 1;</script></body></html>", "empty.html");
  EXPECT_TRUE(o.articles.empty());
  ASSERT_EQ(o.skipped.size(), 1u);
  EXPECT_NE(o.skipped[0].find("empty.html: no text"), std::string::npos);
}

TEST(NothingSilent, CsvRowWithEmptyTextIsKeptAndNamed) {
  const Ingested o = IngestCollected("title,content\n只有标题,\n有正文,正文一段。\n", "rows.csv");
  ASSERT_EQ(o.articles.size(), 2u);
  EXPECT_EQ(o.articles[0].text, "");
  EXPECT_EQ(o.articles[0].title, "只有标题");
  ASSERT_EQ(o.warnings.size(), 1u);
  EXPECT_EQ(o.warnings[0].rfind("rows.csv:2: empty text", 0), 0u) << o.warnings[0];
}

TEST(NothingSilent, CsvWithOnlyItsHeaderIsSkippedByName) {
  const Ingested o = IngestCollected("title,content\n", "header.csv");
  EXPECT_TRUE(o.articles.empty());
  ASSERT_EQ(o.skipped.size(), 1u);
  EXPECT_EQ(o.skipped[0], "header.csv: no records in it");
}

TEST(NothingSilent, JsonLinesRecordWithoutTextFieldIsAnError) {
  const Ingested o = IngestCollected("{\"title\":\"无正文\"}\n{\"content\":\"   \"}\n", "dump.jsonl");
  ASSERT_EQ(o.errors.size(), 1u);
  EXPECT_EQ(o.errors[0].line, 1u);
  EXPECT_NE(o.errors[0].reason.find("no text field"), std::string::npos);
  ASSERT_EQ(o.articles.size(), 1u);  // blank text: kept, named
  ASSERT_EQ(o.warnings.size(), 1u);
  EXPECT_EQ(o.warnings[0].rfind("dump.jsonl:2: empty text", 0), 0u) << o.warnings[0];
}

TEST(NothingSilent, EmptyJsonArrayIsSkippedByName) {
  const Ingested o = IngestCollected("[ ]\n", "dump.json");
  ASSERT_EQ(o.skipped.size(), 1u);
  EXPECT_EQ(o.skipped[0], "dump.json: no records in it");
}

TEST(NothingSilent, DocRecordWithEmptyContentIsKeptAndNamed) {
  const Ingested o = IngestCollected("<doc>\n<url>http://example.com/1</url>\n<contenttitle>空文</contenttitle>\n"
                           "<content></content>\n</doc>\n",
                           "sogou.txt");
  ASSERT_EQ(o.articles.size(), 1u);
  EXPECT_EQ(o.articles[0].title, "空文");
  ASSERT_EQ(o.warnings.size(), 1u);
  EXPECT_EQ(o.warnings[0].rfind("sogou.txt:1: empty text", 0), 0u) << o.warnings[0];
}

TEST(NothingSilent, DateWarningAndEmptyTextAreBothNamed) {
  const Ingested o = IngestCollected("{\"text\":\"\",\"date\":\"某天\"}\n", "both.jsonl");
  ASSERT_EQ(o.warnings.size(), 1u);
  EXPECT_NE(o.warnings[0].find("empty text"), std::string::npos) << o.warnings[0];
  EXPECT_NE(o.warnings[0].find("date \"某天\" not understood"), std::string::npos) << o.warnings[0];
}


// The tool's summary counts each archive member once: two empty members are
// two skipped files, each named, and the run ends with exit 0.
TEST(NothingSilent, EmptyArchiveMembersAreNamedAndCounted) {
  const fs::path dir = testing::FreshTempDir("zhcorpus_silent");
  WriteArchive(dir / "notes.tar.gz", "pax", "gzip", {{"notes/a.txt", ""}, {"notes/b.txt", ""}, {"notes/c.txt", "短讯一则\n"}});
  testing::ToolRun run = testing::RunTool("ingest", (dir / "notes.tar.gz").string());
  EXPECT_EQ(run.exit_code, 0) << run.err;
  EXPECT_NE(run.err.find("notes.tar.gz:notes/a.txt: empty file; skipped"), std::string::npos) << run.err;
  EXPECT_NE(run.err.find("notes.tar.gz:notes/b.txt: empty file; skipped"), std::string::npos) << run.err;
  EXPECT_NE(run.err.find("1 files read (0.0 MB), 0 with errors, 2 skipped, 1 articles written"), std::string::npos)
      << run.err;
  EXPECT_EQ(std::count(run.out.begin(), run.out.end(), '\n'), 1);
  fs::remove_all(dir);
}

TEST(NothingSilent, ArchiveWithOnlyHiddenMembersIsSkippedByName) {
  const fs::path dir = testing::FreshTempDir("zhcorpus_silent_hidden");
  WriteArchive(dir / "hidden.tar.gz", "pax", "gzip", {{".cache/x.txt", "缓存\n"}});
  testing::ToolRun run = testing::RunTool("ingest", (dir / "hidden.tar.gz").string());
  EXPECT_EQ(run.exit_code, 0);
  EXPECT_NE(run.err.find("hidden.tar.gz: no files in the archive"), std::string::npos) << run.err;
  EXPECT_NE(run.err.find("1 skipped"), std::string::npos) << run.err;
  fs::remove_all(dir);
}

// The case from the issue: a one-line .txt used to give "1 files read, 0
// articles, 0 errors" with nothing on stdout.
TEST(NothingSilent, ToolWritesTheShortNote) {
  const fs::path dir = testing::FreshTempDir("zhcorpus_silent_tool");
  std::ofstream(dir / "one.txt") << "明日上午停水一小时\n";
  std::ofstream(dir / "ascii.txt") << "see attached\n";
  testing::ToolRun run = testing::RunTool("ingest", dir.string());
  EXPECT_EQ(run.exit_code, 0) << run.err;
  EXPECT_EQ(std::count(run.out.begin(), run.out.end(), '\n'), 2) << run.out;
  EXPECT_NE(run.out.find("\"text\":\"明日上午停水一小时\""), std::string::npos) << run.out;
  EXPECT_NE(run.err.find("2 files read"), std::string::npos) << run.err;
  fs::remove_all(dir);
}

}  // namespace
}  // namespace zhcorpus
