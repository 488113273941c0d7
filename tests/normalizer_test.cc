#include "zhcorpus/normalizer.h"

#include <gtest/gtest.h>

#include "zhcorpus/utf8.h"

namespace zhcorpus {
namespace {

TEST(NormalizeText, RemovesLayoutSpacesBetweenCjkDigitsAndUnits) {
  EXPECT_EQ(NormalizeText("本报讯 5月 8日上午，共有 2000 余人参加"), "本报讯5月8日上午，共有2000余人参加");
  EXPECT_EQ(NormalizeText("“ 智 汇 南 湖 ”"), "“智汇南湖”");
}

TEST(NormalizeText, KeepsOneSpaceBetweenAsciiWords) {
  EXPECT_EQ(NormalizeText("新款Model  Y于2023-05-25 18:18发布"), "新款Model Y于2023-05-25 18:18发布");
}

TEST(NormalizeText, FoldsFullWidthLettersDigitsAndPercent) {
  EXPECT_EQ(NormalizeText("ＡＩ产业增长１２．５％"), "AI产业增长12.5%");
}

TEST(NormalizeText, AsciiPunctuationNextToCjkBecomesFullWidth) {
  EXPECT_EQ(NormalizeText("3月8日,宁波市发布:增长9.1%,好!"), "3月8日，宁波市发布：增长9.1%，好！");
  EXPECT_EQ(NormalizeText("营收4,905万元(同比)"), "营收4,905万元（同比）");
  EXPECT_EQ(NormalizeText("1-3家"), "1-3家");
}

TEST(NormalizeText, HeadlinesKeepTheSpaceBetweenPhrases) {
  EXPECT_EQ(NormalizeText("湖畔论创新  实干见成效", {.keep_phrase_spaces = true}), "湖畔论创新 实干见成效");
}

// Text needing no change skips decoding; text ICU's NFC may touch takes the
// general path. Each route gives what RECORDS.md asks.
TEST(NormalizeText, EveryRouteNormalises) {
  EXPECT_EQ(NormalizeText("温州市举办科技周活动。"), "温州市举办科技周活动。");  // nothing to do
  EXPECT_EQ(NormalizeText("cafe\u0301 开业"), "caf\u00e9开业");                  // composed by NFC
  EXPECT_EQ(NormalizeText("\uF900山 新闻"), "\u8C48山新闻");                      // compatibility ideograph
  EXPECT_EQ(NormalizeText("\U00020000村 ２号"), "\U00020000村2号");              // four-byte character
  EXPECT_EQ(NormalizeText("\u00C5 公司"), "\u00C5公司");                          // precomposed, already NFC
  EXPECT_EQ(NormalizeText(""), "");
}

TEST(AppendWrappedLine, JoinsCjkWithNothingAndLatinWithASpace) {
  std::string p = "南湖区科技城举办“智汇南湖”青年";
  AppendWrappedLine("创新沙龙", &p);
  EXPECT_EQ(p, "南湖区科技城举办“智汇南湖”青年创新沙龙");
  std::string q = "the Model";
  AppendWrappedLine("Y launch", &q);
  EXPECT_EQ(q, "the Model Y launch");
}

TEST(WidenCjkPunctuation, WidensPunctuationNextToCjkOnlyAndKeepsTheLength) {
  std::u32string text = DecodeUtf8("远帆(上海)公司,营收1,250万元(约)。Q3(beta)");
  const std::size_t size = text.size();
  WidenCjkPunctuation(&text);
  EXPECT_EQ(EncodeUtf8(text), "远帆（上海）公司，营收1,250万元（约）。Q3(beta)");
  EXPECT_EQ(text.size(), size);
}

}  // namespace
}  // namespace zhcorpus
