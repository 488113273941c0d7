// End to end: `tag` reports metrics and dates with the record's date, and
// `score timex` prints its per-file table (skipped without ../shared).
#include <gtest/gtest.h>

#include <filesystem>
#include <nlohmann/json.hpp>

#include "tool_runner.h"

namespace zhcorpus::testing {
namespace {

TEST(TagMetricsTool, RecordDateResolvesRelativeDatesAndMetricsCarryUnits) {
  const std::string input = R"({"text":"去年底，园区企业超过120家，营收增长8.5%。","date":"2025-03-01"})" "\n";
  ToolRun run = RunTool("tag", "-q --types metric,date", input);
  ASSERT_EQ(run.exit_code, 0) << run.err;
  auto record = nlohmann::ordered_json::parse(run.out);
  std::vector<std::string> seen;
  for (const auto& e : record["entities"]) {
    seen.push_back(e["text"].get<std::string>() + "=" + e["norm"]["value"].dump() + " " + e["norm"].value("unit", ""));
  }
  EXPECT_EQ(seen, (std::vector<std::string>{"去年底=\"2024\" ", "超过120家=120 家", "8.5%=8.5 %"}));
}

TEST(ScoreTimexTool, PrintsOneRowPerCaseFile) {
  const std::filesystem::path dir = std::filesystem::path(kSharedDir) / "eval" / "timex";
  if (!std::filesystem::exists(dir / "duckling_zh_numeral.jsonl")) GTEST_SKIP() << "no " << dir;
  ToolRun run = RunTool("score", "timex --dir " + dir.string());
  ASSERT_EQ(run.exit_code, 0) << run.err;
  EXPECT_NE(run.out.find("duckling_zh_numeral.jsonl"), std::string::npos);
  EXPECT_NE(run.out.find("total dates"), std::string::npos);
}

TEST(ScoreTimexTool, MissingFolderIsAUsageError) {
  ToolRun run = RunTool("score", "timex --dir /nonexistent/timex");
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_NE(run.err.find("cannot open"), std::string::npos);
}

}  // namespace
}  // namespace zhcorpus::testing
