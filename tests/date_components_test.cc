// Date components (src/numbers/date_components.cc): the pieces a date
// mention is read from, year to day with its time of day. What a user sees:
// the span a mention covers and the date it resolves to.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "metrics_test.h"
#include "numbers/date_scanner.h"

namespace zhcorpus::dates {
namespace {

constexpr CivilDate kRecordDate{2024, 6, 10};

// text|value of each mention the scanner finds.
std::string Scan(std::string_view sentence, std::optional<CivilDate> date = kRecordDate) {
  Document doc = testing::MakeDoc(sentence, date);
  std::vector<Entity> out;
  DateScanner(doc, &out).Run();
  std::string s;
  for (const Entity& e : out) {
    const nlohmann::ordered_json norm = ToJson(e.norm);
    if (!s.empty()) s += ' ';
    s += EncodeUtf8(std::u32string_view(doc.text).substr(e.start, e.end - e.start)) + "|" +
         (norm["value"].is_null() ? std::string("null") : norm["value"].get<std::string>());
    if (norm.contains("mod") && !norm["mod"].is_null()) s += "|" + norm["mod"].get<std::string>();
  }
  return s;
}

TEST(DateComponents, YearMonthDayAndQuarter) {
  EXPECT_EQ(Scan("工程于2021年3月5日开工。"), "2021年3月5日|2021-03-05");
  EXPECT_EQ(Scan("2022年度预算公布。"), "2022年度|2022");
  EXPECT_EQ(Scan("2023年第三季度营收增长。"), "2023年第三季度|2023-Q3");
  EXPECT_EQ(Scan("三月份开学。"), "三月份|2024-03");
}

TEST(DateComponents, DecadesAndTwoDigitYears) {
  EXPECT_EQ(Scan("上世纪90年代的老街。"), "90年代|1990s");
  EXPECT_EQ(Scan("98年4月成立。"), "98年4月|1998-04");
  EXPECT_EQ(Scan("活了20年。"), "");  // a bare two-digit year is a duration
}

TEST(DateComponents, PartsOfAMonthOrYearAreMods) {
  EXPECT_EQ(Scan("2023年年底完工。"), "2023年年底|2023|end");
  EXPECT_EQ(Scan("5月上旬播种。"), "5月上旬|2024-05|start");
  EXPECT_EQ(Scan("年初制定计划。"), "年初|2024|start");
  EXPECT_EQ(Scan("初步完成。"), "");  // 初步 is no 初
}

TEST(DateComponents, RelativeWordsFollowTheRecordDate) {
  EXPECT_EQ(Scan("今年营收增长。"), "今年|2024");
  EXPECT_EQ(Scan("去年同期下降。"), "去年|2023");
  EXPECT_EQ(Scan("上半年完成过半。"), "上半年|2024-H1");
  EXPECT_EQ(Scan("昨天下午开幕。"), "昨天下午|2024-06-09");
  EXPECT_EQ(Scan("今年", std::nullopt), "今年|null");  // no record date: unresolved
}

TEST(DateComponents, TimeOfDayStaysInsideTheMention) {
  EXPECT_EQ(Scan("6月6日上午开幕。"), "6月6日上午|2024-06-06");
  EXPECT_EQ(Scan("19日下午3时30分出发。"), "19日下午3时30分|2024-06-19");
  EXPECT_EQ(Scan("5日9点半集合。"), "5日9点半|2024-06-05");
}

TEST(DateComponents, ImpossibleDaysAndNonDates) {
  EXPECT_EQ(Scan("2023年2月29日"), "");  // 2023 is no leap year
  EXPECT_EQ(Scan("2024年2月29日"), "2024年2月29日|2024-02-29");
  EXPECT_EQ(Scan("13月"), "");
  EXPECT_EQ(Scan("乘坐3号线。"), "");
}

TEST(DateComponents, MonthModReadsAPartOfAMonth) {
  const std::u32string t = U"中旬以后";
  std::size_t p = 0;
  EXPECT_STREQ(MonthMod(t, &p), "mid");
  EXPECT_EQ(p, 2u);
  p = 2;
  EXPECT_EQ(MonthMod(t, &p), nullptr);
  EXPECT_EQ(p, 2u);
  EXPECT_FALSE(Words().year.empty());
  EXPECT_FALSE(Words().day_parts.empty());
}

TEST(DateComponents, RepublicOfChinaYearsBeforeAPeriod) {
  // Taiwan's official calendar counts from 1912 (year 1): 107年 is 2018.
  EXPECT_EQ(Scan("园区107年上半年营业额创新高。"), "107年上半年|2018-H1");
  EXPECT_EQ(Scan("112年度投资金额逾410亿元。"), "112年度|2023");
  EXPECT_EQ(Scan("113年3月出口增长。"), "113年3月|2024-03");
  // A bare 107年 is a duration.
  EXPECT_EQ(Scan("该店已有107年历史。"), "");
}

}  // namespace
}  // namespace zhcorpus::dates
