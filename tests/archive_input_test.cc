// Archives and compressed files as inputs: which files are opened as
// archives, how members are named, which members are skipped, and that a
// damaged archive is reported instead of read as text.
#include "article/archive_input.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "test_files.h"
#include "temp_dir.h"

namespace zhcorpus::article {
namespace {

namespace fs = std::filesystem;

struct Member {
  MemberName name;
  std::string bytes;
};

struct Read {
  std::vector<Member> members;
  std::vector<RecordError> errors;
  std::vector<std::string> read_errors;  // a member that failed while read
  std::size_t count = 0;
};

Read ReadAll(const fs::path& path, const std::string& stem) {
  Read r;
  r.count = ReadArchive(
      path.string(), stem,
      [&](const ByteReader& reader, const MemberName& name) {
        Member m{name, ""};
        char buffer[7];  // small on purpose: members arrive in many reads
        for (;;) {
          Result<std::size_t> n = reader(buffer, sizeof buffer);
          if (!n.ok()) r.read_errors.push_back(n.status().message());
          if (!n.ok() || *n == 0) break;
          m.bytes.append(buffer, *n);
        }
        r.members.push_back(std::move(m));
      },
      [&](RecordError&& e) { r.errors.push_back(std::move(e)); });
  return r;
}

class ArchiveInputTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = testing::FreshTempDir("zhcorpus_archive_input");
  }
  void TearDown() override { fs::remove_all(dir_); }
  fs::path dir_;
};

TEST_F(ArchiveInputTest, KnownByExtensionWhateverTheCase) {
  for (const char* name : {"a.jsonl.gz", "b.TXT.BZ2", "c.xz", "d.zst", "pages.zip", "x.tar", "y.tgz", "z.7z"})
    EXPECT_TRUE(IsCompressedOrArchive((dir_ / name).string())) << name;  // need not exist
  EXPECT_FALSE(IsCompressedOrArchive((dir_ / "missing.txt").string()));
}

TEST_F(ArchiveInputTest, KnownByFirstBytesWhenTheNameSaysNothing) {
  testing::WriteArchive(dir_ / "download", "raw", "gzip", {{"data", "早报正文。\n"}});
  EXPECT_TRUE(IsCompressedOrArchive((dir_ / "download").string()));
  testing::WriteArchive(dir_ / "bundle", "zip", "none", {{"a.txt", "晚报正文。\n"}});
  EXPECT_TRUE(IsCompressedOrArchive((dir_ / "bundle").string()));
  std::ofstream(dir_ / "plain", std::ios::binary) << "一篇普通的文字稿。\n";
  EXPECT_FALSE(IsCompressedOrArchive((dir_ / "plain").string()));
  std::ofstream(dir_ / "tiny", std::ios::binary) << "PK";  // too short to tell
  EXPECT_FALSE(IsCompressedOrArchive((dir_ / "tiny").string()));
}

TEST_F(ArchiveInputTest, TarMembersAreNamedInsideTheArchiveAndReadInOrder) {
  const std::string long_page(5000, 'x');
  testing::WriteArchive(dir_ / "week.tar.gz", "pax", "gzip",
                        {{"week/mon.txt", "周一的稿件。\n"}, {"week/tue.jsonl", "{\"text\":\"周二\"}\n"},
                         {"week/long.txt", long_page}});
  Read r = ReadAll(dir_ / "week.tar.gz", "in/week.tar");  // the stem ingest gives it
  EXPECT_TRUE(r.errors.empty());
  ASSERT_EQ(r.count, 3u);
  ASSERT_EQ(r.members.size(), 3u);
  EXPECT_EQ(r.members[0].name.source, (dir_ / "week.tar.gz").string() + ":week/mon.txt");
  EXPECT_EQ(r.members[0].name.format_name, "week/mon.txt");
  // The .tar leaves the id, and so does the member's own extension.
  EXPECT_EQ(r.members[0].name.id_stem, "in/week/week/mon");
  EXPECT_EQ(r.members[0].bytes, "周一的稿件。\n");
  EXPECT_EQ(r.members[1].name.format_name, "week/tue.jsonl");
  EXPECT_EQ(r.members[2].bytes, long_page);
}

TEST_F(ArchiveInputTest, HiddenMembersAndMacResourceForksAreSkipped) {
  testing::WriteArchive(dir_ / "mac.zip", "zip", "none",
                        {{"__MACOSX/._a.txt", "fork"}, {"notes/.draft.txt", "草稿"}, {".git/config", "x"},
                         {"notes/a.txt", "正文一。"}, {"./notes/b.txt", "正文二。"}});
  Read r = ReadAll(dir_ / "mac.zip", "mac");
  ASSERT_EQ(r.members.size(), 2u);
  EXPECT_EQ(r.members[0].bytes, "正文一。");
  EXPECT_EQ(r.members[0].name.id_stem, "mac/notes/a");
  EXPECT_EQ(r.members[1].bytes, "正文二。");  // "./" is no hidden folder
}

TEST_F(ArchiveInputTest, ALoneCompressedFileIsOneInputNamedAsGiven) {
  testing::WriteArchive(dir_ / "feed.jsonl.gz", "raw", "gzip", {{"data", "{\"text\":\"压缩的一行。\"}\n"}});
  Read r = ReadAll(dir_ / "feed.jsonl.gz", "feeds/feed.jsonl");
  ASSERT_EQ(r.members.size(), 1u);
  EXPECT_EQ(r.members[0].name.source, (dir_ / "feed.jsonl.gz").string());
  EXPECT_EQ(r.members[0].name.format_name, (dir_ / "feed.jsonl").string());  // its format is JSON Lines
  EXPECT_EQ(r.members[0].name.id_stem, "feeds/feed");
  EXPECT_EQ(r.members[0].bytes, "{\"text\":\"压缩的一行。\"}\n");
}

TEST_F(ArchiveInputTest, DamagedOrMissingArchivesAreReportedWithTheirPath) {
  const fs::path missing = dir_ / "gone.zip";
  Read r = ReadAll(missing, "gone.zip");
  EXPECT_EQ(r.count, 0u);
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_EQ(r.errors[0].source, missing.string());

  std::ofstream(dir_ / "cut.tar.gz", std::ios::binary) << std::string("\x1F\x8B\x08\x00", 4) << "not gzip at all";
  Read cut = ReadAll(dir_ / "cut.tar.gz", "cut.tar.gz");
  EXPECT_FALSE(cut.errors.empty());
  EXPECT_EQ(cut.errors[0].source, (dir_ / "cut.tar.gz").string());
}

}  // namespace
}  // namespace zhcorpus::article
