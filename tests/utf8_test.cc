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

TEST(SimplifiedView, BadTableLineNamesFileAndLine) {
  auto view = SimplifiedView::FromTable("臺\t台\n臺台\n", "t.tsv");
  ASSERT_FALSE(view.ok());
  EXPECT_NE(view.status().message().find("t.tsv:2:"), std::string::npos);
}

}  // namespace
}  // namespace zhcorpus
