// Internal to the date extractor: the parsed form of a date mention
// (components from year to day, each absolute or relative), the word tables,
// and the scanner that the extractor runs per document.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "numbers/scan.h"
#include "zhcorpus/records.h"
#include "zhcorpus/civil_date.h"
#include "numbers/metrics.h"
#include "zhcorpus/utf8.h"

namespace zhcorpus::dates {

using scan::At;
using scan::StartsWith;

enum Level { kNone = 0, kDecade, kYear, kHalf, kQuarter, kMonth, kDay };

struct Field {
  int value = 0;
  bool set = false;
  bool rel = false;  // value is an offset from the record's date
};

struct Point {
  Field year, month, day;
  int decade = 0, half = 0, quarter = 0;
  const char* mod = nullptr;
  Level grain = kNone;
  bool anchored = false;  // resolved from an earlier date in the text (次月)
  bool impossible = false;  // a day the month does not have (2月30日)
};

struct Word { std::u32string_view text; int offset; };
constexpr Word kYearWords[] = {{U"今年", 0}, {U"去年", -1}, {U"明年", 1}, {U"前年", -2}, {U"后年", 2}, {U"本年", 0}};
constexpr Word kMonthWords[] = {{U"上上个月", -2}, {U"下下个月", 2},
                                {U"本月", 0},     {U"上一个月", -1}, {U"上个月", -1}, {U"上月", -1},
                                {U"下一个月", 1}, {U"下个月", 1},    {U"下月", 1},    {U"这个月", 0}};
constexpr Word kDayWords[] = {{U"今天", 0},   {U"今日", 0},   {U"昨天", -1},  {U"昨日", -1},
                              {U"明天", 1},   {U"明日", 1},   {U"大前天", -3}, {U"前天", -2},
                              {U"大大后天", 4}, {U"大后天", 3}, {U"大后日", 3}, {U"后天", 2},   {U"后日", 2},
                              {U"前日", -2},  {U"本日", 0}};
constexpr std::u32string_view kDayParts[] = {U"上午", U"下午", U"晚上", U"早上", U"中午", U"凌晨", U"傍晚",
                                             U"晚间", U"早晨", U"夜间", U"深夜", U"清晨"};

inline const char* MonthMod(std::u32string_view t, std::size_t* p) {
  static constexpr std::pair<std::u32string_view, const char*> kMods[] = {
      {U"上旬", "start"}, {U"中旬", "mid"}, {U"下旬", "end"}, {U"初", "start"}, {U"底", "end"}, {U"末", "end"}};
  for (auto [w, mod] : kMods) {
    if (StartsWith(t, *p, w) && !(w.size() == 1 && At(t, *p + 1) == U'步')) { *p += w.size(); return mod; }
  }
  return nullptr;
}

class DateScanner {
 public:
  DateScanner(const Document& doc, std::vector<Entity>* out) : doc_(doc), t_(doc.simplified), out_(out) {}
  void Run();

 private:
  std::size_t Components(std::size_t p, Point* pt) const;
  bool NumberComponent(std::size_t* p, Level* last, Point* pt) const;
  bool WordComponent(std::size_t* p, Level* last, Point* pt) const;
  std::size_t DayPart(std::size_t p) const;
  // A day with no month (24日起, 19日下午) is a date; 3号线, 1号楼, 5日内 are not.
  bool DayCanStandAlone(std::size_t after) const {
    char32_t c = At(t_, after);
    return !IsHan(c) || std::u32string_view(U"上下晚早中凌起至到前后以电召举在是").find(c) != std::u32string_view::npos;
  }
  // 10月22, 二月十五。: a day number with no 日 after a month, at a clause end.
  void BareDay(std::size_t* p, Point* pt, Level* last) const {
    auto d = ParseNumberAt(t_, *p);
    if (pt->mod || !d || d->decimal_point || d->inner_over || !d->value.AsInt()) return;
    char32_t after = At(t_, d->end);
    if (IsHan(after) || IsNumeralChar(after) || scan::IsAsciiAlnum(after) || after == U'%' || after == U'.' ||
        scan::RangeSeparator(t_, d->end)) {
      return;
    }
    if (!Assign(kDay, static_cast<int>(*d->value.AsInt()), pt)) { pt->grain = kMonth; return; }
    *p = d->end;
    *last = kDay;
  }
  // 98年4月, 零七年八月, 07年第三季度: a two-digit year, only before a month or
  // quarter (a bare 20年 is a duration). 00-30 are 20xx, the rest 19xx.
  bool TwoDigitYear(std::size_t p, Point* pt) const {
    int a = ArabicDigit(At(t_, p)), b = ArabicDigit(At(t_, p + 1));
    if (a < 0 || b < 0) {
      a = ChineseDigit(At(t_, p)), b = ChineseDigit(At(t_, p + 1));
      if (At(t_, p) == U'两' || At(t_, p + 1) == U'两') return false;
    }
    if (a < 0 || b < 0 || At(t_, p + 2) != U'年' || (p > 0 && IsNumeralChar(t_[p - 1]))) return false;
    Point probe;
    Level last = kYear;
    std::size_t q = p + 3;
    if (!NumberComponent(&q, &last, &probe) || (!probe.month.set && !probe.quarter)) return false;
    int yy = a * 10 + b;
    pt->year = {yy <= 30 ? 2000 + yy : 1900 + yy, true, false};
    pt->grain = kYear;
    return true;
  }
  // 2024年，……，全年……: the bare 全年 then means that year, not the record's.
  bool SameSentenceAsLastDate(std::size_t p) const {
    constexpr std::size_t kMaxSentence = 200;  // keeps the scan linear on long texts
    if (last_end_ == 0 || p - last_end_ > kMaxSentence) return false;
    for (std::size_t k = last_end_; k < p; ++k) {
      if (t_[k] == U'。' || t_[k] == U'！' || t_[k] == U'？' || t_[k] == U'\n') return false;
    }
    return true;
  }
  std::optional<std::size_t> Anchored(std::size_t p, Point* pt) const;
  bool Assign(Level level, int value, Point* pt) const;
  std::size_t Mention(std::size_t i);
  std::optional<std::size_t> FirstPeriods(std::size_t i, std::size_t p, Point* a);
  Json Format(const Point& pt, bool* relative, bool* unresolved) const;
  void Emit(std::size_t s, std::size_t e, const Point& a, const Point* b);

  const Document& doc_;
  std::u32string_view t_;
  std::vector<Entity>* out_;
  bool in_range_ = false;  // parsing the B of A至B: a Chinese day alone (十五号) is fine
  // The latest absolute date with a year, a month, a day (for 次年, 次月, 次日).
  std::optional<Point> last_year_, last_month_, last_day_;
  std::size_t last_end_ = 0;  // end of the latest date mention
};

}  // namespace zhcorpus::dates
