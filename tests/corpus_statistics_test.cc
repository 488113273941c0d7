// Keyness, collocation and dispersion figures against values worked out by
// hand (the arithmetic is in each comment), to three decimals.
#include <gtest/gtest.h>

#include <cmath>

#include "zhcorpus/collocations.h"
#include "zhcorpus/dispersion.h"
#include "zhcorpus/keyness.h"

namespace zhcorpus {
namespace {

TaggedRecord Tokens(std::vector<std::string> words) {
  TaggedRecord r;
  r.has_tokens = true;
  for (std::string& w : words) r.tokens.push_back({std::move(w), ""});
  return r;
}

TEST(Keyness, LogLikelihoodBicLogRatioAndPercentDiff) {
  // a = 10 in 1000 words, b = 5 in 2000: E1 = 1000·15/3000 = 5, E2 = 10;
  // G2 = 2·(10·ln 2 + 5·ln 0.5) = 10·ln 2 = 6.931; BIC = 6.931 − ln 3000 = −1.075;
  // log ratio = log2(0.01/0.0025) = 2; %DIFF = (0.01 − 0.0025)/0.0025·100 = 300.
  const KeynessScores s = ScoreKeyness(10, 5, 1000, 2000);
  EXPECT_NEAR(s.g2, 6.931, 5e-4);
  EXPECT_NEAR(s.bic, -1.075, 5e-4);
  EXPECT_NEAR(s.log_ratio, 2.0, 5e-4);
  EXPECT_NEAR(s.percent_diff, 300.0, 5e-4);
  // b = 0: G2 = 2·8·ln(8/(8·100/300)) = 16·ln 3 = 17.578; log ratio uses 0.5 for the zero:
  // log2((8/100)/(0.5/200)) = log2 32 = 5; %DIFF is infinite.
  const KeynessScores z = ScoreKeyness(8, 0, 100, 200);
  EXPECT_NEAR(z.g2, 17.578, 5e-4);
  EXPECT_NEAR(z.log_ratio, 5.0, 5e-4);
  EXPECT_TRUE(std::isinf(z.percent_diff));
}

TEST(Keyness, TableCountsWordsNotPunctuation) {
  WordFrequencies target, reference;
  target.Add(Tokens({"创新", "，", "创新", "企业", "。"}));
  reference.Add(Tokens({"企业", "企业", "发展", "2024"}));
  EXPECT_EQ(target.total(), 3u);    // the commas and stops are no words
  EXPECT_EQ(reference.total(), 3u);  // nor is a bare number
  const ReportTable t = KeynessTable(target, reference, {.min_freq = 2});
  ASSERT_EQ(t.rows.size(), 2u);
  // 创新: a = 2, b = 0, c = d = 3: E1 = 1, G2 = 2·2·ln 2 = 2.773; 企业: a = 1, b = 2:
  // E = 1.5 each, G2 = 2·(ln(1/1.5) + 2·ln(2/1.5)) = 0.340.
  EXPECT_EQ(t.rows[0][0], "创新");
  EXPECT_EQ(t.rows[0][1], "+");
  EXPECT_EQ(t.rows[0][6], "2.773");
  EXPECT_EQ(t.rows[1][0], "企业");
  EXPECT_EQ(t.rows[1][1], "-");
  EXPECT_EQ(t.rows[1][6], "0.340");
  EXPECT_NE(t.method.find("Rayson"), std::string::npos);
}

TEST(Collocations, LogDiceMiAndTScore) {
  // logDice = 14 + log2(2·4/(10 + 20)) = 14 + log2(0.26667) = 12.093.
  EXPECT_NEAR(LogDice(4, 10, 20), 12.093, 5e-4);
  // E = 10·20·2/1000 = 0.4: MI = log2(4/0.4) = 3.322; t = (4 − 0.4)/2 = 1.8.
  EXPECT_NEAR(MutualInformation(4, 0.4), 3.322, 5e-4);
  EXPECT_NEAR(TScore(4, 0.4), 1.8, 5e-4);
}

TEST(Collocations, CountsAWindowOfWordsAroundTheNode) {
  // Words (punctuation dropped): 数字 经济 创新 发展 数字 创新 | 创新 人才
  // N = 8, f(创新) = 3; one word each side: the 1st 创新 sees 经济 and 发展,
  // the 2nd 数字, the 3rd 人才. O(发展) = 1, f(发展) = 1: logDice = 14 + log2(2/4) = 13;
  // E = 3·1·2/8 = 0.75: MI = log2(1/0.75) = 0.415; t = 0.25/1 = 0.25.
  CollocationCounter c({.node = "创新", .left = 1, .right = 1, .min_cooccurrence = 1, .min_freq = 1});
  c.Add(Tokens({"数字", "经济", "创新", "发展", "，", "数字", "创新", "。"}));
  c.Add(Tokens({"创新", "人才"}));
  const ReportTable t = c.Table();
  ASSERT_EQ(t.rows.size(), 4u);
  const auto row = std::find_if(t.rows.begin(), t.rows.end(), [](const auto& r) { return r[0] == "发展"; });
  ASSERT_NE(row, t.rows.end());
  EXPECT_EQ((*row)[1], "1");
  EXPECT_EQ((*row)[3], "13");
  EXPECT_EQ((*row)[4], "0.415");
  EXPECT_EQ((*row)[5], "0.250");
}

TEST(Dispersion, GriesDpAndJuillandD) {
  // Parts of 4, 2 and 4 words (N = 10); the word occurs 2, 0 and 1 times.
  // s = (.4, .2, .4), v = (2/3, 0, 1/3): DP = 0.5·(.26667 + .2 + .06667) = 0.267.
  // Relative frequencies p = (.5, 0, .25): mean .25, population sd
  // √((.0625 + .0625 + 0)/3) = .20412, V = .81650; D = 1 − .81650/√2 = 0.423.
  const Dispersion d = MeasureDispersion({{4, 2}, {4, 1}}, 10, 3);
  EXPECT_NEAR(d.dp, 0.267, 5e-4);
  EXPECT_NEAR(d.juilland_d, 0.423, 5e-4);
  // Spread exactly as the parts: DP 0, D 1.
  const Dispersion even = MeasureDispersion({{4, 2}, {2, 1}, {4, 2}}, 10, 3);
  EXPECT_NEAR(even.dp, 0.0, 5e-4);
  EXPECT_NEAR(even.juilland_d, 1.0, 5e-4);
}

TEST(Dispersion, NgramsDoNotSpanPunctuation) {
  NgramCounter c({.n = 2, .min_freq = 1});
  c.Add(Tokens({"科技", "创新", "，", "创新", "发展"}));
  c.Add(Tokens({"科技", "创新"}));
  const ReportTable t = c.Table();
  ASSERT_EQ(t.rows.size(), 2u);  // no 创新 创新 across the comma
  EXPECT_EQ(t.rows[0][0], "科技 创新");
  EXPECT_EQ(t.rows[0][1], "2");
  EXPECT_EQ(t.rows[0][3], "2");  // in both records
  // Parts of 4 and 2 words (N = 6), 1 occurrence in each: s = (2/3, 1/3),
  // v = (.5, .5): DP = 0.5·(1/6 + 1/6) = 0.167.
  EXPECT_EQ(t.rows[0][5], "0.167");
}

}  // namespace
}  // namespace zhcorpus
