// Calendar dates (proleptic Gregorian) and the arithmetic on them, in one
// place: parsing a record's "date", days in a month, moving by days.
//
//   std::optional<CivilDate> d = ParseIsoDate("2024-02-29");  // ok: a leap year
//   ParseIsoDate("2023-02-29");                               // nullopt
//   CivilDate next = AddDays(*d, 1);                          // 2024-03-01
#pragma once

#include <optional>
#include <string_view>

namespace zhcorpus {

struct CivilDate {
  int year = 0;
  int month = 0;  // 1-12
  int day = 0;    // 1-31
  friend bool operator==(const CivilDate&, const CivilDate&) = default;
};

bool IsLeapYear(int year);
// 28 to 31; 0 for a month outside 1-12.
int DaysInMonth(int year, int month);
// True when the month is 1-12 and the day exists in that month.
bool IsValidDate(const CivilDate& d);

// Days since 1970-01-01, and back. Out-of-range days roll over
// (2024-01-32 is 2024-02-01), which date arithmetic relies on.
long DaysSinceEpoch(const CivilDate& d);
CivilDate DateFromDaysSinceEpoch(long days);
CivilDate AddDays(const CivilDate& d, long days);

// Parses "YYYY-MM-DD" (also "YYYY-MM-DDThh..." and "YYYY-MM-DD hh...");
// nullopt unless it names a real calendar day.
std::optional<CivilDate> ParseIsoDate(std::string_view s);

}  // namespace zhcorpus
