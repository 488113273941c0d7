#include "zhcorpus/civil_date.h"

namespace zhcorpus {

bool IsLeapYear(int year) { return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0); }

int DaysInMonth(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12) return 0;
  return kDays[month - 1] + (month == 2 && IsLeapYear(year));
}

bool IsValidDate(const CivilDate& d) { return d.day >= 1 && d.day <= DaysInMonth(d.year, d.month); }

// Howard Hinnant's days_from_civil / civil_from_days algorithms: eras of 400
// years, each 146097 days, with the year starting in March so that the leap
// day is the last day of the year.
long DaysSinceEpoch(const CivilDate& date) {
  const int y = date.year - (date.month <= 2);
  const long era = (y >= 0 ? y : y - 399) / 400;
  const long yoe = y - era * 400;
  const long doy = (153 * (date.month + (date.month > 2 ? -3 : 9)) + 2) / 5 + date.day - 1;
  return era * 146097 + yoe * 365 + yoe / 4 - yoe / 100 + doy - 719468;
}

CivilDate DateFromDaysSinceEpoch(long z) {
  z += 719468;
  const long era = (z >= 0 ? z : z - 146096) / 146097;
  const long doe = z - era * 146097;
  const long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const long mp = (5 * doy + 2) / 153;
  const int d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  const int m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  return {static_cast<int>(yoe + era * 400 + (m <= 2)), m, d};
}

CivilDate AddDays(const CivilDate& d, long days) { return DateFromDaysSinceEpoch(DaysSinceEpoch(d) + days); }

std::optional<CivilDate> ParseIsoDate(std::string_view s) {
  auto digits = [&](std::size_t pos, std::size_t n, int* v) {
    if (pos + n > s.size()) return false;
    int x = 0;
    for (std::size_t i = pos; i < pos + n; ++i) {
      if (s[i] < '0' || s[i] > '9') return false;
      x = x * 10 + (s[i] - '0');
    }
    *v = x;
    return true;
  };
  CivilDate d;
  if (!digits(0, 4, &d.year) || s.size() < 10 || s[4] != '-' || s[7] != '-' ||
      !digits(5, 2, &d.month) || !digits(8, 2, &d.day)) {
    return std::nullopt;
  }
  if (s.size() > 10 && s[10] != 'T' && s[10] != ' ') return std::nullopt;
  if (!IsValidDate(d)) return std::nullopt;
  return d;
}

}  // namespace zhcorpus
