#include "zhcorpus/civil_date.h"

#include <gtest/gtest.h>

namespace zhcorpus {
namespace {

TEST(ParseIsoDate, AcceptsRealDaysOnly) {
  EXPECT_EQ(ParseIsoDate("2024-06-10"), (CivilDate{2024, 6, 10}));
  EXPECT_EQ(ParseIsoDate("2024-02-29"), (CivilDate{2024, 2, 29}));  // leap year
  EXPECT_EQ(ParseIsoDate("2000-02-29"), (CivilDate{2000, 2, 29}));  // divisible by 400
  EXPECT_EQ(ParseIsoDate("2024-06-10T08:30:00+08:00"), (CivilDate{2024, 6, 10}));
  EXPECT_FALSE(ParseIsoDate("2023-02-29"));  // not a leap year
  EXPECT_FALSE(ParseIsoDate("1900-02-29"));  // divisible by 100, not 400
  EXPECT_FALSE(ParseIsoDate("2024-04-31"));
  EXPECT_FALSE(ParseIsoDate("2024-13-01"));
  EXPECT_FALSE(ParseIsoDate("2024-00-10"));
  EXPECT_FALSE(ParseIsoDate("2024-6-10"));
  EXPECT_FALSE(ParseIsoDate("2024-06-10x"));
  EXPECT_FALSE(ParseIsoDate("二〇二四年"));
}

TEST(CivilDate, DaysInMonthFollowsTheGregorianLeapRule) {
  EXPECT_EQ(DaysInMonth(2023, 2), 28);
  EXPECT_EQ(DaysInMonth(2024, 2), 29);
  EXPECT_EQ(DaysInMonth(2100, 2), 28);
  EXPECT_EQ(DaysInMonth(2024, 4), 30);
  EXPECT_EQ(DaysInMonth(2024, 12), 31);
  EXPECT_EQ(DaysInMonth(2024, 13), 0);
}

TEST(CivilDate, AddDaysCrossesMonthsYearsAndLeapDays) {
  EXPECT_EQ(AddDays({2024, 2, 28}, 1), (CivilDate{2024, 2, 29}));
  EXPECT_EQ(AddDays({2023, 2, 28}, 1), (CivilDate{2023, 3, 1}));
  EXPECT_EQ(AddDays({2024, 1, 1}, -1), (CivilDate{2023, 12, 31}));
  EXPECT_EQ(AddDays({2024, 6, 10}, -3), (CivilDate{2024, 6, 7}));  // 大前天
  EXPECT_EQ(DaysSinceEpoch({1970, 1, 1}), 0);
  EXPECT_EQ(DateFromDaysSinceEpoch(DaysSinceEpoch({1998, 4, 15})), (CivilDate{1998, 4, 15}));
}

}  // namespace
}  // namespace zhcorpus
