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

// The scanner skips ASCII eight bytes at a time and CJK three at a time: an
// invalid byte right after such runs, and E0/ED leads, are still found.
TEST(Utf8, FindsInvalidBytesAfterFastRuns) {
  EXPECT_EQ(FindInvalidUtf8("abcdefghijkl\x80"), 12u);
  EXPECT_EQ(FindInvalidUtf8("abcdefgh\xFF"), 8u);
  EXPECT_EQ(FindInvalidUtf8("新闻新闻\xE6\x96"), 12u);
  EXPECT_EQ(FindInvalidUtf8("新闻\xE0\x80\x80"), 6u);        // overlong three-byte
  EXPECT_EQ(FindInvalidUtf8("abcdefgh\xED\xBF\xBF"), 8u);   // surrogate
  EXPECT_TRUE(IsValidUtf8("\xE0\xA0\x80\xED\x9F\xBF 12345678 新闻𠀀"));
}

// CodePointCount counts eight bytes at a time: every prefix agrees with decoding.
TEST(Utf8, CountsCodePointsOfEveryPrefix) {
  const std::string s = "本报讯 2024年6月，“科技周”𠀀活动 in Hangzhou，共有3000余人参加。";
  for (std::size_t n = 0; n <= s.size(); ++n) {
    const std::string_view prefix = std::string_view(s).substr(0, n);
    if (!IsValidUtf8(prefix)) continue;
    EXPECT_EQ(CodePointCount(prefix), DecodeUtf8(prefix).size()) << n;
  }
}

// DecodeUtf8 decodes CJK inline: damaged three-byte sequences (overlong,
// surrogate, cut short) still become U+FFFD, one per byte, and what follows is read.
TEST(Utf8, DecodingReplacesDamagedThreeByteSequences) {
  EXPECT_EQ(DecodeUtf8("新\xE0\x80\x80闻"), U"新\uFFFD\uFFFD\uFFFD闻");
  EXPECT_EQ(DecodeUtf8("\xED\xA0\x80" "a"), U"\uFFFD\uFFFD\uFFFDa");
  EXPECT_EQ(DecodeUtf8("新\xE9\x97"), U"新\uFFFD\uFFFD");
  EXPECT_EQ(DecodeUtf8("\xE9\x97" "a"), U"\uFFFD\uFFFDa");
  EXPECT_EQ(DecodeUtf8("\xE0\xA0\x80\xEF\xBF\xBD𠀀"), U"\u0800\uFFFD𠀀");
}

TEST(Utf8, SuffixTakesCodePointsFromTheEnd) {
  EXPECT_EQ(Utf8Suffix("记者 王明。", 2), "明。");
  EXPECT_EQ(Utf8Suffix("ab𠀀c", 2), "𠀀c");
  EXPECT_EQ(Utf8Suffix("新闻", 5), "新闻");
  EXPECT_EQ(Utf8Suffix("新闻", 0), "");
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

TEST(SimplifiedView, BadTableLinesAreErrorsNamingTheLine) {
  for (const char* bad : {"臺台\n", "臺\t台台\n", "\t台\n", "臺\t\n", "臺\t\xE5\n"}) {
    auto view = SimplifiedView::FromTable(std::string("# c\n") + bad, "t.tsv");
    ASSERT_FALSE(view.ok()) << bad;
    EXPECT_NE(view.status().message().find("t.tsv:2:"), std::string::npos) << view.status().message();
  }
}

TEST(SimplifiedView, TheLastPairForACharacterWinsAndSizeCountsPairs) {
  auto view = SimplifiedView::FromTable("㑮\t𫝈\n㑮\t台\n灣\t𫝈\n灣\t湾\n𠀀\t杭\n", "t.tsv");
  ASSERT_TRUE(view.ok());
  EXPECT_EQ(view->Map(U'㑮'), U'台');
  EXPECT_EQ(view->Map(U'灣'), U'湾');
  EXPECT_EQ(view->Map(U'𠀀'), U'杭');
  EXPECT_EQ(view->size(), 5u);
  auto empty = SimplifiedView::FromTable("# nothing\n", "t.tsv");
  ASSERT_TRUE(empty.ok());
  EXPECT_EQ(empty->size(), 0u);
  EXPECT_EQ(empty->Map(U'臺'), U'臺');
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

TEST(Utf8, DecodeAtStepsOverOneCodePointAndRefusesBadSequences) {
  const std::string_view s = "a杭𠀀";
  std::size_t i = 0;
  EXPECT_EQ(DecodeUtf8At(s, &i), U'a');
  EXPECT_EQ(i, 1u);
  EXPECT_EQ(DecodeUtf8At(s, &i), U'杭');
  EXPECT_EQ(i, 4u);
  EXPECT_EQ(DecodeUtf8At(s, &i), U'𠀀');
  EXPECT_EQ(i, s.size());
  for (std::string_view bad : {"\x80", "\xC0\xAF", "\xE6\x9D", "\xED\xA0\x80", "\xF4\x90\x80\x80", "\xFF"}) {
    std::size_t at = 0;
    EXPECT_EQ(DecodeUtf8At(bad, &at), kInvalidCodePoint) << bad.size();
    EXPECT_EQ(at, 0u);
  }
  EXPECT_EQ(Utf8SequenceLength(static_cast<unsigned char>("杭"[0])), 3u);
  EXPECT_EQ(Utf8SequenceLength('a'), 1u);
  EXPECT_TRUE(IsUtf8Continuation(static_cast<unsigned char>("杭"[1])));
}

// The fast decoder of the hot loops (segmenter, DecodeUtf8) must agree with
// DecodeUtf8At on every sequence: a disagreement would segment damaged text
// differently in `segment` and `tag`.
TEST(Utf8, DecodeNextAgreesWithDecodeAtOnEveryThreeByteSequence) {
  const unsigned char probes[] = {0x00, 0x41, 0x7F, 0x80, 0x9F, 0xA0, 0xBF, 0xC0, 0xE0, 0xFF};
  for (int lead = 0; lead < 256; ++lead) {
    for (unsigned char b1 : probes) {
      for (unsigned char b2 : probes) {
        const char bytes[] = {static_cast<char>(lead), static_cast<char>(b1), static_cast<char>(b2)};
        for (std::size_t len = 1; len <= 3; ++len) {
          const std::string_view s(bytes, len);
          std::size_t at = 0, next = 0;
          ASSERT_EQ(DecodeUtf8Next(s, &next), DecodeUtf8At(s, &at)) << lead << ' ' << int(b1) << ' ' << int(b2);
          ASSERT_EQ(next, at) << lead << ' ' << int(b1) << ' ' << int(b2);
        }
      }
    }
  }
}

TEST(SimplifiedView, BadTableLineNamesFileAndLine) {
  auto view = SimplifiedView::FromTable("臺\t台\n臺台\n", "t.tsv");
  ASSERT_FALSE(view.ok());
  EXPECT_NE(view.status().message().find("t.tsv:2:"), std::string::npos);
}

}  // namespace
}  // namespace zhcorpus
