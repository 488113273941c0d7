#include "numbers/number_parser.h"

#include <gtest/gtest.h>

namespace zhcorpus {
namespace {

nlohmann::ordered_json Value(std::u32string_view text) {
  auto d = ParseNumber(text);
  return d ? d->ToJson() : nlohmann::ordered_json("no number");
}

TEST(NumberParser, ChineseNumerals) {
  EXPECT_EQ(Value(U"一千二百三十四"), 1234);
  EXPECT_EQ(Value(U"两"), 2);
  EXPECT_EQ(Value(U"十二"), 12);
  EXPECT_EQ(Value(U"三千零五"), 3005);
  EXPECT_EQ(Value(U"一万五"), 15000);
  EXPECT_EQ(Value(U"三千五"), 3500);
  EXPECT_EQ(Value(U"三万亿"), 3000000000000);
  EXPECT_EQ(Value(U"一亿三千万"), 130000000);
  EXPECT_EQ(Value(U"百"), 100);
}

TEST(NumberParser, TaiwanAndHongKongFiguresWithZhaoAndMixedParts) {
  // 兆 after digits is 10^12 there; the digits after a 万 or 兆 add the part below it.
  EXPECT_EQ(Value(U"21.9兆"), 21900000000000);
  EXPECT_EQ(Value(U"9萬7760"), 97760);
  EXPECT_EQ(Value(U"6兆2703億"), 6270300000000);
  EXPECT_EQ(Value(U"2亿3000万"), 230000000);
  // A part as large as the one before is another number, not a tail.
  EXPECT_FALSE(ParseNumber(U"1万20000").has_value());
}

TEST(NumberParser, DigitStringsAndZeros) {
  EXPECT_EQ(Value(U"二〇二四"), 2024);
  EXPECT_EQ(Value(U"一九九八"), 1998);
  EXPECT_EQ(Value(U"二○○一"), 2001);
}

TEST(NumberParser, ArabicFullWidthAndMultipliers) {
  EXPECT_EQ(Value(U"1.5万"), 15000);
  EXPECT_EQ(Value(U"0.57万亿"), 570000000000);
  EXPECT_EQ(Value(U"１２３"), 123);
  EXPECT_EQ(Value(U"１２．５"), 12.5);
  EXPECT_EQ(Value(U"1,234,567"), 1234567);
  EXPECT_EQ(Value(U"3千万"), 30000000);
  EXPECT_EQ(Value(U"91.9"), 91.9);
}

TEST(NumberParser, ChineseDecimalPointButNotClockTimes) {
  EXPECT_EQ(Value(U"七点三亿"), 730000000);
  EXPECT_EQ(Value(U"零点五"), 0.5);
  EXPECT_EQ(ParseNumberAt(U"八点三十分", 0)->end, 1u);
  EXPECT_EQ(ParseNumberAt(U"三点一刻", 0)->end, 1u);
}

TEST(NumberParser, InnerApproximationBeforeAMultiplier) {
  auto n = ParseNumberAt(U"三十多万人", 0);
  ASSERT_TRUE(n);
  EXPECT_EQ(n->value.ToJson(), 300000);
  EXPECT_TRUE(n->inner_over);
  EXPECT_EQ(n->end, 4u);
}

TEST(NumberParser, OverflowIsReportedNotWrapped) {
  auto big = ParseNumber(U"9999999999万亿");
  ASSERT_TRUE(big);
  EXPECT_TRUE(big->ToJson().is_null());
  EXPECT_EQ(Value(U"9999999999亿"), 999999999900000000);
}

TEST(NumberParser, FormalNumeralsButNotLoneFormalDigitsInText) {
  EXPECT_EQ(Value(U"壹万贰仟叁佰肆拾伍"), 12345);
  EXPECT_EQ(Value(U"叁"), 3);
  EXPECT_FALSE(ParseNumberAt(U"陆续", 0));  // 陆 starts a word here
}

TEST(NumberParser, NotANumber) {
  EXPECT_FALSE(ParseNumberAt(U"企业", 0));
  EXPECT_EQ(Value(U"3年"), "no number");
}

}  // namespace
}  // namespace zhcorpus
