// End-to-end: the `segment` tool, line for line.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "tool_runner.h"

namespace zhcorpus {
namespace {

using testing::RunTool;

TEST(SegmentTool, LineForLineWithSpacesDropped) {
  // CRLF, an empty line, and a last line without a newline.
  const auto run = RunTool("segment", "", "杭州市科技局发布通知\r\n\n温州 2024年\u3000增长５０％");
  EXPECT_EQ(run.exit_code, 0) << run.err;
  EXPECT_EQ(run.out, "杭州市 科技局 发布 通知\n\n温州 2024年 增长 ５０％\n");
}

TEST(SegmentTool, DelimiterAndPos) {
  const auto run = RunTool("segment", "--pos -d ' | '", "交易额达1588亿元");
  EXPECT_EQ(run.exit_code, 0) << run.err;
  EXPECT_EQ(run.out, "交易额/n | 达/v | 1588亿元/m\n");
}

TEST(SegmentTool, TraditionalTextKeepsItsCharacters) {
  const auto run = RunTool("segment", "", "臺灣的經濟發展");
  EXPECT_EQ(run.exit_code, 0) << run.err;
  EXPECT_EQ(run.out, "臺灣 的 經濟 發展\n");
}

TEST(SegmentTool, InvalidUtf8LineIsLeftEmptyAndReported) {
  const auto run = RunTool("segment", "", "杭州\n\xE6\x9D\n温州\n");
  EXPECT_EQ(run.exit_code, 1);
  EXPECT_EQ(run.out, "杭州\n\n温州\n");
  EXPECT_NE(run.err.find("<stdin>:2: invalid UTF-8 at byte 1"), std::string::npos) << run.err;
}

TEST(SegmentTool, LongLinesAcrossReadBlocks) {
  std::string line;
  while (line.size() < (3u << 20)) line += "我们在杭州工作。";  // longer than the 1 MiB read block
  const auto run = RunTool("segment", "", line + "\n" + "好\n");
  EXPECT_EQ(run.exit_code, 0) << run.err;
  ASSERT_GT(run.out.size(), line.size());
  const std::string head = "我们 在 杭州 工作 。 我们 ", tail = "工作 。\n好\n";
  EXPECT_EQ(run.out.substr(0, head.size()), head);
  EXPECT_EQ(run.out.substr(run.out.size() - tail.size()), tail);
}

TEST(SegmentTool, BadUserDictLineIsAWarning) {
  const auto path = std::filesystem::temp_directory_path() / ("zhcorpus_seg_tool_dict_" + std::to_string(::getpid()));
  std::ofstream(path) << "南湖智谷 100 nz\n坏行 -1\n";
  const auto run = RunTool("segment", "--user-dict " + path.string(), "南湖智谷");
  EXPECT_EQ(run.exit_code, 0) << run.err;
  EXPECT_EQ(run.out, "南湖智谷\n");
  EXPECT_NE(run.err.find(":2: negative frequency"), std::string::npos) << run.err;
  std::filesystem::remove(path);
}

}  // namespace
}  // namespace zhcorpus
