// Date components: the pieces of a date mention from the coarsest (year) to
// the finest (day, with its time of day), each read at a position.
#include "numbers/date_scanner.h"

#include <string>

#include "util/word_lists.h"
#include "zhcorpus/civil_date.h"

namespace zhcorpus::dates {
namespace {

std::vector<Word> OffsetWords(const WordLists& lists, std::string_view list) {
  std::vector<Word> out;
  for (auto& [word, value] : lists.GetValued(list)) out.push_back({std::move(word), std::stoi(value)});
  return out;
}

}  // namespace

const DateWords& Words() {
  static const DateWords kWords = [] {
    const WordLists& lists = WordLists::Compiled("date_words");
    DateWords w;
    w.year = OffsetWords(lists, "relative_year");
    w.month = OffsetWords(lists, "relative_month");
    w.day = OffsetWords(lists, "relative_day");
    w.day_parts = lists.GetU32("day_part");
    for (auto& [word, value] : lists.GetValued("period_part")) {
      w.period_parts.emplace_back(std::move(word), OneOf(value, {"start", "mid", "end"}, "data/date_words.tsv: period_part"));
    }
    w.day_alone_next = lists.GetChars("day_alone_next");
    return w;
  }();
  return kWords;
}

const char* MonthMod(std::u32string_view t, std::size_t* p) {
  for (const auto& [w, mod] : Words().period_parts) {
    if (StartsWith(t, *p, w) && !(w.size() == 1 && At(t, *p + 1) == U'步')) { *p += w.size(); return mod; }
  }
  return nullptr;
}

// The last day of the point's month when the month is written (February
// has 29 unless the written year is not a leap year), else 31.
int MaxDay(const Point& pt) {
  if (!pt.month.set || pt.month.rel) return 31;
  const int year = pt.year.set && !pt.year.rel ? pt.year.value : 2000;  // 2000: a leap year
  return DaysInMonth(year, pt.month.value);
}

// Sets `level` of `pt` from a number written before its marker (年 月 日 季度).
bool DateScanner::Assign(Level level, int v, Point* pt) const {
  switch (level) {
    case kYear: pt->year = {v, true, false}; break;
    case kMonth: if (v < 1 || v > 12) return false; pt->month = {v, true, false}; break;
    case kDay:
      if (v < 1 || v > 31) return false;
      // 2月30日 names no day: the whole mention is dropped (never 2024-02-30).
      if (v > MaxDay(*pt)) pt->impossible = true;
      pt->day = {v, true, false};
      break;
    case kQuarter: if (v < 1 || v > 4) return false; pt->quarter = v; break;
    default: return false;
  }
  pt->grain = level;
  return true;
}

// 2024年(度)(底), 90年代, 3月(份)(上旬), 14日, 一季度.
bool DateScanner::NumberComponent(std::size_t* p, Level* last, Point* pt) const {
  bool ordinal = At(t_, *p) == U'第';
  auto n = ParseNumberAt(t_, *p + (ordinal ? 1 : 0));
  if (!n || n->inner_over || n->decimal_point) return false;
  auto v = n->value.AsInt();
  if (!v) return false;
  std::size_t e = n->end;
  if (!ordinal && StartsWith(t_, e, U"年代") && *last < kDecade) {
    int d = static_cast<int>(*v);
    if (d >= 10 && d < 100 && d % 10 == 0) d += 1900;
    if (d < 1000 || d % 10 != 0) return false;
    pt->decade = d, pt->grain = *last = kDecade, *p = e + 2;
    return true;
  }
  if (!ordinal && *last < kYear) {
    if (const std::size_t q = RocYear(*p, pt); q != *p) {
      *p = q;
      *last = kYear;
      return true;
    }
  }
  if (!ordinal && *last < kYear && TwoDigitYear(*p, pt)) {
    *p += 3;
    *last = kYear;
    return true;
  }
  if (!ordinal && At(t_, e) == U'年' && (scan::IsYearNumber(*n) || scan::IsYearBeforeMonth(t_, *n)) && *last < kYear) {
    Assign(kYear, static_cast<int>(*v), pt);
    *p = e + 1 + (At(t_, e + 1) == U'度');
    // 2024年年底: the period word repeats 年.
    if (StartsWith(t_, *p, U"年底") || StartsWith(t_, *p, U"年末") || StartsWith(t_, *p, U"年初")) ++*p;
    if (At(t_, *p) == U'底' || At(t_, *p) == U'末' || (At(t_, *p) == U'初' && At(t_, *p + 1) != U'步')) {
      pt->mod = MonthMod(t_, p);
    }
    *last = kYear;
    return true;
  }
  if (!ordinal && At(t_, e) == U'月' && *last < kMonth && (*last == kYear || n->arabic || n->end - n->start <= 2)) {
    if (!Assign(kMonth, static_cast<int>(*v), pt)) return false;
    *p = e + 1 + (At(t_, e + 1) == U'份');
    pt->mod = MonthMod(t_, p);
    *last = kMonth;
    BareDay(p, pt, last);
    return true;
  }
  if (!ordinal && (At(t_, e) == U'日' || At(t_, e) == U'号') && *last < kDay && (*last == kMonth || n->arabic || in_range_) &&
      (*last == kMonth || DayCanStandAlone(e + 1))) {
    if (!Assign(kDay, static_cast<int>(*v), pt)) return false;
    *p = DayPart(e + 1);
    *last = kDay;
    return true;
  }
  if (StartsWith(t_, e, U"季度") && *last < kQuarter) {
    if (!Assign(kQuarter, static_cast<int>(*v), pt)) return false;
    *p = e + 2;
    *last = kQuarter;
    return true;
  }
  return false;
}

// Relative words (今年 本月 昨天), halves (上半年) and bare 年初/年底.
bool DateScanner::WordComponent(std::size_t* p, Level* last, Point* pt) const {
  const DateWords& words = Words();
  auto rel = [&](const std::vector<Word>& list, Field* f, Level level) {
    for (const Word* w = list.data(); w != list.data() + list.size(); ++w) {
      if (*last < level && StartsWith(t_, *p, w->text)) {
        *f = {w->offset, true, true};
        pt->grain = *last = level;
        *p += w->text.size();
        return true;
      }
    }
    return false;
  };
  if (rel(words.year, &pt->year, kYear)) {
    if (StartsWith(t_, *p, U"年底") || StartsWith(t_, *p, U"年末") || StartsWith(t_, *p, U"年初")) ++*p;
    if (At(t_, *p) == U'底' || At(t_, *p) == U'末' || (At(t_, *p) == U'初' && At(t_, *p + 1) != U'步')) {
      pt->mod = MonthMod(t_, p);
    }
    return true;
  }
  if (*last == kYear && StartsWith(t_, *p, U"首月")) {
    pt->month = {1, true, false};
    pt->grain = *last = kMonth;
    *p += 2;
    return true;
  }
  if (*last < kQuarter && StartsWith(t_, *p, U"首季度")) {
    if (*last == kNone) pt->year = {0, true, true};
    pt->quarter = 1;
    pt->grain = *last = kQuarter;
    *p += 3;
    return true;
  }
  if (*last < kHalf && (StartsWith(t_, *p, U"上半年") || StartsWith(t_, *p, U"下半年"))) {
    if (*last == kNone) pt->year = {0, true, true};
    pt->half = t_[*p] == U'上' ? 1 : 2;
    pt->grain = *last = kHalf;
    *p += 3;
    return true;
  }
  if (*last == kNone && (StartsWith(t_, *p, U"年初") || StartsWith(t_, *p, U"年底") || StartsWith(t_, *p, U"年末")) &&
      !(*p > 0 && (IsNumeralChar(t_[*p - 1]) || t_[*p - 1] == U'年' || t_[*p - 1] == U'每' || t_[*p - 1] == U'末'))) {
    pt->year = {0, true, true};
    pt->grain = *last = kYear;
    pt->mod = t_[*p + 1] == U'初' ? "start" : "end";
    *p += 2;
    return true;
  }
  if (*last == kNone && StartsWith(t_, *p, U"全年") && !(*p > 0 && (t_[*p - 1] == U'年' || t_[*p - 1] == U'度')) &&
      !RepeatsYearOfSentence(*p)) {
    pt->year = {0, true, true};
    pt->grain = *last = kYear;
    *p += 2;
    return true;
  }
  if (rel(words.month, &pt->month, kMonth)) {
    if (*last == kMonth && !pt->year.set) pt->year = {0, true, true};
    pt->mod = MonthMod(t_, p);
    return true;
  }
  if (*last == kNone && rel(words.day, &pt->day, kDay)) {
    *p = DayPart(*p);
    return true;
  }
  return false;
}

// Time of day stays inside the mention: 6月6日上午, 19日下午3时, 5日9:30.
std::size_t DateScanner::DayPart(std::size_t p) const {
  for (const std::u32string& w : Words().day_parts) {
    if (StartsWith(t_, p, w)) { p += w.size(); break; }
  }
  auto n = ParseNumberAt(t_, p);
  if (n && !n->decimal_point && n->value.AsInt() && *n->value.AsInt() <= 24 &&
      (At(t_, n->end) == U'时' || At(t_, n->end) == U'点')) {
    p = n->end + 1;
    auto m = ParseNumberAt(t_, p);
    if (m && At(t_, m->end) == U'分') p = m->end + 1;
    else if (At(t_, p) == U'半') ++p;
  }
  return p;
}

std::size_t DateScanner::Components(std::size_t p, Point* pt) const {
  Level last = kNone;
  while (p < t_.size() && (NumberComponent(&p, &last, pt) || WordComponent(&p, &last, pt))) {
  }
  return p;
}

}  // namespace zhcorpus::dates
