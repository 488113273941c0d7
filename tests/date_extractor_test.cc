#include <gtest/gtest.h>

#include "metrics_test.h"
#include "test_config.h"
#include "zhcorpus/tagger.h"

namespace zhcorpus {
namespace {

using testing::Found;
using testing::MakeDoc;

constexpr CivilDate kRecordDate{2024, 6, 10};

// text|value of every date in `sentence`, joined by spaces.
std::string Dates(std::string_view sentence, std::optional<CivilDate> date = kRecordDate) {
  std::string out;
  for (auto& [text, norm] : Found(DateExtractor(), MakeDoc(sentence, date))) {
    if (!out.empty()) out += ' ';
    out += text + "|" + (norm["value"].is_null() ? std::string("null") : norm["value"].get<std::string>());
  }
  return out;
}

nlohmann::ordered_json Norm(std::string_view sentence, std::optional<CivilDate> date = kRecordDate) {
  auto found = Found(DateExtractor(), MakeDoc(sentence, date));
  EXPECT_EQ(found.size(), 1u) << sentence;
  return found.empty() ? nlohmann::ordered_json() : found[0].second;
}

TEST(DateExtractor, AbsoluteDates) {
  EXPECT_EQ(Dates("2024年，园区扩容。"), "2024年|2024");
  EXPECT_EQ(Dates("2022年11月签约，2023年9月2日投产。"), "2022年11月|2022-11 2023年9月2日|2023-09-02");
  EXPECT_EQ(Dates("二〇二三年八月开工。"), "二〇二三年八月|2023-08");
  EXPECT_EQ(Dates("2024年度考核优秀。"), "2024年度|2024");
  EXPECT_FALSE(Norm("2024年3月14日").value("relative", true));
}

TEST(DateExtractor, PartialDatesUseTheRecordYearOrKeepX) {
  auto with = Norm("3月14日，会议召开。");
  EXPECT_EQ(with["value"], "2024-03-14");
  EXPECT_TRUE(with["relative"]);
  EXPECT_EQ(Norm("3月14日，会议召开。", std::nullopt)["value"], "XXXX-03-14");
  EXPECT_EQ(Dates("6月6日上午，专家抵达。"), "6月6日上午|2024-06-06");
  EXPECT_EQ(Dates("19日下午3时开幕。"), "19日下午3时|2024-06-19");
  EXPECT_EQ(Dates("19日下午3时开幕。", std::nullopt), "19日下午3时|XXXX-XX-19");
  EXPECT_EQ(Dates("开幕定在10月22。"), "10月22|2024-10-22");
  EXPECT_EQ(Dates("10月22家企业签约。"), "10月|2024-10");  // 22家 is a count
}

// Issue #14: a day the month does not have is no date at all; a year
// written before a month is that year, however far off.
TEST(DateExtractor, ImpossibleDaysAreDroppedAndFarYearsKept) {
  EXPECT_EQ(Dates("2024年2月30日召开。"), "");
  EXPECT_EQ(Dates("2023年2月29日召开。"), "");
  EXPECT_EQ(Dates("2024年2月29日召开。"), "2024年2月29日|2024-02-29");
  EXPECT_EQ(Dates("4月31日召开。"), "");
  EXPECT_EQ(Dates("5月31日召开。"), "5月31日|2024-05-31");
  EXPECT_EQ(Dates("计划3000年12月完成。"), "3000年12月|3000-12");
  EXPECT_EQ(Dates("拥有3000年历史。"), "");  // a duration, not a year
}

TEST(DateExtractor, RelativeDatesNeedTheRecordDate) {
  EXPECT_EQ(Dates("今年以来，去年，明年，前年。"), "今年|2024 去年|2023 明年|2025 前年|2022");
  EXPECT_EQ(Dates("昨天，今天，本月。"), "昨天|2024-06-09 今天|2024-06-10 本月|2024-06");
  EXPECT_EQ(Dates("去年11月启动。"), "去年11月|2023-11");
  EXPECT_EQ(Dates("上一个月，下个月。"), "上一个月|2024-05 下个月|2024-07");
  auto unresolved = Norm("去年底完工。", std::nullopt);
  EXPECT_TRUE(unresolved["value"].is_null());
  EXPECT_TRUE(unresolved["relative"]);
  EXPECT_EQ(Dates("全年接待游客。"), "全年|2024");
  EXPECT_EQ(Dates("全年接待游客。", std::nullopt), "全年|null");
}

TEST(DateExtractor, PeriodsAndModifiers) {
  auto end = Norm("去年底完工。");
  EXPECT_EQ(end["value"], "2023");
  EXPECT_EQ(end["mod"], "end");
  EXPECT_EQ(Norm("2024年初启动。")["mod"], "start");
  EXPECT_EQ(Dates("2024年一季度，上半年，今年第三季度。"),
            "2024年一季度|2024-Q1 上半年|2024-H1 今年第三季度|2024-Q3");
  auto early = Norm("3月上旬完成。");
  EXPECT_EQ(early["value"], "2024-03");
  EXPECT_EQ(early["mod"], "start");
  EXPECT_EQ(Norm("2020年代以来")["value"], "2020s");
  EXPECT_EQ(Norm("八十年代初")["grain"], "decade");
}

TEST(DateExtractor, TwoDigitYearsOnlyBeforeAMonthOrQuarter) {
  EXPECT_EQ(Dates("98年4月，工厂投产。"), "98年4月|1998-04");
  EXPECT_EQ(Dates("零七年八月，公司上市。"), "零七年八月|2007-08");
  EXPECT_EQ(Dates("她已工作20年。"), "");
}

TEST(DateExtractor, YearEndWrittenWithASecondYear) {
  auto norm = Norm("截至2024年年底，共有12家。");
  EXPECT_EQ(norm["value"], "2024");
  EXPECT_EQ(norm["mod"], "end");
}

TEST(DateExtractor, RangesAreOneMention) {
  EXPECT_EQ(Dates("2011年至2023年，专利翻番。"), "2011年至2023年|2011/2023");
  EXPECT_EQ(Dates("规划期为2023—2027年。"), "2023—2027年|2023/2027");
  EXPECT_EQ(Dates("5月22—25日举行。", std::nullopt), "5月22—25日|XXXX-05-22/XXXX-05-25");
  EXPECT_EQ(Dates("5月19日至20日举行。", std::nullopt), "5月19日至20日|XXXX-05-19/XXXX-05-20");
  EXPECT_EQ(Dates("2019年2至5月，销量回升。"), "2019年2至5月|2019-02/2019-05");
  EXPECT_EQ(Dates("二至四季度逐季回升。"), "二至四季度|2024-Q2/2024-Q4");
  EXPECT_EQ(Dates("今年1—4月，出口增长。", std::nullopt), "今年1—4月|null");
  EXPECT_EQ(Dates("2017年8月11日至8月22日展出。"), "2017年8月11日至8月22日|2017-08-11/2017-08-22");
  EXPECT_EQ(Dates("前年11月到去年3月。"), "前年11月到去年3月|2022-11/2023-03");
}

TEST(DateExtractor, FirstPeriodsOfAYear) {
  EXPECT_EQ(Dates("前三季度，利润回升。"), "前三季度|2024-Q1/2024-Q3");
  EXPECT_EQ(Dates("2023年前5个月，出口增长。"), "2023年前5个月|2023-01/2023-05");
  EXPECT_EQ(Dates("岁末年初，市场回暖。"), "");
}

TEST(DateExtractor, TrailingWordsStayOut) {
  EXPECT_EQ(Dates("2019年以来，2022年起，至今。"), "2019年|2019 2022年|2022");
  EXPECT_EQ(Dates("2024年前完成，2025年后推广。"), "2024年|2024 2025年|2025");
}

TEST(DateExtractor, AnchoredDatesResolveFromTheText) {
  auto found = Found(DateExtractor(), MakeDoc("2023年1月，方案印发。次月，细则出台。"));
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[1].first, "次月");
  EXPECT_EQ(found[1].second["value"], "2023-02");
  EXPECT_FALSE(found[1].second["relative"]);
  EXPECT_EQ(Dates("2020年12月投产，翌年扩建。"), "2020年12月|2020-12 翌年|2021");
}

TEST(DateExtractor, NotDates) {
  for (const char* s : {"近日，日前，目前，近年来，当天，今后。", "乘地铁3号线到1号楼。", "已经坚持了5年多。", "深耕20年。", "十四五期间。",
                        "上年同期。", "2025数字经济大会。", "等了3个月。"}) {
    EXPECT_EQ(Dates(s), "") << s;
  }
}

TEST(MetricsAndDates, TaggerKeepsDatesAndMetricsApartAndFindsIndicators) {
  auto tagger = Tagger::Load({.data_dir = testing::kBuildDataDir});
  ASSERT_TRUE(tagger.ok()) << tagger.status().ToString();
  Tagged tagged = (*tagger)->Tag("2024年，全市技术交易额达1588亿元，引进110多名技术经纪人，历时5年多。", kRecordDate);
  std::vector<std::string> seen;
  for (const Entity& e : tagged.entities) {
    if (e.type == "metric" || e.type == "date") seen.push_back(e.type + ":" + e.text);
  }
  EXPECT_EQ(seen, (std::vector<std::string>{"date:2024年", "metric:1588亿元", "metric:110多名", "metric:5年多"}));
  for (const Entity& e : tagged.entities) {
    if (e.text == "1588亿元") EXPECT_EQ(e.norm.Get("indicator"), "技术交易额");
    if (e.text == "110多名") EXPECT_EQ(e.norm.Get("indicator"), "技术经纪人");
  }
}

}  // namespace
}  // namespace zhcorpus
