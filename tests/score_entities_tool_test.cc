// End to end: `score entities` reads gold from a file and the prediction from
// stdin, prints the table or JSON, reports bad lines and missing records.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "tool_runner.h"
#include "temp_dir.h"

namespace zhcorpus::testing {
namespace {

namespace fs = std::filesystem;

// Gold: 萧山区 (region, code 330109) and 2022年 (date) in one record, and a
// second record the prediction lacks.
const char kGold[] =
    R"({"id":"k1","text":"萧山区2022年引进人才3000名。","entities":[)"
    R"({"type":"region","text":"萧山区","start":0,"end":3,"norm":{"code":"330109"}},)"
    R"({"type":"date","text":"2022年","start":3,"end":8,"norm":{"value":"2022"}}]})" "\n"
    R"({"id":"k2","text":"余杭区","entities":[{"type":"region","text":"余杭区","start":0,"end":3}]})" "\n";

const char kPred[] =
    R"({"id":"k1","text":"萧山区2022年引进人才3000名。","entities":[)"
    R"({"type":"region","text":"萧山区","start":0,"end":3,"norm":{"code":"330100"}},)"
    R"({"type":"date","text":"2022年","start":3,"end":8,"norm":{"value":"2022"}},)"
    R"({"type":"metric","text":"3000名","start":12,"end":17,"norm":{"value":3000,"unit":"名"}}]})" "\n";

class ScoreEntitiesTool : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = testing::FreshTempDir("zhcorpus_score_entities");
    gold_ = (dir_ / "gold.jsonl").string();
    std::ofstream(gold_) << kGold;
  }
  void TearDown() override { fs::remove_all(dir_); }
  fs::path dir_;
  std::string gold_;
};

TEST_F(ScoreEntitiesTool, JsonReportsPerTypeFiguresAndMissingRecords) {
  ToolRun run = RunTool("score", "entities --gold " + gold_ + " --format json", kPred);
  EXPECT_EQ(run.exit_code, 1) << run.err;  // k2 has no prediction
  EXPECT_NE(run.err.find("1 gold records have no predicted record"), std::string::npos) << run.err;
  EXPECT_NE(run.err.find("k2"), std::string::npos);
  auto j = nlohmann::ordered_json::parse(run.out);
  std::map<std::string, nlohmann::ordered_json> rows;
  for (const auto& row : j["types"]) rows[row["type"].get<std::string>()] = row;
  EXPECT_EQ(rows["region"]["gold"], 2);
  EXPECT_EQ(rows["region"]["matched"], 1);
  EXPECT_EQ(rows["region"]["norm_accuracy"], 0.0);
  EXPECT_EQ(rows["date"]["f1"], 1.0);
  EXPECT_EQ(rows["metric"]["precision"], 0.0);
  EXPECT_EQ(j["records"]["missing_in_pred"][0], "k2");
}

TEST_F(ScoreEntitiesTool, TableShowsTypesAndWorstRecords) {
  ToolRun run = RunTool("score", "entities --gold " + gold_ + " --pred - --types region,date --worst 5", kPred);
  EXPECT_NE(run.out.find("region"), std::string::npos) << run.out;
  EXPECT_NE(run.out.find("missed    region 余杭区 [0,3)"), std::string::npos) << run.out;
  EXPECT_NE(run.out.find("gold code 330109, predicted code 330100"), std::string::npos) << run.out;
  EXPECT_EQ(run.out.find("metric"), std::string::npos) << run.out;
}

TEST_F(ScoreEntitiesTool, BadPredictionLineIsNamedAndScoringGoesOn) {
  const std::string pred = std::string(kPred) + "{\"id\":\"k2\",\"text\":\"余杭区\"}\n";
  ToolRun run = RunTool("score", "entities --gold " + gold_ + " --recall-only", pred);
  EXPECT_EQ(run.exit_code, 1);
  EXPECT_NE(run.err.find("score: <stdin>:2: no \"entities\" array"), std::string::npos) << run.err;
  EXPECT_NE(run.out.find("recall"), std::string::npos) << run.out;
}

TEST_F(ScoreEntitiesTool, MissingGoldFileIsAUsageError) {
  ToolRun run = RunTool("score", "entities --gold /nonexistent/gold.jsonl", kPred);
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_NE(run.err.find("/nonexistent/gold.jsonl"), std::string::npos) << run.err;
}

}  // namespace
}  // namespace zhcorpus::testing
