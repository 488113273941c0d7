#include "zhcorpus/utf8.h"

#include <gtest/gtest.h>

#include "zhcorpus/simplified.h"

namespace zhcorpus {
namespace {

TEST(Utf8, FindsFirstInvalidByte) {
  EXPECT_TRUE(IsValidUtf8("杭州 ok"));
  EXPECT_EQ(FindInvalidUtf8("ab\xC0\x80"), 2u);           // overlong
  EXPECT_EQ(FindInvalidUtf8("\xED\xA0\x80"), 0u);         // surrogate
  EXPECT_EQ(FindInvalidUtf8("杭\xE5\xB7"), 3u);           // truncated
}

TEST(Utf8, RoundTripsAndCountsCodePoints) {
  const std::string s = "温州𠀀1.5万家";
  EXPECT_EQ(CodePointCount(s), 8u);
  EXPECT_EQ(DecodeUtf8(s).size(), 8u);
  EXPECT_EQ(EncodeUtf8(DecodeUtf8(s)), s);
}

TEST(SimplifiedView, KeepsLengthAndMapsTraditional) {
  auto view = SimplifiedView::FromTable("# c\n臺\t台\n灣\t湾\n", "t.tsv");
  ASSERT_TRUE(view.ok());
  EXPECT_EQ(EncodeUtf8(view->Convert(DecodeUtf8("臺灣的科技"))), "台湾的科技");
  EXPECT_TRUE(view->HasTraditional(DecodeUtf8("臺")));
  EXPECT_FALSE(view->HasTraditional(DecodeUtf8("杭州")));
}

TEST(SimplifiedView, BmpCharacterWithAnAstralSimplifiedForm) {
  auto view = SimplifiedView::FromTable("㑮\t𫝈\n", "t.tsv");  // OpenCC maps some BMP characters beyond it
  ASSERT_TRUE(view.ok());
  EXPECT_EQ(view->Map(U'㑮'), U'𫝈');
  EXPECT_EQ(view->Map(U'杭'), U'杭');
}

TEST(Utf8, DecodeIntoValidatesAndReusesTheBuffer) {
  std::u32string out;
  EXPECT_EQ(DecodeUtf8Into("杭州 2024年𠀀", &out), std::string_view::npos);
  EXPECT_EQ(out, U"杭州 2024年𠀀");
  EXPECT_EQ(DecodeUtf8Into("ab", &out), std::string_view::npos);
  EXPECT_EQ(out, U"ab");
  EXPECT_EQ(DecodeUtf8Into("ab\xE6\x9D", &out), 2u);           // truncated three-byte sequence
  EXPECT_EQ(DecodeUtf8Into("\xED\xA0\x80", &out), 0u);          // a surrogate
  EXPECT_EQ(DecodeUtf8Into("x\xE0\x80\xAF", &out), 1u);        // overlong
}

TEST(SimplifiedView, BadTableLineNamesFileAndLine) {
  auto view = SimplifiedView::FromTable("臺\t台\n臺台\n", "t.tsv");
  ASSERT_FALSE(view.ok());
  EXPECT_NE(view.status().message().find("t.tsv:2:"), std::string::npos);
}

}  // namespace
}  // namespace zhcorpus
