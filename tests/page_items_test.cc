// The first passes of the page splitter: lines of a page become headlines,
// paragraphs, bylines and source notes. What a reader of the output sees:
// a headline stays a headline, a paragraph broken by a narrow column is
// one paragraph again, a byline is not body text.
#include "article/page_items.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace zhcorpus::article {
namespace {

std::vector<BlockKind> Kinds(const PageBlocks& p) {
  std::vector<BlockKind> kinds;
  for (const Block& b : p.blocks) kinds.push_back(b.kind);
  return kinds;
}

using K = BlockKind;

TEST(PageItems, MarkdownHeadingsKeepTheirLevel) {
  PageBlocks p = ReadBlocks("# 青石镇修好老桥\n\n## 村民出行更方便\n\n老桥今天重新通车，全长八十米。\n");
  ASSERT_EQ(Kinds(p), (std::vector<K>{K::kHeadline, K::kHeadline, K::kParagraph}));
  EXPECT_EQ(p.blocks[0].level, 1);
  EXPECT_EQ(p.blocks[0].text, "青石镇修好老桥");
  EXPECT_EQ(p.blocks[1].level, 2);
  EXPECT_EQ(p.blocks[2].text, "老桥今天重新通车，全长八十米。");
}

TEST(PageItems, AShortLineStandingApartIsAHeadline) {
  PageBlocks p = ReadBlocks(
      "河畔书店开张\n\n"
      "河畔新开的书店今天迎来第一批读者，店里摆满了本地作家的作品。\n"
      "店主说，书店每周末都会举办读书会，欢迎附近的居民参加。\n");
  ASSERT_EQ(Kinds(p), (std::vector<K>{K::kHeadline, K::kParagraph, K::kParagraph}));
  EXPECT_EQ(p.blocks[0].level, 0);
  EXPECT_EQ(p.blocks[0].text, "河畔书店开张");
}

TEST(PageItems, ALineWithClausePunctuationIsNoHeadline) {
  PageBlocks p = ReadBlocks("天晴了，大家出门\n\n河边的人多了起来，孩子们在草地上放风筝。\n");
  ASSERT_FALSE(p.blocks.empty());
  EXPECT_NE(p.blocks[0].kind, K::kHeadline);
}

TEST(PageItems, ANarrowColumnIsRejoinedIntoParagraphs) {
  // Eighteen characters a line, hard-wrapped: a sentence goes on across lines.
  PageBlocks p = ReadBlocks(
      "今年春天，青石镇的农民在山坡上种下了\n"
      "一大片茶树，预计三年后可以采摘新茶，\n"
      "带动全镇两百多户人家增加收入。镇里还\n"
      "请来农技人员，手把手教大家修剪茶树。\n"
      "茶园旁边新修的道路也已经全部通车了。\n");
  ASSERT_EQ(Kinds(p), (std::vector<K>{K::kParagraph}));
  EXPECT_EQ(p.blocks[0].text,
            "今年春天，青石镇的农民在山坡上种下了一大片茶树，预计三年后可以采摘新茶，"
            "带动全镇两百多户人家增加收入。镇里还请来农技人员，手把手教大家修剪茶树。"
            "茶园旁边新修的道路也已经全部通车了。");
}

TEST(PageItems, BylinesAndSourceNotesAreNotBodyText) {
  PageBlocks p = ReadBlocks(
      "山村有了新校舍\n\n本报记者 王建国\n\n"
      "新校舍今天投入使用，三百多名学生搬进了明亮的教室。\n\n（来源：江城日报）\n");
  ASSERT_EQ(Kinds(p), (std::vector<K>{K::kHeadline, K::kByline, K::kParagraph, K::kSource}));
  ASSERT_EQ(p.blocks[1].byline.names.size(), 1u);
  EXPECT_EQ(p.blocks[1].byline.names[0], "王建国");
  EXPECT_EQ(p.blocks[3].outlet, "江城日报");
}

TEST(PageItems, BlankLinesBeforeABlockAreCounted) {
  PageBlocks p = ReadBlocks("第一段话写完了。\n\n\n第二段话也写完了。\n");
  ASSERT_EQ(p.blocks.size(), 2u);
  EXPECT_EQ(p.blocks[1].blank_before, 2u);
}

TEST(PageItems, EmptyPageHasNoBlocks) {
  EXPECT_TRUE(ReadBlocks("").blocks.empty());
  EXPECT_TRUE(ReadBlocks("\n\n   \n").blocks.empty());
}

TEST(PageItems, LeadsThatOpenWithWhenItHappened) {
  EXPECT_TRUE(OpensWithTime("近日，青石镇举办了茶文化节。"));
  EXPECT_TRUE(OpensWithTime("日前，新校舍投入使用。"));
  EXPECT_TRUE(OpensWithTime("5月22日，老桥重新通车。"));
  EXPECT_TRUE(OpensWithTime("11月3日至5日，书展在江城举行。"));
  EXPECT_FALSE(OpensWithTime("2024年5月22日，老桥重新通车。"));  // a year first: a dateline's job
  EXPECT_FALSE(OpensWithTime("青石镇近日举办了茶文化节。"));
  EXPECT_FALSE(OpensWithTime("300多名学生搬进新教室。"));
  EXPECT_FALSE(OpensWithTime(""));
}

TEST(PageItems, SentenceEnds) {
  for (const char* s : {"老桥通车了。", "真的吗？", "太好了！", "他说：“明天见。”", "未完待续……", "Done!", "句末有空格。  "})
    EXPECT_TRUE(EndsSentence(s)) << s;
  for (const char* s : {"", "老桥通车了，", "他说：“明天见”", "青石镇", "（见二版）"}) EXPECT_FALSE(EndsSentence(s)) << s;
}

}  // namespace
}  // namespace zhcorpus::article
