// `score articles` and `score pages`: how ingest output is matched to
// article gold. Gold and predictions here are invented.
#include "zhcorpus/article_scorer.h"

#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

namespace zhcorpus {
namespace {

Json Gold(const std::string& file, int index, const std::string& start, const std::string& end,
          const std::string& title = "") {
  return Json{{"file", file}, {"index", index}, {"title", title}, {"body_start", start}, {"body_end", end},
              {"authors", Json::array({"林小溪"})}, {"outlet", "山城日报"}};
}

Json Predicted(const std::string& source, const std::string& text, const std::string& title = "") {
  return Json{{"source", source}, {"text", text}, {"title", title}, {"authors", Json::array({"林小溪"})},
              {"outlet", "山城日报"}};
}

TEST(ArticleScorer, FoldingIgnoresWidthAndWhitespace) {
  EXPECT_EQ(FoldForComparison("ＡＢ１ 2\n　茶园\t"), "AB12茶园");
}

TEST(ArticleScorer, AnArticleIsFoundWhenOnePredictionHoldsBothEndsInOrder) {
  const std::vector<Json> gold = {Gold("day1.txt", 0, "新桥今天通车", "市民可免费乘坐", "新桥通车")};
  // The prediction's path may differ: its file name is compared; spaces and widths fold.
  const std::vector<Json> pred = {
      Predicted("in/day1.txt", "新桥 今天通车。工程历时两年。市民可免费乘坐。", "新桥通车")};
  const ArticleScore s = ScoreArticles(gold, pred);
  EXPECT_EQ(s.found, 1u);
  EXPECT_EQ(s.title_exact, 1u);
  EXPECT_EQ(s.authors_right, 1u);
  EXPECT_EQ(s.outlet_right, 1u);
  EXPECT_TRUE(s.misses.empty());
  EXPECT_EQ(s.files.at("day1.txt").found, 1u);
}

TEST(ArticleScorer, SplitAndMergedArticlesAreCountedAndNamed) {
  const std::vector<Json> gold = {Gold("a.txt", 0, "第一篇开头", "第一篇结尾"), Gold("a.txt", 1, "第二篇开头", "第二篇结尾"),
                                  Gold("b.txt", 0, "乙篇开头", "乙篇结尾")};
  const std::vector<Json> pred = {Predicted("a.txt", "第一篇开头……第一篇结尾。第二篇开头……第二篇结尾。"),
                                  Predicted("b.txt", "乙篇开头……"), Predicted("b.txt", "……乙篇结尾")};
  const ArticleScore s = ScoreArticles(gold, pred);
  EXPECT_EQ(s.gold, 3u);
  EXPECT_EQ(s.predicted, 3u);
  EXPECT_EQ(s.found, 0u);
  EXPECT_EQ(s.merged, 2u);
  ASSERT_EQ(s.misses.size(), 3u);
  EXPECT_EQ(s.misses[0], "a.txt #0: merged with another gold article");
  EXPECT_EQ(s.misses[2], "b.txt #0: split or lost (no predicted article holds both body ends)");
}

TEST(ArticleScorer, EndsInTheWrongOrderOrAnotherFileDoNotMatch) {
  const std::vector<Json> gold = {Gold("a.txt", 0, "开头句", "结尾句")};
  EXPECT_EQ(ScoreArticles(gold, {Predicted("a.txt", "结尾句。中间。开头句")}).found, 0u);
  EXPECT_EQ(ScoreArticles(gold, {Predicted("b.txt", "开头句。结尾句")}).found, 0u);
}

TEST(ArticleScorer, TitlesArePartialWhenOneContainsTheOther) {
  const std::vector<Json> gold = {Gold("a.txt", 0, "开头句", "结尾句", "新桥今天通车")};
  const ArticleScore partial = ScoreArticles(gold, {Predicted("a.txt", "开头句。结尾句", "新桥通车")});
  EXPECT_EQ(partial.title_exact + partial.title_partial, 0u);
  ASSERT_EQ(partial.misses.size(), 1u);
  EXPECT_NE(partial.misses[0].find("title \"新桥通车\""), std::string::npos);
  const ArticleScore contained = ScoreArticles(gold, {Predicted("a.txt", "开头句。结尾句", "今天通车")});
  EXPECT_EQ(contained.title_partial, 1u);
}

TEST(ArticleScorer, PrintShowsPercentagesOfWhatWasFound) {
  const std::vector<Json> gold = {Gold("a.txt", 0, "开头句", "结尾句"), Gold("a.txt", 1, "没有", "这篇")};
  std::ostringstream out;
  ScoreArticles(gold, {Predicted("a.txt", "开头句。结尾句")}).Print(out);
  EXPECT_NE(out.str().find("50.0% (1/2)"), std::string::npos) << out.str();
  EXPECT_NE(out.str().find("a.txt #1: split or lost"), std::string::npos);
}

TEST(PageScorer, APageIsCleanOnlyWhenTheArticleIsNotMuchLongerThanTheBody) {
  Json page = Gold("p.html", 0, "开头句", "结尾句", "新桥通车");
  page["usable"] = true;
  page["body_chars"] = 7;
  page["date"] = "2024-05-01";
  Json unusable = page;
  unusable["file"] = "q.html";
  unusable["usable"] = false;
  const std::vector<Json> gold = {page, unusable};
  ASSERT_TRUE(IsPageGold(gold));
  EXPECT_FALSE(IsPageGold({Gold("a.txt", 0, "开头句", "结尾句")}));

  Json short_pred = Predicted("p.html", "开头句，结尾句", "新桥通车");
  short_pred["date"] = "2024-05-01";
  const PageScore clean = ScorePages(gold, {short_pred});
  EXPECT_EQ(clean.pages, 1u);  // the unusable page is not counted
  EXPECT_EQ(clean.found, 1u);
  EXPECT_EQ(clean.clean, 1u);
  EXPECT_EQ(clean.title, 1u);
  EXPECT_EQ(clean.date, 1u);

  Json long_pred = short_pred;
  long_pred["text"] = "开头句，结尾句" + std::string(60, 'x');  // navigation left in
  const PageScore noisy = ScorePages(gold, {long_pred});
  EXPECT_EQ(noisy.found, 1u);
  EXPECT_EQ(noisy.clean, 0u);
  ASSERT_FALSE(noisy.misses.empty());
  EXPECT_NE(noisy.misses[0].find("body not clean"), std::string::npos);
}

}  // namespace
}  // namespace zhcorpus
