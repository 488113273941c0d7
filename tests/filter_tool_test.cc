// End to end: `filter` and `concord` on records we write here.
#include <gtest/gtest.h>

#include "tool_runner.h"

namespace zhcorpus::testing {
namespace {

const std::string kZhejiang =
    R"({"id":"a#1","mine":[1,2],"date":"2024-03-05","outlet":"嘉兴日报","text":"桐乡市新增科技企业40家。","entities":[{"type":"region","text":"桐乡市","start":0,"end":3,"norm":{"name":"桐乡市","code":"330483","level":"county","parent":"浙江省"}}],"tokens":[["桐乡市","ns"],["新增","v"],["科技","n"],["企业","n"],["40家","m"],["。","x"]]})";
const std::string kJiangsu =
    R"({"id":"b#1","date":"2023-11-20","outlet":"新华日报","text":"南京市科技企业增长。","entities":[{"type":"region","text":"南京市","start":0,"end":3,"norm":{"name":"南京市","code":"320100","level":"city","parent":"江苏省"}}],"tokens":[["南京市","ns"],["科技","n"],["企业","n"],["增长","v"],["。","x"]]})";
const std::string kInput = kZhejiang + "\n" + kJiangsu + "\n";

TEST(FilterTool, KeepsMatchingRecordsByteForByte) {
  ToolRun run = RunTool("filter", "-q --region 浙江省 --since 2024-01", kInput);
  ASSERT_EQ(run.exit_code, 0) << run.err;
  EXPECT_EQ(run.out, kZhejiang + "\n");
  EXPECT_EQ(RunTool("filter", "-q --outlet 新华日报 --count", kInput).out, "1\n");
  EXPECT_EQ(RunTool("filter", "-q --region 330400 --invert", kInput).out, kJiangsu + "\n");
}

TEST(FilterTool, BadRecordsAreNamedAndUsageErrorsExitTwo) {
  ToolRun run = RunTool("filter", "--until 2024", kZhejiang + "\nnot json\n" + kJiangsu + "\n");
  EXPECT_EQ(run.exit_code, 1);
  EXPECT_NE(run.err.find("<stdin>:2: not JSON"), std::string::npos) << run.err;
  EXPECT_EQ(run.out, kInput);
  EXPECT_NE(run.err.find("kept 2 of 3 records"), std::string::npos) << run.err;
  ToolRun usage = RunTool("filter", "--since 2024/01", kInput);
  EXPECT_EQ(usage.exit_code, 2);
  EXPECT_NE(usage.err.find("YYYY-MM"), std::string::npos);
}

TEST(ConcordTool, WordHitsAlignAndJsonLinesCarryOffsets) {
  ToolRun run = RunTool("concord", "-q -w 企业 -c 4", kInput);
  ASSERT_EQ(run.exit_code, 0) << run.err;
  EXPECT_EQ(run.out,
            "新增科技  企业  40家。    a#1\n"
            "京市科技  企业  增长。    b#1\n");
  ToolRun json = RunTool("concord", "-q -w 企业 -c 2 -f jsonl --since 2024", kInput);
  EXPECT_EQ(json.out,
            R"({"id":"a#1","date":"2024-03-05","start":7,"end":9,"left":"科技","hit":"企业","right":"40","type":"word"})"
            "\n");
}

TEST(ConcordTool, RegionHitsIncludePlacesBelowAndSortByDate) {
  ToolRun run = RunTool("concord", "-q --region 浙江省 -f jsonl", kInput);
  ASSERT_EQ(run.exit_code, 0) << run.err;
  EXPECT_NE(run.out.find(R"("hit":"桐乡市")"), std::string::npos);
  EXPECT_EQ(run.out.find("南京市\",\"right"), std::string::npos);
  ToolRun sorted = RunTool("concord", "-q --type region --sort date -c 2", kInput);
  EXPECT_LT(sorted.out.find("b#1"), sorted.out.find("a#1"));
  EXPECT_EQ(RunTool("concord", "-q -w 企业 --org 某某", kInput).exit_code, 2);  // two kinds of query
}

// The word pre-filter skips lines without the word unparsed; a broken line
// must still be reported, whether or not it holds the word.
TEST(ConcordTool, BrokenLinesWithoutTheWordAreStillReported) {
  const std::string truncated = kJiangsu.substr(0, kJiangsu.size() / 2);
  ToolRun run = RunTool("concord", "-w 企业 -c 2", kZhejiang + "\n" + truncated + "\n{\"id\":\"c\"}\n[1]\n");
  EXPECT_EQ(run.exit_code, 1);
  EXPECT_NE(run.out.find("a#1"), std::string::npos);
  EXPECT_NE(run.err.find("<stdin>:2: not JSON"), std::string::npos) << run.err;
  EXPECT_NE(run.err.find("<stdin>:3: no string field \"text\""), std::string::npos) << run.err;
  EXPECT_NE(run.err.find("<stdin>:4:"), std::string::npos) << run.err;
  ToolRun strict = RunTool("concord", "--strict -w 企业", truncated + "\n" + kZhejiang + "\n");
  EXPECT_EQ(strict.exit_code, 1);
  EXPECT_EQ(strict.out.find("a#1"), std::string::npos);
}

}  // namespace
}  // namespace zhcorpus::testing
