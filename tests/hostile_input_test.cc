// Hostile input, as a user with a broken pipeline or a malicious file would
// give it: every tool ends with a clear message and the right exit code,
// never a crash, a wrapped number or a silent success (issue #14).
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "tool_runner.h"
#include "temp_dir.h"

namespace zhcorpus::testing {
namespace {

const std::string kRecord = R"({"id":"a#1","text":"桐乡市新增科技企业40家。"})";

std::string RegionRecord(const std::string& code) {
  return R"({"id":"r","text":"某地","entities":[{"type":"region","text":"某地","start":0,"end":2,"norm":{"name":"某地","code":")" +
         code + R"(","level":"city"}}]})";
}

TEST(HostileInput, ReportSurvivesRegionCodesThatAreNotGbT2260) {
  std::string input;
  for (const std::string code : {"3", "33", "330", "abcdef", "", "3301001", "330100"}) input += RegionRecord(code) + "\n";
  for (const std::string format : {"table", "json", "csv", "md", "html", "state"}) {
    ToolRun run = RunTool("report", "-q -f " + format + (format == "csv" ? " --section regions" : ""), input);
    EXPECT_EQ(run.exit_code, 0) << format << ": " << run.err;
    EXPECT_FALSE(run.out.empty()) << format;
  }
}

TEST(HostileInput, EveryToolWritingToAFullDeviceFailsWithExitTwo) {
  if (!std::filesystem::exists("/dev/full")) GTEST_SKIP() << "no /dev/full";
  std::string many;
  for (int i = 0; i < 2000; ++i) many += kRecord + "\n";
  for (const std::string tool : {"tag", "segment", "report", "filter", "concord -w 企业"}) {
    ToolRun to_file = RunTool(tool, "-o /dev/full", many);
    EXPECT_EQ(to_file.exit_code, 2) << tool << ": " << to_file.err;
    EXPECT_NE(to_file.err.find("write"), std::string::npos) << tool << ": " << to_file.err;
  }
}

TEST(HostileInput, NegativeCountsAreUsageErrors) {
  EXPECT_EQ(RunTool("report", "--top -1", kRecord).exit_code, 2);
  EXPECT_EQ(RunTool("concord", "-w 企业 -n -5", kRecord).exit_code, 2);
  EXPECT_EQ(RunTool("stats", "ngrams --min-freq -1", kRecord).exit_code, 2);
  ToolRun bogus = RunTool("report", "--bogus", kRecord);
  EXPECT_EQ(bogus.exit_code, 2);
  EXPECT_EQ(RunTool("report", "--format x", kRecord).exit_code, 2);
}

TEST(HostileInput, ADirectoryGivenAsInputIsNamedAsOne) {
  const auto dir = testing::FreshTempDir("zhcorpus_dir_input");
  for (const std::string tool : {"tag", "report", "segment", "filter"}) {
    ToolRun run = RunTool(tool, dir.string());
    EXPECT_EQ(run.exit_code, 2) << tool;
    EXPECT_NE(run.err.find("is a directory"), std::string::npos) << tool << ": " << run.err;
  }
  std::filesystem::remove_all(dir);
}

TEST(HostileInput, DeepNestingIsOneRecordErrorInEveryTool) {
  const std::string deep = R"({"id":"d","text":"某地","x":)" + std::string(100000, '[') + std::string(100000, ']') + "}";
  const std::string input = deep + "\n" + R"({"id":"ok","text":"杭州市新增企业40家。","tokens":["杭州市","新增"]})" + "\n";
  for (const std::string tool : {"tag", "report -f json", "filter", "concord -w 杭州", "stats ngrams"}) {
    ToolRun run = RunTool(tool, "", input);
    EXPECT_EQ(run.exit_code, 1) << tool << ": " << run.err;
    EXPECT_NE(run.err.find("<stdin>:1: not JSON: nested deeper than 512 levels"), std::string::npos) << tool << ": " << run.err;
  }
  ToolRun ingest = RunTool("ingest", "--format jsonl -", input);
  EXPECT_EQ(ingest.exit_code, 1) << ingest.err;
  EXPECT_NE(ingest.out.find("\"text\":\"杭州市新增企业40家。\""), std::string::npos);
}

// Names come from the corpus: a spreadsheet must not run one, a Markdown
// table must not break on one.
TEST(HostileInput, CsvCellsCannotRunAsFormulasAndMarkdownCellsStayCells) {
  const std::string input =
      R"({"id":"a","text":"某某公司","entities":[)"
      R"x({"type":"org","text":"某某公司","start":0,"end":4,"norm":{"name":"=HYPERLINK(\"http://x\")","kind":"company"}},)x"
      R"x({"type":"org","text":"某某公司","start":0,"end":4,"norm":{"name":"@SUM(A1)","kind":"company"}},)x"
      R"({"type":"org","text":"某某公司","start":0,"end":4,"norm":{"name":"甲|乙\n丙<b>","kind":"company"}}]})"
      "\n";
  ToolRun csv = RunTool("report", "-q -f csv --section orgs", input);
  ASSERT_EQ(csv.exit_code, 0) << csv.err;
  EXPECT_NE(csv.out.find(R"x("'=HYPERLINK(""http://x"")")x"), std::string::npos) << csv.out;
  EXPECT_NE(csv.out.find("'@SUM(A1)"), std::string::npos) << csv.out;
  EXPECT_EQ(csv.out.find(",=") , std::string::npos) << csv.out;
  ToolRun md = RunTool("report", "-q -f md --section orgs", input);
  EXPECT_NE(md.out.find("| 甲\\|乙<br>丙&lt;b> |"), std::string::npos) << md.out;
}

TEST(HostileInput, CsvKeepsNegativeNumbersNumeric) {
  const std::string input =
      R"({"id":"a","text":"利润为-5亿元。","entities":[{"type":"metric","text":"-5亿元","start":3,"end":8,)"
      R"("norm":{"value":-500000000,"unit":"元","kind":"money","approx":null,"indicator":"利润","measure":"level"}}]})"
      "\n";
  ToolRun csv = RunTool("report", "-q -f csv --section metrics", input);
  ASSERT_EQ(csv.exit_code, 0) << csv.err;
  EXPECT_NE(csv.out.find(",-500000000"), std::string::npos) << csv.out;
  EXPECT_EQ(csv.out.find("'-5"), std::string::npos) << csv.out;
}

class StateMerge : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = testing::FreshTempDir("zhcorpus_state_test");
    ToolRun state = RunTool("report", "-q -f state", RegionRecord("330100") + "\n" + kRecord + "\n");
    ASSERT_EQ(state.exit_code, 0) << state.err;
    good_ = state.out;
    Write("good.state", good_);
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }
  std::string Write(const std::string& name, const std::string& text) {
    std::ofstream(dir_ / name, std::ios::binary) << text;
    return (dir_ / name).string();
  }
  // `good_` with the first `from` replaced by `to`.
  std::string Broken(const std::string& from, const std::string& to) {
    std::string s = good_;
    const std::size_t at = s.find(from);
    EXPECT_NE(at, std::string::npos) << from;
    return s.replace(at, from.size(), to);
  }
  ToolRun Merge(const std::string& files) { return RunTool("report", "--merge -f json " + files); }

  std::filesystem::path dir_;
  std::string good_;
};

TEST_F(StateMerge, ABrokenStateIsRefusedWholeAndTheOthersStillCount) {
  const std::string one = Merge(Write("a.state", good_)).out;
  struct Case {
    std::string name, from, to;
  };
  for (const Case& c : std::vector<Case>{{"negative", "\"counts\":[2", "\"counts\":[-2"},
                                         {"huge", "\"counts\":[2", "\"counts\":[1e300"},
                                         {"empty_row", "\"regions\":[", "\"regions\":[[],"},
                                         {"missing_key", "\"orgs\":", "\"orgz\":"},
                                         {"text_count", "\"counts\":[2", "\"counts\":[\"2\""}}) {
    ToolRun run = Merge(Write(c.name + ".state", Broken(c.from, c.to)) + " " + (dir_ / "good.state").string());
    EXPECT_EQ(run.exit_code, 1) << c.name;
    EXPECT_NE(run.err.find("nothing of it merged"), std::string::npos) << c.name << ": " << run.err;
    EXPECT_EQ(run.out, one) << c.name;  // exactly the good state's report: nothing of the bad one leaked in
  }
}

TEST_F(StateMerge, TheSameStateTwiceAndAnEmptyFileAreRefused) {
  const std::string good = (dir_ / "good.state").string();
  ToolRun twice = Merge(good + " " + good);
  EXPECT_EQ(twice.exit_code, 1);
  EXPECT_NE(twice.err.find("already merged"), std::string::npos) << twice.err;
  EXPECT_EQ(twice.out, Merge(good).out);
  ToolRun empty = Merge(Write("empty.state", "") + " " + good);
  EXPECT_EQ(empty.exit_code, 1);
  EXPECT_NE(empty.err.find("empty: not a report state"), std::string::npos) << empty.err;
}

}  // namespace
}  // namespace zhcorpus::testing
