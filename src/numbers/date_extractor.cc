// Dates: absolute, partial and relative calendar expressions, periods and
// ranges (ENTITIES.md `date`). A mention is parsed into components from the
// coarsest (year) to the finest (day); relative parts are resolved only
// against the record's date, anchored ones (次月) against the previous date.
#include <cstdio>
#include <optional>

#include "numbers/scan.h"
#include "zhcorpus/jsonl.h"
#include "zhcorpus/metrics.h"
#include "zhcorpus/utf8.h"

namespace zhcorpus {
namespace {

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
};

struct Word { std::u32string_view text; int offset; };
constexpr Word kYearWords[] = {{U"今年", 0}, {U"去年", -1}, {U"明年", 1}, {U"前年", -2}, {U"后年", 2}, {U"本年", 0}};
constexpr Word kMonthWords[] = {{U"本月", 0},     {U"上一个月", -1}, {U"上个月", -1}, {U"上月", -1},
                                {U"下一个月", 1}, {U"下个月", 1},    {U"下月", 1},    {U"这个月", 0}};
constexpr Word kDayWords[] = {{U"今天", 0},   {U"今日", 0},   {U"昨天", -1},  {U"昨日", -1},
                              {U"明天", 1},   {U"明日", 1},   {U"大前天", -3}, {U"前天", -2},
                              {U"大后天", 3}, {U"大后日", 3}, {U"后天", 2},   {U"后日", 2},
                              {U"前日", -2},  {U"本日", 0}};
constexpr std::u32string_view kDayParts[] = {U"上午", U"下午", U"晚上", U"早上", U"中午", U"凌晨", U"傍晚",
                                             U"晚间", U"早晨", U"夜间", U"深夜", U"清晨"};

// Days since 1970-01-01 for a proleptic Gregorian date, and back.
long DaysFromCivil(int y, int m, int d) {
  y -= m <= 2;
  long era = (y >= 0 ? y : y - 399) / 400;
  long yoe = y - era * 400;
  long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  return era * 146097 + yoe * 365 + yoe / 4 - yoe / 100 + doy - 719468;
}
CivilDate CivilFromDays(long z) {
  z += 719468;
  long era = (z >= 0 ? z : z - 146096) / 146097;
  long doe = z - era * 146097;
  long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  long mp = (5 * doy + 2) / 153;
  int d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  int m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  return {static_cast<int>(yoe + era * 400 + (m <= 2)), m, d};
}

const char* MonthMod(std::u32string_view t, std::size_t* p) {
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


// Sets `level` of `pt` from a number written before its marker (年 月 日 季度).
bool DateScanner::Assign(Level level, int v, Point* pt) const {
  switch (level) {
    case kYear: pt->year = {v, true, false}; break;
    case kMonth: if (v < 1 || v > 12) return false; pt->month = {v, true, false}; break;
    case kDay: if (v < 1 || v > 31) return false; pt->day = {v, true, false}; break;
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
  if (!ordinal && *last < kYear && TwoDigitYear(*p, pt)) {
    *p += 3;
    *last = kYear;
    return true;
  }
  if (!ordinal && At(t_, e) == U'年' && scan::IsYearNumber(*n) && *last < kYear) {
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
  auto rel = [&](const Word* begin, const Word* end, Field* f, Level level) {
    for (const Word* w = begin; w != end; ++w) {
      if (*last < level && StartsWith(t_, *p, w->text)) {
        *f = {w->offset, true, true};
        pt->grain = *last = level;
        *p += w->text.size();
        return true;
      }
    }
    return false;
  };
  if (rel(std::begin(kYearWords), std::end(kYearWords), &pt->year, kYear)) {
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
      !SameSentenceAsLastDate(*p)) {
    pt->year = {0, true, true};
    pt->grain = *last = kYear;
    *p += 2;
    return true;
  }
  if (rel(std::begin(kMonthWords), std::end(kMonthWords), &pt->month, kMonth)) {
    if (*last == kMonth && !pt->year.set) pt->year = {0, true, true};
    pt->mod = MonthMod(t_, p);
    return true;
  }
  if (*last == kNone && rel(std::begin(kDayWords), std::end(kDayWords), &pt->day, kDay)) {
    *p = DayPart(*p);
    return true;
  }
  return false;
}

// Time of day stays inside the mention: 6月6日上午, 19日下午3时, 5日9:30.
std::size_t DateScanner::DayPart(std::size_t p) const {
  for (auto w : kDayParts) {
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

// 次月, 翌年, 次日: one step after the previous absolute date in the text.
std::optional<std::size_t> DateScanner::Anchored(std::size_t p, Point* pt) const {
  if (!(At(t_, p) == U'次' || At(t_, p) == U'翌')) return std::nullopt;
  char32_t c = At(t_, p + 1);
  const std::optional<Point>& anchor = c == U'年' ? last_year_ : c == U'月' ? last_month_ : last_day_;
  if (!anchor) return std::nullopt;
  const Point& a = *anchor;
  *pt = Point{};
  pt->anchored = true;
  if (c == U'年') {
    pt->year = {a.year.value + 1, true, false};
    pt->grain = kYear;
  } else if (c == U'月' && a.month.set) {
    int m = a.month.value + 1;
    pt->year = {a.year.value + (m > 12), true, false};
    pt->month = {m > 12 ? 1 : m, true, false};
    pt->grain = kMonth;
  } else if (c == U'日' && a.day.set) {
    CivilDate d = CivilFromDays(DaysFromCivil(a.year.value, a.month.value, a.day.value) + 1);
    pt->year = {d.year, true, false}, pt->month = {d.month, true, false}, pt->day = {d.day, true, false};
    pt->grain = kDay;
  } else {
    return std::nullopt;
  }
  return p + 2;
}

// 前三季度 (Q1/Q3 of the year), 今年前5个月 (months 1 to 5): the first N
// periods of a year. Months need the year written: a bare 前5个月 counts back.
std::optional<std::size_t> DateScanner::FirstPeriods(std::size_t i, std::size_t p, Point* a) {
  if (a->grain > kYear || At(t_, p) != U'前') return std::nullopt;
  auto n = ParseNumberAt(t_, p + 1);
  if (!n || !n->value.AsInt()) return std::nullopt;
  int count = static_cast<int>(*n->value.AsInt());
  bool quarters = StartsWith(t_, n->end, U"季度") || StartsWith(t_, n->end, U"个季度");
  bool months = a->grain == kYear && StartsWith(t_, n->end, U"个月");
  if ((!quarters && !months) || count < 1 || count > (quarters ? 4 : 12)) return std::nullopt;
  if (a->grain == kNone) a->year = {0, true, true};
  Point b = *a;
  Level level = quarters ? kQuarter : kMonth;
  Assign(level, 1, a);
  Assign(level, count, &b);
  std::size_t end = n->end + (At(t_, n->end) == U'个' ? 1 : 0) + (quarters ? 2 : 1);
  Emit(i, end, *a, &b);
  return end;
}

// One mention at i (a point or a range A/B); returns its end, or i when none.
std::size_t DateScanner::Mention(std::size_t i) {
  Point a;
  if (auto e = Anchored(i, &a)) {
    Emit(i, *e, a, nullptr);
    return *e;
  }
  std::size_t p = Components(i, &a);
  if (auto e = FirstPeriods(i, p, &a)) return *e;
  // A bare number before a separator takes its level from B: 2023—2027年, 5月22—25日.
  std::optional<NumberMatch> pending;
  // (Not right after another date's 月 or 日: 1月3至2月10 is no 3至2月.)
  bool after_date = i > 0 && (t_[i - 1] == U'月' || t_[i - 1] == U'日' || t_[i - 1] == U'年' || t_[i - 1] == U'号');
  if (auto n = ParseNumberAt(t_, p); n && scan::RangeSeparator(t_, n->end) && !n->decimal_point && !(p == i && after_date)) {
    pending = n;
    p = n->end;
  }
  if (a.grain == kNone && !pending) return i;
  if (std::size_t sep = scan::RangeSeparator(t_, p)) {
    Point b;
    Level first = kNone;
    std::size_t q = p + sep;
    Point probe;
    in_range_ = true;
    std::size_t e = Components(q, &probe);
    in_range_ = false;
    if (e > q) {
      // The level of B's first component.
      first = probe.decade ? kDecade : probe.year.set ? kYear : probe.half ? kHalf : probe.quarter ? kQuarter
              : probe.month.set ? kMonth : kDay;
      // B restates A's finest level, maybe with coarser parts (8月11日至8月22日);
      // a pending number is one level finer than A (2019年2至5月).
      bool ok = pending ? first > a.grain && Assign(first, static_cast<int>(pending->value.AsInt().value_or(0)), &a) &&
                              (first != kYear || scan::IsYearNumber(*pending))
                        : first <= a.grain && probe.grain == a.grain;
      if (ok) {
        b = probe;
        if (first > kYear && !b.year.set) b.year = a.year;
        if (first > kMonth && !b.month.set) b.month = a.month;
        if (!a.mod) a.mod = nullptr;
        Emit(i, e, a, &b);
        return e;
      }
    }
  }
  if (a.grain == kNone) return i;
  std::size_t end = pending ? pending->start : p;
  Emit(i, end, a, nullptr);
  return end;
}

Json DateScanner::Format(const Point& pt, bool* relative, bool* unresolved) const {
  const std::optional<CivilDate>& ref = doc_.date;
  int y = pt.year.value, m = pt.month.value, d = pt.day.value;
  bool any_rel = pt.year.rel || pt.month.rel || pt.day.rel;
  bool partial = !pt.year.set && pt.grain != kDecade;
  if (any_rel && !ref) { *relative = true; *unresolved = true; return nullptr; }
  if (pt.day.rel) {
    CivilDate c = CivilFromDays(DaysFromCivil(ref->year, ref->month, ref->day) + pt.day.value);
    y = c.year, m = c.month, d = c.day;
  } else if (pt.month.rel) {
    int idx = ref->year * 12 + (ref->month - 1) + pt.month.value;
    y = idx / 12, m = idx % 12 + 1;
  } else if (pt.year.rel) {
    y = ref->year + pt.year.value;
  } else if (partial && ref && pt.month.set) {
    y = ref->year;  // a bare day (19日) names no month: it stays XXXX-XX-19
  } else if (partial && ref && (pt.quarter || pt.half)) {
    y = ref->year;
  }
  *relative |= any_rel || (partial && y != 0);
  char buf[40];
  std::string year = y ? (std::snprintf(buf, sizeof buf, "%04d", y), std::string(buf)) : "XXXX";
  auto two = [&](int v) { return v ? (std::snprintf(buf, sizeof buf, "%02d", v), std::string(buf)) : std::string("XX"); };
  switch (pt.grain) {
    case kDecade: return std::to_string(pt.decade) + "s";
    case kYear: return year;
    case kHalf: return year + "-H" + std::to_string(pt.half);
    case kQuarter: return year + "-Q" + std::to_string(pt.quarter);
    case kMonth: return year + "-" + two(m);
    default: return year + "-" + two(m) + "-" + two(d);
  }
}

void DateScanner::Emit(std::size_t s, std::size_t e, const Point& a, const Point* b) {
  auto s32 = static_cast<std::uint32_t>(s), e32 = static_cast<std::uint32_t>(e);
  if (doc_.IsOpaque(s32, e32)) return;
  bool relative = false, unresolved = false;
  Json value = Format(a, &relative, &unresolved);
  const Point& fine = b ? *b : a;
  if (b) {
    Json vb = Format(*b, &relative, &unresolved);
    value = unresolved ? Json(nullptr) : Json(value.get<std::string>() + "/" + vb.get<std::string>());
  }
  static constexpr const char* kGrains[] = {"", "decade", "year", "half", "quarter", "month", "day"};
  Entity ent;
  ent.type = "date";
  ent.start = s32;
  ent.end = e32;
  ent.norm["value"] = value;
  ent.norm["grain"] = kGrains[fine.grain];
  ent.norm["mod"] = fine.mod ? Json(fine.mod) : (a.mod ? Json(a.mod) : Json(nullptr));
  ent.norm["relative"] = relative && !a.anchored;
  ent.priority = 1;
  out_->push_back(std::move(ent));
  last_end_ = e;
  if (!fine.year.set || fine.year.rel || unresolved || a.anchored) return;
  last_year_ = fine;
  if (fine.month.set && !fine.month.rel) last_month_ = fine;
  if (fine.day.set && !fine.day.rel) last_day_ = fine;
}

void DateScanner::Run() {
  std::size_t i = 0;
  while (i < t_.size()) {
    char32_t c = t_[i];
    bool opener = IsNumeralChar(c) || c == U'今' || c == U'去' || c == U'明' || c == U'前' || c == U'后' ||
                  c == U'本' || c == U'上' || c == U'下' || c == U'这' || c == U'昨' || c == U'年' || c == U'全' ||
                  c == U'次' || c == U'翌' || c == U'第' || c == U'大' || c == U'首';
    bool mid_number = i > 0 && (IsNumeralChar(t_[i - 1]) || scan::IsAsciiAlnum(t_[i - 1]) || t_[i - 1] == U'.') &&
                      (IsNumeralChar(c) || c == U'第');
    if (!opener || mid_number) { ++i; continue; }
    std::size_t e = Mention(i);
    if (e > i) { i = e; continue; }
    // Skip the rest of a number that did not start a date (5年多, 3.5).
    if (IsNumeralChar(c)) {
      auto n = ParseNumberAt(t_, i);
      i = n ? std::max<std::size_t>(n->end, i + 1) : i + 1;
    } else {
      ++i;
    }
  }
}

}  // namespace

void DateExtractor::Recognize(const Document& doc, std::vector<Entity>* out) const { DateScanner(doc, out).Run(); }

}  // namespace zhcorpus
