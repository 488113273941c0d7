// The rules that run before the dictionary: a number keeps its unit, a Latin
// word or code stays whole, a Chinese-digit year is one token, a run of the
// same punctuation mark is one token. Each scanner returns where its token
// ends, or where it started when it does not apply.
#include "segment/pretokenizer.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include "built_dictionary.h"
#include "zhcorpus/utf8.h"

namespace zhcorpus::segment {
namespace {

class PretokenizerTest : public ::testing::Test {
 protected:
  // The token ScanNumber finds at the start of `text`.
  static std::string Number(const std::string& text) {
    const std::u32string t = DecodeUtf8(text);
    return EncodeUtf8(std::u32string_view(t).substr(0, ScanNumber(testing::BuiltDictionary(), t, 0)));
  }
};

std::string Latin(const std::string& text) {
  const std::u32string t = DecodeUtf8(text);
  return EncodeUtf8(std::u32string_view(t).substr(0, ScanLatin(t, 0)));
}

// The year ending at the first 年, or "".
std::string HanYear(const std::string& text) {
  const std::u32string t = DecodeUtf8(text);
  const std::size_t nian = t.find(U'年');
  if (nian == std::u32string::npos) return "";
  const std::size_t start = HanYearStart(t, nian, 0);
  return start == nian ? "" : EncodeUtf8(std::u32string_view(t).substr(start, nian + 1 - start));
}

std::string Punct(const std::string& text) {
  const std::u32string t = DecodeUtf8(text);
  return EncodeUtf8(std::u32string_view(t).substr(0, ScanPunct(t, 0)));
}

TEST_F(PretokenizerTest, NumbersKeepTheirUnitMultiplierAndApproximation) {
  EXPECT_EQ(Number("1588亿元的投资"), "1588亿元");
  EXPECT_EQ(Number("91.9%的农户"), "91.9%");
  EXPECT_EQ(Number("110多名学生"), "110多名");
  EXPECT_EQ(Number("2024年春天"), "2024年");
  EXPECT_EQ(Number("５０％以上"), "５０％");
  EXPECT_EQ(Number("3/4的面积"), "3/4");
  EXPECT_EQ(Number("9时30分"), "9时");
  EXPECT_EQ(Number("3.5万吨粮食"), "3.5万吨");
  EXPECT_EQ(Number("12岁的孩子"), "12岁");
  EXPECT_EQ(Number("1,200人参加"), "1,200人");
}

TEST_F(PretokenizerTest, AMinusSignBelongsToTheNumber) {
  EXPECT_EQ(Number("-5℃"), "-5");
  EXPECT_EQ(Number("－5万元"), "－5万元");
  EXPECT_EQ(Number("－"), "");  // a lone sign is no number
}

TEST_F(PretokenizerTest, ADigitBeforeLettersIsACode) {
  EXPECT_EQ(Number("5G网络"), "5G");
  EXPECT_EQ(Number("415X型"), "415X");
  // A full-width minus before a code still gives a token (never an empty one).
  EXPECT_EQ(Number("－3d打印"), "－3d");
}

TEST_F(PretokenizerTest, NotANumber) {
  EXPECT_EQ(Number("万元"), "");
  EXPECT_EQ(Number("三千"), "");  // Chinese numerals are the dictionary's
  EXPECT_EQ(Number(".5"), "");
}

TEST(Pretokenizer, LatinWordsCodesAndAddressesStayWhole) {
  EXPECT_EQ(Latin("iPhone15发布"), "iPhone15");
  EXPECT_EQ(Latin("COVID-19疫情"), "COVID-19");
  EXPECT_EQ(Latin("AT&T公司"), "AT&T");
  EXPECT_EQ(Latin("C++程序"), "C++");
  EXPECT_EQ(Latin("node.js框架"), "node.js");
  EXPECT_EQ(Latin("https://example.org/a?b=1 详见"), "https://example.org/a?b=1");
  EXPECT_EQ(Latin("www.example.cn。"), "www.example.cn");  // stops at the first non-ASCII character
  EXPECT_EQ(Latin("GDP-"), "GDP");  // a joiner needs a letter or digit after it
  EXPECT_EQ(Latin("中文"), "");
}

TEST(Pretokenizer, YearsInChineseDigits) {
  EXPECT_EQ(HanYear("一九九八年夏天"), "一九九八年");
  EXPECT_EQ(HanYear("二○○一年"), "二○○一年");
  EXPECT_EQ(HanYear("一年以后"), "");    // one digit: "one year"
  EXPECT_EQ(HanYear("一九九八"), "");    // no 年
  EXPECT_EQ(HanYear("在二〇二六年底"), "二〇二六年");  // read back from 年, past words before it
}

TEST(Pretokenizer, PunctuationRunsOfTheSameMark) {
  EXPECT_EQ(Punct("……他说"), "……");
  EXPECT_EQ(Punct("——记者"), "——");
  EXPECT_EQ(Punct("，，"), "，");  // other marks are one at a time
  EXPECT_EQ(Punct("。"), "。");
}

}  // namespace
}  // namespace zhcorpus::segment
