// End to end: the `tag` tool on JSON Lines we write here.
#include <gtest/gtest.h>

#include <algorithm>

#include <nlohmann/json.hpp>

#include "tool_runner.h"

namespace zhcorpus::testing {
namespace {

std::vector<nlohmann::ordered_json> Lines(const std::string& out) {
  std::vector<nlohmann::ordered_json> records;
  std::istringstream in(out);
  for (std::string line; std::getline(in, line);) records.push_back(nlohmann::ordered_json::parse(line));
  return records;
}

TEST(TagTool, KeepsUnknownFieldsInOrderAndAddsEntities) {
  ToolRun run = RunTool("tag", "-q", R"({"id":"a#1","mine":[1,2],"text":"嘉兴市科技局今天发布通知。"})" "\n");
  ASSERT_EQ(run.exit_code, 0) << run.err;
  auto records = Lines(run.out);
  ASSERT_EQ(records.size(), 1u);
  auto it = records[0].begin();
  EXPECT_EQ(it.key(), "id");
  EXPECT_EQ((++it).key(), "mine");
  EXPECT_EQ((++it).key(), "text");
  EXPECT_EQ((++it).key(), "entities");
  EXPECT_TRUE(records[0]["entities"].is_array());
}

TEST(TagTool, BadRecordsAreNamedOnStderrAndTheStreamGoesOn) {
  const std::string input =
      "{\"text\":\"第一条。\"}\n"
      "not json\n"
      "{\"id\":\"x\"}\n"
      "{\"text\":\"第四条。\",\"date\":\"2024-13-01\"}\n"
      "{\"text\":\"第五条。\"}\n";
  ToolRun run = RunTool("tag", "-q", input);
  EXPECT_EQ(run.exit_code, 1);
  EXPECT_EQ(Lines(run.out).size(), 2u);
  EXPECT_NE(run.err.find("tag: <stdin>:2: not JSON"), std::string::npos) << run.err;
  EXPECT_NE(run.err.find("tag: <stdin>:3: no \"text\" field"), std::string::npos) << run.err;
  EXPECT_NE(run.err.find("tag: <stdin>:4: \"date\" is not a calendar day as YYYY-MM-DD: 2024-13-01"),
            std::string::npos) << run.err;
}

TEST(TagTool, AFebruary29thOutsideALeapYearIsABadDate) {
  ToolRun run = RunTool("tag", "-q",
                        "{\"text\":\"去年底。\",\"date\":\"2023-02-29\"}\n"
                        "{\"text\":\"去年底。\",\"date\":\"2024-02-29\"}\n");
  EXPECT_EQ(run.exit_code, 1);
  EXPECT_NE(run.err.find("tag: <stdin>:1: \"date\" is not a calendar day as YYYY-MM-DD: 2023-02-29"),
            std::string::npos) << run.err;
  ASSERT_EQ(Lines(run.out).size(), 1u);
  EXPECT_NE(run.out.find("\"value\":\"2023\""), std::string::npos) << run.out;  // 去年底 of 2024-02-29
}

TEST(TagTool, StrictStopsAtTheFirstBadRecord) {
  ToolRun run = RunTool("tag", "-q --strict", "oops\n{\"text\":\"好。\"}\n");
  EXPECT_EQ(run.exit_code, 1);
  EXPECT_TRUE(run.out.empty());
}

TEST(TagTool, WorkersKeepInputOrder) {
  std::string input;
  for (int i = 0; i < 1500; ++i) input += "{\"n\":" + std::to_string(i) + ",\"text\":\"温州今年新增企业" + std::to_string(i) + "家。\"}\n";
  ToolRun run = RunTool("tag", "-q -j 2", input);
  ASSERT_EQ(run.exit_code, 0) << run.err;
  auto records = Lines(run.out);
  ASSERT_EQ(records.size(), 1500u);
  for (int i = 0; i < 1500; ++i) ASSERT_EQ(records[i]["n"], i);
}

// Issue 14 item 2: `"n":1e400` used to end the run (exit 2) and lose every record.
TEST(TagTool, NumberOutsideDoubleRangeDoesNotEndTheRun) {
  ToolRun run = RunTool("tag", "-q", "{\"text\":\"一。\"}\n{\"n\":1e400,\"text\":\"二。\"}\n{\"text\":\"三。\"}\n");
  EXPECT_EQ(run.exit_code, 0) << run.err;
  EXPECT_EQ(std::count(run.out.begin(), run.out.end(), '\n'), 3);
  EXPECT_NE(run.out.find("{\"n\":1e400,\"text\":\"二。\",\"entities\":[]}\n"), std::string::npos) << run.out;
}

// Issue 14 item 3: a deeply nested field overflowed the stack (SEGV).
TEST(TagTool, DeeplyNestedFieldIsOneRecordErrorNamedWithItsLine) {
  const std::string deep = std::string(120000, '[') + std::string(120000, ']');
  ToolRun run = RunTool("tag", "-q -j 2", "{\"text\":\"一。\"}\n{\"text\":\"二。\",\"x\":" + deep + "}\n{\"text\":\"三。\"}\n");
  EXPECT_EQ(run.exit_code, 1);
  EXPECT_EQ(std::count(run.out.begin(), run.out.end(), '\n'), 2);
  EXPECT_NE(run.err.find("tag: <stdin>:2: not JSON: nested deeper than 512 levels"), std::string::npos) << run.err;
}

// Issue 14 item 8: numbers came back as doubles (1.2345678901234568e+29, 2.5, 100000.0).
TEST(TagTool, UnknownFieldsPassThroughByteForByte) {
  const std::string fields = R"({"big":123456789012345678901234567890,"price":2.50,"n":1e5,"q":"\u4e00",)";
  ToolRun run = RunTool("tag", "-q", fields + "\"text\":\"好。\"}\n");
  EXPECT_EQ(run.exit_code, 0) << run.err;
  EXPECT_EQ(run.out, fields + "\"text\":\"好。\",\"entities\":[]}\n");
}

TEST(TagTool, TwoThreadsWriteTheSameBytesAsOne) {
  std::string input;
  for (int i = 0; i < 400; ++i) {
    input += "{\"id\":" + std::to_string(i) + ",\"text\":\"2024年杭州市第" + std::to_string(i) + "家企业增长5%。\"}\n";
    if (i % 50 == 7) input += "{oops}\n";
  }
  ToolRun one = RunTool("tag", "-q --pos -j 1", input);
  ToolRun two = RunTool("tag", "-q --pos -j 2", input);
  EXPECT_EQ(one.exit_code, 1);
  EXPECT_EQ(two.exit_code, 1);
  EXPECT_EQ(one.out, two.out);
  EXPECT_EQ(one.err, two.err);
  EXPECT_EQ(std::count(one.out.begin(), one.out.end(), '\n'), 400);
}

TEST(TagTool, TokensWithPosArePairsThatRebuildTheText) {
  ToolRun run = RunTool("tag", "-q --pos", "{\"text\":\"杭州发布2024年报告。\"}\n");
  ASSERT_EQ(run.exit_code, 0) << run.err;
  auto records = Lines(run.out);
  ASSERT_EQ(records.size(), 1u);
  std::string rebuilt;
  for (const auto& pair : records[0]["tokens"]) {
    ASSERT_EQ(pair.size(), 2u);
    rebuilt += pair[0].get<std::string>();
  }
  EXPECT_EQ(rebuilt, "杭州发布2024年报告。");
}

TEST(TagTool, UsageErrorsExitTwo) {
  EXPECT_EQ(RunTool("tag", "--no-such-flag").exit_code, 2);
  EXPECT_EQ(RunTool("tag", "/nonexistent/file.jsonl").exit_code, 2);
  ToolRun run = RunTool("tag", "--types region,place", "");
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_NE(run.err.find("unknown entity type \"place\""), std::string::npos) << run.err;
}

}  // namespace
}  // namespace zhcorpus::testing
