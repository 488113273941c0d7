// JSON arrays and UTF-16 files are read piece by piece like every other
// large input: however the pieces fall, the records and their numbers come
// out as from one read. Every file here is written by the test.
#include <gtest/gtest.h>
#include <unicode/ucnv.h>

#include <filesystem>
#include <fstream>

#include "article/structured_input.h"
#include "zhcorpus/ingest.h"
#include "test_files.h"
#include "temp_dir.h"

namespace zhcorpus {
namespace {

namespace fs = std::filesystem;
using testing::Encode;

struct Seen {
  std::vector<std::string> records;  // dumped, with their element numbers
  std::vector<std::string> errors;
};

// Feeds `text` to one JsonArrayStream in pieces of `step` bytes.
Seen StreamInPieces(std::string_view text, std::size_t step) {
  Seen seen;
  article::JsonArrayStream stream(
      [&](Json&& j, std::size_t n) { seen.records.push_back(std::to_string(n) + " " + j.dump()); },
      [&](std::size_t n, const std::string& why) { seen.errors.push_back(std::to_string(n) + " " + why); });
  for (std::size_t at = 0; at < text.size(); at += step) stream.Feed(text.substr(at, step));
  stream.Finish();
  return seen;
}

const std::string kTrickyArray =
    "[\n  {\"title\":\"引号\\\"与]括号}\",\"text\":\"正文里有 [ 和 { 还有 \\\\ 反斜杠。\"},\n"
    "  {\"text\":\"嵌套\",\"meta\":{\"tags\":[\"甲\",{\"乙\":[1,2,[3]]}]}},\n"
    "  42,\n  \"一个字符串\",\n  {bad json},\n  {\"text\":\"最后一篇。\",\"n\":1e400}\n]\n";

TEST(JsonArrayStream, EveryCutGivesTheSameRecordsAsOneRead) {
  const Seen whole = StreamInPieces(kTrickyArray, kTrickyArray.size());
  ASSERT_EQ(whole.records.size(), 3u);
  EXPECT_EQ(whole.records[0].substr(0, 2), "1 ");
  EXPECT_EQ(whole.records[2].substr(0, 2), "6 ");
  ASSERT_EQ(whole.errors.size(), 3u);
  EXPECT_EQ(whole.errors[0], "3 array element is not a JSON object");
  EXPECT_EQ(whole.errors[1], "4 array element is not a JSON object");
  EXPECT_EQ(whole.errors[2], "5 array element is not JSON");
  for (std::size_t step = 1; step < 40; ++step) {
    const Seen cut = StreamInPieces(kTrickyArray, step);
    EXPECT_EQ(cut.records, whole.records) << "pieces of " << step;
    EXPECT_EQ(cut.errors, whole.errors) << "pieces of " << step;
  }
}

TEST(JsonArrayStream, OneObjectInsteadOfAnArrayIsOneRecord) {
  const Seen seen = StreamInPieces("{\"text\":\"单独一篇。\"}\n", 3);
  ASSERT_EQ(seen.records.size(), 1u);
  EXPECT_TRUE(seen.errors.empty());
}

TEST(JsonArrayStream, AnArrayCutOffIsNamedAfterItsLastWholeElement) {
  const Seen seen = StreamInPieces("[{\"text\":\"一\"},{\"text\":\"二\"", 5);
  ASSERT_EQ(seen.records.size(), 1u);
  ASSERT_EQ(seen.errors.size(), 1u);
  EXPECT_EQ(seen.errors[0], "2 the element is not closed before the end of the input");
  const Seen unclosed = StreamInPieces("[{\"text\":\"一\"}", 4);
  EXPECT_EQ(unclosed.records.size(), 1u);
  ASSERT_EQ(unclosed.errors.size(), 1u);
  EXPECT_NE(unclosed.errors[0].find("the array is not closed"), std::string::npos);
  const Seen garbage = StreamInPieces("[{\"text\":\"一\"}] trailing", 4);
  ASSERT_EQ(garbage.errors.size(), 1u);
  EXPECT_NE(garbage.errors[0].find("text after the end of the array"), std::string::npos);
  EXPECT_EQ(StreamInPieces("not an array", 4).errors.size(), 1u);
  EXPECT_TRUE(StreamInPieces("[]", 1).records.empty());
  EXPECT_TRUE(StreamInPieces("[]", 1).errors.empty());
}


// 60 records: enough for many pieces of 256 bytes.
std::string ManyRecordsArray() {
  std::string json = "[";
  for (int i = 1; i <= 60; ++i) {
    json += std::string(i > 1 ? ",\n" : "\n") + "{\"id\":\"r" + std::to_string(i) + "\",\"title\":\"第" +
            std::to_string(i) + "条\",\"content\":\"江城第" + std::to_string(i) + "条新闻的正文，含\\\"引号\\\"。\"}";
  }
  return json + "\n]\n";
}

using FileRead = testing::Ingested;

FileRead ReadFile(const fs::path& path, std::size_t piece_bytes, const std::string& encoding = "") {
  IngestOptions options;
  options.piece_bytes = piece_bytes;
  options.encoding = encoding;
  FileRead r;
  IngestInput({path.string(), path.stem().string()}, options, testing::CollectingSink(&r));
  for (const std::string& why : r.skipped) ADD_FAILURE() << why;
  return r;
}

void ExpectSameArticles(const FileRead& cut, const FileRead& whole) {
  ASSERT_EQ(cut.articles.size(), whole.articles.size());
  for (std::size_t i = 0; i < cut.articles.size(); ++i) {
    EXPECT_EQ(cut.articles[i].id, whole.articles[i].id);
    EXPECT_EQ(cut.articles[i].title, whole.articles[i].title);
    EXPECT_EQ(cut.articles[i].text, whole.articles[i].text);
    EXPECT_EQ(cut.articles[i].encoding, whole.articles[i].encoding);
  }
}

class StreamingFiles : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = testing::FreshTempDir("zhcorpus_streaming");
  }
  void TearDown() override { fs::remove_all(dir_); }
  fs::path Write(const std::string& name, const std::string& bytes) {
    std::ofstream(dir_ / name, std::ios::binary) << bytes;
    return dir_ / name;
  }
  fs::path dir_;
};

TEST_F(StreamingFiles, JsonArrayInPiecesGivesEveryRecord) {
  const fs::path json = Write("dump.json", ManyRecordsArray());
  const FileRead whole = ReadFile(json, 1 << 20);
  ASSERT_EQ(whole.articles.size(), 60u);
  EXPECT_EQ(whole.articles[59].id, "dump#r60");
  EXPECT_EQ(whole.articles[59].text, "江城第60条新闻的正文，含\"引号\"。");
  ExpectSameArticles(ReadFile(json, 256), whole);
  ExpectSameArticles(ReadFile(json, 7), whole);
}

TEST_F(StreamingFiles, MinifiedGb18030JsonArrayInPieces) {
  std::string minified = ManyRecordsArray();
  std::erase(minified, '\n');
  const fs::path json = Write("gb.json", Encode(minified, "GB18030"));
  const FileRead whole = ReadFile(json, 1 << 20);
  ASSERT_EQ(whole.articles.size(), 60u);
  EXPECT_EQ(whole.articles[0].encoding, "GB18030");
  ExpectSameArticles(ReadFile(json, 300), whole);
}

TEST_F(StreamingFiles, Utf16WithBomIsReadInPieces) {
  std::string jsonl;
  for (int i = 1; i <= 50; ++i) jsonl += "{\"text\":\"第" + std::to_string(i) + "条：江城新建公园。\"}\n";
  const fs::path path = Write("wide.jsonl", "\xFF\xFE" + Encode(jsonl, "UTF-16LE"));
  const FileRead whole = ReadFile(path, 1 << 20);
  ASSERT_EQ(whole.articles.size(), 50u);
  EXPECT_EQ(whole.articles[0].encoding, "UTF-16LE");
  const FileRead cut = ReadFile(path, 256);
  ExpectSameArticles(cut, whole);
  EXPECT_TRUE(cut.errors.empty());
}

TEST_F(StreamingFiles, Utf16BigEndianWithoutBomTextPage) {
  std::string page;
  for (int i = 1; i <= 30; ++i) page += "第" + std::to_string(i) + "段：江城新建三座公园，总面积 40 公顷。\n\n";
  const fs::path path = Write("page.txt", Encode(page, "UTF-16BE"));
  const FileRead whole = ReadFile(path, 1 << 20);
  ASSERT_FALSE(whole.articles.empty());
  EXPECT_EQ(whole.articles[0].encoding, "UTF-16BE");
  const FileRead cut = ReadFile(path, 200);
  ASSERT_FALSE(cut.articles.empty());
  EXPECT_EQ(cut.articles[0].encoding, "UTF-16BE");
  std::string all_whole, all_cut;  // a text page may be split at other blank lines
  for (const Article& a : whole.articles) all_whole += a.text;
  for (const Article& a : cut.articles) all_cut += a.text;
  std::erase(all_whole, '\n');
  std::erase(all_cut, '\n');
  EXPECT_EQ(all_cut, all_whole);
}

TEST_F(StreamingFiles, Utf16WithALoneSurrogateNamesItsOffsetAfterTheRecordsBefore) {
  std::string jsonl;
  for (int i = 1; i <= 40; ++i) jsonl += "{\"text\":\"第" + std::to_string(i) + "条。\"}\n";
  std::string bytes = "\xFF\xFE" + Encode(jsonl, "UTF-16LE");
  const std::size_t at = bytes.size() - 40;  // inside the last records
  bytes.insert(at - at % 2, std::string("\x00\xDC", 2));  // a low surrogate alone
  const fs::path path = Write("broken.jsonl", bytes);
  const FileRead cut = ReadFile(path, 256);
  ASSERT_EQ(cut.errors.size(), 1u);
  EXPECT_NE(cut.errors[0].reason.find("undecodable UTF-16LE"), std::string::npos) << cut.errors[0].reason;
  EXPECT_NE(cut.errors[0].reason.find("at byte " + std::to_string(at - at % 2)), std::string::npos)
      << cut.errors[0].reason;
  EXPECT_GE(cut.articles.size(), 30u);  // the records before it are kept
}

TEST_F(StreamingFiles, ForcedUtf16EncodingStreams) {
  std::string jsonl;
  for (int i = 1; i <= 30; ++i) jsonl += "{\"text\":\"第" + std::to_string(i) + "条。\"}\n";
  const fs::path path = Write("forced.jsonl", Encode(jsonl, "UTF-16LE"));
  const FileRead cut = ReadFile(path, 128, "UTF-16LE");
  ASSERT_EQ(cut.articles.size(), 30u);
  EXPECT_EQ(cut.articles[29].text, "第30条。");
  EXPECT_EQ(cut.articles[29].encoding, "UTF-16LE");
}

}  // namespace
}  // namespace zhcorpus
