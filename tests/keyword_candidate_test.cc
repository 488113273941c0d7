// Which tokens the report's keywords section may rank: figures, dates,
// function words and single characters never reach the table.
#include <gtest/gtest.h>

#include "report/keywords.h"

namespace zhcorpus {
namespace {

TEST(KeywordCandidate, ContentWordsOfTwoOrMoreCharactersQualify) {
  EXPECT_TRUE(IsKeywordCandidate("茶园", "n"));
  EXPECT_TRUE(IsKeywordCandidate("扩建", "v"));
  EXPECT_TRUE(IsKeywordCandidate("茶园", ""));  // tokens without POS
  EXPECT_TRUE(IsKeywordCandidate("AI芯片", "n"));
  EXPECT_TRUE(IsKeywordCandidate("AI", "eng"));  // a Latin word is content
  EXPECT_FALSE(IsKeywordCandidate("茶", "n"));   // one character says little
}

TEST(KeywordCandidate, FunctionWordsByTheirPartOfSpeechAreLeftOut) {
  for (const char* pos : {"x", "w", "m", "q", "uj", "p", "c", "r", "d", "t", "f"})
    EXPECT_FALSE(IsKeywordCandidate("我们", pos)) << pos;
}

TEST(KeywordCandidate, FiguresAndDatesAreLeftOut) {
  EXPECT_FALSE(IsKeywordCandidate("3000吨", "n"));
  EXPECT_FALSE(IsKeywordCandidate("２０２４年", ""));  // full-width digits
  EXPECT_FALSE(IsKeywordCandidate("三千", ""));
  EXPECT_FALSE(IsKeywordCandidate("十五", "n"));  // only numerals, even as a noun
  EXPECT_FALSE(IsKeywordCandidate("——", ""));
  EXPECT_FALSE(IsKeywordCandidate("％％", ""));
  // Without a POS a leading numeral marks a figure; with one the tagger decides.
  EXPECT_FALSE(IsKeywordCandidate("一体化", ""));
  EXPECT_TRUE(IsKeywordCandidate("一体化", "vn"));
}

TEST(KeywordCandidate, TheCounterCountsMentionsAndArticlesOfCandidatesOnly) {
  KeywordCounter counter;
  counter.BeginArticle();
  counter.Add("茶园", "n");
  counter.Add("茶园", "n");
  counter.Add("的", "uj");
  counter.BeginArticle();
  counter.Add("茶园", "n");
  counter.Add("3000吨", "m");
  EXPECT_EQ(counter.articles(), 2u);
  ASSERT_EQ(counter.terms().size(), 1u);
  const TermCount& t = counter.terms().at("茶园");
  EXPECT_EQ(t.mentions, 3u);
  EXPECT_EQ(t.docs, 2u);
  EXPECT_EQ(t.pos, "n");
}

}  // namespace
}  // namespace zhcorpus
