// Conservation (issue #14): N good and M bad records, shuffled, through each
// tool: exactly N come out, exactly M errors are named with their line, the
// exit code is 1; with --strict the run stops at the first bad record and
// writes nothing after it.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <random>
#include <set>
#include <string>
#include <vector>

#include "tool_runner.h"
#include "temp_dir.h"

namespace zhcorpus::testing {
namespace {

constexpr int kGood = 300;

std::string Good(int i) {
  return R"({"id":"g)" + std::to_string(i) + R"(","text":"某市新增科技企业)" + std::to_string(i) +
         R"(家。","tokens":[["某市","ns"],["新增","v"],["科技","n"],["企业","n"],[")" + std::to_string(i) +
         R"(家","m"],["。","w"]]})";
}

// Every kind of bad record a corpus holds: broken JSON, another JSON type, a
// record without text, invalid UTF-8, nesting past the limit.
const std::vector<std::string> kBad = {
    R"({"id":"b1","text":"某市新增科技企业)",
    "not json at all 企业",
    R"(["企业"])",
    R"({"id":"b4","title":"企业"})",
    R"({"id":"b5","text":42})",
    "{\"id\":\"b6\",\"text\":\"\xff\xfe 企业\"}",
    R"({"id":"b7","text":"企业","x":)" + std::string(600, '[') + std::string(600, ']') + "}",
    R"({"id":"b8","text":"企业"} trailing)",
};

struct Corpus {
  std::string text;
  std::vector<int> bad_lines;  // 1-based
  int first_bad = 0;
};

Corpus Shuffled() {
  std::vector<std::string> lines;
  for (int i = 0; i < kGood; ++i) lines.push_back(Good(i));
  for (int k = 0; k < 3; ++k)
    for (const std::string& b : kBad) lines.push_back(b);
  std::mt19937 rng(20261204);
  std::shuffle(lines.begin(), lines.end(), rng);
  Corpus c;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    c.text += lines[i] + "\n";
    if (lines[i].rfind(R"({"id":"g)", 0) != 0) c.bad_lines.push_back(static_cast<int>(i + 1));
  }
  c.first_bad = c.bad_lines.front();
  return c;
}

std::size_t CountOf(const std::string& s, const std::string& what) {
  std::size_t n = 0;
  for (std::size_t at = s.find(what); at != std::string::npos; at = s.find(what, at + 1)) ++n;
  return n;
}

void ExpectEveryBadLineNamed(const std::string& err, const Corpus& c, const std::string& tool) {
  for (int line : c.bad_lines)
    EXPECT_NE(err.find("<stdin>:" + std::to_string(line) + ":"), std::string::npos) << tool << " line " << line;
  EXPECT_EQ(CountOf(err, "<stdin>:"), c.bad_lines.size()) << tool;
}

TEST(Conservation, EveryRecordToolKeepsTheGoodAndNamesTheBad) {
  const Corpus c = Shuffled();
  ASSERT_EQ(c.bad_lines.size(), 3 * kBad.size());
  struct Tool {
    std::string args;
    std::string per_good;  // occurs once in the output per good record
  };
  for (const Tool& t : std::vector<Tool>{{"tag", "\"id\":\"g"},
                                         {"tag -j 2", "\"id\":\"g"},
                                         {"filter", "\"id\":\"g"},
                                         {"concord -w 企业 -f jsonl", "\"id\":\"g"},
                                         {"export-corpus", "<text id=\"g"}}) {
    ToolRun run = RunTool(t.args, "", c.text);
    EXPECT_EQ(run.exit_code, 1) << t.args << ": " << run.err;
    EXPECT_EQ(CountOf(run.out, t.per_good), static_cast<std::size_t>(kGood)) << t.args;
    ExpectEveryBadLineNamed(run.err, c, t.args);
  }
  ToolRun report = RunTool("report", "-f json --section overview", c.text);
  EXPECT_EQ(report.exit_code, 1);
  EXPECT_NE(report.out.find(R"({"measure":"articles","value":")" + std::to_string(kGood) + "\"}"), std::string::npos);
  EXPECT_NE(report.out.find(R"({"measure":"bad records","value":")" + std::to_string(c.bad_lines.size()) + "\"}"),
            std::string::npos);
  ExpectEveryBadLineNamed(report.err, c, "report");
  ToolRun ngrams = RunTool("stats", "ngrams -f json", c.text);
  EXPECT_EQ(ngrams.exit_code, 1);
  ExpectEveryBadLineNamed(ngrams.err, c, "stats");
}

TEST(Conservation, StrictStopsAtTheFirstBadRecordAndWritesNothingAfterIt) {
  const Corpus c = Shuffled();
  const int good_before = c.first_bad - 1;
  for (const std::string tool : {"tag --strict", "tag --strict -j 2", "filter --strict", "concord --strict -w 企业 -f jsonl"}) {
    ToolRun run = RunTool(tool, "", c.text);
    EXPECT_EQ(run.exit_code, 1) << tool;
    EXPECT_NE(run.err.find("<stdin>:" + std::to_string(c.first_bad) + ":"), std::string::npos) << tool << run.err;
    EXPECT_EQ(CountOf(run.err, "<stdin>:"), 1u) << tool << run.err;
    EXPECT_LE(CountOf(run.out, "\"id\":\"g"), static_cast<std::size_t>(good_before)) << tool;
  }
}

TEST(Conservation, IngestKeepsGoodFilesAndNamesBadOnesInAFolder) {
  namespace fs = std::filesystem;
  const fs::path dir = testing::FreshTempDir("zhcorpus_conserve");
  fs::create_directories(dir / "sub");
  for (int i = 0; i < 20; ++i)
    std::ofstream(dir / ("a" + std::to_string(i) + ".txt")) << "某市新增科技企业" << i << "家，同比增长百分之十二。\n";
  std::ofstream(dir / "sub" / "dump.jsonl") << Good(1) << "\n{broken\n" << Good(2) << "\n";
  std::ofstream(dir / "empty.txt") << "";
  { std::ofstream bin(dir / "image.txt", std::ios::binary); bin << std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16); }
  ToolRun run = RunTool("ingest", dir.string());
  fs::remove_all(dir);
  EXPECT_EQ(run.exit_code, 1) << run.err;
  EXPECT_EQ(CountOf(run.out, "\n"), 22u);  // 20 text files + 2 good rows
  EXPECT_NE(run.err.find("dump.jsonl:2:"), std::string::npos) << run.err;
  EXPECT_NE(run.err.find("empty.txt"), std::string::npos) << run.err;
  EXPECT_NE(run.err.find("image.txt"), std::string::npos) << run.err;
}

}  // namespace
}  // namespace zhcorpus::testing
