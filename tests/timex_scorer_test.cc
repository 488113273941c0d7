// The timex score over a folder of case files: cases are counted per file,
// the rate is over in-scope cases only, failures are listed on request, and
// a missing file or a broken line is an error naming it.
#include "zhcorpus/timex_scorer.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "test_config.h"
#include "temp_dir.h"

namespace zhcorpus {
namespace {

namespace fs = std::filesystem;

const char* const kFiles[] = {"duckling_zh_numeral.jsonl",  "duckling_zh_ordinal.jsonl",  "duckling_zh_money.jsonl",
                              "jionlp_parse_money.jsonl",   "jionlp_extract_money.jsonl", "duckling_zh_duration.jsonl",
                              "duckling_zh_quantity.jsonl", "duckling_zh_time.jsonl",     "jionlp_parse_time.jsonl",
                              "jionlp_extract_time.jsonl"};

class TimexScorerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = testing::FreshTempDir("zhcorpus_timex");
    for (const char* f : kFiles) std::ofstream(dir_ / f);  // empty files: no cases
  }
  void TearDown() override { fs::remove_all(dir_); }
  void Write(const char* file, const std::string& lines) { std::ofstream(dir_ / file) << lines; }
  fs::path dir_;
};

TEST_F(TimexScorerTest, CountsCasesInScopeAndPassedPerFile) {
  Write("duckling_zh_numeral.jsonl",
        "{\"input\":\"四十二\",\"expected\":{\"value\":42}}\n"
        "{\"input\":\"四十二\",\"expected\":{\"value\":24}}\n"
        "{\"input\":\"四十二个\",\"expected\":{\"value\":42}}\n");
  auto report = ScoreTimex(dir_, testing::kBuildDataDir);
  ASSERT_TRUE(report.ok()) << report.status().message();
  ASSERT_EQ(report->files.size(), std::size(kFiles));
  const TimexFileScore& numerals = report->files[0];
  EXPECT_EQ(numerals.file, "duckling_zh_numeral.jsonl");
  EXPECT_EQ(numerals.group, "numbers");
  EXPECT_EQ(numerals.cases, 3);
  EXPECT_EQ(numerals.in_scope, 2);
  EXPECT_EQ(numerals.passed, 1);
  ASSERT_EQ(numerals.failures.size(), 1u);
  EXPECT_EQ(numerals.failures[0], "四十二 -> 42");

  std::ostringstream table, with_failures;
  report->Print(table, false);
  EXPECT_NE(table.str().find("duckling_zh_numeral.jsonl"), std::string::npos);
  EXPECT_NE(table.str().find("50.0%"), std::string::npos) << table.str();
  EXPECT_NE(table.str().find("total numbers"), std::string::npos) << table.str();
  EXPECT_EQ(table.str().find("四十二 -> 42"), std::string::npos);
  report->Print(with_failures, true);
  EXPECT_NE(with_failures.str().find("duckling_zh_numeral.jsonl: 四十二 -> 42"), std::string::npos);
}

TEST_F(TimexScorerTest, AMissingFileIsNamed) {
  fs::remove(dir_ / "jionlp_parse_time.jsonl");
  auto report = ScoreTimex(dir_, testing::kBuildDataDir);
  ASSERT_FALSE(report.ok());
  EXPECT_NE(report.status().message().find("jionlp_parse_time.jsonl"), std::string::npos);
}

TEST_F(TimexScorerTest, ABrokenLineIsNamedWithItsNumber) {
  Write("duckling_zh_ordinal.jsonl", "{\"input\":\"第一\",\"expected\":{\"value\":1}}\n{not json\n");
  auto report = ScoreTimex(dir_, testing::kBuildDataDir);
  ASSERT_FALSE(report.ok());
  EXPECT_NE(report.status().message().find("duckling_zh_ordinal.jsonl:2"), std::string::npos)
      << report.status().message();
}

TEST_F(TimexScorerTest, MissingDataIsAnError) {
  EXPECT_FALSE(ScoreTimex(dir_, dir_ / "no_data").ok());
}

}  // namespace
}  // namespace zhcorpus
