// Internal to the date extractor: the parsed form of a date mention
// (components from year to day, each absolute or relative), the word tables,
// and the scanner that the extractor runs per document.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
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

// The closed word lists of date expressions (relative years, months and days,
// parts of a day and of a month), read once from data/date_words.tsv, which
// notes where the words come from.
struct Word { std::u32string text; int offset; };
struct DateWords {
  std::vector<Word> year, month, day;  // word and its offset from the record's date
  std::vector<std::u32string> day_parts;
  std::vector<std::pair<std::u32string, const char*>> period_parts;  // 上旬 -> "start"
  std::u32string day_alone_next;  // characters, one per word of the list
};
const DateWords& Words();

// The part of a month or year at *p (上旬, 底): its `mod`, *p moved past it; null if none.
const char* MonthMod(std::u32string_view t, std::size_t* p);

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
    return !IsHan(c) || Words().day_alone_next.find(c) != std::u32string::npos;
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
  // 107年上半年, 112年度, 113年3月: a year of the Republic of China calendar (Taiwan's
  // official one, 1911 + n), only before a period of it (a bare 107年 is a duration).
  // Returns where the date goes on, or `p` when there is none.
  std::size_t RocYear(std::size_t p, Point* pt) const {
    int d[3];
    for (int i = 0; i < 3; ++i) d[i] = ArabicDigit(At(t_, p + i));
    if (d[0] != 1 || d[1] < 0 || d[2] < 0 || At(t_, p + 3) != U'年' || (p > 0 && IsNumeralChar(t_[p - 1]))) return p;
    const int n = d[0] * 100 + d[1] * 10 + d[2];
    if (n > 130) return p;
    std::size_t q = p + 4;
    const bool fiscal = At(t_, q) == U'度';
    if (!fiscal) {
      Point probe;
      Level last = kYear;
      std::size_t r = q;
      const bool half = StartsWith(t_, q, U"上半年") || StartsWith(t_, q, U"下半年") || StartsWith(t_, q, U"全年");
      if (!half && (!NumberComponent(&r, &last, &probe) || (!probe.month.set && !probe.quarter))) return p;
    }
    pt->year = {1911 + n, true, false};
    pt->grain = kYear;
    return q + (fiscal ? 1 : 0);
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
  // 2024年，……，全年……: the bare 全年 then repeats that year, not the record's.
  // After a part of a year (今年下半年…，全年…) it is a period of its own.
  bool RepeatsYearOfSentence(std::size_t p) const {
    constexpr std::size_t kMaxSentence = 200;  // keeps the scan linear on long texts
    if (last_end_ == 0 || last_grain_ != kYear || p - last_end_ > kMaxSentence) return false;
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
  Level last_grain_ = kNone;  // and its grain
};

}  // namespace zhcorpus::dates
