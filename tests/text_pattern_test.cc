#include "zhcorpus/text_pattern.h"

#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

namespace zhcorpus {
namespace {

using Spans = std::vector<std::pair<std::size_t, std::size_t>>;

Spans Matches(const TextPattern& p, const std::string& text) {
  Spans spans;
  p.ForEachMatch(text, [&](std::size_t s, std::size_t e) { spans.emplace_back(s, e); });
  return spans;
}

TEST(TextPattern, ReportsMatchesInCodePointsNotBytes) {
  Result<TextPattern> p = TextPattern::Compile("产量[^。]*吨");
  ASSERT_TRUE(p.ok()) << p.status().ToString();
  // 产量 starts at code point 2, the first 吨 is code point 8 (end exclusive 9).
  EXPECT_EQ(Matches(*p, "今年产量达五十万吨。去年产量为四十吨。"), (Spans{{2, 9}, {12, 18}}));
  EXPECT_TRUE(p->Found("小镇茶叶产量三吨"));
  EXPECT_FALSE(p->Found("小镇茶叶产量增加。价格三吨"));
  EXPECT_EQ(p->pattern(), "产量[^。]*吨");
}

TEST(TextPattern, CountsCharactersOutsideTheBasicPlaneOnce) {
  // 𠀀 needs two UTF-16 units; the offset after it must still count it once.
  Result<TextPattern> p = TextPattern::Compile("\\p{Han}村");
  ASSERT_TRUE(p.ok());
  EXPECT_EQ(Matches(*p, "𠀀𠀀新村"), (Spans{{2, 4}}));
  EXPECT_EQ(Matches(*p, "a𠀀村b"), (Spans{{1, 3}}));
}

TEST(TextPattern, EmptyMatchesMarkNoText) {
  Result<TextPattern> p = TextPattern::Compile("新?");
  ASSERT_TRUE(p.ok());
  EXPECT_EQ(Matches(*p, "旧城新区"), (Spans{{2, 3}}));
  EXPECT_FALSE(p->Found("旧城"));
}

TEST(TextPattern, ASyntaxErrorNamesThePatternAndPosition) {
  Result<TextPattern> p = TextPattern::Compile("增长(");
  ASSERT_FALSE(p.ok());
  EXPECT_NE(p.status().ToString().find("pattern '增长('"), std::string::npos) << p.status().ToString();
  EXPECT_NE(p.status().ToString().find("at character"), std::string::npos);
}

TEST(TextPattern, OnePatternServesManyTextsInTurn) {
  Result<TextPattern> p = TextPattern::Compile("桥");
  ASSERT_TRUE(p.ok());
  EXPECT_EQ(Matches(*p, "新桥和旧桥"), (Spans{{1, 2}, {4, 5}}));
  EXPECT_EQ(Matches(*p, "桥"), (Spans{{0, 1}}));
  EXPECT_TRUE(Matches(*p, "河").empty());
}

}  // namespace
}  // namespace zhcorpus
