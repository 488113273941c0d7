#include "zhcorpus/segmentation_scorer.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "tool_runner.h"
#include "temp_dir.h"

namespace zhcorpus {
namespace {

SegmentationScore Score(const std::vector<std::string>& gold, const std::vector<std::string>& test,
                        const WordList* words = nullptr) {
  auto score = ScoreSegmentation(gold, test, words);
  EXPECT_TRUE(score.ok()) << score.status().message();
  return score.ok() ? *score : SegmentationScore{};
}

TEST(SegmentationScorerTest, IdenticalSegmentationIsPerfect) {
  const SegmentationScore s = Score({"市政府  今天  发布  通知", "天气  晴"}, {"市政府 今天 发布 通知", "天气 晴"});
  EXPECT_EQ(s.gold_words, 6u);
  EXPECT_EQ(s.test_words, 6u);
  EXPECT_EQ(s.correct, 6u);
  EXPECT_DOUBLE_EQ(s.F1(), 1.0);
}

TEST(SegmentationScorerTest, WordsCompareAsSpans) {
  // gold: 市政府|今天|发布|通知 ; test: 市|政府|今天|发布通知 -> only 今天 is right.
  const SegmentationScore s = Score({"市政府 今天 发布 通知"}, {"市 政府 今天 发布通知"});
  EXPECT_EQ(s.gold_words, 4u);
  EXPECT_EQ(s.test_words, 4u);
  EXPECT_EQ(s.correct, 1u);
  EXPECT_DOUBLE_EQ(s.Precision(), 0.25);
  EXPECT_DOUBLE_EQ(s.Recall(), 0.25);
  EXPECT_DOUBLE_EQ(s.F1(), 0.25);
}

TEST(SegmentationScorerTest, PrecisionAndRecallDifferWhenCountsDiffer) {
  // 3 gold words, 2 test words, 1 right: P 1/2, R 1/3, F1 0.4.
  const SegmentationScore s = Score({"我们 去 北京"}, {"我们去 北京"});
  EXPECT_EQ(s.correct, 1u);
  EXPECT_DOUBLE_EQ(s.Precision(), 0.5);
  EXPECT_DOUBLE_EQ(s.Recall(), 1.0 / 3);
  EXPECT_NEAR(s.F1(), 0.4, 1e-12);
}

TEST(SegmentationScorerTest, SpansRunOverTheWholeFileNotPerLine) {
  // The gold puts an opening quote at the end of the previous line.
  const SegmentationScore s = Score({"他 说 “", "好 。"}, {"他 说", "“ 好 。"});
  EXPECT_EQ(s.correct, 5u);
  EXPECT_DOUBLE_EQ(s.F1(), 1.0);
}

TEST(SegmentationScorerTest, FullWidthSpaceSeparatesWords) {
  const SegmentationScore s = Score({"春节\u3000快乐"}, {"春节 快乐"});
  EXPECT_EQ(s.gold_words, 2u);
  EXPECT_EQ(s.correct, 2u);
}

TEST(SegmentationScorerTest, OovAndIvRecall) {
  const WordList words = {"今天", "发布", "通知"};
  // Gold: 市政府 (OOV) 今天 发布 通知 (IV); test gets 今天 and 通知 right.
  const SegmentationScore s = Score({"市政府 今天 发布 通知"}, {"市 政府 今天 发 布 通知"}, &words);
  ASSERT_TRUE(s.has_word_list);
  EXPECT_EQ(s.oov_words, 1u);
  EXPECT_EQ(s.oov_correct, 0u);
  EXPECT_EQ(s.iv_words, 3u);
  EXPECT_EQ(s.iv_correct, 2u);
  EXPECT_DOUBLE_EQ(s.OovRate(), 0.25);
  EXPECT_DOUBLE_EQ(s.OovRecall(), 0.0);
  EXPECT_DOUBLE_EQ(s.IvRecall(), 2.0 / 3);
}

TEST(SegmentationScorerTest, DifferentLineCountIsAnError) {
  auto s = ScoreSegmentation({"天气 晴", "风 大"}, {"天气 晴"}, nullptr);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.status().message().find("line count"), std::string::npos);
}

TEST(SegmentationScorerTest, DifferentTextIsAnErrorThatSaysWhere) {
  auto s = ScoreSegmentation({"天气 晴朗"}, {"天气 晴天"}, nullptr);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.status().message().find("char 3"), std::string::npos) << s.status().message();
}

TEST(SegmentationScorerTest, PrintsFiguresAndJson) {
  const WordList words = {"天气"};
  const SegmentationScore s = Score({"天气 晴"}, {"天气 晴"}, &words);
  std::ostringstream text, json;
  s.Print(text);
  s.PrintJson(json);
  EXPECT_NE(text.str().find("F1 1.0000"), std::string::npos) << text.str();
  EXPECT_NE(text.str().find("OOV recall 1.0000"), std::string::npos) << text.str();
  EXPECT_NE(json.str().find("\"oov_rate\":0.5"), std::string::npos) << json.str();
}

TEST(SegmentationScorerTest, ScoreSegToolReadsFilesAndWordList) {
  namespace fs = std::filesystem;
  const fs::path dir = testing::FreshTempDir("zhcorpus_segscore");
  std::ofstream(dir / "gold") << "市政府  今天  发布  通知\r\n天气  晴\r\n";
  std::ofstream(dir / "test") << "市政府 今天 发布通知\n天气 晴\n";
  std::ofstream(dir / "words") << "今天\n发布\n  通知  \n天气\n";
  const auto run = testing::RunTool("score", "seg --gold " + (dir / "gold").string() + " --test " +
                                                 (dir / "test").string() + " --words " + (dir / "words").string());
  EXPECT_EQ(run.exit_code, 0) << run.err;
  EXPECT_NE(run.out.find("gold words 6  test words 5  correct 4"), std::string::npos) << run.out;
  // OOV: 市政府 and 晴 (both right); IV: 今天 发布 通知 天气 (2 right).
  EXPECT_NE(run.out.find("OOV recall 1.0000  IV recall 0.5000"), std::string::npos) << run.out;
  const auto bad = testing::RunTool("score", "seg --gold " + (dir / "gold").string() + " --test " +
                                                 (dir / "words").string());
  EXPECT_EQ(bad.exit_code, 2);
  EXPECT_NE(bad.err.find("line count"), std::string::npos) << bad.err;
  fs::remove_all(dir);
}

}  // namespace
}  // namespace zhcorpus
